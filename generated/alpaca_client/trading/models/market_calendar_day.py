from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketCalendarDay")


@_attrs_define
class MarketCalendarDay:
    """A market day; sessions the market does not have are absent."""

    date: datetime.date
    core_start: datetime.datetime
    core_end: datetime.datetime
    settlement_date: datetime.date | Unset = UNSET
    pre_start: datetime.datetime | Unset = UNSET
    pre_end: datetime.datetime | Unset = UNSET
    lunch_start: datetime.datetime | Unset = UNSET
    lunch_end: datetime.datetime | Unset = UNSET
    post_start: datetime.datetime | Unset = UNSET
    post_end: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        core_start = self.core_start.isoformat()

        core_end = self.core_end.isoformat()

        settlement_date: str | Unset = UNSET
        if not isinstance(self.settlement_date, Unset):
            settlement_date = self.settlement_date.isoformat()

        pre_start: str | Unset = UNSET
        if not isinstance(self.pre_start, Unset):
            pre_start = self.pre_start.isoformat()

        pre_end: str | Unset = UNSET
        if not isinstance(self.pre_end, Unset):
            pre_end = self.pre_end.isoformat()

        lunch_start: str | Unset = UNSET
        if not isinstance(self.lunch_start, Unset):
            lunch_start = self.lunch_start.isoformat()

        lunch_end: str | Unset = UNSET
        if not isinstance(self.lunch_end, Unset):
            lunch_end = self.lunch_end.isoformat()

        post_start: str | Unset = UNSET
        if not isinstance(self.post_start, Unset):
            post_start = self.post_start.isoformat()

        post_end: str | Unset = UNSET
        if not isinstance(self.post_end, Unset):
            post_end = self.post_end.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "core_start": core_start,
                "core_end": core_end,
            }
        )
        if settlement_date is not UNSET:
            field_dict["settlement_date"] = settlement_date
        if pre_start is not UNSET:
            field_dict["pre_start"] = pre_start
        if pre_end is not UNSET:
            field_dict["pre_end"] = pre_end
        if lunch_start is not UNSET:
            field_dict["lunch_start"] = lunch_start
        if lunch_end is not UNSET:
            field_dict["lunch_end"] = lunch_end
        if post_start is not UNSET:
            field_dict["post_start"] = post_start
        if post_end is not UNSET:
            field_dict["post_end"] = post_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        date = datetime.date.fromisoformat(_data.pop("date"))

        core_start = datetime.datetime.fromisoformat(_data.pop("core_start"))

        core_end = datetime.datetime.fromisoformat(_data.pop("core_end"))

        _settlement_date = _data.pop("settlement_date", UNSET)
        settlement_date: datetime.date | Unset
        if isinstance(_settlement_date, Unset):
            settlement_date = UNSET
        else:
            settlement_date = datetime.date.fromisoformat(_settlement_date)

        _pre_start = _data.pop("pre_start", UNSET)
        pre_start: datetime.datetime | Unset
        if isinstance(_pre_start, Unset):
            pre_start = UNSET
        else:
            pre_start = datetime.datetime.fromisoformat(_pre_start)

        _pre_end = _data.pop("pre_end", UNSET)
        pre_end: datetime.datetime | Unset
        if isinstance(_pre_end, Unset):
            pre_end = UNSET
        else:
            pre_end = datetime.datetime.fromisoformat(_pre_end)

        _lunch_start = _data.pop("lunch_start", UNSET)
        lunch_start: datetime.datetime | Unset
        if isinstance(_lunch_start, Unset):
            lunch_start = UNSET
        else:
            lunch_start = datetime.datetime.fromisoformat(_lunch_start)

        _lunch_end = _data.pop("lunch_end", UNSET)
        lunch_end: datetime.datetime | Unset
        if isinstance(_lunch_end, Unset):
            lunch_end = UNSET
        else:
            lunch_end = datetime.datetime.fromisoformat(_lunch_end)

        _post_start = _data.pop("post_start", UNSET)
        post_start: datetime.datetime | Unset
        if isinstance(_post_start, Unset):
            post_start = UNSET
        else:
            post_start = datetime.datetime.fromisoformat(_post_start)

        _post_end = _data.pop("post_end", UNSET)
        post_end: datetime.datetime | Unset
        if isinstance(_post_end, Unset):
            post_end = UNSET
        else:
            post_end = datetime.datetime.fromisoformat(_post_end)

        market_calendar_day = cls(
            date=date,
            core_start=core_start,
            core_end=core_end,
            settlement_date=settlement_date,
            pre_start=pre_start,
            pre_end=pre_end,
            lunch_start=lunch_start,
            lunch_end=lunch_end,
            post_start=post_start,
            post_end=post_end,
        )

        market_calendar_day.additional_properties = _data
        market_calendar_day.raw = dict(src_dict)
        return market_calendar_day

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
