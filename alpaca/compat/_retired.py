"""Calls of the legacy ``REST`` whose endpoints Alpaca retired (market data v1), answered from
market data v2 in the legacy shapes. Each warns once (``DeprecationWarning``) with its v2
replacement.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, cast

import alpaca
from alpaca import TimeFrameUnit

from ._common import pandas, warn_once
from ._entity import Aggs, BarSet, Quote, Trade
from ._errors import legacy_errors
from ._market import HasClient, TimeLike, timeframe_text

__all__ = ["RetiredData"]

BARSET_TIMEFRAMES = {
    "minute": "1Min",
    "1min": "1Min",
    "5min": "5Min",
    "15min": "15Min",
    "day": "1Day",
    "1d": "1Day",
}
BARSET_LIMIT = 100
_MARGIN = dt.timedelta(days=10)
"""Extra history asked for when ``get_barset`` has no start (weekends, holidays)."""
_SPANS = {
    "minute": TimeFrameUnit.Minute,
    "hour": TimeFrameUnit.Hour,
    "day": TimeFrameUnit.Day,
    "week": TimeFrameUnit.Week,
    "month": TimeFrameUnit.Month,
}


def _epoch(text: str, per_second: int) -> int:
    """Whole seconds (``per_second=1``) or milliseconds (1000) since the epoch of RFC 3339 text."""
    nanos: int = pandas().Timestamp(text).value
    return nanos // (1_000_000_000 // per_second)


def _retired(name: str, instead: str) -> None:
    warn_once(
        f"REST.{name}",
        f"REST.{name}() used Alpaca's market data v1, which is retired; it is answered from "
        f"v2 now (use {instead} instead)",
        stacklevel=5,
    )


@legacy_errors
class RetiredData(HasClient):
    """The retired market-data methods of ``REST``."""

    def get_barset(
        self,
        symbols: str | Iterable[str],
        timeframe: Any,
        limit: int | None = None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        after: TimeLike | None = None,
        until: TimeLike | None = None,
    ) -> BarSet:
        """The last ``limit`` bars (100 by default) per symbol up to ``end`` (now by default);
        ``.df`` puts the symbols side by side in New York time."""
        _retired("get_barset", "get_bars")
        names = symbols.split(",") if isinstance(symbols, str) else list(symbols)
        text = timeframe_text(timeframe)
        width = alpaca.TimeFrame.parse(BARSET_TIMEFRAMES.get(text.lower(), text))
        count = limit or BARSET_LIMIT
        options: dict[str, Any] = {"limit": count, "sort": "desc"}
        last = end or until
        if last is not None:
            options["end"] = last
        first = start or after
        if first is None:  # far enough back for ``count`` bars (v2 starts today by default)
            pd = pandas()
            moment = pd.Timestamp.now(tz="UTC") if last is None else pd.Timestamp(last)
            moment = moment.tz_localize("UTC") if moment.tzinfo is None else moment
            first = moment - pd.Timedelta(minutes=count * width.minutes * 4) - _MARGIN
            first = first.isoformat()
        options["start"] = first
        raw: dict[str, list[dict[str, Any]]] = {}
        for name in names:
            symbol = name.strip().upper()
            found = self._client.stocks.bars(symbol, width.value, **options)
            rows = [
                {
                    "t": _epoch(row["t"], 1),
                    "o": row.get("o"),
                    "h": row.get("h"),
                    "l": row.get("l"),
                    "c": row.get("c"),
                    "v": row.get("v"),
                }
                for rows in found.raw.values()
                for row in rows
            ]
            raw[symbol] = rows[::-1]
        return cast(BarSet, raw) if self._use_raw_data else BarSet(raw)

    def get_aggs(
        self, symbol: str, multiplier: int, timespan: str, _from: TimeLike, to: TimeLike
    ) -> Aggs:
        """Bars of ``multiplier`` × ``timespan`` (minute, hour, day, week, month) from
        ``_from`` to ``to``; items read ``open high low close volume timestamp``."""
        _retired("get_aggs", "get_bars")
        unit = _SPANS.get(str(timespan).lower())
        if unit is None:
            raise ValueError(f"timespan: expected one of {', '.join(_SPANS)}, got {timespan!r}")
        width = alpaca.TimeFrame(int(multiplier), unit).value
        found = self._client.stocks.bars(symbol, width, start=_from, end=to, adjustment="raw")
        results = [
            {
                "o": row.get("o"),
                "h": row.get("h"),
                "l": row.get("l"),
                "c": row.get("c"),
                "v": row.get("v"),
                "t": _epoch(row["t"], 1000),
            }
            for rows in found.raw.values()
            for row in rows
        ]
        raw = {"ticker": symbol.upper(), "resultsCount": len(results), "results": results}
        return cast(Aggs, raw) if self._use_raw_data else Aggs(raw)

    def get_last_trade(self, symbol: str) -> Trade | None:
        """The latest trade: ``price``, ``size``, ``exchange``, ``cond1``..``cond4``,
        ``timestamp`` (nanoseconds; reads as a New York Timestamp)."""
        _retired("get_last_trade", "get_latest_trade")
        found = self._client.stocks.latest_trades(symbol)
        record = next(iter(found.values()), None)
        if record is None:
            return None
        row = record.raw
        last: dict[str, Any] = {
            "price": row.get("p"),
            "size": row.get("s"),
            "exchange": row.get("x"),
        }
        for number, condition in enumerate((row.get("c") or [])[:4], start=1):
            last[f"cond{number}"] = condition
        last["timestamp"] = _epoch(row["t"], 1_000_000_000)
        return cast(Trade, last) if self._use_raw_data else Trade(last)

    def get_last_quote(self, symbol: str) -> Quote | None:
        """The latest quote: ``askprice``, ``asksize``, ``askexchange``, ``bidprice``,
        ``bidsize``, ``bidexchange``, ``timestamp`` (nanoseconds)."""
        _retired("get_last_quote", "get_latest_quote")
        found = self._client.stocks.latest_quotes(symbol)
        record = next(iter(found.values()), None)
        if record is None:
            return None
        row = record.raw
        last = {
            "askprice": row.get("ap"),
            "asksize": row.get("as"),
            "askexchange": row.get("ax"),
            "bidprice": row.get("bp"),
            "bidsize": row.get("bs"),
            "bidexchange": row.get("bx"),
            "timestamp": _epoch(row["t"], 1_000_000_000),
        }
        return cast(Quote, last) if self._use_raw_data else Quote(last)
