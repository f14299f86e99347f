from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarDay")


@_attrs_define
class CalendarDay:
    date: datetime.date
    open_: str
    """ Regular open, `HH:MM` New York time. """
    close: str
    """ Regular close, `HH:MM` New York time. """
    session_open: str | Unset = UNSET
    """ Extended session open, `HHMM`. """
    session_close: str | Unset = UNSET
    """ Extended session close, `HHMM`. """
    settlement_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        open_ = self.open_

        close = self.close

        session_open = self.session_open

        session_close = self.session_close

        settlement_date: str | Unset = UNSET
        if not isinstance(self.settlement_date, Unset):
            settlement_date = self.settlement_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "open": open_,
                "close": close,
            }
        )
        if session_open is not UNSET:
            field_dict["session_open"] = session_open
        if session_close is not UNSET:
            field_dict["session_close"] = session_close
        if settlement_date is not UNSET:
            field_dict["settlement_date"] = settlement_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        date = datetime.date.fromisoformat(_data.pop("date"))

        open_ = _data.pop("open")

        close = _data.pop("close")

        session_open = _data.pop("session_open", UNSET)

        session_close = _data.pop("session_close", UNSET)

        _settlement_date = _data.pop("settlement_date", UNSET)
        settlement_date: datetime.date | Unset
        if isinstance(_settlement_date, Unset):
            settlement_date = UNSET
        else:
            settlement_date = datetime.date.fromisoformat(_settlement_date)

        calendar_day = cls(
            date=date,
            open_=open_,
            close=close,
            session_open=session_open,
            session_close=session_close,
            settlement_date=settlement_date,
        )

        calendar_day.additional_properties = _data
        calendar_day.raw = dict(src_dict)
        return calendar_day

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
