from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Mover")


@_attrs_define
class Mover:
    """A symbol whose price changed much since the previous close."""

    symbol: str
    price: float
    """ Latest price. """
    change: float
    """ Price change since the previous close. """
    percent_change: float
    """ Change in percent of the previous close. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        price = self.price

        change = self.change

        percent_change = self.percent_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "price": price,
                "change": change,
                "percent_change": percent_change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        symbol = _data.pop("symbol")

        price = _data.pop("price")

        change = _data.pop("change")

        percent_change = _data.pop("percent_change")

        mover = cls(
            symbol=symbol,
            price=price,
            change=change,
            percent_change=percent_change,
        )

        mover.additional_properties = _data
        mover.raw = dict(src_dict)
        return mover

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
