from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocateRequest")


@_attrs_define
class LocateRequest:
    symbol: str
    qty: int
    """ Shares to locate, in round lots of 100. """
    all_or_none: bool | Unset = UNSET
    """ Reject unless the whole quantity can be located (the server assumes false). """
    limit_price: Decimal | Unset = UNSET
    """ Highest fee per share accepted, USD; any quoted fee when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        qty = self.qty

        all_or_none = self.all_or_none

        limit_price: str | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = format(self.limit_price, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "qty": qty,
            }
        )
        if all_or_none is not UNSET:
            field_dict["all_or_none"] = all_or_none
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        symbol = _data.pop("symbol")

        qty = _data.pop("qty")

        all_or_none = _data.pop("all_or_none", UNSET)

        _limit_price = _data.pop("limit_price", UNSET)
        limit_price: Decimal | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = Decimal(str(_limit_price))

        locate_request = cls(
            symbol=symbol,
            qty=qty,
            all_or_none=all_or_none,
            limit_price=limit_price,
        )

        locate_request.additional_properties = _data
        locate_request.raw = dict(src_dict)
        return locate_request

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
