"""Fixtures for the stream tests: a sandbox on a fast clock, streams wired to it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import alpaca
from alpaca.testing import Sandbox

OPEN = datetime(2024, 3, 12, 13, 29, 50, tzinfo=UTC)
"""Ten seconds before the open of a regular session (09:30 ET)."""
FAST: dict[str, Any] = {"retry_wait": 0.02, "retry_wait_max": 0.1}
"""Stream options for tests: short reconnect waits."""


class FastClock:
    """The sandbox clock: from ``start``, ``speed`` times faster than real time."""

    def __init__(self) -> None:
        self.set(OPEN)

    def set(self, start: datetime, speed: float = 600.0) -> None:
        self.start, self.speed, self.origin = start, speed, time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self.origin) * self.speed)


@pytest.fixture(scope="session")
def stream_clock() -> FastClock:
    return FastClock()


@pytest.fixture(scope="session")
def stream_server(stream_clock: FastClock) -> Iterator[Sandbox]:
    with Sandbox(now=stream_clock) as sb:
        yield sb


@pytest.fixture
def sb(stream_server: Sandbox, stream_clock: FastClock) -> Sandbox:
    """The stream sandbox, reset, its clock at ``OPEN`` running 600 times faster."""
    stream_server.reset()
    stream_clock.set(OPEN)
    return stream_server


def keys(sb: Sandbox) -> dict[str, Any]:
    """Credentials and fast reconnects for a stream on ``sb``."""
    return {"key_id": sb.key_id, "secret_key": sb.secret_key, "url": sb.stream_url, **FAST}


def stock_stream(sb: Sandbox, **kwargs: Any) -> alpaca.Stream:
    return alpaca.Stream("iex", **{**keys(sb), **kwargs})


async def run_until(stream: Any, done: Callable[[], bool], timeout: float = 10.0) -> None:
    """Run ``stream`` until ``done()`` holds (checked every 10 ms), then stop it."""

    async def watch() -> None:
        while not done():
            await asyncio.sleep(0.01)
        stream.stop()

    watcher = asyncio.ensure_future(watch())
    try:
        await asyncio.wait_for(stream.run_async(), timeout)
    finally:
        watcher.cancel()


async def collect(stream: Any, count: int, timeout: float = 10.0) -> list[Any]:
    """The first ``count`` items of ``async for item in stream``."""
    found: list[Any] = []

    async def gather() -> None:
        async for item in stream:
            found.append(item)
            if len(found) >= count:
                break

    try:
        await asyncio.wait_for(gather(), timeout)
    finally:
        stream.stop()
    return found
