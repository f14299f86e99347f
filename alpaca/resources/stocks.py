"""``client.stocks``: historical bars, quotes and trades, latest values and snapshots.

History goes through the fast path: pages are fetched through the same transport and decoded with
orjson straight into per-symbol rows, never through per-row models. Latest values and snapshots
use the generated endpoints, so their shape is checked against the spec.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypedDict

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

from .._marketdata import Bar, BarSet, Quote, QuoteSet, Snapshot, Trade, TradeSet
from .._pagination import Chunk, Params, aiter_chunks, collect, iter_chunks
from .._params import TimeLike, enum_param, limit_param, symbols_param, time_param
from .._resource import AsyncContext, SyncContext, decode, parsed_as
from .._timeframe import TimeFrame

if TYPE_CHECKING:
    from typing import Unpack

Symbols = str | Iterable[str]


class HistoryOptions(TypedDict, total=False):
    """Keyword options of the quote and trade history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    feed: str
    asof: TimeLike
    sort: str
    currency: str


class BarOptions(HistoryOptions, total=False):
    """Keyword options of the bar history calls."""

    adjustment: str


_OPTION_NAMES = frozenset(BarOptions.__annotations__) | frozenset(HistoryOptions.__annotations__)


def _history_request(
    symbols: Symbols, timeframe: TimeFrame | str | None, options: Mapping[str, Any], *, bars: bool
) -> tuple[Params, int | None]:
    """Query parameters and the total ``limit`` for a history call, checked before any request."""
    allowed = _OPTION_NAMES if bars else _OPTION_NAMES - {"adjustment"}
    unknown = sorted(set(options) - allowed)
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    params: Params = {"symbols": ",".join(symbols_param(symbols))}
    if timeframe is not None:
        params["timeframe"] = TimeFrame.parse(timeframe).value
    for name in ("start", "end", "asof"):
        if options.get(name) is not None:
            params[name] = time_param(options[name], name)
    if options.get("adjustment") is not None:
        parts = [
            enum_param(p.strip(), Adjustment, "adjustment")
            for p in options["adjustment"].split(",")
        ]
        params["adjustment"] = ",".join(part.value for part in parts)
    if options.get("feed") is not None:
        params["feed"] = enum_param(options["feed"], HistoricalFeed, "feed").value
    if options.get("sort") is not None:
        params["sort"] = enum_param(options["sort"], Sort, "sort").value
    if options.get("currency") is not None:
        params["currency"] = str(options["currency"])
    return params, limit_param(options.get("limit"))


def _latest_kwargs(symbols: Symbols, feed: str | None, currency: str | None) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"symbols": ",".join(symbols_param(symbols))}
    if feed is not None:
        kwargs["feed"] = enum_param(feed, Feed, "feed")
    if currency is not None:
        kwargs["currency"] = currency
    return kwargs


def _latest_bars(response: Any) -> dict[str, Bar]:
    bars = parsed_as(response, StockLatestBarsResponse).bars.additional_properties
    return {symbol: Bar.from_raw(symbol, bar.raw) for symbol, bar in bars.items()}


def _latest_quotes(response: Any) -> dict[str, Quote]:
    quotes = parsed_as(response, StockLatestQuotesResponse).quotes.additional_properties
    return {symbol: Quote.from_raw(symbol, quote.raw) for symbol, quote in quotes.items()}


def _latest_trades(response: Any) -> dict[str, Trade]:
    trades = parsed_as(response, StockLatestTradesResponse).trades.additional_properties
    return {symbol: Trade.from_raw(symbol, trade.raw) for symbol, trade in trades.items()}


def _snapshots(response: Any) -> dict[str, Snapshot]:
    snapshots = parsed_as(response, StockSnapshotsResponse).additional_properties
    return {symbol: Snapshot.from_raw(symbol, snap.raw) for symbol, snap in snapshots.items()}


