"""Historical market data (bars, quotes, trades, auctions of every asset class) as plans.

A history call is checked once (:func:`history_request`), then walked page by page
(:func:`history_pages`, lazy) or gathered whole (:func:`history_chunks`). Gathering may split
the call into parts fetched side by side — symbol groups (of the sorted symbols, as Alpaca orders
them) and time windows — and reassembles them in Alpaca's order, so the result is the same as a
sequential fetch. It splits only when that cannot change the result: both ``start`` and ``end``
given, no ``limit``, and more than one page expected.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from ._marketdata import row_check
from ._operation import LazyPlan, Parallel, Plan, Timeout, gather
from ._pagination import PAGE_MAX, Chunk, Params, pages
from ._params import enum_param, limit_param, symbols_param, time_param
from ._timeframe import TimeFrame

DEFAULT_CONCURRENCY = 8  # parts fetched side by side; each waits for its own pages in turn
Symbols = str | Iterable[str]


@dataclass(frozen=True)
class History:
    """A checked history call: where, which parameters, how many items, which symbols."""

    path: str
    key: str
    params: Params
    limit: int | None
    symbols: list[str]
    concurrency: int
    minutes_per_row: float | None  # bars: the timeframe over the trading share; None: unknown
    symbols_name: str = "symbols"  # the query parameter listing them

    def with_params(self, **changes: str) -> History:
        return replace(self, params={**self.params, **changes})


@dataclass(frozen=True)
class Grammar:
    """What one history endpoint accepts: option names and the enum for each choice option;
    ``trading_share`` is the share of the clock its market trades (to estimate bar counts);
    ``symbols`` names the query parameter listing the symbols (``currency_pairs`` for forex);
    ``row_minutes`` is the time between two rows of a symbol when no timeframe says it (None:
    unknown, assumed dense)."""

    options: frozenset[str]
    choices: Mapping[str, type[Enum]]
    trading_share: float = 1.0
    symbols: str = "symbols"
    row_minutes: float | None = None


def history_request(
    path: str,
    key: str,
    grammar: Grammar,
    symbols: Symbols,
    timeframe: TimeFrame | str | None,
    options: Mapping[str, Any],
) -> History:
    """Check a history call's arguments before any request."""
    unknown = sorted(set(options) - grammar.options - {"limit", "concurrency"})
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    requested = symbols_param(symbols, grammar.symbols)
    params: Params = {grammar.symbols: ",".join(requested)}
    minutes = grammar.row_minutes
    if timeframe is not None:
        parsed = TimeFrame.parse(timeframe)
        params["timeframe"] = parsed.value
        minutes = parsed.minutes / grammar.trading_share
    for name in ("start", "end", "asof"):
        if options.get(name) is not None:
            params[name] = time_param(options[name], name)
    for name, enum in grammar.choices.items():
        value = options.get(name)
        if value is None:
            continue
        if name == "adjustment" and isinstance(value, str):  # several, comma-separated
            parts = [enum_param(p.strip(), enum, name).value for p in value.split(",")]
            params[name] = ",".join(str(part) for part in parts)
        else:
            params[name] = str(enum_param(value, enum, name).value)
    if options.get("currency") is not None:
        params["currency"] = str(options["currency"])
    concurrency = options.get("concurrency", DEFAULT_CONCURRENCY)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency: expected an int >= 1, got {concurrency!r}")
    limit = limit_param(options.get("limit"))
    return History(path, key, params, limit, requested, concurrency, minutes, grammar.symbols)


def history_pages(history: History, timeout: Timeout) -> LazyPlan[Chunk]:
    """``(symbol, rows)`` chunks page by page, fetched as they are consumed; the rows of each
    page are checked against their schema as it arrives (see ``_marketdata.row_check``)."""
    check = row_check(history.path)
    return pages(history.path, history.params, history.key, history.limit, timeout, check)


def history_chunks(history: History, timeout: Timeout) -> Plan[list[Chunk]]:
    """Every chunk of the call, in Alpaca's order, fetched in parts side by side when that
    is safe and worth it (see the module docstring)."""
    parts = _parts(history)
    if len(parts) == 1:
        return (yield from gather(history_pages(history, timeout)))
    plans = [gather(history_pages(part, timeout)) for part in parts]
    results = yield Parallel(plans, history.concurrency)
    return [chunk for result in results for chunk in result]


def _parts(history: History) -> list[History]:
    """The calls to make: the call itself, or symbol groups × time windows in order."""
    start, end = history.params.get("start"), history.params.get("end")
    if history.concurrency == 1 or history.limit is not None or start is None or end is None:
        return [history]
    span = _instant(end) - _instant(start)
    wanted = min(history.concurrency, _pages_expected(history, span))
    if wanted <= 1:
        return [history]
    ordered = sorted(history.symbols)
    groups = min(wanted, len(ordered))
    size = math.ceil(len(ordered) / groups)
    windows = _windows(start, end, math.ceil(wanted / groups))
    if history.params.get("sort") == "desc":
        windows.reverse()
    parts = []
    for first in range(0, len(ordered), size):
        symbols = ordered[first : first + size]
        for window_start, window_end in windows:
            changed = history.with_params(
                start=window_start, end=window_end, **{history.symbols_name: ",".join(symbols)}
            )
            parts.append(replace(changed, symbols=symbols))
    return parts


def _instant(text: str) -> dt.datetime:
    """The moment a bound names, a date read as its UTC midnight (only to place cuts)."""
    parsed = dt.datetime.fromisoformat(text)
    return parsed.replace(tzinfo=dt.UTC) if parsed.tzinfo is None else parsed.astimezone(dt.UTC)


def _pages_expected(history: History, span: dt.timedelta) -> int:
    """About how many pages the call takes: bars from their timeframe and the market's
    trading hours, anything else assumed dense."""
    if history.minutes_per_row is None:
        return history.concurrency
    rows = span.total_seconds() / 60 / history.minutes_per_row * len(history.symbols)
    return max(1, math.ceil(rows / PAGE_MAX))


def _windows(start: str, end: str, count: int) -> list[tuple[str, str]]:
    """Up to ``count`` back-to-back windows from ``start`` to ``end`` as given (the server
    reads the outer bounds, dates included, its own way; Alpaca's ``end`` is inclusive). Inner
    cuts fall on whole UTC days a day clear of date bounds, or on whole seconds, and each
    window ends one nanosecond before the next begins."""
    first, last = _instant(start), _instant(end)
    dates = len(start) == 10 or len(end) == 10
    if dates:
        first, last = first + dt.timedelta(days=1), last - dt.timedelta(days=1)
    unit = dt.timedelta(days=1) if dates else dt.timedelta(seconds=1)
    step = (last - first) / count
    cuts: list[dt.datetime] = []
    for index in range(1, count):
        cut = first + step * index
        cut = cut.replace(hour=0, minute=0, second=0, microsecond=0) if dates else cut
        cut = cut.replace(microsecond=0)
        if cut > first and cut < last and (not cuts or cut - cuts[-1] >= unit):
            cuts.append(cut)
    bounds = [start, *(_text(cut) for cut in cuts)]
    ends = [_text(cut - dt.timedelta(seconds=1)).removesuffix("Z") + ".999999999Z" for cut in cuts]
    return list(zip(bounds, [*ends, end], strict=True))


def _text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
