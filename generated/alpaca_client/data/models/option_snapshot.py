from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.option_bar import OptionBar
    from ..models.option_greeks import OptionGreeks
    from ..models.option_quote import OptionQuote
    from ..models.option_trade import OptionTrade


@_attrs_define
class OptionSnapshot:
    """Latest trade and quote, bars, greeks and implied volatility of an option contract."""

    latest_trade: OptionTrade | None = None
    """ Most recent trade. """
    latest_quote: OptionQuote | None = None
    """ Most recent quote. """
    minute_bar: OptionBar | None = None
    """ Latest minute bar. """
    daily_bar: OptionBar | None = None
    """ Bar of the current (or latest) trading day. """
    prev_daily_bar: OptionBar | None = None
    """ Bar of the trading day before dailyBar. """
    greeks: OptionGreeks | None = None
    """ Absent when they cannot be computed (e.g. no recent quote). """
    implied_volatility: Decimal | None = None
    """ Black-Scholes implied volatility. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.latest_trade is not None:
            field_dict["latestTrade"] = self.latest_trade.to_dict()
        if self.latest_quote is not None:
            field_dict["latestQuote"] = self.latest_quote.to_dict()
        if self.minute_bar is not None:
            field_dict["minuteBar"] = self.minute_bar.to_dict()
        if self.daily_bar is not None:
            field_dict["dailyBar"] = self.daily_bar.to_dict()
        if self.prev_daily_bar is not None:
            field_dict["prevDailyBar"] = self.prev_daily_bar.to_dict()
        if self.greeks is not None:
            field_dict["greeks"] = self.greeks.to_dict()
        if self.implied_volatility is not None:
            field_dict["impliedVolatility"] = float(self.implied_volatility)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.option_bar import OptionBar  # noqa: PLC0415
        from ..models.option_greeks import OptionGreeks  # noqa: PLC0415
        from ..models.option_quote import OptionQuote  # noqa: PLC0415
        from ..models.option_trade import OptionTrade  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        _latest_trade = data.get("latestTrade")
        _latest_quote = data.get("latestQuote")
        _minute_bar = data.get("minuteBar")
        _daily_bar = data.get("dailyBar")
        _prev_daily_bar = data.get("prevDailyBar")
        _greeks = data.get("greeks")
        _implied_volatility = data.get("impliedVolatility")
        result = cls(
            latest_trade=None
            if _latest_trade is None
            else parsing.model(OptionTrade.from_dict, _latest_trade, "latestTrade"),
            latest_quote=None
            if _latest_quote is None
            else parsing.model(OptionQuote.from_dict, _latest_quote, "latestQuote"),
            minute_bar=None
            if _minute_bar is None
            else parsing.model(OptionBar.from_dict, _minute_bar, "minuteBar"),
            daily_bar=None
            if _daily_bar is None
            else parsing.model(OptionBar.from_dict, _daily_bar, "dailyBar"),
            prev_daily_bar=None
            if _prev_daily_bar is None
            else parsing.model(OptionBar.from_dict, _prev_daily_bar, "prevDailyBar"),
            greeks=None
            if _greeks is None
            else parsing.model(OptionGreeks.from_dict, _greeks, "greeks"),
            implied_volatility=None
            if _implied_volatility is None
            else parsing.decimal_number(_implied_volatility, "impliedVolatility"),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

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


_KEYS: frozenset[str] = frozenset(
    {
        "latestTrade",
        "latestQuote",
        "minuteBar",
        "dailyBar",
        "prevDailyBar",
        "greeks",
        "impliedVolatility",
    }
)
