from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_bar import StockBar


T = TypeVar("T", bound="StockLatestBarSingleResponse")


@_attrs_define
class StockLatestBarSingleResponse:
    """Latest minute bar of one stock."""

    symbol: str | Unset = UNSET
    """ The symbol asked for. """
    bar: StockBar | Unset = UNSET
    """ OHLCV aggregate over one timeframe interval. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency of the prices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        bar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bar, Unset):
            bar = self.bar.to_dict()

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if bar is not UNSET:
            field_dict["bar"] = bar
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_bar import StockBar  # noqa: PLC0415

        _data = dict(src_dict)
        symbol = _data.pop("symbol", UNSET)

        _bar = _data.pop("bar", UNSET)
        bar: StockBar | Unset
        if isinstance(_bar, Unset):
            bar = UNSET
        else:
            bar = StockBar.from_dict(_bar)

        currency = _data.pop("currency", UNSET)

        stock_latest_bar_single_response = cls(
            symbol=symbol,
            bar=bar,
            currency=currency,
        )

        stock_latest_bar_single_response.additional_properties = _data
        stock_latest_bar_single_response.raw = dict(src_dict)
        return stock_latest_bar_single_response

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
