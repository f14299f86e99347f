"""Market-data records (``Bar``, ``Quote``, ``Trade``, ``Snapshot``) and the sets that hold them.

The records serve stocks, crypto and options alike: a field an asset class lacks is ``None``
(crypto quotes have no exchanges), fractional sizes are ``Decimal``, an option's single condition
code reads as a one-item list. Each asset class has its own DataFrame columns (``CryptoTradeSet``
has ``taker_side``, for instance).

Pages arrive as decoded JSON; the sets keep those rows as they came (``.raw``), build records only
when you index or iterate, and build DataFrames column-wise (``.df``) without per-row objects.
Prices are exact ``Decimal`` on records and ``float64`` in DataFrames; timestamps are UTC
datetimes on records (microseconds) and nanosecond ``Timestamp``s in DataFrames; the exact text
Alpaca sent stays in ``record.raw["t"]``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from . import _frames

if TYPE_CHECKING:
    import os

    import pandas as pd
    import polars as pl
    import pyarrow as pa

Row = dict[str, Any]


def _timestamp(text: str) -> dt.datetime:
    """UTC datetime from RFC-3339 text; digits past microseconds are dropped (see ``raw``)."""
    head, dot, frac = text.partition(".")
    if dot:
        digits = frac.rstrip("Z")
        zone = frac[len(digits) :] or ""
        tz_at = max(digits.find("+"), digits.find("-"))
        if tz_at >= 0:
            digits, zone = digits[:tz_at], digits[tz_at:]
        text = f"{head}.{digits[:6]}{zone}"
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


@functools.lru_cache(maxsize=4096, typed=True)
def _decimal(value: Any) -> Decimal | None:
    """The decimal a JSON number prints as (floats by their shortest repr). Cached: prices
    repeat within a page and across pages, and a hit costs a third of a conversion."""
    if value is None:
        return None
    return Decimal(repr(value) if isinstance(value, float) else value)


def _size(value: Any) -> int | Decimal | None:
    """Whole sizes stay ``int``; fractional ones (crypto) become exact decimals."""
    return _decimal(value) if isinstance(value, float) else value


def _conditions(value: Any) -> list[str] | None:
    """Condition codes as a list (options send a single code as a string)."""
    return [value] if isinstance(value, str) else value


@dataclass(frozen=True, slots=True)
class Bar:
    """One OHLCV bar."""

    symbol: str
    timestamp: dt.datetime
    open: Decimal | None
    high: Decimal | None
    low: Decimal | None
    close: Decimal | None
    volume: int | Decimal | None
    trade_count: int | None
    vwap: Decimal | None
    raw: Row = field(repr=False, compare=False)

    @classmethod
    def from_raw(cls, symbol: str, row: Row) -> Bar:
        volume = row.get("v")
        return cls(
            symbol,
            _timestamp(row["t"]),
            _decimal(row.get("o")),
            _decimal(row.get("h")),
            _decimal(row.get("l")),
            _decimal(row.get("c")),
            _size(volume),
            row.get("n"),
            _decimal(row.get("vw")),
            row,
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """Best bid and offer at one instant."""

    symbol: str
    timestamp: dt.datetime
    ask_exchange: str | None
    ask_price: Decimal | None
    ask_size: int | Decimal | None
    bid_exchange: str | None
    bid_price: Decimal | None
    bid_size: int | Decimal | None
    conditions: list[str] | None
    tape: str | None
    raw: Row = field(repr=False, compare=False)

    @classmethod
    def from_raw(cls, symbol: str, row: Row) -> Quote:
        return cls(
            symbol,
            _timestamp(row["t"]),
            row.get("ax"),
            _decimal(row.get("ap")),
            _size(row.get("as")),
            row.get("bx"),
            _decimal(row.get("bp")),
            _size(row.get("bs")),
            _conditions(row.get("c")),
            row.get("z"),
            row,
        )


@dataclass(frozen=True, slots=True)
class Trade:
    """One trade print."""

    symbol: str
    timestamp: dt.datetime
    exchange: str | None
    price: Decimal | None
    size: int | Decimal | None
    conditions: list[str] | None
    id: int | None
    tape: str | None
    raw: Row = field(repr=False, compare=False)

    @classmethod
    def from_raw(cls, symbol: str, row: Row) -> Trade:
        return cls(
            symbol,
            _timestamp(row["t"]),
            row.get("x"),
            _decimal(row.get("p")),
            _size(row.get("s")),
            _conditions(row.get("c")),
            row.get("i"),
            row.get("z"),
            row,
        )


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Latest trade and quote, the current minute and day bars, and the previous day's bar."""

    symbol: str
    latest_trade: Trade | None
    latest_quote: Quote | None
    minute_bar: Bar | None
    daily_bar: Bar | None
    prev_daily_bar: Bar | None
    raw: Row = field(repr=False, compare=False)

    @classmethod
    def from_raw(cls, symbol: str, row: Row) -> Snapshot:
        def part(key: str, kind: type[Bar] | type[Quote] | type[Trade]) -> Any:
            value = row.get(key)
            return None if value is None else kind.from_raw(symbol, value)

        return cls(
            symbol,
            part("latestTrade", Trade),
            part("latestQuote", Quote),
            part("minuteBar", Bar),
            part("dailyBar", Bar),
            part("prevDailyBar", Bar),
            row,
        )


R = TypeVar("R", Bar, Quote, Trade)
RecordT = TypeVar("RecordT", Bar, Quote, Trade, Snapshot)


