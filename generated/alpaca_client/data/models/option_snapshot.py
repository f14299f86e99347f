from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.option_bar import OptionBar
    from ..models.option_greeks import OptionGreeks
    from ..models.option_quote import OptionQuote
    from ..models.option_trade import OptionTrade


T = TypeVar("T", bound="OptionSnapshot")


@_attrs_define
class OptionSnapshot:
    """Latest trade and quote, bars, greeks and implied volatility of an option contract."""

    latest_trade: None | OptionTrade | Unset = UNSET
    """ Most recent trade. """
    latest_quote: None | OptionQuote | Unset = UNSET
    """ Most recent quote. """
    minute_bar: None | OptionBar | Unset = UNSET
    """ Latest minute bar. """
    daily_bar: None | OptionBar | Unset = UNSET
    """ Bar of the current (or latest) trading day. """
    prev_daily_bar: None | OptionBar | Unset = UNSET
    """ Bar of the trading day before dailyBar. """
    greeks: None | OptionGreeks | Unset = UNSET
    """ Absent when they cannot be computed (e.g. no recent quote). """
    implied_volatility: float | Unset = UNSET
    """ Black-Scholes implied volatility. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.option_bar import OptionBar  # noqa: PLC0415
        from ..models.option_greeks import OptionGreeks  # noqa: PLC0415
        from ..models.option_quote import OptionQuote  # noqa: PLC0415
        from ..models.option_trade import OptionTrade  # noqa: PLC0415

        latest_trade: dict[str, Any] | None | Unset
        if isinstance(self.latest_trade, Unset):
            latest_trade = UNSET
        elif isinstance(self.latest_trade, OptionTrade):
            latest_trade = self.latest_trade.to_dict()
        else:
            latest_trade = self.latest_trade

        latest_quote: dict[str, Any] | None | Unset
        if isinstance(self.latest_quote, Unset):
            latest_quote = UNSET
        elif isinstance(self.latest_quote, OptionQuote):
            latest_quote = self.latest_quote.to_dict()
        else:
            latest_quote = self.latest_quote

        minute_bar: dict[str, Any] | None | Unset
        if isinstance(self.minute_bar, Unset):
            minute_bar = UNSET
        elif isinstance(self.minute_bar, OptionBar):
            minute_bar = self.minute_bar.to_dict()
        else:
            minute_bar = self.minute_bar

        daily_bar: dict[str, Any] | None | Unset
        if isinstance(self.daily_bar, Unset):
            daily_bar = UNSET
        elif isinstance(self.daily_bar, OptionBar):
            daily_bar = self.daily_bar.to_dict()
        else:
            daily_bar = self.daily_bar

        prev_daily_bar: dict[str, Any] | None | Unset
        if isinstance(self.prev_daily_bar, Unset):
            prev_daily_bar = UNSET
        elif isinstance(self.prev_daily_bar, OptionBar):
            prev_daily_bar = self.prev_daily_bar.to_dict()
        else:
            prev_daily_bar = self.prev_daily_bar

        greeks: dict[str, Any] | None | Unset
        if isinstance(self.greeks, Unset):
            greeks = UNSET
        elif isinstance(self.greeks, OptionGreeks):
            greeks = self.greeks.to_dict()
        else:
            greeks = self.greeks

        implied_volatility = self.implied_volatility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if greeks is not UNSET:
            field_dict["greeks"] = greeks
        if implied_volatility is not UNSET:
            field_dict["impliedVolatility"] = implied_volatility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option_bar import OptionBar  # noqa: PLC0415
        from ..models.option_greeks import OptionGreeks  # noqa: PLC0415
        from ..models.option_quote import OptionQuote  # noqa: PLC0415
        from ..models.option_trade import OptionTrade  # noqa: PLC0415

        _data = dict(src_dict)

        def _parse_latest_trade(data: object) -> None | OptionTrade | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_trade_type_1 = OptionTrade.from_dict(data)

                return latest_trade_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptionTrade | Unset, data)

        latest_trade = _parse_latest_trade(_data.pop("latestTrade", UNSET))

        def _parse_latest_quote(data: object) -> None | OptionQuote | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_quote_type_1 = OptionQuote.from_dict(data)

                return latest_quote_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptionQuote | Unset, data)

        latest_quote = _parse_latest_quote(_data.pop("latestQuote", UNSET))

        def _parse_minute_bar(data: object) -> None | OptionBar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minute_bar_type_1 = OptionBar.from_dict(data)

                return minute_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptionBar | Unset, data)

        minute_bar = _parse_minute_bar(_data.pop("minuteBar", UNSET))

        def _parse_daily_bar(data: object) -> None | OptionBar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_bar_type_1 = OptionBar.from_dict(data)

                return daily_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptionBar | Unset, data)

        daily_bar = _parse_daily_bar(_data.pop("dailyBar", UNSET))

        def _parse_prev_daily_bar(data: object) -> None | OptionBar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prev_daily_bar_type_1 = OptionBar.from_dict(data)

                return prev_daily_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptionBar | Unset, data)

        prev_daily_bar = _parse_prev_daily_bar(_data.pop("prevDailyBar", UNSET))

        def _parse_greeks(data: object) -> None | OptionGreeks | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                greeks_type_1 = OptionGreeks.from_dict(data)

                return greeks_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptionGreeks | Unset, data)

        greeks = _parse_greeks(_data.pop("greeks", UNSET))

        implied_volatility = _data.pop("impliedVolatility", UNSET)

        option_snapshot = cls(
            latest_trade=latest_trade,
            latest_quote=latest_quote,
            minute_bar=minute_bar,
            daily_bar=daily_bar,
            prev_daily_bar=prev_daily_bar,
            greeks=greeks,
            implied_volatility=implied_volatility,
        )

        option_snapshot.additional_properties = _data
        option_snapshot.raw = dict(src_dict)
        return option_snapshot

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
