"""Bulk history to Hive-partitioned Parquet: ``alpaca.export`` and ``alpaca export``.

Layout: ``PATH/symbol=AAPL/date=2024-01-02/part-0.parquet`` where ``date`` is the New York
trading date of the rows, plus a ``_SUCCESS`` marker in each finished partition and in each
finished symbol directory. A run skips finished symbols, rewrites partitions without a marker,
and writes every file under a temporary name first, so an interrupted run loses nothing and
duplicates nothing when it is started again. ``shard=(k, n)`` keeps the symbols whose CRC-32 is
``k - 1`` modulo ``n``: machines given the same list and different ``k`` split the work.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol
from zoneinfo import ZoneInfo

from . import _frames
from ._history import DEFAULT_CONCURRENCY
from ._marketdata import BarSet, QuoteSet, TradeSet
from ._params import symbols_param, time_param
from ._timeframe import TimeFrame

if TYPE_CHECKING:
    from ._client import Client

__all__ = ["export", "shard_of"]

NEW_YORK = ZoneInfo("America/New_York")
SUCCESS = "_SUCCESS"
Kind = Literal["bars", "quotes", "trades"]
Row = dict[str, Any]
_COLUMNS: Mapping[str, Mapping[str, str]] = {
    "bars": _frames.BAR_COLUMNS,
    "quotes": _frames.QUOTE_COLUMNS,
    "trades": _frames.TRADE_COLUMNS,
}
_GROUP = 10  # symbols per request: Alpaca answers several symbols in one page walk


class _Progress(Protocol):
    def update(self, n: int) -> object: ...
    def close(self) -> object: ...


def shard_of(symbol: str, count: int) -> int:
    """The shard (1..count) a symbol belongs to, the same on every machine."""
    return zlib.crc32(symbol.upper().encode()) % count + 1


def export(
    client: Client,
    symbols: str | Iterable[str],
    start: dt.date | dt.datetime | str,
    end: dt.date | dt.datetime | str,
    path: str | os.PathLike[str],
    *,
    kind: Kind = "bars",
    timeframe: TimeFrame | str = "1Min",
    shard: tuple[int, int] | str | None = None,
    concurrency: int | None = None,
    feed: str | None = None,
    progress: bool | None = None,
) -> list[str]:
    """Download ``kind`` for every symbol (of this shard) from ``start`` to ``end`` into
    Hive-partitioned Parquet under ``path``; returns the symbols exported by this call (those
    already finished are skipped). ``shard`` is ``(k, n)`` or ``"k/n"``. A progress bar goes to
    stderr when it is a terminal (``progress=`` forces it on or off)."""
    if kind not in _COLUMNS:
        raise ValueError(f"kind: expected bars, quotes or trades, got {kind!r}")
    wanted = _select(symbols_param(symbols), _shard(shard))
    window = {"start": time_param(start, "start"), "end": time_param(end, "end")}
    options: dict[str, Any] = {**window, "concurrency": concurrency or DEFAULT_CONCURRENCY}
    if feed is not None:
        options["feed"] = feed
    frame = TimeFrame.parse(timeframe) if kind == "bars" else None
    root = Path(path)
    todo = [s for s in wanted if not (root / f"symbol={s}" / SUCCESS).exists()]
    bar = _progress(len(todo), progress)
    try:
        for group in _groups(todo):
            data = _fetch(client, kind, group, frame, options)
            for symbol in group:
                _write_symbol(root, symbol, data.raw.get(symbol, []), _COLUMNS[kind])
                bar.update(1)
    finally:
        bar.close()
    return todo


def _shard(shard: tuple[int, int] | str | None) -> tuple[int, int] | None:
    if shard is None:
        return None
    if isinstance(shard, str):
        first, _, second = shard.partition("/")
        if not (first.strip().isdigit() and second.strip().isdigit()):
            raise ValueError(f"shard: expected 'k/n', got {shard!r}")
        shard = (int(first), int(second))
    index, count = shard
    if not (isinstance(index, int) and isinstance(count, int) and 1 <= index <= count):
        raise ValueError(f"shard: expected k/n with 1 <= k <= n, got {shard!r}")
    return index, count


def _select(symbols: list[str], shard: tuple[int, int] | None) -> list[str]:
    if shard is None:
        return sorted(symbols)
    index, count = shard
    return sorted(s for s in symbols if shard_of(s, count) == index)


def _groups(symbols: list[str]) -> Iterator[list[str]]:
    for first in range(0, len(symbols), _GROUP):
        yield symbols[first : first + _GROUP]


def _fetch(
    client: Client, kind: Kind, group: list[str], frame: TimeFrame | None, options: Any
) -> BarSet | QuoteSet | TradeSet:
    if kind == "bars":
        assert frame is not None
        return client.stocks.bars(group, frame, **options)
    if kind == "quotes":
        return client.stocks.quotes(group, **options)
    return client.stocks.trades(group, **options)


def _write_symbol(root: Path, symbol: str, rows: list[Row], columns: Mapping[str, str]) -> None:
    """Every trading date of one symbol, then the symbol's own marker."""
    directory = root / f"symbol={symbol}"
    for day, day_rows in _by_trading_date(rows):
        _write_partition(directory / f"date={day.isoformat()}", symbol, day_rows, columns)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / SUCCESS).touch()


def _by_trading_date(rows: list[Row]) -> Iterator[tuple[dt.date, list[Row]]]:
    """Rows grouped by their New York date (rows arrive in time order)."""
    current: dt.date | None = None
    batch: list[Row] = []
    for row in rows:
        day = dt.datetime.fromisoformat(row["t"][:19] + "+00:00").astimezone(NEW_YORK).date()
        if day != current and batch:
            assert current is not None
            yield current, batch
            batch = []
        current = day
        batch.append(row)
    if batch and current is not None:
        yield current, batch


def _write_partition(
    directory: Path, symbol: str, rows: list[Row], columns: Mapping[str, str]
) -> None:
    if (directory / SUCCESS).exists():
        return
    parquet = _frames._extra("pyarrow.parquet", "export", "Parquet export")
    shutil.rmtree(directory, ignore_errors=True)  # an earlier, interrupted attempt
    directory.mkdir(parents=True)
    table = _frames.arrow_table({symbol: rows}, columns, multi=False)
    partial = directory / "part-0.parquet.tmp"
    parquet.write_table(table, partial)
    partial.rename(directory / "part-0.parquet")
    (directory / SUCCESS).touch()


def _progress(total: int, wanted: bool | None) -> _Progress:
    show = sys.stderr.isatty() if wanted is None else wanted
    if not show:
        return _Silent()
    tqdm = _frames._extra("tqdm", "export", "Progress bars")
    bar: _Progress = tqdm.tqdm(total=total, unit="symbol", file=sys.stderr)
    return bar


class _Silent:
    def update(self, n: int) -> None:
        return None

    def close(self) -> None:
        return None
