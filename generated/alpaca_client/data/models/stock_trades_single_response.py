from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_trade import StockTrade


T = TypeVar("T", bound="StockTradesSingleResponse")


@_attrs_define
class StockTradesSingleResponse:
    """A page of stock trades for one symbol."""

    trades: list[StockTrade] | None
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
        trades: list[dict[str, Any]] | None
        if isinstance(self.trades, list):
            trades = []
            for trades_type_0_item_data in self.trades:
                trades_type_0_item = trades_type_0_item_data.to_dict()
                trades.append(trades_type_0_item)

        else:
            trades = self.trades

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
                "trades": trades,
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
        from ..models.stock_trade import StockTrade  # noqa: PLC0415

        _data = dict(src_dict)

        def _parse_trades(data: object) -> list[StockTrade] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trades_type_0 = []
                _trades_type_0 = data
                for trades_type_0_item_data in _trades_type_0:
                    trades_type_0_item = StockTrade.from_dict(trades_type_0_item_data)

                    trades_type_0.append(trades_type_0_item)

                return trades_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StockTrade] | None, data)

        trades = _parse_trades(_data.pop("trades"))

        symbol = _data.pop("symbol", UNSET)

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(_data.pop("next_page_token", UNSET))

        currency = _data.pop("currency", UNSET)

        stock_trades_single_response = cls(
            trades=trades,
            symbol=symbol,
            next_page_token=next_page_token,
            currency=currency,
        )

        stock_trades_single_response.additional_properties = _data
        stock_trades_single_response.raw = dict(src_dict)
        return stock_trades_single_response

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
