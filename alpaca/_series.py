"""Market-data results whose items have no hand-written record: rows per symbol parsed with the
generated models (forex rates, index values, stock auctions) and option snapshots by contract.

The sets keep the rows as they came (``.raw``) and build DataFrames column-wise (``.df``) from
them; the models are made when the set is, inside the call, so a row that is not the documented
shape raises ``ResponseValidationError`` there, not later when you index or tabulate. Items
carry no symbol of their own, so iterating a set (and the matching ``iter_*`` method) yields
``(symbol, item)`` pairs in Alpaca's order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _frames

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")
Row = dict[str, Any]


class ModelSet(Generic[T]):
    """Rows per symbol; ``series[symbol]`` gives generated models, iteration ``(symbol, item)``
    pairs, ``.df`` a DataFrame (columns listed on each method that returns one)."""

    __slots__ = ("_columns", "_floats", "_items", "raw", "requested")

    def __init__(
        self,
        raw: dict[str, list[Row]],
        requested: list[str],
        make: Callable[[Mapping[str, Any]], T],
        columns: Mapping[str, str],
        floats: frozenset[str] = frozenset(),
    ) -> None:
        self.raw = raw
        self.requested = requested
        """The symbols asked for; ``symbols`` lists those that have data."""
        self._items = {symbol: [make(row) for row in rows] for symbol, rows in raw.items()}
        self._columns = columns
        self._floats = floats

    def __getitem__(self, symbol: str) -> list[T]:
        return list(self._items[symbol.upper()])

    def __iter__(self) -> Iterator[tuple[str, T]]:
        for symbol, items in self._items.items():
            for item in items:
                yield symbol, item

    def __len__(self) -> int:
        return sum(len(rows) for rows in self.raw.values())

    def __contains__(self, symbol: object) -> bool:
        return isinstance(symbol, str) and symbol.upper() in self.raw

    @property
    def symbols(self) -> list[str]:
        return [symbol for symbol, rows in self.raw.items() if rows]

    @property
    def df(self) -> pd.DataFrame:
        """pandas DataFrame indexed by UTC ``timestamp`` (``(symbol, timestamp)`` for several)."""
        return _frames.frame(
            self.raw, self._columns, multi=len(self.requested) > 1, floats=self._floats
        )

    def __repr__(self) -> str:
        counts = ", ".join(f"{symbol}: {len(rows)}" for symbol, rows in self.raw.items())
        return f"{type(self).__name__}({{{counts}}})"


class AuctionSet(ModelSet[T]):
    """Daily auctions per symbol (``set[symbol]`` → one item per trading day, with its opening
    prints ``o`` and closing prints ``c``). ``.df`` has one row per auction print."""

    __slots__ = ()

    def __init__(
        self,
        raw: dict[str, list[Row]],
        requested: list[str],
        make: Callable[[Mapping[str, Any]], T],
    ) -> None:
        super().__init__(raw, requested, make, _frames.AUCTION_COLUMNS, frozenset({"price"}))

    @property
    def df(self) -> pd.DataFrame:
        """pandas DataFrame of every print, indexed by UTC ``timestamp`` (``(symbol, timestamp)``
        for several symbols); columns ``date auction exchange price size condition``, where
        ``auction`` is ``open`` or ``close``."""
        prints = {symbol: _frames.auction_prints(rows) for symbol, rows in self.raw.items()}
        return _frames.frame(
            prints, self._columns, multi=len(self.requested) > 1, floats=self._floats
        )


class OptionSnapshots(dict[str, T]):
    """Option snapshots keyed by contract symbol (a ``dict``); ``.df`` is a DataFrame of them."""

    @property
    def df(self) -> pd.DataFrame:
        """pandas DataFrame indexed by contract ``symbol``: ``underlying expiration type strike``
        (read from the OCC symbol), ``trade_time trade_price trade_size quote_time bid_price
        bid_size ask_price ask_size open high low close volume prev_close implied_volatility
        delta gamma theta vega rho``; times UTC, absent values NaN/NaT."""
        raws: dict[str, Row] = {symbol: _raw(item) for symbol, item in self.items()}
        return _frames.option_snapshots_frame(raws)


def _raw(item: Any) -> Row:
    raw: Row = getattr(item, "raw", None) or {}
    return raw
