"""Market data v2 for the legacy ``REST``: history with ``.df`` and ``_iter`` twins, latest
values, snapshots, crypto and news, all through ``alpaca.Client``.

History lists keep Alpaca's rows as they came (``_raw``). A symbol given as a string asks for
that symbol alone and its rows have no ``S``; a list (and every crypto call) asks for several,
and each row gets ``"S": symbol`` appended, symbols in alphabetical order, as the legacy package
returned them. ``limit`` is the total across pages and symbols (``None``: everything).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

import orjson

from ._entity import Bar, Entity, Quote, Trade
from ._entity_v2 import (
    BarsV2,
    BarV2,
    LatestBarsV2,
    LatestQuotesV2,
    LatestTradesV2,
    NewsListV2,
    NewsV2,
    OrderbooksV2,
    OrderbookV2,
    QuotesV2,
    QuoteV2,
    SnapshotsV2,
    SnapshotV2,
    TradesV2,
    TradeV2,
    orderbook_mapping_v2,
    renamed,
)
from ._errors import legacy_errors
from ._timeframe import Sort, TimeFrame

if TYPE_CHECKING:
    import alpaca

__all__ = ["HasClient", "MarketData", "crypto_pair", "history_rows", "timeframe_text"]

E = TypeVar("E", bound=Entity)
K = TypeVar("K", bound=dict[str, Any])
Symbols = str | Iterable[str]
TimeLike = dt.datetime | dt.date | str
_CRYPTO_QUOTES = ("USDT", "USDC", "USD", "BTC", "ETH")


def timeframe_text(timeframe: Any) -> str:
    """Alpaca's spelling of a legacy or core ``TimeFrame`` or a string like ``"1Day"``."""
    if isinstance(timeframe, TimeFrame):
        return timeframe.value
    value = getattr(timeframe, "value", timeframe)  # the core TimeFrame, or an enum member
    return str(value)


def crypto_pair(symbol: str) -> str:
    """``BTC/USD`` for the legacy spelling ``BTCUSD`` (pairs with ``/`` stay as they are)."""
    text = symbol.strip().upper()
    if "/" in text:
        return text
    for quote in _CRYPTO_QUOTES:
        if text.endswith(quote) and len(text) > len(quote):
            return f"{text[: -len(quote)]}/{quote}"
    return text


def _several(symbol: Symbols) -> bool:
    return not isinstance(symbol, str) or "," in symbol


def _pairs(symbol: Symbols) -> list[str]:
    items = symbol.split(",") if isinstance(symbol, str) else list(symbol)
    return [crypto_pair(item) for item in items]


def _sort(sort: Sort | str | None) -> str | None:
    return sort.value if isinstance(sort, Sort) else sort


def _options(**values: Any) -> dict[str, Any]:
    """History options that were given (sort spelled as text)."""
    values["sort"] = _sort(values.get("sort"))
    return {name: value for name, value in values.items() if value is not None}


def history_rows(raw: Mapping[str, list[dict[str, Any]]], several: bool) -> list[dict[str, Any]]:
    """The rows of a core data set in the legacy order (with ``S`` when ``several``)."""
    if not several:
        return [row for rows in raw.values() for row in rows]
    return [{**row, "S": symbol} for symbol in sorted(raw) for row in raw[symbol]]


def _body(response: alpaca.RawResponse[Any]) -> Any:
    return orjson.loads(response.http_response.content)


class HasClient:
    """What the ``REST`` mixins share: the core client and the ``raw_data`` flag."""

    _client: alpaca.Client
    _use_raw_data: bool


