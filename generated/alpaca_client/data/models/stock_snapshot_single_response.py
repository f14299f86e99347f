from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_bar import StockBar
    from ..models.stock_quote import StockQuote
    from ..models.stock_trade import StockTrade


T = TypeVar("T", bound="StockSnapshotSingleResponse")


@_attrs_define
class StockSnapshotSingleResponse:
    """Snapshot of one symbol."""

    symbol: str | Unset = UNSET
    """ The symbol asked for. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency of the prices. """
    latest_trade: None | StockTrade | Unset = UNSET
    """ Most recent trade. """
    latest_quote: None | StockQuote | Unset = UNSET
    """ Most recent quote. """
    minute_bar: None | StockBar | Unset = UNSET
    """ Latest minute bar. """
    daily_bar: None | StockBar | Unset = UNSET
    """ Bar of the current (or latest) trading day. """
    prev_daily_bar: None | StockBar | Unset = UNSET
    """ Bar of the trading day before dailyBar. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.stock_bar import StockBar  # noqa: PLC0415
        from ..models.stock_quote import StockQuote  # noqa: PLC0415
        from ..models.stock_trade import StockTrade  # noqa: PLC0415

        symbol = self.symbol

        currency = self.currency

        latest_trade: dict[str, Any] | None | Unset
        if isinstance(self.latest_trade, Unset):
            latest_trade = UNSET
        elif isinstance(self.latest_trade, StockTrade):
            latest_trade = self.latest_trade.to_dict()
        else:
            latest_trade = self.latest_trade

        latest_quote: dict[str, Any] | None | Unset
        if isinstance(self.latest_quote, Unset):
            latest_quote = UNSET
        elif isinstance(self.latest_quote, StockQuote):
            latest_quote = self.latest_quote.to_dict()
        else:
            latest_quote = self.latest_quote

        minute_bar: dict[str, Any] | None | Unset
        if isinstance(self.minute_bar, Unset):
            minute_bar = UNSET
        elif isinstance(self.minute_bar, StockBar):
            minute_bar = self.minute_bar.to_dict()
        else:
            minute_bar = self.minute_bar

        daily_bar: dict[str, Any] | None | Unset
        if isinstance(self.daily_bar, Unset):
            daily_bar = UNSET
        elif isinstance(self.daily_bar, StockBar):
            daily_bar = self.daily_bar.to_dict()
        else:
            daily_bar = self.daily_bar

        prev_daily_bar: dict[str, Any] | None | Unset
        if isinstance(self.prev_daily_bar, Unset):
            prev_daily_bar = UNSET
        elif isinstance(self.prev_daily_bar, StockBar):
            prev_daily_bar = self.prev_daily_bar.to_dict()
        else:
            prev_daily_bar = self.prev_daily_bar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if currency is not UNSET:
            field_dict["currency"] = currency
        if latest_trade is not UNSET:
            field_dict["latestTrade"] = latest_trade
        if latest_quote is not UNSET:
            field_dict["latestQuote"] = latest_quote
        if minute_bar is not UNSET:
            field_dict["minuteBar"] = minute_bar
        if daily_bar is not UNSET:
            field_dict["dailyBar"] = daily_bar
        if prev_daily_bar is not UNSET:
            field_dict["prevDailyBar"] = prev_daily_bar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_bar import StockBar  # noqa: PLC0415
        from ..models.stock_quote import StockQuote  # noqa: PLC0415
        from ..models.stock_trade import StockTrade  # noqa: PLC0415

        _data = dict(src_dict)
        symbol = _data.pop("symbol", UNSET)

        currency = _data.pop("currency", UNSET)

        def _parse_latest_trade(data: object) -> None | StockTrade | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_trade_type_1 = StockTrade.from_dict(data)

                return latest_trade_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StockTrade | Unset, data)

        latest_trade = _parse_latest_trade(_data.pop("latestTrade", UNSET))

        def _parse_latest_quote(data: object) -> None | StockQuote | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_quote_type_1 = StockQuote.from_dict(data)

                return latest_quote_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StockQuote | Unset, data)

        latest_quote = _parse_latest_quote(_data.pop("latestQuote", UNSET))

        def _parse_minute_bar(data: object) -> None | StockBar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minute_bar_type_1 = StockBar.from_dict(data)

                return minute_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StockBar | Unset, data)

        minute_bar = _parse_minute_bar(_data.pop("minuteBar", UNSET))

        def _parse_daily_bar(data: object) -> None | StockBar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_bar_type_1 = StockBar.from_dict(data)

                return daily_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StockBar | Unset, data)

        daily_bar = _parse_daily_bar(_data.pop("dailyBar", UNSET))

        def _parse_prev_daily_bar(data: object) -> None | StockBar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prev_daily_bar_type_1 = StockBar.from_dict(data)

                return prev_daily_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StockBar | Unset, data)

        prev_daily_bar = _parse_prev_daily_bar(_data.pop("prevDailyBar", UNSET))

        stock_snapshot_single_response = cls(
            symbol=symbol,
            currency=currency,
            latest_trade=latest_trade,
            latest_quote=latest_quote,
            minute_bar=minute_bar,
            daily_bar=daily_bar,
            prev_daily_bar=prev_daily_bar,
        )

        stock_snapshot_single_response.additional_properties = _data
        stock_snapshot_single_response.raw = dict(src_dict)
        return stock_snapshot_single_response

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
