"""The legacy ``Stream`` on the core streams, against the sandbox's websockets on a fast clock:
legacy message entities, decorators, raw data, trade updates, crypto and news, changing
subscriptions while running, stop and run again."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import msgpack
import pandas as pd
import pytest

import alpaca
import alpaca.compat as tradeapi
from alpaca.compat.common import URL
from alpaca.compat.entity import Bar, Entity, Quote, Trade
from alpaca.compat.entity_v2 import LULDV2, NewsV2, OrderbookV2, StatusV2
from alpaca.testing import Sandbox

from .conftest import point_at

OPEN = datetime(2024, 3, 12, 13, 29, 50, tzinfo=UTC)
"""Ten seconds before a regular session opens (09:30 New York)."""
NY = "America/New_York"


class FastClock:
    """From ``OPEN``, 600 times faster than real time (a sandbox minute per 0.1 s)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.origin = time.monotonic()

    def __call__(self) -> datetime:
        return OPEN + timedelta(seconds=(time.monotonic() - self.origin) * 600)


@pytest.fixture(scope="module")
def clock() -> FastClock:
    return FastClock()


@pytest.fixture(scope="module")
def stream_server(clock: FastClock) -> Iterator[Sandbox]:
    with Sandbox(now=clock) as sb:
        yield sb


@pytest.fixture
def sb(stream_server: Sandbox, clock: FastClock, clean_env: pytest.MonkeyPatch) -> Sandbox:
    """The stream sandbox, reset, its clock back at ``OPEN``; ``APCA_*`` point at it."""
    stream_server.reset()
    clock.reset()
    point_at(clean_env, stream_server)
    return stream_server


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


class Running:
    """``stream.run()`` in a thread, as legacy scripts do; stopped on exit."""

    def __init__(self, stream: tradeapi.Stream) -> None:
        self.stream = stream
        self.thread = threading.Thread(target=stream.run, daemon=True)

    def __enter__(self) -> Running:
        self.thread.start()
        wait_for(self.stream.is_open)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stream.stop()
        self.thread.join(10)
        assert not self.thread.is_alive()


def collector() -> tuple[dict[str, list[Any]], Callable[[str], Any]]:
    """Messages per name, and a factory of async handlers appending to them."""
    got: dict[str, list[Any]] = {}

    def handler(name: str) -> Any:
        async def on_message(message: Any) -> None:
            got.setdefault(name, []).append(message)

        return on_message

    return got, handler


def test_readme_flow_trades_and_quotes(sb: Sandbox) -> None:
    stream = tradeapi.Stream(
        sb.key_id,
        sb.secret_key,
        base_url=URL(sb.base_url),
        data_stream_url=sb.stream_url,
        data_feed="iex",
    )
    got, handler = collector()
    stream.subscribe_trades(handler("trades"), "AAPL")
    stream.subscribe_quotes(handler("quotes"), "KO")
    assert not stream.is_open()
    with Running(stream):
        wait_for(lambda: len(got.get("trades", [])) >= 2 and len(got.get("quotes", [])) >= 2)
    assert not stream.is_open()
    trade = got["trades"][0]
    assert isinstance(trade, Trade) and trade.symbol == "AAPL" and trade.price > 0
    assert set(trade._raw) >= {"symbol", "price", "size", "exchange", "id", "conditions"}
    assert isinstance(trade.timestamp, pd.Timestamp) and str(trade.timestamp.tz) == NY
    assert isinstance(trade._raw["timestamp"], int)
    quote = got["quotes"][0]
    assert isinstance(quote, Quote) and quote.symbol == "KO"
    assert quote.ask_price >= quote.bid_price and str(quote.timestamp.tz) == NY


