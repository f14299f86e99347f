"""``client.stocks``: historical bars, quotes and trades, latest values and snapshots.

History goes through the fast path: pages are fetched through the same transport and decoded with
orjson straight into per-symbol rows, never through per-row models. Latest values and snapshots
use the generated endpoints, so their shape is checked against the spec.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypedDict, TypeVar

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
R = TypeVar("R", Bar, Quote, Trade, Snapshot)


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


class _History(NamedTuple):
    """A checked history call: query parameters, total ``limit`` and the symbols asked for."""

    kind: str
    params: Params
    limit: int | None
    symbols: list[str]


def _history_request(
    kind: str, symbols: Symbols, timeframe: TimeFrame | str | None, options: Mapping[str, Any]
) -> _History:
    """Check a history call's arguments before any request (``kind``: bars, quotes, trades)."""
    allowed = (BarOptions if kind == "bars" else HistoryOptions).__annotations__
    unknown = sorted(set(options) - set(allowed))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s): {', '.join(unknown)}")
    requested = symbols_param(symbols)
    params: Params = {"symbols": ",".join(requested)}
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
    return _History(kind, params, limit_param(options.get("limit")), requested)


def _latest_kwargs(symbols: Symbols, feed: str | None, currency: str | None) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"symbols": ",".join(symbols_param(symbols))}
    if feed is not None:
        kwargs["feed"] = enum_param(feed, Feed, "feed")
    if currency is not None:
        kwargs["currency"] = currency
    return kwargs


def _latest(response: Any, shape: type[Any], record: type[R], key: str | None) -> dict[str, R]:
    """Records keyed by symbol from a generated response: ``shape.key`` (or ``shape`` itself)
    maps symbols to models; each record is built from the model's ``.raw``."""
    parsed = parsed_as(response, shape)
    items = (getattr(parsed, key) if key else parsed).additional_properties
    return {symbol: record.from_raw(symbol, item.raw) for symbol, item in items.items()}


