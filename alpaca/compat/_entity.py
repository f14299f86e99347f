"""Legacy entities: attribute access to the JSON Alpaca sent, kept whole in ``_raw``.

Attributes read the raw dict: strings under keys ending in ``_at``, ``_timestamp`` or ``_time``
that look like RFC 3339 times become ``pandas.Timestamp`` (zone from the text); everything else
is returned as sent (money and quantities stay strings, as in the JSON). Entities made from the
typed core also carry the typed record in ``_model`` (``None`` otherwise), for gradual
migration. The classes for retired market data (``Bars``, ``BarSet``, ``Aggs``) are here too.
"""

from __future__ import annotations

import datetime as dt
import pprint
import re
from typing import Any, ClassVar

from ._common import NEW_YORK, new_york, pandas

__all__ = [
    "Account",
    "AccountActivity",
    "AccountConfigurations",
    "Agg",
    "Aggs",
    "Asset",
    "Bar",
    "BarSet",
    "Bars",
    "Calendar",
    "Clock",
    "Entity",
    "Order",
    "PortfolioHistory",
    "Position",
    "Quote",
    "Trade",
    "Watchlist",
]

_RFC3339_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T")
_TIME_KEYS = ("_at", "_timestamp", "_time")


class Entity:
    """A JSON object with attribute access (``order.symbol``); ``_raw`` is the object."""

    _model: Any = None

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw

    def __getattr__(self, key: str) -> Any:
        raw = self.__dict__.get("_raw")
        if raw is not None and not key.startswith("__") and key in raw:
            return self._convert(key, raw[key])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {key!r}")

    def __setattr__(self, key: str, value: Any) -> None:
        super().__setattr__(key, value)  # attributes may be set, as before

    def _convert(self, key: str, value: Any) -> Any:
        if isinstance(value, str) and key.endswith(_TIME_KEYS) and _RFC3339_DAY.match(value):
            return pandas().Timestamp(value)
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({pprint.pformat(self._raw, indent=4)})"


class Account(Entity):
    """The trading account."""


class AccountConfigurations(Entity):
    """The account's trading settings."""


class Asset(Entity):
    """A tradable (or formerly tradable) asset."""


class Position(Entity):
    """An open position (``close_position`` returns the closing order in one, too)."""


class AccountActivity(Entity):
    """A fill or a cash, dividend or corporate-action entry."""


class Watchlist(Entity):
    """A watchlist; ``assets`` is a list of asset dicts."""


class Order(Entity):
    """An order; ``legs`` (bracket, OCO, OTO) are ``Order`` objects too."""

    def __init__(self, raw: dict[str, Any]) -> None:
        super().__init__(raw)
        legs = raw.get("legs")
        if isinstance(legs, list):
            self.legs = [Order(leg) for leg in legs]


class Clock(Entity):
    """The market clock; ``timestamp``, ``next_open`` and ``next_close`` are Timestamps with
    the offset Alpaca sent."""

    _TIMES: ClassVar[frozenset[str]] = frozenset({"timestamp", "next_open", "next_close"})

    def _convert(self, key: str, value: Any) -> Any:
        if key in self._TIMES and isinstance(value, str):
            return pandas().Timestamp(value)
        return super()._convert(key, value)


def _time_of_day(text: str) -> dt.time:
    digits = text.replace(":", "")
    return dt.time(int(digits[:2]), int(digits[2:4]))


class Calendar(Entity):
    """A trading day: ``date`` is a naive Timestamp, ``open``/``close`` and
    ``session_open``/``session_close`` are ``datetime.time`` (New York time)."""

    _TIMES: ClassVar[frozenset[str]] = frozenset({"open", "close", "session_open", "session_close"})

    def _convert(self, key: str, value: Any) -> Any:
        if key == "date" and isinstance(value, str):
            return pandas().Timestamp(value)
        if key in self._TIMES and isinstance(value, str):
            return _time_of_day(value)
        return super()._convert(key, value)


class PortfolioHistory(Entity):
    """Equity and profit/loss series; ``.df`` has them indexed by New York ``timestamp``."""

    @property
    def df(self) -> Any:
        """Columns ``profit_loss``, ``profit_loss_pct``, ``equity``; index ``timestamp``."""
        cached = self.__dict__.get("_df")
        if cached is None:
            pd = pandas()
            columns = ("profit_loss", "profit_loss_pct", "equity")
            series = {name: self._raw.get(name) or [] for name in ("timestamp", *columns)}
            frame = pd.DataFrame(
                {name: pd.Series(series[name], dtype="float64") for name in columns}
            )
            seconds = pd.Series(series["timestamp"], dtype="int64")
            index = pd.to_datetime(seconds, unit="s", utc=True).dt.tz_convert(NEW_YORK)
            frame.index = pd.DatetimeIndex(index, name="timestamp").as_unit("ns")
            cached = self.__dict__["_df"] = frame
        return cached


