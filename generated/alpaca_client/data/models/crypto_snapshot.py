from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crypto_bar import CryptoBar
    from ..models.crypto_quote import CryptoQuote
    from ..models.crypto_trade import CryptoTrade


T = TypeVar("T", bound="CryptoSnapshot")


@_attrs_define
class CryptoSnapshot:
    """Latest trade and quote plus the current minute, daily and previous daily bars of a crypto pair."""

    latest_trade: CryptoTrade | None | Unset = UNSET
    """ Most recent trade. """
    latest_quote: CryptoQuote | None | Unset = UNSET
    """ Most recent quote. """
    minute_bar: CryptoBar | None | Unset = UNSET
    """ Latest minute bar. """
    daily_bar: CryptoBar | None | Unset = UNSET
    """ Bar of the current (or latest) trading day. """
    prev_daily_bar: CryptoBar | None | Unset = UNSET
    """ Bar of the trading day before dailyBar. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.crypto_bar import CryptoBar  # noqa: PLC0415
        from ..models.crypto_quote import CryptoQuote  # noqa: PLC0415
        from ..models.crypto_trade import CryptoTrade  # noqa: PLC0415

        latest_trade: dict[str, Any] | None | Unset
        if isinstance(self.latest_trade, Unset):
            latest_trade = UNSET
        elif isinstance(self.latest_trade, CryptoTrade):
            latest_trade = self.latest_trade.to_dict()
        else:
            latest_trade = self.latest_trade

        latest_quote: dict[str, Any] | None | Unset
        if isinstance(self.latest_quote, Unset):
            latest_quote = UNSET
        elif isinstance(self.latest_quote, CryptoQuote):
            latest_quote = self.latest_quote.to_dict()
        else:
            latest_quote = self.latest_quote

        minute_bar: dict[str, Any] | None | Unset
        if isinstance(self.minute_bar, Unset):
            minute_bar = UNSET
        elif isinstance(self.minute_bar, CryptoBar):
            minute_bar = self.minute_bar.to_dict()
        else:
            minute_bar = self.minute_bar

        daily_bar: dict[str, Any] | None | Unset
        if isinstance(self.daily_bar, Unset):
            daily_bar = UNSET
        elif isinstance(self.daily_bar, CryptoBar):
            daily_bar = self.daily_bar.to_dict()
        else:
            daily_bar = self.daily_bar

        prev_daily_bar: dict[str, Any] | None | Unset
        if isinstance(self.prev_daily_bar, Unset):
            prev_daily_bar = UNSET
        elif isinstance(self.prev_daily_bar, CryptoBar):
            prev_daily_bar = self.prev_daily_bar.to_dict()
        else:
            prev_daily_bar = self.prev_daily_bar

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_bar import CryptoBar  # noqa: PLC0415
        from ..models.crypto_quote import CryptoQuote  # noqa: PLC0415
        from ..models.crypto_trade import CryptoTrade  # noqa: PLC0415

        _data = dict(src_dict)

        def _parse_latest_trade(data: object) -> CryptoTrade | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_trade_type_1 = CryptoTrade.from_dict(data)

                return latest_trade_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CryptoTrade | None | Unset, data)

        latest_trade = _parse_latest_trade(_data.pop("latestTrade", UNSET))

        def _parse_latest_quote(data: object) -> CryptoQuote | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_quote_type_1 = CryptoQuote.from_dict(data)

                return latest_quote_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CryptoQuote | None | Unset, data)

        latest_quote = _parse_latest_quote(_data.pop("latestQuote", UNSET))

        def _parse_minute_bar(data: object) -> CryptoBar | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minute_bar_type_1 = CryptoBar.from_dict(data)

                return minute_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CryptoBar | None | Unset, data)

        minute_bar = _parse_minute_bar(_data.pop("minuteBar", UNSET))

        def _parse_daily_bar(data: object) -> CryptoBar | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_bar_type_1 = CryptoBar.from_dict(data)

                return daily_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CryptoBar | None | Unset, data)

        daily_bar = _parse_daily_bar(_data.pop("dailyBar", UNSET))

        def _parse_prev_daily_bar(data: object) -> CryptoBar | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prev_daily_bar_type_1 = CryptoBar.from_dict(data)

                return prev_daily_bar_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CryptoBar | None | Unset, data)

        prev_daily_bar = _parse_prev_daily_bar(_data.pop("prevDailyBar", UNSET))

        crypto_snapshot = cls(
            latest_trade=latest_trade,
            latest_quote=latest_quote,
            minute_bar=minute_bar,
            daily_bar=daily_bar,
            prev_daily_bar=prev_daily_bar,
        )

        crypto_snapshot.additional_properties = _data
        crypto_snapshot.raw = dict(src_dict)
        return crypto_snapshot

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
