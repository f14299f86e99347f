"""``client.stocks``: historical bars, quotes and trades, latest values and snapshots.

History goes through the fast path: pages are fetched through the same transport and decoded with
orjson straight into per-symbol rows, never through per-row models. Latest values and snapshots
use the generated endpoints, so their shape is checked against the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from alpaca_client.data.api.stocks import (
    get_stock_latest_bars,
    get_stock_latest_quotes,
    get_stock_latest_trades,
    get_stock_snapshots,
)
from alpaca_client.data.models import (
    Adjustment,
    Feed,
    HistoricalFeed,
    Sort,
    StockLatestBarsResponse,
    StockLatestQuotesResponse,
    StockLatestTradesResponse,
    StockSnapshotsResponse,
)

from .._history import Grammar, History, history_chunks, history_pages, history_request
from .._marketdata import Bar, BarSet, Quote, QuoteSet, Snapshot, Trade, TradeSet
from .._operation import (
    LazyPlan,
    M,
    Plan,
    Resource,
    Timeout,
    data,
    decode,
    given,
    lazy,
    map_items,
    operation,
)
from .._pagination import Chunk, Row, collect
from .._params import TimeLike, enum_param, symbols_param
from .._timeframe import TimeFrame

if TYPE_CHECKING:
    from typing import Unpack

Symbols = str | Iterable[str]
R = TypeVar("R", Bar, Quote, Trade, Snapshot)


class BarOptions(TypedDict, total=False):
    """Keyword options of the stock bar history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    feed: str
    asof: TimeLike
    sort: str
    currency: str
    adjustment: str
    concurrency: int


class TickOptions(TypedDict, total=False):
    """Keyword options of the stock quote and trade history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    feed: str
    asof: TimeLike
    sort: str
    currency: str
    concurrency: int


_TICKS = Grammar(frozenset(TickOptions.__annotations__), {"feed": HistoricalFeed, "sort": Sort})
_BARS = Grammar(
    frozenset(BarOptions.__annotations__),
    {"feed": HistoricalFeed, "sort": Sort, "adjustment": Adjustment},
    trading_share=16 / 24 * 5 / 7,  # 4:00-20:00 New York time on weekdays
)


def _history(
    kind: str, symbols: Symbols, timeframe: TimeFrame | str | None, options: Mapping[str, Any]
) -> History:
    grammar = _BARS if kind == "bars" else _TICKS
    return history_request(f"/v2/stocks/{kind}", kind, grammar, symbols, timeframe, options)


def _latest_kwargs(symbols: Symbols, feed: str | None, currency: str | None) -> dict[str, Any]:
    return given(
        symbols=",".join(symbols_param(symbols)),
        feed=enum_param(feed, Feed, "feed"),
        currency=currency,
    )


def _latest(body: Any, shape: type[Any], record: type[R], key: str | None) -> dict[str, R]:
    """Records keyed by symbol, from a body checked against its generated model ``shape``:
    ``shape.key`` (or ``shape`` itself) maps symbols to models; records use their ``.raw``."""
    parsed = shape.from_dict(body)
    items = (getattr(parsed, key) if key else parsed).additional_properties
    return {symbol: record.from_raw(symbol, item.raw) for symbol, item in items.items()}


def _records(make: Callable[[str, Row], R]) -> Callable[[list[Chunk]], list[R]]:
    def convert(chunks: list[Chunk]) -> list[R]:
        return [make(symbol, row) for symbol, rows in chunks for row in rows]

    return convert


class Stocks(Resource[M]):
    """US equity market data."""

    @operation
    def bars(
        self,
        symbols: Symbols,
        timeframe: TimeFrame | str,
        *,
        timeout: Timeout = None,
        **options: Unpack[BarOptions],
    ) -> Plan[BarSet]:
        """Bars for one or several symbols; ``limit`` is the total wanted (None: all in range)."""
        history = _history("bars", symbols, timeframe, options)
        chunks = yield from history_chunks(history, timeout)
        return BarSet(collect(chunks), history.symbols)

    @lazy
    def iter_bars(
        self,
        symbols: Symbols,
        timeframe: TimeFrame | str,
        *,
        timeout: Timeout = None,
        **options: Unpack[BarOptions],
    ) -> LazyPlan[Bar]:
        """Bars one at a time; pages are fetched only as you iterate (arguments checked now)."""
        history = _history("bars", symbols, timeframe, options)
        yield from map_items(history_pages(history, timeout), _records(Bar.from_raw))

    @operation
    def quotes(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> Plan[QuoteSet]:
        """Quotes for one or several symbols."""
        history = _history("quotes", symbols, None, options)
        chunks = yield from history_chunks(history, timeout)
        return QuoteSet(collect(chunks), history.symbols)

    @lazy
    def iter_quotes(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> LazyPlan[Quote]:
        """Quotes one at a time, fetched lazily."""
        history = _history("quotes", symbols, None, options)
        yield from map_items(history_pages(history, timeout), _records(Quote.from_raw))

    @operation
    def trades(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> Plan[TradeSet]:
        """Trades for one or several symbols."""
        history = _history("trades", symbols, None, options)
        chunks = yield from history_chunks(history, timeout)
        return TradeSet(collect(chunks), history.symbols)

    @lazy
    def iter_trades(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> LazyPlan[Trade]:
        """Trades one at a time, fetched lazily."""
        history = _history("trades", symbols, None, options)
        yield from map_items(history_pages(history, timeout), _records(Trade.from_raw))

    @operation
    def latest_bars(
        self,
        symbols: Symbols,
        *,
        feed: str | None = None,
        currency: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[dict[str, Bar]]:
        """The latest minute bar per symbol."""
        kwargs = get_stock_latest_bars._get_kwargs(**_latest_kwargs(symbols, feed, currency))
        response = yield data(kwargs, timeout)
        return _latest(decode(response), StockLatestBarsResponse, Bar, "bars")

    @operation
    def latest_quotes(
        self,
        symbols: Symbols,
        *,
        feed: str | None = None,
        currency: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[dict[str, Quote]]:
        """The latest quote per symbol."""
        kwargs = get_stock_latest_quotes._get_kwargs(**_latest_kwargs(symbols, feed, currency))
        response = yield data(kwargs, timeout)
        return _latest(decode(response), StockLatestQuotesResponse, Quote, "quotes")

    @operation
    def latest_trades(
        self,
        symbols: Symbols,
        *,
        feed: str | None = None,
        currency: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[dict[str, Trade]]:
        """The latest trade per symbol."""
        kwargs = get_stock_latest_trades._get_kwargs(**_latest_kwargs(symbols, feed, currency))
        response = yield data(kwargs, timeout)
        return _latest(decode(response), StockLatestTradesResponse, Trade, "trades")

    @operation
    def snapshots(
        self,
        symbols: Symbols,
        *,
        feed: str | None = None,
        currency: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[dict[str, Snapshot]]:
        """Latest trade, quote and bars per symbol."""
        kwargs = get_stock_snapshots._get_kwargs(**_latest_kwargs(symbols, feed, currency))
        response = yield data(kwargs, timeout)
        return _latest(decode(response), StockSnapshotsResponse, Snapshot, None)
