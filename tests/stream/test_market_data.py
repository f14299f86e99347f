"""Market-data streams against the sandbox: every stream kind and channel, both encodings."""

from __future__ import annotations

import asyncio
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

import alpaca
from alpaca.stream import (
    CryptoBar,
    CryptoOrderbook,
    CryptoQuote,
    CryptoTrade,
    Imbalance,
    Luld,
    News,
    OptionQuote,
    OptionTrade,
    PerpPricing,
    StockBar,
    StockQuote,
    StockTrade,
    SubscriptionRefused,
    TradeCancel,
    TradeCorrection,
    TradingStatus,
)
from alpaca.testing import Sandbox

from .conftest import OPEN, FastClock, keys, run_until, stock_stream


@pytest.mark.parametrize("encoding", ["msgpack", "json"])
async def test_stock_channels_match_rest_data(
    sb: Sandbox, stream_clock: FastClock, encoding: str
) -> None:
    # The open's trading status comes only to a stream subscribed before it: at 60x, the ten
    # seconds before it last 170 ms of real time (at 600x, 17 ms: a race with the subscription).
    stream_clock.set(OPEN, speed=60.0)
    stream = stock_stream(sb, encoding=encoding)
    got: dict[str, list[Any]] = defaultdict(list)
    for channel in ("trades", "quotes", "bars", "daily_bars", "statuses", "lulds"):
        getattr(stream, f"subscribe_{channel}")(got[channel].append, "AAPL")

    @stream.on_trades("AAPL")
    @stream.on_bars("AAPL")
    def both(message: StockTrade | StockBar) -> None:
        got["sequence"].append(message)
        got["trades" if isinstance(message, StockTrade) else "bars"].append(message)

    await run_until(
        stream,
        lambda: (
            len(got["trades"]) >= 2
            and len(got["bars"]) >= 2
            and bool(got["lulds"])
            and bool(got["statuses"])
        ),
    )

    assert all(isinstance(t, StockTrade) for t in got["trades"])
    assert all(isinstance(q, StockQuote) for q in got["quotes"])
    assert all(isinstance(b, StockBar) and b.type == "b" for b in got["bars"])
    assert all(isinstance(d, StockBar) and d.type == "d" for d in got["daily_bars"])
    assert isinstance(got["statuses"][0], TradingStatus) and got["statuses"][0].status_code == "T"
    assert isinstance(got["lulds"][0], Luld)
    luld = got["lulds"][0]
    assert luld.limit_down_price < luld.limit_up_price

    # The stream replays the REST data: same prices, sizes and exact nanosecond timestamps.
    trades = got["trades"]
    first, last = trades[0].timestamp, trades[-1].timestamp
    with sb.client() as client:
        rest = list(client.stocks.trades("AAPL", start=first, end=last + timedelta(microseconds=1)))
    assert [(t.price, t.size) for t in rest] == [(t.price, t.size) for t in trades]
    assert [t.raw["t"] for t in rest] == [_rfc3339(t.timestamp_ns) for t in trades]
    assert all(t.symbol == "AAPL" and isinstance(t.price, Decimal) for t in trades)
    assert all(t.timestamp.tzinfo is UTC for t in trades)
    raw_time = trades[0].raw["t"]
    assert isinstance(raw_time, int if encoding == "msgpack" else str)
    # a minute bar goes out when its minute ends: no trade of that minute comes after it
    sequence = got["sequence"]
    for index, bar in enumerate(sequence):
        if isinstance(bar, StockBar):
            end = bar.timestamp_ns + 60_000_000_000
            later = [m for m in sequence[index:] if isinstance(m, StockTrade)]
            assert all(t.timestamp_ns >= end for t in later)


def _rfc3339(ns: int) -> str:
    seconds, fraction = divmod(ns, 1_000_000_000)
    return f"{datetime.fromtimestamp(seconds, UTC):%Y-%m-%dT%H:%M:%S}.{fraction:09d}Z"


