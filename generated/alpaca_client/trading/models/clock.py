from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Clock")


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
        timestamp = self.timestamp.isoformat()

        is_open = self.is_open

        next_open = self.next_open.isoformat()

        next_close = self.next_close.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "is_open": is_open,
                "next_open": next_open,
                "next_close": next_close,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(_data.pop("timestamp"))

        is_open = _data.pop("is_open")

        next_open = datetime.datetime.fromisoformat(_data.pop("next_open"))

        next_close = datetime.datetime.fromisoformat(_data.pop("next_close"))

        clock = cls(
            timestamp=timestamp,
            is_open=is_open,
            next_open=next_open,
            next_close=next_close,
        )

        clock.additional_properties = _data
        clock.raw = dict(src_dict)
        return clock

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