def test_decorators_bars_statuses_lulds(sb: Sandbox) -> None:
    stream = tradeapi.Stream()  # everything from APCA_* variables
    got: dict[str, list[Any]] = {}

    @stream.on_bar("MSFT")
    async def on_bar(bar: Any) -> None:
        got.setdefault("bars", []).append(bar)

    @stream.on_updated_bar("MSFT")
    async def on_updated_bar(bar: Any) -> None:
        got.setdefault("updated", []).append(bar)

    @stream.on_daily_bar("MSFT")
    async def on_daily_bar(bar: Any) -> None:
        got.setdefault("daily", []).append(bar)

    @stream.on_status("*")
    async def on_status(status: Any) -> None:
        got.setdefault("statuses", []).append(status)

    @stream.on_luld("AAPL", "MSFT")
    async def on_luld(luld: Any) -> None:
        got.setdefault("lulds", []).append(luld)

    assert callable(on_bar)  # decorators hand the function back
    with Running(stream):
        wait_for(lambda: all(got.get(k) for k in ("bars", "updated", "daily", "statuses", "lulds")))
    bar = got["bars"][0]
    assert isinstance(bar, Bar) and bar.symbol == "MSFT" and bar.close > 0
    assert isinstance(bar.timestamp, int)  # stream bars keep integer nanoseconds, as before
    assert bar.high >= bar.low and bar.volume > 0 and bar.vwap > 0
    assert isinstance(got["daily"][0], Bar) and got["updated"][0].symbol == "MSFT"
    status = got["statuses"][0]
    assert isinstance(status, StatusV2) and status.status_code and status.symbol
    luld = got["lulds"][0]
    assert isinstance(luld, LULDV2) and luld.limit_up_price > luld.limit_down_price
    assert {m.symbol for m in got["lulds"]} <= {"AAPL", "MSFT"}


def test_trade_updates_crypto_and_news(sb: Sandbox) -> None:
    stream = tradeapi.Stream(data_feed="IEX")
    got, handler = collector()
    stream.subscribe_crypto_trades(handler("crypto"), "BTCUSD")  # the legacy pair spelling
    stream.subscribe_crypto_quotes(handler("crypto_quotes"), "ETH/USD")
    stream.subscribe_crypto_orderbooks(handler("books"), "BTCUSD")
    stream.subscribe_news(handler("news"), "*")

    @stream.on_trade_update
    async def on_update(data: Any) -> None:
        got.setdefault("updates", []).append(data)

    with Running(stream), tradeapi.REST() as api:
        wait_for(lambda: bool(got.get("crypto")))
        api.submit_order("SPY", 10, "buy", "market", "day")
        wait_for(lambda: all(got.get(k) for k in ("updates", "news", "books", "crypto_quotes")))
    crypto = got["crypto"][0]
    assert isinstance(crypto, Trade) and crypto.symbol == "BTC/USD"
    assert crypto.takerside in ("B", "S") and str(crypto.timestamp.tz) == NY
    book = got["books"][0]
    assert isinstance(book, OrderbookV2) and book.bids and book.bids[0].p > 0
    article = got["news"][0]
    assert isinstance(article, NewsV2) and article.headline and article.symbols
    assert str(article.created_at.tz) == "UTC"
    update = got["updates"][0]
    assert isinstance(update, Entity) and update.event in ("new", "fill")
    fill = next(u for u in got["updates"] if u.event == "fill")
    assert fill.order["symbol"] == "SPY" and fill.order["filled_qty"] == "10"
    assert fill.position_qty == "10" and isinstance(fill.timestamp, str)


def test_raw_data_messages(sb: Sandbox) -> None:
    stream = tradeapi.Stream(data_feed="iex", raw_data=True)
    got, handler = collector()
    stream.subscribe_trades(handler("trades"), "AAPL")
    stream.subscribe_bars(handler("bars"), "*")
    stream.subscribe_trade_updates(handler("updates"))
    with Running(stream), tradeapi.REST() as api:
        wait_for(lambda: bool(got.get("trades")) and bool(got.get("bars")))
        api.submit_order("AAPL", 1, "buy", "market", "day")
        wait_for(lambda: bool(got.get("updates")))
    trade = got["trades"][0]
    assert trade["T"] == "t" and trade["S"] == "AAPL" and "p" in trade
    assert isinstance(trade["t"], msgpack.Timestamp)
    assert got["bars"][0]["T"] == "b"
    frame = got["updates"][0]
    assert frame["stream"] == "trade_updates" and frame["data"]["order"]["symbol"] == "AAPL"


def test_change_subscriptions_while_running_and_run_again(sb: Sandbox) -> None:
    stream = tradeapi.Stream()
    got, handler = collector()
    stream.subscribe_quotes(handler("quotes"), "AAPL")
    with Running(stream):
        wait_for(lambda: bool(got.get("quotes")))
        stream.unsubscribe_quotes("AAPL")
        stream.subscribe_quotes(handler("quotes"), "MSFT")
        time.sleep(0.3)
        got["quotes"].clear()
        wait_for(lambda: len(got["quotes"]) >= 3)
        assert {q.symbol for q in got["quotes"]} == {"MSFT"}
        stream.subscribe_crypto_bars(handler("crypto_bars"), "BTC/USD")  # a new socket
        wait_for(lambda: bool(got.get("crypto_bars")))
    assert got["crypto_bars"][0].symbol == "BTC/USD"
    got.clear()
    with Running(stream):  # run() again after stop()
        wait_for(lambda: bool(got.get("quotes")))


