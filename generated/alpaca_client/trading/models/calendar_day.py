from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class CalendarDay:
    date: datetime.date
    open: str
    """ Regular open, `HH:MM` New York time. """
    close: str
    """ Regular close, `HH:MM` New York time. """
    session_open: str | None = None
    """ Extended session open, `HHMM`. """
    session_close: str | None = None
    """ Extended session close, `HHMM`. """
    settlement_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["date"] = self.date.isoformat()
        field_dict["open"] = self.open
        field_dict["close"] = self.close
        if self.session_open is not None:
            field_dict["session_open"] = self.session_open
        if self.session_close is not None:
            field_dict["session_close"] = self.session_close
        if self.settlement_date is not None:
            field_dict["settlement_date"] = self.settlement_date.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _date = data["date"]
            _open = data["open"]
            _close = data["close"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _session_open = data.get("session_open")
        _session_close = data.get("session_close")
        _settlement_date = data.get("settlement_date")
        result = cls(
            date=parsing.date(_date, "date"),
            open=parsing.string(_open, "open"),
            close=parsing.string(_close, "close"),
            session_open=None
            if _session_open is None
            else parsing.string(_session_open, "session_open"),
            session_close=None
            if _session_close is None
            else parsing.string(_session_close, "session_close"),
            settlement_date=None
            if _settlement_date is None
            else parsing.date(_settlement_date, "settlement_date"),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

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


_KEYS: frozenset[str] = frozenset(
    {"date", "open", "close", "session_open", "session_close", "settlement_date"}
)