class Stocks:
    """US equity market data."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def _chunks(self, history: _History) -> Iterator[Chunk]:
        http, path = self._context.data_http, f"/v2/stocks/{history.kind}"

        def fetch(page_params: Params) -> Mapping[str, Any]:
            return decode(http.get(path, params=page_params))  # type: ignore[no-any-return]

        return iter_chunks(fetch, history.params, history.kind, history.limit)

    def bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> BarSet:
        """Bars for one or several symbols; ``limit`` is the total wanted (None: all in range)."""
        history = _history_request("bars", symbols, timeframe, options)
        return BarSet(collect(self._chunks(history)), history.symbols)

    def iter_bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> Iterator[Bar]:
        """Bars one at a time; pages are fetched only as you iterate (arguments checked now)."""
        chunks = self._chunks(_history_request("bars", symbols, timeframe, options))
        return (Bar.from_raw(symbol, row) for symbol, rows in chunks for row in rows)

    def quotes(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> QuoteSet:
        """Quotes for one or several symbols."""
        history = _history_request("quotes", symbols, None, options)
        return QuoteSet(collect(self._chunks(history)), history.symbols)

    def iter_quotes(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> Iterator[Quote]:
        """Quotes one at a time, fetched lazily."""
        chunks = self._chunks(_history_request("quotes", symbols, None, options))
        return (Quote.from_raw(symbol, row) for symbol, rows in chunks for row in rows)

    def trades(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> TradeSet:
        """Trades for one or several symbols."""
        history = _history_request("trades", symbols, None, options)
        return TradeSet(collect(self._chunks(history)), history.symbols)

    def iter_trades(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> Iterator[Trade]:
        """Trades one at a time, fetched lazily."""
        chunks = self._chunks(_history_request("trades", symbols, None, options))
        return (Trade.from_raw(symbol, row) for symbol, rows in chunks for row in rows)

    def latest_bars(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Bar]:
        """The latest minute bar per symbol."""
        response = get_stock_latest_bars.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockLatestBarsResponse, Bar, "bars")

    def latest_quotes(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Quote]:
        """The latest quote per symbol."""
        response = get_stock_latest_quotes.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockLatestQuotesResponse, Quote, "quotes")

    def latest_trades(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Trade]:
        """The latest trade per symbol."""
        response = get_stock_latest_trades.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockLatestTradesResponse, Trade, "trades")

    def snapshots(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Snapshot]:
        """Latest trade, quote and bars per symbol."""
        response = get_stock_snapshots.sync_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockSnapshotsResponse, Snapshot, None)


class AsyncStocks:
    """US equity market data (async)."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    def _chunks(self, history: _History) -> AsyncIterator[Chunk]:
        http, path = self._context.data_http, f"/v2/stocks/{history.kind}"

        async def fetch(page_params: Params) -> Mapping[str, Any]:
            return decode(await http.get(path, params=page_params))  # type: ignore[no-any-return]

        return aiter_chunks(fetch, history.params, history.kind, history.limit)

    async def bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> BarSet:
        """Bars for one or several symbols; ``limit`` is the total wanted (None: all in range)."""
        history = _history_request("bars", symbols, timeframe, options)
        return BarSet(collect([c async for c in self._chunks(history)]), history.symbols)

    def iter_bars(
        self, symbols: Symbols, timeframe: TimeFrame | str, **options: Unpack[BarOptions]
    ) -> AsyncIterator[Bar]:
        """Bars one at a time; pages are fetched only as you iterate (arguments checked now)."""
        chunks = self._chunks(_history_request("bars", symbols, timeframe, options))
        return (Bar.from_raw(symbol, row) async for symbol, rows in chunks for row in rows)

    async def quotes(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> QuoteSet:
        """Quotes for one or several symbols."""
        history = _history_request("quotes", symbols, None, options)
        return QuoteSet(collect([c async for c in self._chunks(history)]), history.symbols)

    def iter_quotes(
        self, symbols: Symbols, **options: Unpack[HistoryOptions]
    ) -> AsyncIterator[Quote]:
        """Quotes one at a time, fetched lazily."""
        chunks = self._chunks(_history_request("quotes", symbols, None, options))
        return (Quote.from_raw(symbol, row) async for symbol, rows in chunks for row in rows)

    async def trades(self, symbols: Symbols, **options: Unpack[HistoryOptions]) -> TradeSet:
        """Trades for one or several symbols."""
        history = _history_request("trades", symbols, None, options)
        return TradeSet(collect([c async for c in self._chunks(history)]), history.symbols)

    def iter_trades(
        self, symbols: Symbols, **options: Unpack[HistoryOptions]
    ) -> AsyncIterator[Trade]:
        """Trades one at a time, fetched lazily."""
        chunks = self._chunks(_history_request("trades", symbols, None, options))
        return (Trade.from_raw(symbol, row) async for symbol, rows in chunks for row in rows)

    async def latest_bars(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Bar]:
        """The latest minute bar per symbol."""
        response = await get_stock_latest_bars.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockLatestBarsResponse, Bar, "bars")

    async def latest_quotes(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Quote]:
        """The latest quote per symbol."""
        response = await get_stock_latest_quotes.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockLatestQuotesResponse, Quote, "quotes")

    async def latest_trades(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Trade]:
        """The latest trade per symbol."""
        response = await get_stock_latest_trades.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockLatestTradesResponse, Trade, "trades")

    async def snapshots(
        self, symbols: Symbols, *, feed: str | None = None, currency: str | None = None
    ) -> dict[str, Snapshot]:
        """Latest trade, quote and bars per symbol."""
        response = await get_stock_snapshots.asyncio_detailed(
            client=self._context.data_api, **_latest_kwargs(symbols, feed, currency)
        )
        return _latest(response, StockSnapshotsResponse, Snapshot, None)