class _DataSet(Generic[R]):
    """Rows per symbol in arrival order; ``set[symbol]`` gives records (``[]`` for a symbol
    asked for that has none), iteration every record, ``len`` their count, ``.df`` a DataFrame."""

    _record: ClassVar[type[Bar] | type[Quote] | type[Trade]]
    _columns: ClassVar[Mapping[str, str]]
    _floats: ClassVar[frozenset[str]] = _frames.FLOAT_COLUMNS

    __slots__ = ("raw", "requested")

    def __init__(
        self, raw: dict[str, list[Row]] | None = None, requested: list[str] | None = None
    ) -> None:
        self.raw: dict[str, list[Row]] = raw if raw is not None else {}
        self.requested: list[str] = requested if requested is not None else list(self.raw)
        """The symbols asked for; ``symbols`` lists those that have data."""

    def __getitem__(self, symbol: str) -> list[R]:
        key = symbol.upper()
        rows = self.raw.get(key)
        if rows is None:
            if key in self.requested:
                return []
            raise KeyError(symbol)
        make = self._record.from_raw
        return [make(key, row) for row in rows]  # type: ignore[misc]

    def keys(self) -> list[str]:
        """The symbols asked for (those without rows included), in Alpaca's order."""
        return [*self.raw, *(s for s in self.requested if s not in self.raw)]

    def items(self) -> list[tuple[str, list[R]]]:
        """``(symbol, records)`` for every symbol asked for."""
        return [(symbol, self[symbol]) for symbol in self.keys()]

    def __iter__(self) -> Iterator[R]:
        for symbol, rows in self.raw.items():
            make = self._record.from_raw
            for row in rows:
                yield make(symbol, row)  # type: ignore[misc]

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.raw.values())

    def __contains__(self, symbol: object) -> bool:
        return isinstance(symbol, str) and symbol.upper() in self.keys()

    @property
    def symbols(self) -> list[str]:
        return [symbol for symbol, rows in self.raw.items() if rows]

    @property
    def df(self) -> pd.DataFrame:
        """pandas DataFrame indexed by UTC ``timestamp`` (``(symbol, timestamp)`` for several)."""
        return _frames.frame(
            self.raw, self._columns, multi=len(self.requested) > 1, floats=self._floats
        )

    @property
    def arrow(self) -> pa.Table:
        """pyarrow Table: ``symbol`` (several symbols), ``timestamp`` (ns, UTC), the columns."""
        return _frames.arrow_table(self.raw, self._columns, multi=len(self.requested) > 1)

    @property
    def pl(self) -> pl.DataFrame:
        """polars DataFrame with the columns of :attr:`arrow`."""
        return _frames.polars_frame(self.raw, self._columns, multi=len(self.requested) > 1)

    def to_parquet(self, path: str | os.PathLike[str]) -> None:
        """Write :attr:`arrow` to a Parquet file."""
        parquet = _frames._extra("pyarrow.parquet", "arrow", "Parquet files")
        parquet.write_table(self.arrow, path)

    def __repr__(self) -> str:
        counts = ", ".join(f"{symbol}: {len(rows)}" for symbol, rows in self.raw.items())
        return f"{type(self).__name__}({{{counts}}})"


class BarSet(_DataSet[Bar]):
    """Bars per symbol."""

    __slots__ = ()
    _record = Bar
    _columns = _frames.BAR_COLUMNS


class QuoteSet(_DataSet[Quote]):
    """Quotes per symbol."""

    __slots__ = ()
    _record = Quote
    _columns = _frames.QUOTE_COLUMNS


class TradeSet(_DataSet[Trade]):
    """Trades per symbol."""

    __slots__ = ()
    _record = Trade
    _columns = _frames.TRADE_COLUMNS


class CryptoBarSet(BarSet):
    """Crypto bars per pair; ``volume`` is fractional (float64 in ``.df``)."""

    __slots__ = ()
    _floats = _frames.FLOAT_COLUMNS | {"volume"}


class CryptoQuoteSet(QuoteSet):
    """Crypto quotes per pair; ``.df`` columns ``bid_price bid_size ask_price ask_size``."""

    __slots__ = ()
    _columns = _frames.CRYPTO_QUOTE_COLUMNS
    _floats = _frames.FLOAT_COLUMNS | {"bid_size", "ask_size"}


class CryptoTradeSet(TradeSet):
    """Crypto trades per pair; ``.df`` columns ``price size id taker_side``."""

    __slots__ = ()
    _columns = _frames.CRYPTO_TRADE_COLUMNS
    _floats = _frames.FLOAT_COLUMNS | {"size"}


class OptionTradeSet(TradeSet):
    """Option trades per contract; ``.df`` columns ``exchange price size condition``."""

    __slots__ = ()
    _columns = _frames.OPTION_TRADE_COLUMNS


def latest_records(
    body: Any, shape: Any, record: type[RecordT], key: str | None
) -> dict[str, RecordT]:
    """Records keyed by symbol, from a body checked against its generated model ``shape``:
    ``shape.key`` (or ``shape`` itself) maps symbols to models; records use their ``.raw``."""
    parsed = shape.from_dict(body)
    items = (getattr(parsed, key) if key else parsed).additional_properties
    return {symbol: record.from_raw(symbol, item.raw) for symbol, item in items.items()}


def chunk_records(
    make: Callable[[str, Row], RecordT],
) -> Callable[[list[tuple[str, list[Row]]]], list[RecordT]]:
    """Turn ``(symbol, rows)`` chunks of history pages into records, in order."""

    def convert(chunks: list[tuple[str, list[Row]]]) -> list[RecordT]:
        return [make(symbol, row) for symbol, rows in chunks for row in rows]

    return convert
