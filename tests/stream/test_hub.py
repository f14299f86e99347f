"""The stream hub: several local clients share one upstream connection per feed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from typer.testing import CliRunner

import alpaca
from alpaca.cli._app import app
from alpaca.stream import Reconnected, StockBar, StockQuote, StockTrade
from alpaca.stream._hub import StreamHub
from alpaca.testing import Sandbox

from .conftest import FAST


async def _until(condition: Any, timeout: float = 8.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


@pytest.fixture
async def hub(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[StreamHub]:
    started = await StreamHub(
        key_id=sb.key_id, secret_key=sb.secret_key, upstream_url=sb.stream_url, options=FAST
    ).start()
    monkeypatch.setenv("DATA_PROXY_WS", f"ws://127.0.0.1:{started.port}")
    monkeypatch.setenv("APCA_API_KEY_ID", sb.key_id)
    monkeypatch.setenv("APCA_API_SECRET_KEY", sb.secret_key)
    yield started
    await started.close()


def _upstream(sb: Sandbox) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = sb.stream_settings()["connections"]
    return found


async def test_three_clients_share_one_upstream(sb: Sandbox, hub: StreamHub) -> None:
    sb.stream_settings(connection_limit=1)  # like Alpaca: one connection per feed and key
    first, second, third = (
        alpaca.Stream(**FAST),
        alpaca.Stream(encoding="json", **FAST),
        alpaca.Stream(**FAST),
    )
    assert first.url == f"ws://127.0.0.1:{hub.port}/v2/iex"
    got: dict[str, list[Any]] = {"a": [], "b": [], "c": [], "c_bars": [], "events": []}
    first.subscribe_trades(got["a"].append, "AAPL")
    second.subscribe_quotes(got["b"].append, "MSFT")
    third.subscribe_trades(got["c"].append, "AAPL")
    third.subscribe_bars(got["c_bars"].append, "*")
    for stream in (first, second, third):
        stream.on_reconnect(got["events"].append)
    tasks = [asyncio.ensure_future(s.run_async()) for s in (first, second, third)]
    try:
        await _until(lambda: all(len(got[k]) >= 3 for k in ("a", "b", "c", "c_bars")))
        upstream = _upstream(sb)
        assert len(upstream) == 1
        assert upstream[0]["subscriptions"] == {
            "trades": ["AAPL"], "quotes": ["MSFT"], "bars": ["*"],
        }  # fmt: skip
        assert all(isinstance(t, StockTrade) and t.symbol == "AAPL" for t in got["a"])
        assert all(isinstance(q, StockQuote) and q.symbol == "MSFT" for q in got["b"])
        assert got["b"][0].timestamp_ns > 0 and isinstance(got["b"][0].raw["t"], str)
        assert all(isinstance(b, StockBar) for b in got["c_bars"])
        shared = {t.timestamp_ns for t in got["a"]} & {t.timestamp_ns for t in got["c"]}
        assert shared  # the same upstream trades reached both clients

        # a client leaving shrinks the union; the upstream connection stays
        third.stop()
        await _until(lambda: _upstream(sb)[0]["subscriptions"].get("bars") is None)
        assert _upstream(sb)[0]["subscriptions"] == {"trades": ["AAPL"], "quotes": ["MSFT"]}

        # an upstream drop reaches every client as its own reconnect (no silent gap)
        await asyncio.to_thread(sb.drop_streams)
        await _until(lambda: len(got["events"]) >= 2)
        assert all(isinstance(e, Reconnected) for e in got["events"])
        count = len(got["a"])
        await _until(lambda: len(got["a"]) > count + 2)
    finally:
        for stream in (first, second, third):
            stream.stop()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 5)
    await _until(lambda: _upstream(sb) == [])  # the last client gone, the upstream closes


async def test_hub_refuses_other_credentials(sb: Sandbox, hub: StreamHub) -> None:
    stream = alpaca.Stream(key_id=sb.key_id, secret_key="not-the-hubs", **FAST)
    stream.subscribe_trades(lambda t: None, "AAPL")
    with pytest.raises(alpaca.StreamError) as caught:
        await asyncio.wait_for(stream.run_async(), 5)
    assert caught.value.code == 402
    assert _upstream(sb) == []


def test_stream_hub_command_is_there() -> None:
    result = CliRunner().invoke(app, ["stream-hub", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "--upstream" in result.output
    result = CliRunner().invoke(app, ["sandbox", "--help"])
    assert "--always-open" in result.output
