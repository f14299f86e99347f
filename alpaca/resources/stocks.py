"""``client.stocks``: historical bars, quotes, trades and auctions, latest values, snapshots,
and the condition and exchange code tables.

History goes through the fast path: pages are fetched through the same transport and decoded with
orjson straight into per-symbol rows, never through per-row models. Latest values and snapshots
use the generated endpoints, so their shape is checked against the spec.

Alpaca's eight single-symbol operations (``/v2/stocks/{symbol}/bars`` ...) are served by the
multi-symbol methods: ``bars("AAPL", ...)`` asks for one symbol.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from alpaca_client.data.api.stocks import (
    get_stock_conditions,
    get_stock_exchanges,
    get_stock_latest_bars,
    get_stock_latest_quotes,
    get_stock_latest_trades,
    get_stock_snapshots,
)
from alpaca_client.data.models import (
    Adjustment,
    AuctionFeed,
    ConditionCodes,
    ExchangeCodes,
    Feed,
    HistoricalFeed,
    Sort,
    StockDailyAuctions,
    StockLatestBarsResponse,
    StockLatestQuotesResponse,
    StockLatestTradesResponse,
    StockSnapshotsResponse,
    Tape,
    TickType,
)

from .._history import Grammar, History, history_chunks, history_pages, history_request
from .._marketdata import (
    Bar,
    BarSet,
    Quote,
    QuoteSet,
    Snapshot,
    Trade,
    TradeSet,
    chunk_records,
    latest_records,
)
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
    parse,
)
from .._pagination import Chunk, collect
from .._params import TimeLike, enum_param, symbols_param
from .._series import AuctionSet
from .._timeframe import TimeFrame

if TYPE_CHECKING:
    from typing import Unpack

Symbols = str | Iterable[str]


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


class AuctionOptions(TypedDict, total=False):
    """Keyword options of the stock auction history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    feed: str
    asof: TimeLike
    sort: str
    currency: str
    concurrency: int


_TICKS = Grammar(frozenset(TickOptions.__annotations__), {"feed": HistoricalFeed, "sort": Sort})
_AUCTIONS = Grammar(
    frozenset(AuctionOptions.__annotations__),
    {"feed": AuctionFeed, "sort": Sort},
    row_minutes=1440 * 7 / 5,  # one row per symbol and weekday
)
_BARS = Grammar(
    frozenset(BarOptions.__annotations__),
    {"feed": HistoricalFeed, "sort": Sort, "adjustment": Adjustment},
    trading_share=16 / 24 * 5 / 7,  # 4:00-20:00 New York time on weekdays
)


def _history(
    kind: str, symbols: Symbols, timeframe: TimeFrame | str | None, options: Mapping[str, Any]
) -> History:
    grammar = {"bars": _BARS, "auctions": _AUCTIONS}.get(kind, _TICKS)
    return history_request(f"/v2/stocks/{kind}", kind, grammar, symbols, timeframe, options)


def _latest_kwargs(symbols: Symbols, feed: str | None, currency: str | None) -> dict[str, Any]:
    return given(
        symbols=",".join(symbols_param(symbols)),
        feed=enum_param(feed, Feed, "feed"),
        currency=currency,
    )


def _auctions(chunks: list[Chunk]) -> list[tuple[str, StockDailyAuctions]]:
    return [(symbol, StockDailyAuctions.from_dict(row)) for symbol, rows in chunks for row in rows]


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
        return BarSet._from_pages(collect(chunks), history.symbols)

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
        yield from map_items(history_pages(history, timeout), chunk_records(Bar))

    @operation
    def quotes(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> Plan[QuoteSet]:
        """Quotes for one or several symbols."""
        history = _history("quotes", symbols, None, options)
        chunks = yield from history_chunks(history, timeout)
        return QuoteSet._from_pages(collect(chunks), history.symbols)

    @lazy
    def iter_quotes(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> LazyPlan[Quote]:
        """Quotes one at a time, fetched lazily."""
        history = _history("quotes", symbols, None, options)
        yield from map_items(history_pages(history, timeout), chunk_records(Quote))

    @operation
    def trades(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> Plan[TradeSet]:
        """Trades for one or several symbols."""
        history = _history("trades", symbols, None, options)
        chunks = yield from history_chunks(history, timeout)
        return TradeSet._from_pages(collect(chunks), history.symbols)

    @lazy
    def iter_trades(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[TickOptions]
    ) -> LazyPlan[Trade]:
        """Trades one at a time, fetched lazily."""
        history = _history("trades", symbols, None, options)
        yield from map_items(history_pages(history, timeout), chunk_records(Trade))

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
        return latest_records(decode(response), StockLatestBarsResponse, Bar, "bars")

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
        return latest_records(decode(response), StockLatestQuotesResponse, Quote, "quotes")

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
        return latest_records(decode(response), StockLatestTradesResponse, Trade, "trades")

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
        return latest_records(decode(response), StockSnapshotsResponse, Snapshot, None)

    @operation
    def auctions(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[AuctionOptions]
    ) -> Plan[AuctionSet[StockDailyAuctions]]:
        """Opening and closing auctions per trading day; ``set["AAPL"]`` lists the days
        (``.d``, opening prints ``.o``, closing prints ``.c``). ``.df`` has one row per print,
        indexed by UTC ``timestamp`` (``(symbol, timestamp)`` for several symbols), columns
        ``date auction exchange price size condition`` (``auction``: ``open`` or ``close``)."""
        history = _history("auctions", symbols, None, options)
        chunks = yield from history_chunks(history, timeout)
        return AuctionSet(collect(chunks), history.symbols, StockDailyAuctions.from_dict)

    @lazy
    def iter_auctions(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[AuctionOptions]
    ) -> LazyPlan[tuple[str, StockDailyAuctions]]:
        """``(symbol, day)`` pairs one at a time, fetched lazily."""
        history = _history("auctions", symbols, None, options)
        yield from map_items(history_pages(history, timeout), _auctions)

    @operation
    def conditions(
        self, ticktype: str, tape: str, *, timeout: Timeout = None
    ) -> Plan[dict[str, str]]:
        """Names of the ``trade`` or ``quote`` condition codes of a tape (``A``, ``B``, ``C``)."""
        kwargs = get_stock_conditions._get_kwargs(
            enum_param(ticktype, TickType, "ticktype"), tape=enum_param(tape, Tape, "tape")
        )
        response = yield data(kwargs, timeout)
        return dict(parse(response, ConditionCodes.from_dict).additional_properties)

    @operation
    def exchanges(self, *, timeout: Timeout = None) -> Plan[dict[str, str]]:
        """Names of the stock exchange codes."""
        response = yield data(get_stock_exchanges._get_kwargs(), timeout)
        return dict(parse(response, ExchangeCodes.from_dict).additional_properties)
