"""Websocket streams under forced server drops and a connection limit.

Market data: after each drop exactly one ``Reconnected`` arrives and messages resume for every
subscribed (channel, symbol); the server sees the same subscriptions. Trading: the sandbox keeps
the dropped connection counted for a moment (like Alpaca), orders change meanwhile, and every
change still reaches the handler (reconciled from REST). A stream refused with "connection limit
exceeded" tries a bounded number of times, further and further apart, then raises.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import alpaca
from alpaca.stream import Reconnected
from alpaca.testing import Sandbox

from ._figures import Book, scaled
from .conftest import Watched

FAST: dict[str, Any] = {"retry_wait": 0.02, "retry_wait_max": 0.1}
WANTED = {
    ("trades", "AAPL"),
    ("trades", "MSFT"),
    ("quotes", "SPY"),
    ("quotes", "AAPL"),
    ("bars", "AAPL"),
}
HOLD = 0.2
"""Seconds a dropped trading connection keeps counting against the limit of one."""


class FastClock:
    """Sandbox time from a session's open, 600 times faster than real time (ticks come often)."""

    def __init__(self) -> None:
        self.origin = time.monotonic()

    def __call__(self) -> datetime:
        start = datetime(2024, 3, 12, 13, 30, tzinfo=UTC)
        return start + timedelta(seconds=(time.monotonic() - self.origin) * 600)


@pytest.fixture(scope="module")
def fast() -> Iterator[Watched]:
    sandbox = Watched(now=FastClock())
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


async def _until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.005)
    return True


