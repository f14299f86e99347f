from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerpetualsLeverage")


@_attrs_define
class PerpetualsLeverage:
    symbol: str | Unset = UNSET
    """ Underlying asset symbol. """
    leverage: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        leverage = self.leverage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if leverage is not UNSET:
            field_dict["leverage"] = leverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        symbol = _data.pop("symbol", UNSET)

        leverage = _data.pop("leverage", UNSET)

        perpetuals_leverage = cls(
            symbol=symbol,
            leverage=leverage,
        )

        perpetuals_leverage.additional_properties = _data
        perpetuals_leverage.raw = dict(src_dict)
        return perpetuals_leverage

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