async def test_corrections_cancels_imbalances_updated_bars(
    sb: Sandbox, stream_clock: FastClock
) -> None:
    stream_clock.set(datetime(2024, 3, 12, 19, 49, 0, tzinfo=UTC))  # 15:49 ET, before the close
    stream = stock_stream(sb)
    got: dict[str, list[Any]] = defaultdict(list)
    stream.subscribe_corrections(got["corrections"].append, "MSFT")
    stream.subscribe_cancel_errors(got["cancels"].append, "MSFT")
    stream.subscribe_imbalances(got["imbalances"].append, "MSFT")
    stream.subscribe_updated_bars(got["updated"].append, "MSFT")
    await run_until(stream, lambda: len(got) == 4 and all(got.values()))

    correction, cancel = got["corrections"][0], got["cancels"][0]
    assert isinstance(correction, TradeCorrection) and isinstance(cancel, TradeCancel)
    assert correction.corrected_price == correction.original_price + Decimal("0.01")
    assert cancel.action == "C" and isinstance(cancel.size, int)
    assert isinstance(got["imbalances"][0], Imbalance)
    assert got["updated"][0].type == "u"
    # corrections come with trades: the client asked for MSFT trades on their behalf
    assert stream.subscriptions["corrections"] == ["MSFT"]
    assert "trades" not in stream.subscriptions