def test_stop_and_subscribe_from_inside_handlers(sb: Sandbox) -> None:
    stream = tradeapi.Stream()
    got, handler = collector()

    async def first_trade(trade: Any) -> None:
        got.setdefault("trades", []).append(trade)
        stream.subscribe_quotes(handler("quotes"), "AAPL")  # from inside a handler

    async def first_quote(quote: Any) -> None:
        if got.get("quotes"):  # after the subscription made inside a handler delivered
            stream.stop()  # ends run() from inside a handler

    stream.subscribe_trades(first_trade, "AAPL")
    stream.subscribe_quotes(first_quote, "MSFT")
    stream.unsubscribe_bars("NEVER")  # never subscribed: ignored
    thread = threading.Thread(target=stream.run)
    thread.start()
    thread.join(10)
    assert not thread.is_alive() and got["trades"] and got["quotes"][0].symbol == "AAPL"


def test_failing_handler_does_not_stop_the_stream(sb: Sandbox) -> None:
    stream = tradeapi.Stream()
    calls: list[Any] = []

    async def flaky(trade: Any) -> None:
        calls.append(trade)
        raise RuntimeError("handler bug")

    stream.subscribe_trades(flaky, "AAPL")
    with Running(stream):
        wait_for(lambda: len(calls) >= 3)


def test_trades_with_cancel_and_correction_handlers(sb: Sandbox) -> None:
    stream = tradeapi.Stream()
    got, handler = collector()
    stream.subscribe_trades(
        handler("trades"),
        "AAPL",
        handler_cancel_errors=handler("cancels"),
        handler_corrections=handler("corrections"),
    )
    with Running(stream):
        wait_for(lambda: bool(got.get("cancels")) and bool(got.get("corrections")))
        stream.unsubscribe_trades("AAPL")
    assert got["corrections"][0].symbol == "AAPL"
    assert got["corrections"][0].corrected_price > 0
    assert got["cancels"][0].cancel_error_action in ("C", "E")


def test_handlers_must_be_coroutines(sb: Sandbox) -> None:
    stream = tradeapi.Stream()
    plain: Any = print
    with pytest.raises(ValueError, match="handler must be a coroutine function"):
        stream.subscribe_trades(plain, "AAPL")
    with pytest.raises(ValueError, match="coroutine"):
        stream.on_trade_update(plain)


def test_run_forever_inside_an_existing_loop(sb: Sandbox) -> None:
    stream = tradeapi.Stream()
    got, handler = collector()
    stream.subscribe_trades(handler("trades"), "AAPL")

    async def main() -> None:
        task = asyncio.ensure_future(stream._run_forever())
        while not got.get("trades"):
            await asyncio.sleep(0.01)
        await stream.stop_ws()
        await asyncio.wait_for(task, 10)

    asyncio.run(main())
    assert not stream.is_open() and got["trades"][0].symbol == "AAPL"


def test_refused_credentials_end_run_with_a_stream_error(sb: Sandbox) -> None:
    stream = tradeapi.Stream("PKWRONG", "wrong", data_stream_url=sb.stream_url)
    got, handler = collector()
    stream.subscribe_trades(handler("trades"), "AAPL")
    with pytest.raises(alpaca.StreamError):
        stream.run()
    assert not stream.is_open() and not got


def test_credentials_are_checked_at_construction(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="credentials"):
        tradeapi.Stream()


def test_endpoints_follow_the_legacy_variables(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("APCA_API_KEY_ID", "PKTEST")
    clean_env.setenv("APCA_API_SECRET_KEY", "secret")
    assert "trading='wss://paper-api.alpaca.markets/stream'" in repr(tradeapi.Stream())
    clean_env.setenv("APCA_API_BASE_URL", "https://api.alpaca.markets")
    clean_env.setenv("APCA_API_STREAM_URL", "https://stream.data.alpaca.markets/")
    shown = repr(tradeapi.Stream(data_feed="sip"))
    assert "trading='wss://api.alpaca.markets/stream'" in shown
    assert "stocks='wss://stream.data.alpaca.markets/v2/sip'" in shown
    assert "secret" not in shown
