from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advanced_algorithm import AdvancedAlgorithm
from ..models.advanced_destination import AdvancedDestination
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvancedInstructions")


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
        algorithm: str | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.value

        destination: str | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.value

        display_qty: str | Unset = UNSET
        if not isinstance(self.display_qty, Unset):
            display_qty = format(self.display_qty, "f")

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        max_percentage: str | Unset = UNSET
        if not isinstance(self.max_percentage, Unset):
            max_percentage = format(self.max_percentage, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if destination is not UNSET:
            field_dict["destination"] = destination
        if display_qty is not UNSET:
            field_dict["display_qty"] = display_qty
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if max_percentage is not UNSET:
            field_dict["max_percentage"] = max_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        _algorithm = _data.pop("algorithm", UNSET)
        algorithm: AdvancedAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = AdvancedAlgorithm(_algorithm)

        _destination = _data.pop("destination", UNSET)
        destination: AdvancedDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = AdvancedDestination(_destination)

        _display_qty = _data.pop("display_qty", UNSET)
        display_qty: Decimal | Unset
        if isinstance(_display_qty, Unset):
            display_qty = UNSET
        else:
            display_qty = Decimal(str(_display_qty))

        _start_time = _data.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = _data.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _max_percentage = _data.pop("max_percentage", UNSET)
        max_percentage: Decimal | Unset
        if isinstance(_max_percentage, Unset):
            max_percentage = UNSET
        else:
            max_percentage = Decimal(str(_max_percentage))

        advanced_instructions = cls(
            algorithm=algorithm,
            destination=destination,
            display_qty=display_qty,
            start_time=start_time,
            end_time=end_time,
            max_percentage=max_percentage,
        )

        advanced_instructions.additional_properties = _data
        advanced_instructions.raw = dict(src_dict)
        return advanced_instructions

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
