"""Market-data records (``Bar``, ``Quote``, ``Trade``, ``Snapshot``) and the sets that hold them.

The records are generated from ``spec/market-data.yaml`` (``x-record``; see ``codegen/_records.py``)
into ``alpaca_client.records.data``: each holds its symbol and the row as it came (``.raw``) and
computes an attribute when it is read. They serve stocks, crypto and options alike: a field an
asset class lacks is ``None`` (crypto quotes have no exchanges), fractional sizes are ``Decimal``,
an option's single condition code reads as a one-item list. Each asset class has its own
DataFrame columns (``CryptoTradeSet`` has ``taker_side``, for instance).

Pages arrive as decoded JSON; the sets keep those rows as they came (``.raw``), build records only
when you index or iterate, and build DataFrames column-wise (``.df``) without per-row objects.
Prices are exact ``Decimal`` on records and ``float64`` in DataFrames; timestamps are UTC
datetimes on records (microseconds) and nanosecond ``Timestamp``s in DataFrames; the exact text
Alpaca sent stays in ``record.raw["t"]``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping
from itertools import chain
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

from alpaca_client.records.data import PAGE_ROWS, Bar, Quote, Snapshot, Trade

from . import _frames
from ._params import path_pattern
from ._records import ParseFailure

if TYPE_CHECKING:
    import os

    import pandas as pd
    import polars as pl
    import pyarrow as pa

__all__ = [
    "Bar",
    "BarSet",
    "CryptoBarSet",
    "CryptoQuoteSet",
    "CryptoTradeSet",
    "OptionTradeSet",
    "Quote",
    "QuoteSet",
    "Snapshot",
    "Trade",
    "TradeSet",
    "chunk_records",
    "latest_records",
    "row_check",
]

Row = dict[str, Any]


R = TypeVar("R", Bar, Quote, Trade)
RecordT = TypeVar("RecordT", Bar, Quote, Trade, Snapshot)


class _DataSet(Generic[R]):
    """Rows per symbol in arrival order; ``set[symbol]`` gives records (``[]`` for a symbol
    asked for that has none), iteration every record, ``len`` their count, ``.df`` a DataFrame."""

    _record: ClassVar[type[Bar] | type[Quote] | type[Trade]]
    _columns: ClassVar[Mapping[str, str]]
    _floats: ClassVar[frozenset[str]] = _frames.FLOAT_COLUMNS
    _rows: ClassVar[str]  # the ``PAGE_ROWS`` entry that checks the rows of the pages

    __slots__ = ("_checked", "raw", "requested")

    def __init__(
        self, raw: dict[str, list[Row]] | None = None, requested: list[str] | None = None
    ) -> None:
        self.raw: dict[str, list[Row]] = raw if raw is not None else {}
        self.requested: list[str] = requested if requested is not None else list(self.raw)
        """The symbols asked for; ``symbols`` lists those that have data."""
        self._checked = 0  # how many rows passed the page checks (0: rows built by hand)

    @classmethod
    def _from_pages(cls, raw: dict[str, list[Row]], requested: list[str]) -> Self:
        """A set of rows from history pages, each row checked as its page arrived."""
        made = cls(raw, requested)
        made._checked = len(made)
        return made

    def __getitem__(self, symbol: str) -> list[R]:
        key = symbol.upper()
        rows = self.raw.get(key)
        if rows is None:
            if key in self.requested:
                return []
            raise KeyError(symbol)
        make = self._record
        return [make(key, row) for row in rows]  # type: ignore[misc]

    def keys(self) -> list[str]:
        """The symbols asked for (those without rows included), in Alpaca's order."""
        return [*self.raw, *(s for s in self.requested if s not in self.raw)]

    def items(self) -> list[tuple[str, list[R]]]:
        """``(symbol, records)`` for every symbol asked for."""
        return [(symbol, self[symbol]) for symbol in self.keys()]

    def __iter__(self) -> Iterator[R]:
        make = self._record
        for symbol, rows in self.raw.items():
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
        return _frames.arrow_table(
            self.raw, self._columns, multi=len(self.requested) > 1, floats=self._floats
        )

    @property
    def pl(self) -> pl.DataFrame:
        """polars DataFrame with the columns of :attr:`arrow`."""
        checked = self._checked == len(self)  # else some rows were added by hand
        kinds = PAGE_ROWS[self._rows]["rows"] if checked else None
        return _frames.polars_frame(
            self.raw, self._columns, multi=len(self.requested) > 1, kinds=kinds, floats=self._floats
        )

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
    _rows = "/v2/stocks/bars"  # option bars: the same rows
    _record = Bar
    _columns = _frames.BAR_COLUMNS


