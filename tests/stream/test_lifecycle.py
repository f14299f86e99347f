"""Reconnects, refusals and terminal errors, provoked through the sandbox's stream controls."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

import alpaca
from alpaca.stream import Reconnected, StockTrade
from alpaca.testing import Sandbox

from .conftest import FastClock, collect, keys, run_until, stock_stream


def _connections(sb: Sandbox) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = sb.stream_settings()["connections"]
    return found


async def _until(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


async def test_drop_reconnects_resubscribes_and_reports_the_gap(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    trades: list[StockTrade] = []
    events: list[Reconnected] = []
    stream.subscribe_trades(trades.append, "AAPL")
    stream.subscribe_quotes(lambda q: None, "MSFT")
    stream.on_reconnect(events.append)
    task = asyncio.ensure_future(stream.run_async())
    await _until(lambda: len(trades) >= 2)

    assert await asyncio.to_thread(sb.drop_streams, "/v2/iex") == 1
    await _until(lambda: bool(events))
    before = len(trades)
    await _until(lambda: len(trades) >= before + 3)  # data flows again
    stream.stop()
    await asyncio.wait_for(task, 5)

    event = events[0]
    assert event.down_since < event.up_at and event.gap.total_seconds() < 5
    # the server sees the same subscriptions again (checked while a new run holds them)
    task = asyncio.ensure_future(stream.run_async())
    await _until(lambda: bool(_connections(sb)) and _connections(sb)[0]["subscriptions"] != {})
    assert _connections(sb)[0]["subscriptions"] == {"trades": ["AAPL"], "quotes": ["MSFT"]}
    stream.stop()
    await asyncio.wait_for(task, 5)


async def test_reconnected_comes_through_async_for(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    stream.subscribe_trades("AAPL")
    seen: list[Any] = []

    async def consume() -> None:
        async for item in stream:
            seen.append(item)
            if isinstance(item, Reconnected):
                break

    task = asyncio.ensure_future(consume())
    await _until(lambda: len(seen) >= 2)
    await asyncio.to_thread(sb.drop_streams)
    await asyncio.wait_for(task, 5)
    stream.stop()
    assert isinstance(seen[-1], Reconnected)
    assert isinstance(seen[0], StockTrade)


async def test_bad_credentials_raise_402_at_once(sb: Sandbox) -> None:
    stream = alpaca.Stream("iex", key_id=sb.key_id, secret_key="WRONGSECRET", url=sb.stream_url)
    stream.subscribe_trades(lambda t: None, "AAPL")
    started = time.monotonic()
    with pytest.raises(alpaca.StreamError) as caught:
        await asyncio.wait_for(stream.run_async(), 5)
    assert caught.value.code == 402 and caught.value.message == "auth failed"
    assert time.monotonic() - started < 1.0
    assert "WRONGSECRET" not in str(caught.value) and "WRONGSECRET" not in repr(stream)
    assert isinstance(caught.value, alpaca.AlpacaError)


async def test_secrets_stay_out_of_debug_logs(
    sb: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    stream = stock_stream(sb, encoding="json")
    trades: list[StockTrade] = []
    reconnects: list[object] = []
    stream.subscribe_trades(trades.append, "AAPL")
    stream.on_reconnect(reconnects.append)
    with caplog.at_level("DEBUG"):
        task = asyncio.ensure_future(
            run_until(stream, lambda: bool(reconnects) and len(trades) >= 2)
        )
        await _until(lambda: len(trades) >= 1)
        await asyncio.to_thread(sb.drop_streams)
        await task
    assert "reconnecting in" in caplog.text  # the connection thread's records are captured
    # websockets' DEBUG frame dumps would show the auth frame's end: they are silenced
    assert sb.secret_key[-12:] not in caplog.text


async def test_connection_limit_backs_off_then_raises_406(
    sb: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    sb.stream_settings(connection_limit=1)
    holder = stock_stream(sb)
    holder.subscribe_trades(lambda t: None, "AAPL")
    task = asyncio.ensure_future(holder.run_async())
    await _until(lambda: len(_connections(sb)) == 1)

    second = stock_stream(sb, limit_retries=3, retry_wait=0.01, retry_wait_max=0.05)
    second.subscribe_trades(lambda t: None, "MSFT")
    started = time.monotonic()
    with (
        caplog.at_level("WARNING", logger="alpaca.stream"),
        pytest.raises(alpaca.StreamError) as caught,
    ):
        await asyncio.wait_for(second.run_async(), 10)
    elapsed = time.monotonic() - started
    assert caught.value.code == 406
    attempts = caplog.text.count("refused: 406")
    assert attempts == 3  # limit_retries waits, then the fourth refusal raises
    assert elapsed > 0.1  # it waited (10x the base wait per attempt), it did not storm
    holder.stop()
    await asyncio.wait_for(task, 5)


async def test_a_held_connection_clears_and_the_stream_recovers(sb: Sandbox) -> None:
    """Alpaca keeps a dropped connection for a while: 406 first, then the reconnect works."""
    sb.stream_settings(connection_limit=1)
    stream = stock_stream(sb, retry_wait=0.02, retry_wait_max=0.2, limit_retries=20)
    trades: list[StockTrade] = []
    events: list[Reconnected] = []
    stream.subscribe_trades(trades.append, "AAPL")
    stream.on_reconnect(events.append)
    task = asyncio.ensure_future(stream.run_async())
    await _until(lambda: len(trades) >= 1)
    await asyncio.to_thread(sb.drop_streams, "/", hold=0.6)
    await _until(lambda: bool(events), timeout=8)
    assert events[0].gap.total_seconds() >= 0.5
    stream.stop()
    await asyncio.wait_for(task, 5)


async def test_channel_refused_by_the_feed_is_terminal_410(sb: Sandbox) -> None:
    # a stocks client pointed at the test feed: statuses are not offered there
    stream = alpaca.Stream("iex", **{**keys(sb), "url": f"{sb.stream_url}/v2/test"})
    stream.subscribe_statuses(lambda s: None, "FAKEPACA")
    with pytest.raises(alpaca.StreamError) as caught:
        await asyncio.wait_for(stream.run_async(), 5)
    assert caught.value.code == 410


async def test_unreachable_server_gives_up_after_max_reconnects() -> None:
    stream = alpaca.Stream(
        "iex", key_id="PK", secret_key="s", url="ws://127.0.0.1:9", max_reconnects=2,
        retry_wait=0.01,
    )  # fmt: skip
    with pytest.raises(alpaca.StreamError, match="gave up after 3"):
        await asyncio.wait_for(stream.run_async(), 5)


async def test_silence_timeout_reconnects(sb: Sandbox, stream_clock: FastClock) -> None:
    stream_clock.set(stream_clock(), speed=0.0)  # frozen: no data ever
    stream = stock_stream(sb, silence_timeout=0.3)
    stream.subscribe_trades(lambda t: None, "AAPL")
    found = await collect(stream, 1, timeout=5)
    assert isinstance(found[0], Reconnected)


async def test_stop_is_prompt_and_idempotent_from_another_thread(sb: Sandbox) -> None:
    stream = stock_stream(sb)
    stream.subscribe_trades(lambda t: None, "AAPL")
    stream.stop()  # not running: nothing to do
    task = asyncio.ensure_future(stream.run_async())
    await _until(lambda: len(_connections(sb)) == 1)
    started = time.monotonic()
    await asyncio.gather(*(asyncio.to_thread(stream.stop) for _ in range(3)))
    await asyncio.wait_for(task, 5)
    assert time.monotonic() - started < 1.0
    assert not stream.running
    await _until(lambda: _connections(sb) == [])


def test_stream_control_routes_need_the_sandbox_credentials(sb: Sandbox) -> None:
    for method, path in (("GET", "/_sandbox/streams"), ("POST", "/_sandbox/streams/drop")):
        response = httpx.request(method, f"{sb.base_url}{path}")
        assert response.status_code == 401
    response = httpx.post(
        f"{sb.base_url}/_sandbox/streams", json={"tick_interval": -1}, headers=sb.headers
    )
    assert response.status_code == 400


def test_credentials_come_from_the_environment(
    sb: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APCA_API_KEY_ID", sb.key_id)
    monkeypatch.setenv("APCA_API_SECRET_KEY", sb.secret_key)
    monkeypatch.setenv("APCA_API_STREAM_URL", sb.stream_url)
    assert alpaca.Stream().url == f"{sb.stream_url}/v2/iex"
    assert alpaca.CryptoStream("us-1").url == f"{sb.stream_url}/v1beta3/crypto/us-1"
    assert alpaca.OptionStream("opra").url == f"{sb.stream_url}/v1beta1/opra"
    monkeypatch.setenv("DATA_PROXY_WS", "ws://127.0.0.1:1234")
    assert alpaca.NewsStream().url == "ws://127.0.0.1:1234/v1beta1/news"
    monkeypatch.delenv("APCA_API_KEY_ID")
    monkeypatch.delenv("APCA_API_SECRET_KEY")
    with pytest.raises(alpaca.ConfigurationError):
        alpaca.Stream()
    with pytest.raises(ValueError, match="feed must be one of"):
        alpaca.Stream("nasdaq", key_id="PK", secret_key="s")
    with pytest.raises(ValueError, match="ws:// or wss://"):
        alpaca.Stream(key_id="PK", secret_key="s", url="http://example.com")
