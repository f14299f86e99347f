from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_bar import StockBar


T = TypeVar("T", bound="StockBarsSingleResponse")


@_attrs_define
class StockBarsSingleResponse:
    """A page of stock bars for one symbol."""

    bars: list[StockBar] | None
    """ Records of this page; may be null when there are none. """
    symbol: str | Unset = UNSET
    """ The symbol asked for. """
    next_page_token: None | str | Unset = UNSET
    """ Token for the next page; null on the last page. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency of the prices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        bars: list[dict[str, Any]] | None
        if isinstance(self.bars, list):
            bars = []
            for bars_type_0_item_data in self.bars:
                bars_type_0_item = bars_type_0_item_data.to_dict()
                bars.append(bars_type_0_item)

        else:
            bars = self.bars

        symbol = self.symbol

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bars": bars,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_bar import StockBar  # noqa: PLC0415

        _data = dict(src_dict)

        def _parse_bars(data: object) -> list[StockBar] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bars_type_0 = []
                _bars_type_0 = data
                for bars_type_0_item_data in _bars_type_0:
                    bars_type_0_item = StockBar.from_dict(bars_type_0_item_data)

                    bars_type_0.append(bars_type_0_item)

                return bars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StockBar] | None, data)

        bars = _parse_bars(_data.pop("bars"))

        symbol = _data.pop("symbol", UNSET)

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(_data.pop("next_page_token", UNSET))

        currency = _data.pop("currency", UNSET)

        stock_bars_single_response = cls(
            bars=bars,
            symbol=symbol,
            next_page_token=next_page_token,
            currency=currency,
        )

        stock_bars_single_response.additional_properties = _data
        stock_bars_single_response.raw = dict(src_dict)
        return stock_bars_single_response

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