class QuoteSet(_DataSet[Quote]):
    """Quotes per symbol."""

    __slots__ = ()
    _rows = "/v2/stocks/quotes"
    _record = Quote
    _columns = _frames.QUOTE_COLUMNS


class TradeSet(_DataSet[Trade]):
    """Trades per symbol."""

    __slots__ = ()
    _rows = "/v2/stocks/trades"
    _record = Trade
    _columns = _frames.TRADE_COLUMNS


class CryptoBarSet(BarSet):
    """Crypto bars per pair; ``volume`` is fractional (float64 in ``.df``)."""

    __slots__ = ()
    _rows = "/v1beta3/crypto/{loc}/bars"
    _floats = _frames.FLOAT_COLUMNS | {"volume"}


class CryptoQuoteSet(QuoteSet):
    """Crypto quotes per pair; ``.df`` columns ``bid_price bid_size ask_price ask_size``."""

    __slots__ = ()
    _rows = "/v1beta3/crypto/{loc}/quotes"
    _columns = _frames.CRYPTO_QUOTE_COLUMNS
    _floats = _frames.FLOAT_COLUMNS | {"bid_size", "ask_size"}


class CryptoTradeSet(TradeSet):
    """Crypto trades per pair; ``.df`` columns ``price size id taker_side``."""

    __slots__ = ()
    _rows = "/v1beta3/crypto/{loc}/trades"
    _columns = _frames.CRYPTO_TRADE_COLUMNS
    _floats = _frames.FLOAT_COLUMNS | {"size"}


class OptionTradeSet(TradeSet):
    """Option trades per contract; ``.df`` columns ``exchange price size condition``."""

    __slots__ = ()
    _rows = "/v1beta1/options/trades"
    _columns = _frames.OPTION_TRADE_COLUMNS


def latest_records(
    body: Any, shape: Any, record: type[RecordT], key: str | None
) -> dict[str, RecordT]:
    """Records keyed by symbol, from a body checked against its generated model ``shape``:
    ``shape.key`` (or ``shape`` itself) maps symbols to models; records use their ``.raw``.
    A symbol Alpaca answers ``null`` for (it has nothing on it) is left out."""
    parsed = shape.from_dict(body)
    items = (getattr(parsed, key) if key else parsed).additional_properties
    return {
        symbol: record.from_raw(symbol, item.raw)
        for symbol, item in items.items()
        if item is not None
    }


def chunk_records(
    make: Callable[[str, Row], RecordT],
) -> Callable[[list[tuple[str, list[Row]]]], list[RecordT]]:
    """Turn ``(symbol, rows)`` chunks of history pages into records, in order; ``make`` is
    the record class (calling it is the cheapest way to build one)."""

    def convert(chunks: list[tuple[str, list[Row]]]) -> list[RecordT]:
        return [make(symbol, row) for symbol, rows in chunks for row in rows]

    return convert


_TYPES: Mapping[str, frozenset[type]] = {
    "time": frozenset({str}),
    "string": frozenset({str}),
    "number": frozenset({int, float}),  # bool is neither (its type is bool)
    "integer": frozenset({int}),
    "strings": frozenset({list}),
    "object": frozenset({dict}),
}
_NULL = {True: frozenset[type](), False: frozenset({type(None)})}
"""Per ``required``: what else a value may be (an optional field may be null)."""
_tzinfo = attrgetter("tzinfo")


