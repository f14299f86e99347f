"""Tests of the offline sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import httpx

from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_SECRET_KEY, SandboxServer

HEADERS = {"APCA-API-KEY-ID": SANDBOX_KEY_ID, "APCA-API-SECRET-KEY": SANDBOX_SECRET_KEY}


class FrozenClock:
    """A settable clock for ``SandboxServer(now=...)``; starts mid-session 2026-11-27."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.moment


@contextmanager
def frozen_client(clock: FrozenClock) -> Iterator[httpx.Client]:
    """An authenticated client of a sandbox running on ``clock``."""
    with SandboxServer(now=clock) as server, httpx.Client(base_url=server.url) as client:
        client.headers.update(HEADERS)
        yield client
