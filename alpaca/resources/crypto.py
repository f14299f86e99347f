"""``client.crypto``: spot crypto bars, quotes and trades, latest values, order books and
snapshots, per venue (``loc``: ``us`` by default, also ``us-1``, ``us-2``, ``eu-1``, ``bs-1``).

Pairs are written ``BASE/QUOTE`` (``"BTC/USD"``). History takes the same fast path as stocks
(``concurrency=`` included; crypto trades around the clock). Sizes and volumes are fractional:
``Decimal`` on records, float64 in DataFrames.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from alpaca_client.data.api.crypto import (
    get_crypto_latest_bars,
    get_crypto_latest_orderbooks,
    get_crypto_latest_quotes,
    get_crypto_latest_trades,
    get_crypto_snapshots,
)
from alpaca_client.data.models import (
    CryptoLatestBarsResponse,
    CryptoLatestOrderbooksResponse,
    CryptoLatestQuotesResponse,
    CryptoLatestTradesResponse,
    CryptoLoc,
    CryptoOrderbook,
    CryptoSnapshotsResponse,
    Sort,
)

from .._history import Grammar, History, history_chunks, history_pages, history_request
from .._marketdata import (
    Bar,
    CryptoBarSet,
    CryptoQuoteSet,
    CryptoTradeSet,
    Quote,
    Snapshot,
    Trade,
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
    lazy,
    map_items,
    operation,
)
from .._pagination import collect
from .._params import TimeLike, enum_param, symbols_param
from .._timeframe import TimeFrame

if TYPE_CHECKING:
    from typing import Unpack

Pairs = str | Iterable[str]


class HistoryOptions(TypedDict, total=False):
    """Keyword options of the crypto history calls."""

    start: TimeLike
    end: TimeLike
    limit: int | None
    sort: str
    concurrency: int


_GRAMMAR = Grammar(frozenset(HistoryOptions.__annotations__), {"sort": Sort})


def _loc(loc: CryptoLoc | str) -> CryptoLoc:
    return enum_param(loc, CryptoLoc, "loc")


def _pairs(symbols: Pairs) -> list[str]:
    pairs = symbols_param(symbols)
    for pair in pairs:
        base, slash, quote = pair.partition("/")
        if not (base and slash and quote) or "/" in quote:
            raise ValueError(f"symbols: {pair!r} is not a pair written BASE/QUOTE, e.g. 'BTC/USD'")
    return pairs


def _history(
    kind: str,
    symbols: Pairs,
    timeframe: TimeFrame | str | None,
    loc: CryptoLoc | str,
    options: Mapping[str, Any],
) -> History:
    path = f"/v1beta3/crypto/{_loc(loc).value}/{kind}"
    return history_request(path, kind, _GRAMMAR, _pairs(symbols), timeframe, options)


class Crypto(Resource[M]):
    """Spot crypto market data."""

    @operation
    def bars(
        self,
        symbols: Pairs,
        timeframe: TimeFrame | str,
        *,
        loc: CryptoLoc | str = "us",
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> Plan[CryptoBarSet]:
        """Bars for one or several pairs; ``.df`` columns as for stocks (``volume`` float64)."""
        history = _history("bars", symbols, timeframe, loc, options)
        chunks = yield from history_chunks(history, timeout)
        return CryptoBarSet._from_pages(collect(chunks), history.symbols)

    @lazy
    def iter_bars(
        self,
        symbols: Pairs,
        timeframe: TimeFrame | str,
        *,
        loc: CryptoLoc | str = "us",
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> LazyPlan[Bar]:
        """Bars one at a time; pages are fetched only as you iterate."""
        history = _history("bars", symbols, timeframe, loc, options)
        yield from map_items(history_pages(history, timeout), chunk_records(Bar))

    @operation
    def quotes(
        self,
        symbols: Pairs,
        *,
        loc: CryptoLoc | str = "us",
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> Plan[CryptoQuoteSet]:
        """Quotes; ``.df`` columns ``bid_price bid_size ask_price ask_size``."""
        history = _history("quotes", symbols, None, loc, options)
        chunks = yield from history_chunks(history, timeout)
        return CryptoQuoteSet._from_pages(collect(chunks), history.symbols)

    @lazy
    def iter_quotes(
        self,
        symbols: Pairs,
        *,
        loc: CryptoLoc | str = "us",
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> LazyPlan[Quote]:
        """Quotes one at a time, fetched lazily."""
        history = _history("quotes", symbols, None, loc, options)
        yield from map_items(history_pages(history, timeout), chunk_records(Quote))

    @operation
    def trades(
        self,
        symbols: Pairs,
        *,
        loc: CryptoLoc | str = "us",
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> Plan[CryptoTradeSet]:
        """Trades; ``.df`` columns ``price size id taker_side`` (``B`` buyer, ``S`` seller)."""
        history = _history("trades", symbols, None, loc, options)
        chunks = yield from history_chunks(history, timeout)
        return CryptoTradeSet._from_pages(collect(chunks), history.symbols)

    @lazy
    def iter_trades(
        self,
        symbols: Pairs,
        *,
        loc: CryptoLoc | str = "us",
        timeout: Timeout = None,
        **options: Unpack[HistoryOptions],
    ) -> LazyPlan[Trade]:
        """Trades one at a time, fetched lazily."""
        history = _history("trades", symbols, None, loc, options)
        yield from map_items(history_pages(history, timeout), chunk_records(Trade))

    @operation
    def latest_bars(
        self, symbols: Pairs, *, loc: CryptoLoc | str = "us", timeout: Timeout = None
    ) -> Plan[dict[str, Bar]]:
        """The latest minute bar per pair."""
        kwargs = get_crypto_latest_bars._get_kwargs(_loc(loc), symbols=",".join(_pairs(symbols)))
        response = yield data(kwargs, timeout)
        return latest_records(decode(response), CryptoLatestBarsResponse, Bar, "bars")

    @operation
    def latest_quotes(
        self, symbols: Pairs, *, loc: CryptoLoc | str = "us", timeout: Timeout = None
    ) -> Plan[dict[str, Quote]]:
        """The latest quote per pair."""
        kwargs = get_crypto_latest_quotes._get_kwargs(_loc(loc), symbols=",".join(_pairs(symbols)))
        response = yield data(kwargs, timeout)
        return latest_records(decode(response), CryptoLatestQuotesResponse, Quote, "quotes")

    @operation
    def latest_trades(
        self, symbols: Pairs, *, loc: CryptoLoc | str = "us", timeout: Timeout = None
    ) -> Plan[dict[str, Trade]]:
        """The latest trade per pair."""
        kwargs = get_crypto_latest_trades._get_kwargs(_loc(loc), symbols=",".join(_pairs(symbols)))
        response = yield data(kwargs, timeout)
        return latest_records(decode(response), CryptoLatestTradesResponse, Trade, "trades")

    @operation
    def latest_orderbooks(
        self, symbols: Pairs, *, loc: CryptoLoc | str = "us", timeout: Timeout = None
    ) -> Plan[dict[str, CryptoOrderbook]]:
        """The latest order book per pair: bid levels ``.b`` and ask levels ``.a`` (``.p``
        price, ``.s`` size, both ``Decimal``)."""
        kwargs = get_crypto_latest_orderbooks._get_kwargs(
            _loc(loc), symbols=",".join(_pairs(symbols))
        )
        response = yield data(kwargs, timeout)
        books = CryptoLatestOrderbooksResponse.from_dict(decode(response)).orderbooks
        return dict(books.additional_properties)

    @operation
    def snapshots(
        self, symbols: Pairs, *, loc: CryptoLoc | str = "us", timeout: Timeout = None
    ) -> Plan[dict[str, Snapshot]]:
        """Latest trade, quote and bars per pair."""
        kwargs = get_crypto_snapshots._get_kwargs(_loc(loc), symbols=",".join(_pairs(symbols)))
        response = yield data(kwargs, timeout)
        return latest_records(decode(response), CryptoSnapshotsResponse, Snapshot, "snapshots")
