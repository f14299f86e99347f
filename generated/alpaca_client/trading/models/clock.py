from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class Clock:
    timestamp: datetime.datetime
    is_open: bool
    next_open: datetime.datetime
    next_close: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["timestamp"] = self.timestamp.isoformat()
        field_dict["is_open"] = self.is_open
        field_dict["next_open"] = self.next_open.isoformat()
        field_dict["next_close"] = self.next_close.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _timestamp = data["timestamp"]
            _is_open = data["is_open"]
            _next_open = data["next_open"]
            _next_close = data["next_close"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            timestamp=parsing.date_time(_timestamp, "timestamp"),
            is_open=parsing.boolean(_is_open, "is_open"),
            next_open=parsing.date_time(_next_open, "next_open"),
            next_close=parsing.date_time(_next_close, "next_close"),
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


_KEYS: frozenset[str] = frozenset({"timestamp", "is_open", "next_open", "next_close"})
