from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.advanced_algorithm import AdvancedAlgorithm
from ..models.advanced_destination import AdvancedDestination
from ..types import UNSET, Unset


@_attrs_define
class AdvancedInstructions:
    """Routing and algorithm instructions (where the account supports them)."""

    algorithm: AdvancedAlgorithm | Unset = UNSET
    destination: AdvancedDestination | Unset = UNSET
    display_qty: Decimal | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    max_percentage: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.algorithm, Unset):
            field_dict["algorithm"] = self.algorithm.value
        if not isinstance(self.destination, Unset):
            field_dict["destination"] = self.destination.value
        if not isinstance(self.display_qty, Unset):
            field_dict["display_qty"] = format(self.display_qty, "f")
        if not isinstance(self.start_time, Unset):
            field_dict["start_time"] = self.start_time.isoformat()
        if not isinstance(self.end_time, Unset):
            field_dict["end_time"] = self.end_time.isoformat()
        if not isinstance(self.max_percentage, Unset):
            field_dict["max_percentage"] = format(self.max_percentage, "f")
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _algorithm = data.get("algorithm")
        _destination = data.get("destination")
        _display_qty = data.get("display_qty")
        _start_time = data.get("start_time")
        _end_time = data.get("end_time")
        _max_percentage = data.get("max_percentage")
        result = cls(
            algorithm=UNSET
            if _algorithm is None
            else parsing.str_enum(AdvancedAlgorithm, _algorithm, "algorithm"),
            destination=UNSET
            if _destination is None
            else parsing.str_enum(AdvancedDestination, _destination, "destination"),
            display_qty=UNSET
            if _display_qty is None
            else parsing.decimal(_display_qty, "display_qty"),
            start_time=UNSET
            if _start_time is None
            else parsing.date_time(_start_time, "start_time"),
            end_time=UNSET if _end_time is None else parsing.date_time(_end_time, "end_time"),
            max_percentage=UNSET
            if _max_percentage is None
            else parsing.decimal(_max_percentage, "max_percentage"),
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
    {"algorithm", "destination", "display_qty", "start_time", "end_time", "max_percentage"}
)