def _poll(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """``_until`` for conditions that make blocking calls (run it in a thread)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _grew(items: list[Any], size: int) -> Callable[[], bool]:
    return lambda: len(items) > size


def _keys(sandbox: Sandbox) -> dict[str, Any]:
    return {"key_id": sandbox.key_id, "secret_key": sandbox.secret_key, "url": sandbox.stream_url}


def _resumed(last: dict[tuple[str, str], int], mark: int) -> bool:
    """Whether every wanted (channel, symbol) had a message after ``mark``."""
    return all(last.get(key, -1) > mark for key in WANTED)


async def test_market_data_drops_lose_no_subscription(fast: Watched, book: Book) -> None:
    fast.reset()
    drops = scaled(3, 100)
    stream = alpaca.Stream("iex", **_keys(fast), **FAST)
    order = itertools.count()
    last: dict[tuple[str, str], int] = {}  # (channel, symbol) -> when its latest message came
    events: list[tuple[int, Reconnected]] = []

    def note(channel: str) -> Callable[[Any], None]:
        return lambda message: last.__setitem__((channel, message.symbol), next(order))

    stream.subscribe_trades(note("trades"), "AAPL", "MSFT")
    stream.subscribe_quotes(note("quotes"), "SPY", "AAPL")
    stream.subscribe_bars(note("bars"), "AAPL")
    stream.on_reconnect(lambda event: events.append((next(order), event)))
    task = asyncio.ensure_future(stream.run_async())
    started = time.monotonic()
    assert await _until(lambda: set(last) >= WANTED)
    lost: list[tuple[int, set[tuple[str, str]]]] = []
    for drop in range(drops):
        before = len(events)
        assert await asyncio.to_thread(fast.drop_streams, "/v2/iex") == 1
        assert await _until(_grew(events, before)), f"no Reconnected after drop {drop}"
        mark = events[-1][0]
        if not await _until(functools.partial(_resumed, last, mark)):
            lost.append((drop, {key for key in WANTED if last.get(key, -1) <= mark}))
    await asyncio.sleep(0.3)  # a late, second Reconnected would show now
    connections = (await asyncio.to_thread(fast.stream_settings))["connections"]
    seconds = time.monotonic() - started
    stream.stop()
    await asyncio.wait_for(task, 5)
    subscribed = connections[0]["subscriptions"].items()
    server_sees = {(channel, symbol) for channel, symbols in subscribed for symbol in symbols}
    gaps = sorted(event.gap.total_seconds() for _, event in events)
    book.record(
        "market-data stream: forced server drops (trades, quotes, bars subscribed)",
        n=drops,
        target="one Reconnected per drop; messages resume for every subscription; the server "
        "sees them all",
        met=not lost and len(events) == drops and server_sees == WANTED,
        seconds=seconds,
        reconnected_events=len(events),
        subscriptions_lost=sum(len(missing) for _, missing in lost),
        median_gap_ms=round(gaps[len(gaps) // 2] * 1000) if gaps else None,
        max_gap_ms=round(gaps[-1] * 1000) if gaps else None,
    )
    assert not lost, lost[:5]
    assert len(events) == drops, f"{len(events)} Reconnected for {drops} drops"
    assert server_sees == WANTED


async def test_trading_stream_drops_lose_no_update(watched: Watched, book: Book) -> None:
    watched.reset()
    drops = scaled(3, 100)
    stream = alpaca.TradingStream(**_keys(watched), raw=True, **FAST)
    updates: list[dict[str, Any]] = []
    events: list[Reconnected] = []
    stream.subscribe_trade_updates(updates.append)
    stream.on_reconnect(events.append)
    task = asyncio.ensure_future(stream.run_async())
    resting: dict[str, Any] = {"qty": 1, "side": "buy", "type": "limit", "time_in_force": "gtc"}

    def seen(order_id: str, status: str) -> bool:
        return any(u["order"]["id"] == order_id and u["order"]["status"] == status for u in updates)

    missed: list[tuple[int, str]] = []
    started = time.monotonic()

    def listening() -> bool:
        connections = watched.stream_settings()["connections"]
        return any(c["subscriptions"].get("streams") for c in connections)

    assert await asyncio.to_thread(_poll, listening), "the stream never came up"
    with watched.client() as rest:
        first = await asyncio.to_thread(
            rest.orders.submit, symbol="AAPL", limit_price="1.00", **resting
        )
        assert await _until(lambda: seen(first.id, "new")), "no update for the first order"
        await asyncio.to_thread(watched.stream_settings, connection_limit=1)
        open_orders = [first.id]
        for drop in range(drops):
            before = len(events)
            assert await asyncio.to_thread(watched.drop_streams, "/stream", hold=HOLD) == 1
            # while the dropped connection still counts, one order is placed and one cancelled
            placed = await asyncio.to_thread(
                rest.orders.submit, symbol="MSFT", limit_price="1.00", **resting
            )
            cancelled = open_orders.pop(0)
            await asyncio.to_thread(rest.orders.cancel, cancelled)
            open_orders.append(placed.id)
            assert await _until(_grew(events, before)), f"no Reconnected after {drop}"
            for order_id, status in ((placed.id, "new"), (cancelled, "canceled")):
                if not await _until(functools.partial(seen, order_id, status)):
                    missed.append((drop, status))
        await asyncio.sleep(0.3)
    seconds = time.monotonic() - started
    stream.stop()
    await asyncio.wait_for(task, 5)
    reconciled = sum(1 for u in updates if u.get("reconciled"))
    book.record(
        "trading stream: forced server drops, the connection held ~0.2 s (limit 1); an order "
        "placed and one cancelled during each gap",
        n=drops,
        target="one Reconnected per drop; every change delivered (reconciled from REST)",
        met=not missed and len(events) == drops,
        seconds=seconds,
        reconnected_events=len(events),
        changes_missed=len(missed),
        updates_reconciled=reconciled,
    )
    assert not missed, missed[:5]
    assert len(events) == drops
    assert reconciled >= drops  # the gap is real: changes came from the REST reconciliation


async def test_connection_limit_gives_bounded_spaced_attempts(fast: Watched, book: Book) -> None:
    fast.reset()
    retries = scaled(3, 5)
    await asyncio.to_thread(fast.stream_settings, connection_limit=1)
    holder = alpaca.Stream("iex", **_keys(fast), **FAST)
    holder.subscribe_trades(lambda t: None, "AAPL")
    held = asyncio.ensure_future(holder.run_async())
    assert await _until(lambda: len(fast.stream_settings()["connections"]) == 1)

    refused = alpaca.Stream(
        "iex", **_keys(fast), retry_wait=0.02, retry_wait_max=1.0, limit_retries=retries
    )
    refused.subscribe_trades(lambda t: None, "MSFT")
    started = time.monotonic()
    with pytest.raises(alpaca.StreamError) as info:
        await asyncio.wait_for(refused.run_async(), 30)
    seconds = time.monotonic() - started
    holder.stop()
    await asyncio.wait_for(held, 5)
    arrivals = [a.at for a in fast.arrivals.since(started, "websocket") if a.path == "/v2/iex"]
    attempts = len(arrivals)
    spacing = [b - a for a, b in itertools.pairwise(arrivals)]
    # each wait is drawn from [w/2, w], w = min(1.0, 0.02 * 10 * 2**(k-1) * 2**(k-1))
    least = [min(1.0, 0.2 * 4**k) / 2 for k in range(len(spacing))]
    met = info.value.code == 406 and attempts == retries + 1
    met = met and all(s >= low * 0.95 for s, low in zip(spacing, least, strict=True))
    book.record(
        f'"connection limit exceeded" (406), limit_retries={retries}; attempts counted by the '
        "sandbox",
        n=1,
        target=f"{retries + 1} attempts, spaced at least 0.1/0.4/0.5… s, then StreamError 406",
        met=met,
        seconds=seconds,
        attempts=attempts,
        spacing_s="/".join(f"{s:.2f}" for s in spacing),
    )
    assert info.value.code == 406
    assert attempts == retries + 1
    assert all(s >= low * 0.95 for s, low in zip(spacing, least, strict=True)), spacing
