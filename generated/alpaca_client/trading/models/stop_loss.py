from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopLoss")


@_attrs_define
class StopLoss:
    """Stop-loss leg of a bracket/OTO/OCO order."""

    stop_price: Decimal | Unset = UNSET
    limit_price: Decimal | Unset = UNSET
    """ Makes the stop-loss a stop-limit order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = format(self.stop_price, "f")

        limit_price: str | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = format(self.limit_price, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stop_price is not UNSET:
            field_dict["stop_price"] = stop_price
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        _stop_price = _data.pop("stop_price", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = Decimal(str(_stop_price))

        _limit_price = _data.pop("limit_price", UNSET)
        limit_price: Decimal | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = Decimal(str(_limit_price))

        stop_loss = cls(
            stop_price=stop_price,
            limit_price=limit_price,
        )

        stop_loss.additional_properties = _data
        stop_loss.raw = dict(src_dict)
        return stop_loss

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
