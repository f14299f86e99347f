from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LocateQuote")


@_attrs_define
class LocateQuote:
    symbol: str
    available_qty: int
    quoted_at: datetime.datetime
    price: Decimal | Unset = UNSET
    """ Fee per share; absent when nothing is available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        available_qty = self.available_qty

        quoted_at = self.quoted_at.isoformat()

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "available_qty": available_qty,
                "quoted_at": quoted_at,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        symbol = _data.pop("symbol")

        available_qty = _data.pop("available_qty")

        quoted_at = datetime.datetime.fromisoformat(_data.pop("quoted_at"))

        _price = _data.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Decimal(str(_price))

        locate_quote = cls(
            symbol=symbol,
            available_qty=available_qty,
            quoted_at=quoted_at,
            price=price,
        )

        locate_quote.additional_properties = _data
        locate_quote.raw = dict(src_dict)
        return locate_quote

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
