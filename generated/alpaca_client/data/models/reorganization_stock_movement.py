from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReorganizationStockMovement")


@_attrs_define
class ReorganizationStockMovement:
    """One security delivered in a reorganization."""

    symbol: str
    cusip: str
    new_rate: float
    """ Units of this security received per source_rate shares. """
    source_rate: float
    """ Shares of the reorganized security given up. """
    isin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        cusip = self.cusip

        new_rate = self.new_rate

        source_rate = self.source_rate

        isin = self.isin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "cusip": cusip,
                "new_rate": new_rate,
                "source_rate": source_rate,
            }
        )
        if isin is not UNSET:
            field_dict["isin"] = isin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        symbol = _data.pop("symbol")

        cusip = _data.pop("cusip")

        new_rate = _data.pop("new_rate")

        source_rate = _data.pop("source_rate")

        isin = _data.pop("isin", UNSET)

        reorganization_stock_movement = cls(
            symbol=symbol,
            cusip=cusip,
            new_rate=new_rate,
            source_rate=source_rate,
            isin=isin,
        )

        reorganization_stock_movement.additional_properties = _data
        reorganization_stock_movement.raw = dict(src_dict)
        return reorganization_stock_movement

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