async def test_unsubscribe_from_a_handler(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    symbols: list[str] = []

    def on_trade(trade: StockTrade) -> None:
        symbols.append(trade.symbol)
        if symbols.count("MSFT") == 2:
            stream.unsubscribe_trades("MSFT")  # inside a handler: must not deadlock

    stream.subscribe_trades(on_trade, "AAPL", "MSFT")
    await run_until(stream, lambda: _aapl_after_msft_stop(symbols))
    cut = len(symbols) - symbols[::-1].index("MSFT")
    assert symbols[cut:].count("AAPL") >= 6
    assert stream.subscriptions == {"trades": ["AAPL"]}


def _aapl_after_msft_stop(symbols: list[str]) -> bool:
    if symbols.count("MSFT") < 2:
        return False
    last_msft = len(symbols) - symbols[::-1].index("MSFT")
    return symbols[last_msft:].count("AAPL") >= 6


@pytest.mark.parametrize("encoding", ["msgpack", "json"])
async def test_crypto_stream(sb: Sandbox, encoding: str) -> None:
    stream = alpaca.CryptoStream("us", encoding=encoding, **keys(sb))  # type: ignore[arg-type]
    got: dict[str, list[Any]] = defaultdict(list)
    stream.subscribe_trades(got["trades"].append, "BTC/USD")
    stream.subscribe_quotes(got["quotes"].append, "btc/usd")
    stream.subscribe_bars(got["bars"].append, "BTC/USD")
    stream.subscribe_daily_bars(got["daily"].append, "BTC/USD")
    stream.subscribe_orderbooks(got["books"].append, "BTC/USD")
    await run_until(stream, lambda: len(got) == 5 and all(len(v) >= 2 for v in got.values()))

    trade = got["trades"][0]
    assert isinstance(trade, CryptoTrade) and trade.symbol == "BTC/USD"
    assert isinstance(trade.size, Decimal) and trade.taker_side in ("B", "S")
    assert isinstance(got["quotes"][0], CryptoQuote) and got["quotes"][0].ask_price > 0
    assert isinstance(got["bars"][0], CryptoBar) and isinstance(got["bars"][0].volume, Decimal)
    book = got["books"][0]
    assert isinstance(book, CryptoOrderbook) and book.reset is True  # the snapshot comes first
    assert len(book.bids) == 10 and book.bids[0].price > book.bids[1].price
    assert got["books"][1].reset is False and len(got["books"][1].asks) == 1
    with pytest.raises(ValueError, match="has no statuses channel"):
        stream.subscribe_statuses(print, "BTC/USD")


async def test_crypto_perpetuals_pricing(sb: Sandbox) -> None:
    stream = alpaca.CryptoPerpStream(**keys(sb))
    prices: list[PerpPricing] = []
    trades: list[CryptoTrade] = []
    stream.subscribe_pricing(prices.append, "BTC-PERP")
    stream.subscribe_trades(trades.append, "BTC-PERP")
    await run_until(stream, lambda: len(prices) >= 2 and len(trades) >= 2)
    first = prices[0]
    assert first.mark_price is not None and first.mark_price > 0
    assert first.next_funding_time is not None and first.timestamp is not None
    assert first.next_funding_time > first.timestamp
    assert trades[0].symbol == "BTC-PERP"


async def test_option_stream_and_refused_star_quotes(sb: Sandbox) -> None:
    stream = alpaca.OptionStream("indicative", **keys(sb))
    contract = "AAPL240315C00190000"
    got: dict[str, list[Any]] = defaultdict(list)
    stream.subscribe_trades(got["trades"].append, contract)
    stream.subscribe_quotes(got["quotes"].append, contract)
    stream.on_refused(got["refused"].append)

    def refuse_star(trade: OptionTrade) -> None:
        if not got["asked"]:
            got["asked"].append(True)
            stream.subscribe_quotes(None, "*")  # refused with 413; the stream goes on

    stream.subscribe_trades(refuse_star, contract)
    await run_until(stream, lambda: bool(got["refused"]) and len(got["quotes"]) >= 3)
    refused = got["refused"][0]
    assert isinstance(refused, SubscriptionRefused) and refused.code == 413
    assert refused.request == {"quotes": ["*"]}
    assert stream.subscriptions["quotes"] == [contract]  # the refused change was forgotten
    quote = got["quotes"][-1]
    assert isinstance(quote, OptionQuote) and isinstance(quote.bid_size, int)
    assert quote.condition == "A" and quote.symbol == contract
    with pytest.raises(ValueError, match="msgpack only"):
        alpaca.OptionStream(encoding="json", **keys(sb))  # type: ignore[arg-type]


@pytest.mark.parametrize("encoding", ["msgpack", "json"])
async def test_news_stream(sb: Sandbox, encoding: str) -> None:
    stream = alpaca.NewsStream(encoding=encoding, **keys(sb))  # type: ignore[arg-type]
    articles: list[News] = []
    stream.subscribe_news(articles.append, "*")
    await run_until(stream, lambda: len(articles) >= 2)
    article = articles[0]
    assert isinstance(article, News) and article.headline and article.symbols
    assert article.source == "sandbox" and article.created_at.tzinfo is UTC
    assert articles[1].id == article.id + 1


async def test_test_feed_and_news_routing_by_symbol(sb: Sandbox) -> None:
    stream = alpaca.Stream("test", **keys(sb))
    trades: list[StockTrade] = []
    stream.subscribe_trades(trades.append, "FAKEPACA")
    await run_until(stream, lambda: len(trades) >= 3)
    assert {t.symbol for t in trades} == {"FAKEPACA"}

    news = alpaca.NewsStream(**keys(sb))
    per_symbol: dict[str, list[News]] = defaultdict(list)
    for symbol in ("AAPL", "MSFT", "SPY", "TSLA", "NVDA"):
        news.subscribe_news(per_symbol[symbol].append, symbol)
    await run_until(news, lambda: sum(map(len, per_symbol.values())) >= 2, timeout=20)
    for symbol, items in per_symbol.items():
        assert all(symbol in article.symbols for article in items)


@pytest.mark.parametrize("encoding", ["msgpack", "json"])
async def test_raw_mode_delivers_the_decoded_dicts(sb: Sandbox, encoding: str) -> None:
    stream = stock_stream(sb, raw=True, encoding=encoding)
    trades: list[dict[str, Any]] = []
    stream.subscribe_trades(trades.append, "AAPL")
    await run_until(stream, lambda: len(trades) >= 2)
    first = trades[0]
    assert type(first) is dict and first["T"] == "t" and first["S"] == "AAPL"
    assert next(iter(first)) == "T"
    assert isinstance(first["t"], int if encoding == "msgpack" else str)
    assert type(first["s"]) is int and type(first["p"]) is float


async def test_async_for_yields_records_and_break_stops(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    stream.subscribe_trades("AAPL")  # no handler: for `async for` only
    stream.subscribe_quotes("AAPL")
    seen = []
    async for message in stream:
        seen.append(message)
        if len(seen) == 5:
            break
    await asyncio.sleep(0.05)
    assert {type(m) for m in seen} <= {StockTrade, StockQuote}
    assert not stream.running


async def test_async_handlers_and_decorators(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    got: list[Any] = []

    @stream.on_trades("AAPL")
    async def on_trade(trade: StockTrade) -> None:
        await asyncio.sleep(0)
        got.append(trade)

    @stream.on_bars("*")
    def on_bar(bar: StockBar) -> None:
        got.append(bar)

    await run_until(stream, lambda: {type(g) for g in got} == {StockTrade, StockBar})
    assert any(isinstance(g, StockBar) and g.symbol != "AAPL" for g in got)


def test_run_blocks_and_refuses_inside_a_running_loop(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    trades: list[StockTrade] = []

    def on_trade(trade: StockTrade) -> None:
        trades.append(trade)
        if len(trades) == 3:
            stream.stop()
            stream.stop()  # idempotent

    stream.subscribe_trades(on_trade, "AAPL")
    stream.run()
    assert len(trades) >= 3

    async def inside() -> None:
        with pytest.raises(RuntimeError, match="run_async"):
            stream.run()

    asyncio.run(inside())


async def test_run_async_twice_is_refused(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    stream.subscribe_trades(lambda t: None, "AAPL")
    task = asyncio.ensure_future(stream.run_async())
    await asyncio.sleep(0.05)
    with pytest.raises(RuntimeError, match="already running"):
        await stream.run_async()
    stream.stop()
    await asyncio.wait_for(task, 5)


async def test_subscribe_from_another_thread_while_running(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    symbols: set[str] = set()
    stream.subscribe_trades(lambda t: symbols.add(t.symbol), "AAPL")
    task = asyncio.ensure_future(run_until(stream, lambda: symbols >= {"AAPL", "MSFT"}))
    await asyncio.sleep(0.2)
    await asyncio.to_thread(stream.subscribe_trades, lambda t: symbols.add(t.symbol), "MSFT")
    await task
    assert symbols == {"AAPL", "MSFT"}


async def test_failing_handler_is_logged_and_reading_continues(
    sb: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    stream = stock_stream(sb)
    calls: list[int] = []

    def flaky(trade: StockTrade) -> None:
        calls.append(1)
        if len(calls) % 2:
            raise ZeroDivisionError("boom")

    stream.subscribe_trades(flaky, "AAPL")
    with caplog.at_level("ERROR", logger="alpaca.stream"):
        await run_until(stream, lambda: len(calls) >= 6)
    assert stream.handler_errors >= 3
    assert "flaky raised" in caplog.text and "ZeroDivisionError" in caplog.text


async def test_slow_handler_drops_oldest_and_counts(sb: Sandbox, stream_clock: FastClock) -> None:
    stream = stock_stream(sb, max_queue=5)
    seen: list[StockTrade] = []

    def slow(trade: StockTrade) -> None:
        seen.append(trade)
        time.sleep(0.05)  # blocks the consumer (20 trades/s), never the socket reader (30/s)

    stream.subscribe_trades(slow, "AAPL")
    await run_until(stream, lambda: stream.dropped >= 10 and len(seen) >= 10, timeout=15)
    # the oldest were dropped: what the handler sees stays fresh (a few sandbox minutes old)
    lag = stream_clock() - seen[-1].timestamp
    assert lag < timedelta(minutes=5)
    assert stream.dropped >= 10


async def test_symbol_limit_is_reported_and_the_stream_continues(sb: Sandbox) -> None:
    sb.stream_settings(symbol_limit=2)
    stream = stock_stream(sb)
    refused: list[SubscriptionRefused] = []
    symbols: set[str] = set()
    stream.on_refused(refused.append)
    stream.subscribe_trades(lambda t: symbols.add(t.symbol), "AAPL", "MSFT")

    def third(trade: StockTrade) -> None:
        stream.subscribe_quotes(lambda q: None, "TSLA")

    stream.subscribe_bars(third, "AAPL")
    await run_until(stream, lambda: bool(refused) and symbols == {"AAPL", "MSFT"})
    assert refused[0].code == 405 and refused[0].request == {"quotes": ["TSLA"]}
    assert "quotes" not in stream.subscriptions


async def test_always_open_streams_stocks_at_night() -> None:
    night = FastClock()
    night.set(datetime(2024, 3, 16, 3, 0, tzinfo=UTC))  # a Saturday night
    with Sandbox(now=night, always_open=True) as sb:
        with sb.client() as client:
            assert client.clock.get().is_open is True
        stream = stock_stream(sb)
        trades: list[StockTrade] = []
        stream.subscribe_trades(trades.append, "AAPL")
        await run_until(stream, lambda: len(trades) >= 3)
    assert all(t.timestamp.weekday() == 5 for t in trades)
    with Sandbox(now=night) as closed, closed.client() as client:
        assert client.clock.get().is_open is False
