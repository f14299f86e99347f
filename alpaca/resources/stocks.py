"""``client.stocks``: historical bars, quotes and trades, latest values and snapshots.

History goes through the fast path: pages are fetched through the same transport and decoded with
orjson straight into per-symbol rows, never through per-row models. Latest values and snapshots
use the generated endpoints, so their shape is checked against the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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
from .._operation import (
    LazyPlan,
    M,
    Plan,
    Resource,
    Timeout,
    data,
    decode,
    gather,
    given,
    lazy,
    map_items,
    operation,
)
from .._pagination import Chunk, Params, Row, collect, pages
from .._params import TimeLike, enum_param, limit_param, symbols_param, time_param
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


def _history(history: _History, timeout: Timeout) -> LazyPlan[Chunk]:
    path = f"/v2/stocks/{history.kind}"
    return pages(path, history.params, history.kind, history.limit, timeout)


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
        history = _history_request("bars", symbols, timeframe, options)
        chunks = yield from gather(_history(history, timeout))
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
        history = _history_request("bars", symbols, timeframe, options)
        yield from map_items(_history(history, timeout), _records(Bar.from_raw))

    @operation
    def quotes(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[HistoryOptions]
    ) -> Plan[QuoteSet]:
        """Quotes for one or several symbols."""
        history = _history_request("quotes", symbols, None, options)
        chunks = yield from gather(_history(history, timeout))
        return QuoteSet(collect(chunks), history.symbols)

    @lazy
    def iter_quotes(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[HistoryOptions]
    ) -> LazyPlan[Quote]:
        """Quotes one at a time, fetched lazily."""
        history = _history_request("quotes", symbols, None, options)
        yield from map_items(_history(history, timeout), _records(Quote.from_raw))

    @operation
    def trades(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[HistoryOptions]
    ) -> Plan[TradeSet]:
        """Trades for one or several symbols."""
        history = _history_request("trades", symbols, None, options)
        chunks = yield from gather(_history(history, timeout))
        return TradeSet(collect(chunks), history.symbols)

    @lazy
    def iter_trades(
        self, symbols: Symbols, *, timeout: Timeout = None, **options: Unpack[HistoryOptions]
    ) -> LazyPlan[Trade]:
        """Trades one at a time, fetched lazily."""
        history = _history_request("trades", symbols, None, options)
        yield from map_items(_history(history, timeout), _records(Trade.from_raw))

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
