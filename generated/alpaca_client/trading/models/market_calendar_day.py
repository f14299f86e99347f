from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class MarketCalendarDay:
    """A market day; sessions the market does not have are absent."""

    date: datetime.date
    core_start: datetime.datetime
    core_end: datetime.datetime
    settlement_date: datetime.date | None = None
    pre_start: datetime.datetime | None = None
    pre_end: datetime.datetime | None = None
    lunch_start: datetime.datetime | None = None
    lunch_end: datetime.datetime | None = None
    post_start: datetime.datetime | None = None
    post_end: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["date"] = self.date.isoformat()
        field_dict["core_start"] = self.core_start.isoformat()
        field_dict["core_end"] = self.core_end.isoformat()
        if self.settlement_date is not None:
            field_dict["settlement_date"] = self.settlement_date.isoformat()
        if self.pre_start is not None:
            field_dict["pre_start"] = self.pre_start.isoformat()
        if self.pre_end is not None:
            field_dict["pre_end"] = self.pre_end.isoformat()
        if self.lunch_start is not None:
            field_dict["lunch_start"] = self.lunch_start.isoformat()
        if self.lunch_end is not None:
            field_dict["lunch_end"] = self.lunch_end.isoformat()
        if self.post_start is not None:
            field_dict["post_start"] = self.post_start.isoformat()
        if self.post_end is not None:
            field_dict["post_end"] = self.post_end.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _date = data["date"]
            _core_start = data["core_start"]
            _core_end = data["core_end"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _settlement_date = data.get("settlement_date")
        _pre_start = data.get("pre_start")
        _pre_end = data.get("pre_end")
        _lunch_start = data.get("lunch_start")
        _lunch_end = data.get("lunch_end")
        _post_start = data.get("post_start")
        _post_end = data.get("post_end")
        result = cls(
            date=parsing.date(_date, "date"),
            core_start=parsing.date_time(_core_start, "core_start"),
            core_end=parsing.date_time(_core_end, "core_end"),
            settlement_date=None
            if _settlement_date is None
            else parsing.date(_settlement_date, "settlement_date"),
            pre_start=None if _pre_start is None else parsing.date_time(_pre_start, "pre_start"),
            pre_end=None if _pre_end is None else parsing.date_time(_pre_end, "pre_end"),
            lunch_start=None
            if _lunch_start is None
            else parsing.date_time(_lunch_start, "lunch_start"),
            lunch_end=None if _lunch_end is None else parsing.date_time(_lunch_end, "lunch_end"),
            post_start=None
            if _post_start is None
            else parsing.date_time(_post_start, "post_start"),
            post_end=None if _post_end is None else parsing.date_time(_post_end, "post_end"),
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
    {
        "date",
        "core_start",
        "core_end",
        "settlement_date",
        "pre_start",
        "pre_end",
        "lunch_start",
        "lunch_end",
        "post_start",
        "post_end",
    }
)