class RowCheck:
    """Checks the rows of one page against their schema's ``PAGE_ROWS`` entry at C speed and
    names the first row that does not fit; keys the schema does not know are left alone.

    The fields of the page's first row are read from every row at once, into one flat list cut
    into columns; the others (absent there), or all when some row lacks one, are read one by
    one (absent optional fields as None)."""

    def __init__(
        self, page: Mapping[str, tuple[str, bool]], checks: Mapping[str, tuple[str, bool]]
    ) -> None:
        self._page = [
            (key, _TYPES[kind] | _NULL[False], kind, required)
            for key, (kind, required) in page.items()
        ]
        self._columns = [
            (key, _TYPES[kind] | _NULL[required], kind, required)
            for key, (kind, required) in checks.items()
        ]

    def page(self, page: Mapping[str, Any]) -> None:
        """Check the page's own properties (its rows are checked per symbol); a required one
        must be there, any may be null (no rows: ``{"bars": null}``)."""
        for key, allowed, kind, required in self._page:
            if key not in page:
                if required:
                    raise ParseFailure(f"{key!r} is missing", "", None)
            elif type(page[key]) not in allowed:
                raise ParseFailure(f"expected {kind}", key, page[key])

    def __call__(self, where: str, rows: list[Any]) -> None:
        if not rows:
            return
        first = rows[0] if type(rows[0]) is dict else {}
        common = [key for key, _, _, _ in self._columns if key in first]
        read: dict[str, list[Any]] = {}
        if len(common) > 1:
            with contextlib.suppress(KeyError, TypeError):  # such rows take the slow way
                read = dict(zip(common, _frames.read_columns(rows, common), strict=True))
        if not read and set(map(type, rows)) != {dict}:
            index = next(i for i, row in enumerate(rows) if type(row) is not dict)
            raise ParseFailure("expected an object", f"{where}[{index}]", rows[index])
        for key, allowed, kind, required in self._columns:
            column = read.get(key)
            if column is None:
                column = _column(where, rows, key, required)
            if kind == "time":  # the parser refuses what is not a string
                try:
                    naive = None in map(_tzinfo, map(dt.datetime.fromisoformat, column))
                except (TypeError, ValueError):
                    naive = True
                if naive:
                    self._fail(where, key, column, _time_in(allowed), "RFC 3339 time")
                continue
            if kind == "string":
                try:
                    "".join(column)  # only strings join
                    continue
                except TypeError:
                    pass
            if not allowed.issuperset(map(type, column)):
                self._fail(where, key, column, _typed(allowed), kind)
            if kind == "strings":
                try:
                    "".join(chain.from_iterable(filter(None, column)))
                except TypeError:
                    self._fail(where, key, column, _is_strings, "list of strings")

    @staticmethod
    def _fail(
        where: str, key: str, column: list[Any], fits: Callable[[Any], bool], kind: str
    ) -> None:
        index = next((i for i, value in enumerate(column) if not fits(value)), None)
        if index is None:  # every value fits (null optional times took the slow way)
            return
        raise ParseFailure(f"expected {kind}", f"{where}[{index}].{key}", column[index])


def _column(where: str, rows: list[dict[str, Any]], key: str, required: bool) -> list[Any]:
    """One field of every row (None where an optional one is absent)."""
    try:
        return list(map(itemgetter(key), rows))
    except KeyError:
        if required:
            index = next(i for i, row in enumerate(rows) if key not in row)
            raise ParseFailure(f"{key!r} is missing", f"{where}[{index}]", None) from None
        return [row.get(key) for row in rows]


def _typed(allowed: frozenset[type]) -> Callable[[Any], bool]:
    return lambda value: type(value) in allowed


def _time_in(allowed: frozenset[type]) -> Callable[[Any], bool]:
    """Whether a value is an RFC 3339 time with its offset (or an allowed null)."""

    def fits(value: Any) -> bool:
        if value is None:
            return type(None) in allowed
        try:
            return dt.datetime.fromisoformat(value).tzinfo is not None
        except (TypeError, ValueError):
            return False

    return fits


def _is_strings(value: Any) -> bool:
    return value is None or all(type(item) is str for item in value)


@functools.cache
def row_check(path: str) -> RowCheck | None:
    """The check of the rows of a history page from ``path`` (None: rows not checked)."""
    for template, checks in PAGE_ROWS.items():
        if path_pattern(template).fullmatch(path):
            return RowCheck(checks["page"], checks["rows"])
    return None
