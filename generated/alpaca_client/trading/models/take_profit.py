from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TakeProfit")


@_attrs_define
class TakeProfit:
    """Take-profit leg of a bracket/OTO/OCO order."""

    limit_price: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        limit_price: str | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = format(self.limit_price, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        _limit_price = _data.pop("limit_price", UNSET)
        limit_price: Decimal | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = Decimal(str(_limit_price))

        take_profit = cls(
            limit_price=limit_price,
        )

        take_profit.additional_properties = _data
        take_profit.raw = dict(src_dict)
        return take_profit

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
