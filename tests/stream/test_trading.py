"""The trading stream: trade updates for the sandbox's orders, both encodings, reconciliation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

import alpaca
from alpaca.stream import Reconnected, TradeUpdate
from alpaca.testing import Sandbox

from .conftest import FAST


async def _until(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


def _stream(sb: Sandbox, **kwargs: Any) -> alpaca.TradingStream:
    return alpaca.TradingStream(
        key_id=sb.key_id, secret_key=sb.secret_key, url=sb.base_url, **{**FAST, **kwargs}
    )


@pytest.mark.parametrize("encoding", ["json", "msgpack"])
async def test_trade_updates_for_submitted_orders(sb: Sandbox, encoding: str) -> None:
    stream = _stream(sb, encoding=encoding)
    updates: list[TradeUpdate] = []
    stream.subscribe_trade_updates(updates.append)
    task = asyncio.ensure_future(stream.run_async())
    await _until(lambda: sb.stream_settings()["connections"] != [])
    client = sb.async_client()
    market = await client.orders.submit(
        symbol="AAPL", qty=3, side="buy", type="market", time_in_force="day"
    )
    resting = await client.orders.submit(
        symbol="AAPL", qty=1, side="sell", type="limit", limit_price="9999", time_in_force="gtc"
    )
    replaced = await client.orders.replace(resting.id, limit_price="9990")
    await client.orders.cancel(replaced.id)
    await client.close()
    await _until(lambda: len(updates) >= 6)
    stream.stop()
    await asyncio.wait_for(task, 5)

    events = [(u.event, u.order.id) for u in updates]
    assert events == [
        ("new", market.id),
        ("fill", market.id),
        ("new", resting.id),
        ("replaced", resting.id),
        ("new", replaced.id),
        ("canceled", replaced.id),
    ]
    new, fill = updates[0], updates[1]
    assert new.order.status == "new" and new.price is None
    assert fill.qty == Decimal(3) and fill.position_qty == Decimal(3)
    assert fill.price == fill.order.filled_avg_price and isinstance(fill.price, Decimal)
    assert fill.execution_id and fill.timestamp is not None and fill.timestamp.tzinfo is not None
    assert all(isinstance(u.raw["timestamp"], str) and not u.reconciled for u in updates)


async def test_oauth_token_and_async_for(sb: Sandbox) -> None:
    from alpaca.sandbox import SANDBOX_OAUTH_TOKEN

    stream = alpaca.TradingStream(oauth_token=SANDBOX_OAUTH_TOKEN, url=sb.base_url, **FAST)
    found: list[Any] = []

    async def consume() -> None:
        async for update in stream:
            found.append(update)
            if len(found) == 2:
                break

    task = asyncio.ensure_future(consume())
    await _until(lambda: sb.stream_settings()["connections"] != [])
    with sb.client() as client:
        client.orders.submit(symbol="MSFT", qty=1, side="buy", type="market", time_in_force="day")
    await asyncio.wait_for(task, 5)
    stream.stop()
    assert [u.event for u in found] == ["new", "fill"]


async def test_bad_credentials_raise(sb: Sandbox) -> None:
    stream = alpaca.TradingStream(key_id=sb.key_id, secret_key="nope", url=sb.base_url)
    with pytest.raises(alpaca.StreamError, match="access key verification failed") as caught:
        await asyncio.wait_for(stream.run_async(), 5)
    assert "nope" not in str(caught.value)


@pytest.fixture
def wall_sb() -> Iterator[Sandbox]:
    """A sandbox on the real clock (``orders.list(after=...)`` compares client and server
    times), its market open at any hour so the market order fills."""
    with Sandbox(always_open=True) as sandbox:
        yield sandbox


async def test_reconciliation_across_a_drop(wall_sb: Sandbox) -> None:
    sb = wall_sb
    client = sb.async_client()
    before = await client.orders.submit(
        symbol="AAPL", qty=1, side="buy", type="limit", limit_price="1.00", time_in_force="gtc"
    )
    sb.stream_settings(connection_limit=1)
    stream = _stream(sb, retry_wait=0.05, retry_wait_max=0.2, limit_retries=30)
    seen: list[Any] = []
    stream.subscribe_trade_updates(seen.append)
    stream.on_reconnect(seen.append)
    task = asyncio.ensure_future(stream.run_async())
    await _until(lambda: sb.stream_settings()["connections"] != [])
    await asyncio.sleep(0.2)  # the stream has listed the open orders it starts with

    # the connection drops and stays refused for a while: changes happen unseen
    await asyncio.to_thread(sb.drop_streams, "/stream", hold=0.8)
    await client.orders.cancel(before.id)
    during = await client.orders.submit(
        symbol="MSFT", qty=2, side="buy", type="market", time_in_force="day"
    )
    await _until(lambda: any(isinstance(s, Reconnected) for s in seen), timeout=8)
    await _until(lambda: len(seen) >= 3)
    stream.stop()
    await asyncio.wait_for(task, 5)
    await client.close()

    reconnected, *reconciled = seen
    assert isinstance(reconnected, Reconnected)
    got = {(u.order.id, u.event) for u in reconciled}
    assert got == {(before.id, "canceled"), (during.id, "fill")}
    assert all(u.reconciled for u in reconciled)
    fill = next(u for u in reconciled if u.event == "fill")
    assert fill.qty == Decimal(2) and fill.order.status == "filled"


async def test_partial_fills_of_a_stepped_day_reach_the_stream() -> None:
    from datetime import UTC, datetime

    with Sandbox(start=datetime(2024, 3, 12, 13, 30, tzinfo=UTC), speed=0) as sb:
        stream = _stream(sb)
        updates: list[TradeUpdate] = []
        stream.subscribe_trade_updates(updates.append)
        task = asyncio.ensure_future(stream.run_async())
        await _until(lambda: sb.stream_settings()["connections"] != [])
        async with sb.async_client() as client:
            order = await client.orders.submit(
                symbol="F", qty=20000, side="buy", type="market", time_in_force="day"
            )
            for _ in range(30):
                await asyncio.to_thread(sb.advance, minutes=1)
            await _until(lambda: any(u.event == "fill" for u in updates))
        stream.stop()
        await asyncio.wait_for(task, 5)
    mine = [u for u in updates if u.order.id == order.id]
    assert mine[0].event == "new" and mine[-1].event == "fill"
    partial = [u for u in mine if u.event == "partial_fill"]
    assert len(partial) >= 2
    assert sum((u.qty or Decimal(0) for u in mine[1:]), Decimal(0)) == 20000
    assert mine[-1].position_qty == 20000
