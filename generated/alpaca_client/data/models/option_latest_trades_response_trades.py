from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.option_trade import OptionTrade


T = TypeVar("T", bound="OptionLatestTradesResponseTrades")


@_attrs_define
class OptionLatestTradesResponseTrades:
    """Latest trade keyed by contract symbol."""

    additional_properties: dict[str, OptionTrade] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option_trade import OptionTrade  # noqa: PLC0415

        _data = dict(src_dict)
        option_latest_trades_response_trades = cls()

        additional_properties = {}
        for prop_name, prop_dict in _data.items():
            additional_property = OptionTrade.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        option_latest_trades_response_trades.additional_properties = additional_properties
        option_latest_trades_response_trades.raw = dict(src_dict)
        return option_latest_trades_response_trades

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OptionTrade:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OptionTrade) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
