"""Where the examples run: your paper account when keys are set, else an offline sandbox.

with session() as s:
    s.client.account.get()
    stream = alpaca.CryptoStream(**s.data_stream)
    updates = alpaca.TradingStream(**s.trading_stream)
    async with s.async_client() as client: ...

session(speed=120) runs the sandbox's clock 120 times faster (a minute of ticks every half
second); session(start=moment, speed=0) gives a stepped sandbox that s.sandbox.advance(...) moves.
With keys, these arguments are ignored: the paper account lives in real time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import alpaca
from alpaca.testing import Sandbox


@dataclass
class Session:
    """A client, and the keyword arguments that point streams at the same place."""

    client: alpaca.Client
    data_stream: dict[str, Any] = field(default_factory=dict)
    trading_stream: dict[str, Any] = field(default_factory=dict)
    sandbox: Sandbox | None = None

    def async_client(self) -> alpaca.AsyncClient:
        """An ``alpaca.AsyncClient`` on the same account (use it with ``async with``)."""
        return alpaca.AsyncClient() if self.sandbox is None else self.sandbox.async_client()


def has_keys() -> bool:
    return bool(os.environ.get("APCA_API_KEY_ID") or os.environ.get("ALPACA_API_KEY"))


@contextlib.contextmanager
def session(*, start: dt.datetime | None = None, speed: float = 1.0) -> Iterator[Session]:
    """The paper account, or a fresh sandbox whose market is open around the clock."""
    if has_keys():
        with alpaca.Client() as client:
            yield Session(client)
        return
    with (
        Sandbox(always_open=True, start=start, speed=speed) as sandbox,
        sandbox.client() as client,
    ):
        keys = {"key_id": sandbox.key_id, "secret_key": sandbox.secret_key}
        yield Session(
            client,
            {"url": sandbox.stream_url, **keys},
            {"url": sandbox.base_url, **keys},
            sandbox,
        )