class Bar(Entity):
    """A bar with Alpaca's short keys (``bar.o``, ``bar.c``); ``bar.t`` is a New York
    Timestamp. Stream bars carry long names instead (``bar.close``, ``bar.timestamp``)."""

    def _convert(self, key: str, value: Any) -> Any:
        if key == "t" and isinstance(value, int | float | str):
            return new_york(value, unit="s")
        return super()._convert(key, value)


class _NanoStamped(Entity):
    """A ``timestamp`` key (nanoseconds) reads as a New York Timestamp."""

    def _convert(self, key: str, value: Any) -> Any:
        if key == "timestamp" and isinstance(value, int | float | str):
            return new_york(value)
        return super()._convert(key, value)


class Trade(_NanoStamped):
    """A trade: short keys in history lists (``trade.p``), long names from the stream
    (``trade.price``, ``trade.timestamp`` in New York time)."""


class Quote(_NanoStamped):
    """A quote: short keys in history lists (``quote.ap``), long names from the stream
    (``quote.ask_price``, ``quote.timestamp`` in New York time)."""


class Agg(Entity):
    """One aggregate bar of ``get_aggs``: open, high, low, close, volume; ``timestamp``
    (milliseconds) reads as a New York Timestamp."""

    def _convert(self, key: str, value: Any) -> Any:
        if key == "timestamp" and isinstance(value, int | float):
            return new_york(value, unit="ms")
        return super()._convert(key, value)


class Bars(list[Bar]):
    """The bars of one symbol from ``get_barset`` (keys ``t`` in epoch seconds, ``o h l c v``);
    ``.df`` is indexed by New York ``time``."""

    def __init__(self, raw: list[dict[str, Any]]) -> None:
        super().__init__(Bar(row) for row in raw)
        self._raw = raw

    @property
    def df(self) -> Any:
        """Columns ``open high low close volume``, index ``time`` (New York)."""
        cached = self.__dict__.get("_df")
        if cached is None:
            pd = pandas()
            names = {"o": "open", "h": "high", "l": "low", "c": "close", "v": "volume"}
            frame = pd.DataFrame(
                {name: [row.get(key) for row in self._raw] for key, name in names.items()}
            )
            seconds = pd.Series([row["t"] for row in self._raw], dtype="int64")
            index = pd.to_datetime(seconds, unit="s", utc=True).dt.tz_convert(NEW_YORK)
            frame.index = pd.DatetimeIndex(index, name="time").as_unit("ns")
            cached = self.__dict__["_df"] = frame
        return cached


class BarSet(dict[str, Bars]):
    """``get_barset``'s answer: symbol -> :class:`Bars`. ``.df`` puts the symbols side by
    side: columns ``(symbol, field)``, one row per time any symbol has a bar (gaps NaN)."""

    def __init__(self, raw: dict[str, list[dict[str, Any]]]) -> None:
        super().__init__((symbol, Bars(rows)) for symbol, rows in raw.items())
        self._raw = raw

    @property
    def df(self) -> Any:
        """The wide frame described on the class."""
        cached = self.__dict__.get("_df")
        if cached is None:
            pd = pandas()
            frames = []
            for symbol, bars in self.items():
                frame = bars.df.copy()
                frame.columns = pd.MultiIndex.from_product([[symbol], frame.columns])
                frames.append(frame)
            cached = pd.concat(frames, axis=1) if frames else pd.DataFrame()
            self.__dict__["_df"] = cached
        return cached


class Aggs(list[Agg]):
    """``get_aggs``'s answer: :class:`Agg` items from ``_raw["results"]``; ``.df`` is indexed
    by New York ``timestamp``."""

    _NAMES: ClassVar[dict[str, str]] = {
        "o": "open",
        "h": "high",
        "l": "low",
        "c": "close",
        "v": "volume",
        "t": "timestamp",
    }

    def __init__(self, raw: dict[str, Any]) -> None:
        self._raw = raw
        super().__init__(Agg(row) for row in self._renamed())

    def _renamed(self) -> list[dict[str, Any]]:
        rows = self._raw.get("results") or []
        return [{self._NAMES.get(key, key): value for key, value in row.items()} for row in rows]

    @property
    def df(self) -> Any:
        """Columns ``open high low close volume``, index ``timestamp`` (New York)."""
        cached = self.__dict__.get("_df")
        if cached is None:
            pd = pandas()
            rows = self._renamed()
            names = ("open", "high", "low", "close", "volume")
            frame = pd.DataFrame({name: [row.get(name) for row in rows] for name in names})
            millis = pd.Series([row["timestamp"] for row in rows], dtype="int64")
            index = pd.to_datetime(millis, unit="ms", utc=True).dt.tz_convert(NEW_YORK)
            frame.index = pd.DatetimeIndex(index, name="timestamp").as_unit("ns")
            cached = self.__dict__["_df"] = frame
        return cached