@legacy_errors
class MarketData(HasClient):
    """The market-data methods of ``REST``."""

    # -- stocks: history ----------------------------------------------------------------------

    def get_bars(
        self,
        symbol: Symbols,
        timeframe: Any,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        adjustment: str | None = "raw",
        limit: int | None = None,
        feed: str | None = None,
        asof: TimeLike | None = None,
        sort: Sort | str | None = None,
    ) -> BarsV2:
        """Bars of one symbol (a str) or several (a list); ``.df`` for a DataFrame."""
        found = self._client.stocks.bars(
            symbol,
            timeframe_text(timeframe),
            **_options(
                start=start,
                end=end,
                adjustment=adjustment,
                limit=limit,
                feed=feed,
                asof=asof,
                sort=sort,
            ),
        )
        return BarsV2(history_rows(found.raw, _several(symbol)))

    def get_bars_iter(
        self,
        symbol: Symbols,
        timeframe: Any,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        adjustment: str | None = "raw",
        limit: int | None = None,
        feed: str | None = None,
        asof: TimeLike | None = None,
        sort: Sort | str | None = None,
        raw: bool = False,
    ) -> Iterator[Bar]:
        """Bars one at a time (dicts with ``raw=True`` or ``raw_data``), fetched lazily."""
        records = self._client.stocks.iter_bars(
            symbol,
            timeframe_text(timeframe),
            **_options(
                start=start,
                end=end,
                adjustment=adjustment,
                limit=limit,
                feed=feed,
                asof=asof,
                sort=sort,
            ),
        )
        yield from self._items(records, Bar, _several(symbol), raw)

    def get_trades(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        feed: str | None = None,
        asof: TimeLike | None = None,
        sort: Sort | str | None = None,
    ) -> TradesV2:
        """Trades of one symbol or several; ``.df`` for a DataFrame."""
        options = _options(start=start, end=end, limit=limit, feed=feed, asof=asof, sort=sort)
        found = self._client.stocks.trades(symbol, **options)
        return TradesV2(history_rows(found.raw, _several(symbol)))

    def get_trades_iter(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        feed: str | None = None,
        asof: TimeLike | None = None,
        sort: Sort | str | None = None,
        raw: bool = False,
    ) -> Iterator[Trade]:
        """Trades one at a time, fetched lazily."""
        options = _options(start=start, end=end, limit=limit, feed=feed, asof=asof, sort=sort)
        records = self._client.stocks.iter_trades(symbol, **options)
        yield from self._items(records, Trade, _several(symbol), raw)

    def get_quotes(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        feed: str | None = None,
        asof: TimeLike | None = None,
        sort: Sort | str | None = None,
    ) -> QuotesV2:
        """Quotes of one symbol or several; ``.df`` for a DataFrame."""
        options = _options(start=start, end=end, limit=limit, feed=feed, asof=asof, sort=sort)
        found = self._client.stocks.quotes(symbol, **options)
        return QuotesV2(history_rows(found.raw, _several(symbol)))

    def get_quotes_iter(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        feed: str | None = None,
        asof: TimeLike | None = None,
        sort: Sort | str | None = None,
        raw: bool = False,
    ) -> Iterator[Quote]:
        """Quotes one at a time, fetched lazily."""
        options = _options(start=start, end=end, limit=limit, feed=feed, asof=asof, sort=sort)
        records = self._client.stocks.iter_quotes(symbol, **options)
        yield from self._items(records, Quote, _several(symbol), raw)

    def _items(
        self, records: Iterator[Any], entity: type[Entity], several: bool, raw: bool
    ) -> Iterator[Any]:
        for record in records:
            row = {**record.raw, "S": record.symbol} if several else record.raw
            yield row if raw or self._use_raw_data else entity(row)

    # -- stocks: latest values and snapshots --------------------------------------------------

    def get_latest_bar(self, symbol: str, feed: str | None = None) -> BarV2 | None:
        """The latest minute bar of ``symbol``."""
        return self._latest_one(self._client.stocks.latest_bars(symbol, feed=feed), BarV2)

    def get_latest_trade(self, symbol: str, feed: str | None = None) -> TradeV2 | None:
        """The latest trade of ``symbol``."""
        return self._latest_one(self._client.stocks.latest_trades(symbol, feed=feed), TradeV2)

    def get_latest_quote(self, symbol: str, feed: str | None = None) -> QuoteV2 | None:
        """The latest quote of ``symbol``."""
        return self._latest_one(self._client.stocks.latest_quotes(symbol, feed=feed), QuoteV2)

    def get_latest_bars(self, symbols: Symbols, feed: str | None = None) -> LatestBarsV2:
        """Symbol -> latest minute bar (:class:`LatestBarsV2`)."""
        found = self._client.stocks.latest_bars(symbols, feed=feed)
        return self._latest_many(found, LatestBarsV2)

    def get_latest_trades(self, symbols: Symbols, feed: str | None = None) -> LatestTradesV2:
        """Symbol -> latest trade (:class:`LatestTradesV2`)."""
        found = self._client.stocks.latest_trades(symbols, feed=feed)
        return self._latest_many(found, LatestTradesV2)

    def get_latest_quotes(self, symbols: Symbols, feed: str | None = None) -> LatestQuotesV2:
        """Symbol -> latest quote (:class:`LatestQuotesV2`)."""
        found = self._client.stocks.latest_quotes(symbols, feed=feed)
        return self._latest_many(found, LatestQuotesV2)

    def get_snapshot(self, symbol: str, feed: str | None = None) -> SnapshotV2 | None:
        """Latest trade, quote and bars of ``symbol`` (:class:`SnapshotV2`)."""
        value = next(iter(self._snapshots(symbol, feed).values()), None)
        if value is None:
            return None
        return cast(SnapshotV2, value) if self._use_raw_data else SnapshotV2(value)

    def get_snapshots(self, symbols: Symbols, feed: str | None = None) -> SnapshotsV2:
        """Symbol -> :class:`SnapshotV2` (``None`` where Alpaca has none)."""
        body = self._snapshots(symbols, feed)
        return cast(SnapshotsV2, body) if self._use_raw_data else SnapshotsV2(body)

    def _snapshots(self, symbols: Symbols, feed: str | None) -> dict[str, Any]:
        # read from the body, as Alpaca answers ``null`` for a symbol without a snapshot
        response = self._client.with_raw_response.stocks.snapshots(symbols, feed=feed)
        body: dict[str, Any] = _body(response)
        return body

    def _latest_one(self, found: Mapping[str, Any], entity: type[E]) -> E | None:
        record = next(iter(found.values()), None)
        if record is None:
            return None
        return cast(E, record.raw) if self._use_raw_data else entity(record.raw)

    def _latest_many(self, found: Mapping[str, Any], keyed: type[K]) -> K:
        raw = {symbol: record.raw for symbol, record in found.items()}
        return cast(K, raw) if self._use_raw_data else keyed(raw)

    # -- crypto -------------------------------------------------------------------------------

    def get_crypto_bars(
        self,
        symbol: Symbols,
        timeframe: Any,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        sort: Sort | str | None = None,
        loc: str = "us",
    ) -> BarsV2:
        """Crypto bars (pairs like ``BTC/USD``; ``BTCUSD`` is read as ``BTC/USD``)."""
        options = _options(start=start, end=end, limit=limit, sort=sort)
        found = self._client.crypto.bars(
            _pairs(symbol), timeframe_text(timeframe), loc=loc, **options
        )
        return BarsV2(history_rows(found.raw, True))

    def get_crypto_bars_iter(
        self,
        symbol: Symbols,
        timeframe: Any,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        sort: Sort | str | None = None,
        loc: str = "us",
        raw: bool = False,
    ) -> Iterator[Bar]:
        """Crypto bars one at a time, fetched lazily."""
        options = _options(start=start, end=end, limit=limit, sort=sort)
        records = self._client.crypto.iter_bars(
            _pairs(symbol), timeframe_text(timeframe), loc=loc, **options
        )
        yield from self._items(records, Bar, True, raw)

    def get_crypto_trades(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        sort: Sort | str | None = None,
        loc: str = "us",
    ) -> TradesV2:
        """Crypto trades; ``.df`` has a ``takerside`` column."""
        options = _options(start=start, end=end, limit=limit, sort=sort)
        found = self._client.crypto.trades(_pairs(symbol), loc=loc, **options)
        return TradesV2(history_rows(found.raw, True))

    def get_crypto_trades_iter(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        sort: Sort | str | None = None,
        loc: str = "us",
        raw: bool = False,
    ) -> Iterator[Trade]:
        """Crypto trades one at a time, fetched lazily."""
        options = _options(start=start, end=end, limit=limit, sort=sort)
        records = self._client.crypto.iter_trades(_pairs(symbol), loc=loc, **options)
        yield from self._items(records, Trade, True, raw)

    def get_crypto_quotes(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        sort: Sort | str | None = None,
        loc: str = "us",
    ) -> QuotesV2:
        """Crypto quotes."""
        options = _options(start=start, end=end, limit=limit, sort=sort)
        found = self._client.crypto.quotes(_pairs(symbol), loc=loc, **options)
        return QuotesV2(history_rows(found.raw, True))

    def get_crypto_quotes_iter(
        self,
        symbol: Symbols,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = None,
        sort: Sort | str | None = None,
        loc: str = "us",
        raw: bool = False,
    ) -> Iterator[Quote]:
        """Crypto quotes one at a time, fetched lazily."""
        options = _options(start=start, end=end, limit=limit, sort=sort)
        records = self._client.crypto.iter_quotes(_pairs(symbol), loc=loc, **options)
        yield from self._items(records, Quote, True, raw)

    def get_latest_crypto_bars(self, symbols: Symbols, loc: str = "us") -> LatestBarsV2:
        """Pair -> latest minute bar."""
        found = self._client.crypto.latest_bars(_pairs(symbols), loc=loc)
        return self._latest_many(found, LatestBarsV2)

    def get_latest_crypto_trades(self, symbols: Symbols, loc: str = "us") -> LatestTradesV2:
        """Pair -> latest trade."""
        found = self._client.crypto.latest_trades(_pairs(symbols), loc=loc)
        return self._latest_many(found, LatestTradesV2)

    def get_latest_crypto_quotes(self, symbols: Symbols, loc: str = "us") -> LatestQuotesV2:
        """Pair -> latest quote."""
        found = self._client.crypto.latest_quotes(_pairs(symbols), loc=loc)
        return self._latest_many(found, LatestQuotesV2)

    def get_latest_crypto_orderbooks(self, symbols: Symbols, loc: str = "us") -> OrderbooksV2:
        """Pair -> latest order book (:class:`OrderbooksV2`)."""
        found = self._client.crypto.latest_orderbooks(_pairs(symbols), loc=loc)
        raw = {pair: book.raw for pair, book in found.items()}
        return cast(OrderbooksV2, raw) if self._use_raw_data else OrderbooksV2(raw)

    def get_latest_crypto_orderbook(self, symbol: str, loc: str = "us") -> OrderbookV2 | None:
        """The latest order book of one pair (:class:`OrderbookV2`)."""
        found = self._client.crypto.latest_orderbooks(_pairs(symbol), loc=loc)
        book = next(iter(found.values()), None)
        if book is None:
            return None
        if self._use_raw_data:
            return cast(OrderbookV2, book.raw)
        return OrderbookV2(renamed(book.raw, orderbook_mapping_v2))

    def get_crypto_snapshot(self, symbol: str, loc: str = "us") -> SnapshotV2 | None:
        """Latest trade, quote and bars of one pair (:class:`SnapshotV2`)."""
        found = self._client.crypto.snapshots(_pairs(symbol), loc=loc)
        snapshot = next(iter(found.values()), None)
        if snapshot is None:
            return None
        return cast(SnapshotV2, snapshot.raw) if self._use_raw_data else SnapshotV2(snapshot.raw)

    def get_crypto_snapshots(self, symbols: Symbols, loc: str = "us") -> SnapshotsV2:
        """Pair -> :class:`SnapshotV2`."""
        found = self._client.crypto.snapshots(_pairs(symbols), loc=loc)
        raw = {pair: snapshot.raw for pair, snapshot in found.items()}
        return cast(SnapshotsV2, raw) if self._use_raw_data else SnapshotsV2(raw)

    # -- news ---------------------------------------------------------------------------------

    def get_news(
        self,
        symbol: Symbols | None = None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = 10,
        sort: Sort | str = Sort.Desc,
        include_content: bool = False,
        exclude_contentless: bool = False,
    ) -> NewsListV2:
        """News articles about ``symbol`` (all news when None), newest first."""
        articles = self._client.news.list(
            symbol,
            start=start,
            end=end,
            sort=_sort(sort),
            include_content=include_content,
            exclude_contentless=exclude_contentless,
            limit=limit,
        )
        return NewsListV2(article.raw for article in articles)

    def get_news_iter(
        self,
        symbol: Symbols | None = None,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        limit: int | None = 10,
        sort: Sort | str = Sort.Desc,
        include_content: bool = False,
        exclude_contentless: bool = False,
        raw: bool = False,
    ) -> Iterator[NewsV2]:
        """News articles one at a time, fetched lazily (dicts with ``raw=True``)."""
        articles = self._client.news.iter_list(
            symbol,
            start=start,
            end=end,
            sort=_sort(sort),
            include_content=include_content,
            exclude_contentless=exclude_contentless,
            limit=limit,
        )
        for article in articles:
            plain = raw or self._use_raw_data
            yield cast(NewsV2, article.raw) if plain else NewsV2(article.raw)
