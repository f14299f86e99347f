"""One ``Client`` shared by 16 threads, one ``AsyncClient`` by 200 tasks, mixed calls.

No call may fail, and the client's rate budgets (``rate_limit`` for trading, ``data_rate_limit``
for market data) must hold: in any window of ``L`` seconds at most the burst (a second's worth)
plus ``L`` seconds of the refill that keeps every minute within budget. The sandbox reads the
moment each request left the client from a header the test's HTTP client stamps as it sends
(after the client's rate limiter), so the check does not depend on how the shared cores
schedule the sandbox; the windows of the arrival times are reported too. The sandbox also
enforces Alpaca's per-minute limit for both budgets together and must never have had to refuse
one.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

import alpaca

from ._figures import Book, scaled
from .conftest import SENT_AT, Arrival, Watched

PER_MINUTE = scaled(1800, 3600)
"""Each budget, per minute (tight enough that unthrottled workers would exceed it)."""
BURST = PER_MINUTE / 60
REFILL = (PER_MINUTE - BURST) / 60
"""The client's bucket: a second's worth at once, then what keeps any minute within budget."""
SLACK = 0.05
"""Seconds between the limiter letting a request go and the stamp (other threads may hold the
interpreter meanwhile): requests released in a window can be stamped a little later."""
WINDOWS = (1.0, 2.0, 5.0)
THREADS = 16
TASKS = 200


@pytest.fixture(scope="module")
def limited() -> Iterator[Watched]:
    sandbox = Watched(rate_limit=2 * PER_MINUTE)  # both budgets, as Alpaca counts a key
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


def _stamp(request: httpx.Request) -> None:
    """Note when the request leaves (the client's rate limiter is behind it)."""
    request.headers[SENT_AT] = repr(time.monotonic())


async def _astamp(request: httpx.Request) -> None:
    _stamp(request)


def _busiest(times: list[float], window: float) -> int:
    """The most arrivals within any ``window`` seconds."""
    most, first = 0, 0
    for last, at in enumerate(times):
        while at - times[first] > window:
            first += 1
        most = max(most, last - first + 1)
    return most


def _is_data(arrival: Arrival) -> bool:
    return arrival.path.startswith("/v2/stocks")


def _calls(client: Any, slot: int) -> list[tuple[str, Callable[[], Any]]]:
    """The mixed calls of one worker (each one request); ``slot`` picks a symbol."""
    symbol = ("AAPL", "MSFT", "AMZN", "NVDA")[slot % 4]
    return [
        ("account", client.account.get),
        ("clock", client.clock.get),
        ("positions", client.positions.list),
        ("asset", lambda: client.assets.get(symbol)),
        ("orders", lambda: client.orders.list(limit=5)),
        ("latest trades", lambda: client.stocks.latest_trades(symbol)),
        ("bars", lambda: client.stocks.bars(symbol, "1Day", limit=5)),
        ("snapshots", lambda: client.stocks.snapshots([symbol, "SPY"])),
    ]


ORDER: dict[str, Any] = {
    "qty": 1,
    "side": "buy",
    "type": "limit",
    "limit_price": "1.00",
    "time_in_force": "gtc",
}


def _sync_worker(client: alpaca.Client, slot: int, count: int) -> Counter[str]:
    """``count`` calls: reads, and an order submitted, fetched and cancelled."""
    done: Counter[str] = Counter()
    reads = itertools.cycle(_calls(client, slot))
    made = 0
    while made < count:
        if made % 8 == 7 and count - made >= 3:
            order = client.orders.submit(symbol="AAPL", **ORDER)
            assert client.orders.get(order.id).id == order.id
            client.orders.cancel(order.id)
            done["submit, get, cancel"] += 3
            made += 3
            continue
        name, call = next(reads)
        call()
        done[name] += 1
        made += 1
    return done


async def _async_worker(client: alpaca.AsyncClient, slot: int, count: int) -> Counter[str]:
    """``count`` calls, as ``_sync_worker`` makes them."""
    done: Counter[str] = Counter()
    calls: list[tuple[str, Callable[[], Awaitable[Any]]]] = _calls(client, slot)
    made = 0
    while made < count:
        if made % 8 == 7 and count - made >= 2:
            order = await client.orders.submit(symbol="AAPL", **ORDER)
            await client.orders.cancel(order.id)
            done["submit, cancel"] += 2
            made += 2
            continue
        name, call = calls[(slot + made) % len(calls)]
        await call()
        done[name] += 1
        made += 1
    return done


def _judge(
    book: Book,
    sandbox: Watched,
    scenario: str,
    started: float,
    done: Counter[str],
    errors: list[BaseException],
) -> None:
    seconds = time.monotonic() - started
    arrivals = sandbox.arrivals.since(started)
    busiest: dict[str, str] = {}
    over: list[str] = []
    allowed = [BURST + REFILL * (window + SLACK) for window in WINDOWS]
    for host, picked in (("trading", False), ("data", True)):
        mine = [a for a in arrivals if _is_data(a) is picked]
        unstamped = [a.path for a in mine if a.sent is None]
        assert not unstamped, unstamped[:3]
        sent = sorted(a.sent for a in mine if a.sent is not None)
        most = [_busiest(sent, window) for window in WINDOWS]
        seen = [_busiest(sorted(a.at for a in mine), window) for window in WINDOWS]
        busiest[f"{host}_sent"] = "/".join(str(m) for m in most)
        busiest[f"{host}_arrived"] = "/".join(str(m) for m in seen)
        checks = zip(most, WINDOWS, allowed, strict=True)
        over += [f"{host}: {m} sent in {w:g} s" for m, w, a in checks if m > a + 1e-9]
    stats = sandbox.stats()["credentials"][sandbox.key_id]
    met = not errors and not over and stats["limited"] == 0
    book.record(
        scenario,
        n=sum(done.values()),
        target=f"0 errors; per budget ({PER_MINUTE}/min) at most "
        f"{'/'.join(f'{a:.0f}' for a in allowed)} requests sent in any "
        f"{'/'.join(f'{w:g}' for w in WINDOWS)} s (read by the sandbox); 0 refused by it",
        met=met,
        seconds=seconds,
        errors=len(errors),
        requests_seen=len(arrivals),
        **{f"busiest_{name}": value for name, value in busiest.items()},
        sandbox_refused=stats["limited"],
        busiest_minute=stats["max_per_minute"],
    )
    assert not errors, [repr(e) for e in errors[:5]]
    assert not over, over
    assert stats["limited"] == 0


def test_one_client_shared_by_threads(limited: Watched, book: Book) -> None:
    limited.reset()
    per_thread = scaled(8, 125)
    budgets = {"rate_limit": PER_MINUTE, "data_rate_limit": PER_MINUTE}
    errors: list[BaseException] = []
    done: Counter[str] = Counter()
    stamping = httpx.Client(event_hooks={"request": [_stamp]})
    with stamping, limited.client(**budgets, http_client=stamping) as client:
        client.clock.get()  # connect before the clock starts
        started = time.monotonic()
        with ThreadPoolExecutor(THREADS) as pool:
            futures = [pool.submit(_sync_worker, client, i, per_thread) for i in range(THREADS)]
            for future in futures:
                try:
                    done += future.result()
                except Exception as exc:
                    errors.append(exc)
    _judge(
        book, limited, f"one Client shared by {THREADS} threads, mixed calls", started, done, errors
    )
    assert sum(done.values()) == THREADS * per_thread


async def test_one_async_client_shared_by_tasks(limited: Watched, book: Book) -> None:
    await asyncio.to_thread(limited.reset)
    per_task = scaled(1, 10)
    budgets = {"rate_limit": PER_MINUTE, "data_rate_limit": PER_MINUTE}
    stamping = httpx.AsyncClient(event_hooks={"request": [_astamp]})
    async with stamping, limited.async_client(**budgets, http_client=stamping) as client:
        await client.clock.get()
        started = time.monotonic()
        results = await asyncio.gather(
            *(_async_worker(client, i, per_task) for i in range(TASKS)), return_exceptions=True
        )
    done: Counter[str] = Counter()
    errors: list[BaseException] = []
    for result in results:
        if isinstance(result, BaseException):
            errors.append(result)
        else:
            done += result
    judged = asyncio.to_thread(
        _judge,
        book,
        limited,
        f"one AsyncClient shared by {TASKS} tasks, mixed calls",
        started,
        done,
        errors,
    )
    await judged
    assert sum(done.values()) == TASKS * per_task