class Stocks:
    """US equity market data."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def _chunks(
        self, kind: str, symbols: Symbols, timeframe: TimeFrame | str | None, options: Any
    ) -> Iterator[Chunk]:
        params, limit = _history_request(symbols, timeframe, options, bars=kind == "bars")
        http, path = self._context.data_http, f"/v2/stocks/{kind}"

        def fetch(page_params: Params) -> Mapping[str, Any]:
            return decode(http.get(path, params=page_params))  # type: ignore[no-any-return]

        return iter_chunks(fetch, params, kind, limit)

    def bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> BarSet:
        """Bars for one or several symbols; ``limit`` is the total wanted (None: all in range)."""
        return BarSet(
            collect(self._chunks("bars", symbols, timeframe, options)), symbols_param(symbols)
        )

    def iter_bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> Iterator[Bar]:
        """Bars one at a time; pages are fetched only as you iterate (arguments checked now)."""
        chunks = self._chunks("bars", symbols, timeframe, options)
        return (Bar.from_raw(symbol, row) for symbol, rows in chunks for row in rows)

    def quotes(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> QuoteSet:
        """Quotes for one or several symbols."""
        return QuoteSet(
            collect(self._chunks("quotes", symbols, None, options)), symbols_param(symbols)
        )

    def iter_quotes(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> Iterator[Quote]:
        """Quotes one at a time, fetched lazily."""
        chunks = self._chunks("quotes", symbols, None, options)
        return (Quote.from_raw(symbol, row) for symbol, rows in chunks for row in rows)

    def trades(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> TradeSet:
        """Trades for one or several symbols."""
        return TradeSet(
            collect(self._chunks("trades", symbols, None, options)), symbols_param(symbols)
        )

    def iter_trades(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> Iterator[Trade]:
        """Trades one at a time, fetched lazily."""
        chunks = self._chunks("trades", symbols, None, options)
        return (Trade.from_raw(symbol, row) for symbol, rows in chunks for row in rows)

    def latest_bars(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Bar]:
        """The latest minute bar per symbol."""
        response = get_stock_latest_bars.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest_bars(response)

    def latest_quotes(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Quote]:
        """The latest quote per symbol."""
        response = get_stock_latest_quotes.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest_quotes(response)

    def latest_trades(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Trade]:
        """The latest trade per symbol."""
        response = get_stock_latest_trades.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest_trades(response)

    def snapshots(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Snapshot]:
        """Latest trade, quote and bars per symbol."""
        response = get_stock_snapshots.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _snapshots(response)


class AsyncStocks:
    """US equity market data (async)."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    def _chunks(
        self, kind: str, symbols: Symbols, timeframe: TimeFrame | str | None, options: Any
    ) -> AsyncIterator[Chunk]:
        params, limit = _history_request(symbols, timeframe, options, bars=kind == "bars")
        http, path = self._context.data_http, f"/v2/stocks/{kind}"

        async def fetch(page_params: Params) -> Mapping[str, Any]:
            return decode(await http.get(path, params=page_params))  # type: ignore[no-any-return]

        return aiter_chunks(fetch, params, kind, limit)

    async def bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> BarSet:
        """Bars for one or several symbols; ``limit`` is the total wanted (None: all in range)."""
        chunks = [c async for c in self._chunks("bars", symbols, timeframe, options)]
        return BarSet(collect(chunks), symbols_param(symbols))

    def iter_bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> AsyncIterator[Bar]:
        """Bars one at a time; pages are fetched only as you iterate (arguments checked now)."""
        chunks = self._chunks("bars", symbols, timeframe, options)
        return (Bar.from_raw(symbol, row) async for symbol, rows in chunks for row in rows)

    async def quotes(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> QuoteSet:
        """Quotes for one or several symbols."""
        chunks = [c async for c in self._chunks("quotes", symbols, None, options)]
        return QuoteSet(collect(chunks), symbols_param(symbols))

    def iter_quotes(
        self, symbols: Symbols, **options: Unpack[HistoryOptions]
    ) -> AsyncIterator[Quote]:
        """Quotes one at a time, fetched lazily."""
        chunks = self._chunks("quotes", symbols, None, options)
        return (Quote.from_raw(symbol, row) async for symbol, rows in chunks for row in rows)

    async def trades(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> TradeSet:
        """Trades for one or several symbols."""
        chunks = [c async for c in self._chunks("trades", symbols, None, options)]
        return TradeSet(collect(chunks), symbols_param(symbols))

    def iter_trades(
        self, symbols: Symbols, **options: Unpack[HistoryOptions]
    ) -> AsyncIterator[Trade]:
        """Trades one at a time, fetched lazily."""
        chunks = self._chunks("trades", symbols, None, options)
        return (Trade.from_raw(symbol, row) async for symbol, rows in chunks for row in rows)

    async def latest_bars(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Bar]:
        """The latest minute bar per symbol."""
        response = await get_stock_latest_bars.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest_bars(response)

    async def latest_quotes(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Quote]:
        """The latest quote per symbol."""
        response = await get_stock_latest_quotes.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest_quotes(response)

    async def latest_trades(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Trade]:
        """The latest trade per symbol."""
        response = await get_stock_latest_trades.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest_trades(response)

    async def snapshots(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Snapshot]:
        """Latest trade, quote and bars per symbol."""
        response = await get_stock_snapshots.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _snapshots(response)
