"""Fixtures of the reliability suite: its size, its figures, sandboxes over real sockets.

``ALPACA_RELIABILITY=full`` (``make reliability``) runs every scenario at full size; the default
small size keeps ``make test`` quick. Each scenario records a row of figures; at the end of the
run they are saved as JSON (``build/reliability/<size>.json``) and printed as a table.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from starlette.types import ASGIApp, Receive, Scope, Send

from alpaca.testing import Sandbox

from ._figures import Book, report_path, table

LOOKUP = "/v2/orders:by_client_order_id"
SYMBOLS = ("AAPL", "MSFT", "AMZN", "GOOGL", "META", "NVDA", "TSLA", "NFLX", "AMD", "INTC")

_BOOK = Book()


@pytest.fixture(scope="session")
def book() -> Book:
    """Where scenarios record their figures."""
    return _BOOK


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _BOOK.rows:
        return
    path = report_path()
    _BOOK.save(path)
    terminalreporter.section("reliability figures")
    terminalreporter.write_line(table(_BOOK.document()))
    terminalreporter.write_line(f"(saved to {path})")


SENT_AT = "x-test-sent-at"
"""A header tests may stamp requests with: ``time.monotonic()`` when the client sent it."""


@dataclass(frozen=True)
class Arrival:
    at: float  # time.monotonic() when the sandbox received it
    kind: str  # "http" or "websocket"
    method: str
    path: str
    sent: float | None  # the request's SENT_AT stamp, if it had one


class Arrivals:
    """Wraps the sandbox's ASGI app and notes every request and websocket it receives."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.seen: list[Arrival] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            method = scope.get("method", "GET")
            stamp = dict(scope["headers"]).get(SENT_AT.encode())
            sent = float(stamp) if stamp else None
            self.seen.append(Arrival(time.monotonic(), scope["type"], method, scope["path"], sent))
        await self.app(scope, receive, send)

    @property
    def state(self) -> Any:
        """The wrapped app's state (the server reads its sandbox there)."""
        return self.app.state  # type: ignore[attr-defined]

    def since(self, start: float, kind: str = "http") -> list[Arrival]:
        return [a for a in list(self.seen) if a.at >= start and a.kind == kind]


class Watched(Sandbox):
    """A sandbox whose arrivals are noted (``.arrivals``), always open for trading."""

    def __init__(self, **options: Any) -> None:
        super().__init__(always_open=True, **options)
        self.arrivals = Arrivals(self._server.app)
        self._server.app = self.arrivals  # type: ignore[assignment]  # served when started

    def fill_whole(self) -> None:
        """Until the next reset, orders may take each minute's whole synthetic volume: no
        partial fills, even in the thin minutes a weekend or a holiday replays."""
        self._server.sandbox.state.settings.volume_share = Decimal(1)


class Control:
    """The sandbox's control routes over one kept-alive connection (fault rules by the
    thousand would otherwise open a connection each)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.http = httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers, timeout=30)

    def add(self, *rules: dict[str, Any]) -> None:
        if rules:
            self.http.post("/_sandbox/chaos", json={"rules": list(rules)}).raise_for_status()

    def rules(self) -> list[dict[str, Any]]:
        rules: list[dict[str, Any]] = self.http.get("/_sandbox/chaos").json()["rules"]
        return rules

    def leftover(self) -> list[dict[str, Any]]:
        """The rules not used up, removed."""
        left = self.rules()
        if left:
            self.http.delete("/_sandbox/chaos").raise_for_status()
        return left

    def wait_for_late(self, timeout: float = 30.0) -> None:
        """Until every postponed (``when: late``) request has run."""
        deadline = time.monotonic() + timeout
        while self.http.get("/_sandbox/chaos").json()["late"]["pending"]:
            assert time.monotonic() < deadline, "postponed requests never landed"
            time.sleep(0.02)

    def orders(self, symbols: tuple[str, ...] = SYMBOLS) -> list[dict[str, Any]]:
        """Every order the sandbox holds for ``symbols`` (at most 500 each)."""
        found: list[dict[str, Any]] = []
        for symbol in symbols:
            params = {"status": "all", "symbols": symbol, "limit": "500", "direction": "asc"}
            page = self.http.get("/v2/orders", params=params).json()
            assert len(page) < 500, "too many orders per symbol to see them all"
            found += page
        return found

    def order(self, order_id: str) -> dict[str, Any]:
        answer: dict[str, Any] = self.http.get(f"/v2/orders/{order_id}").json()
        return answer

    def by_client_id(self, client_order_id: str) -> dict[str, Any] | None:
        answer = self.http.get(LOOKUP, params={"client_order_id": client_order_id})
        if answer.status_code == 404:
            return None
        answer.raise_for_status()
        found: dict[str, Any] = answer.json()
        return found

    def close(self) -> None:
        self.http.close()


@pytest.fixture(scope="module")
def watched() -> Iterator[Watched]:
    sandbox = Watched()
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.stop()


@pytest.fixture
def sb(watched: Watched) -> Watched:
    """The module's sandbox, reset."""
    watched.reset()
    return watched


@pytest.fixture
def control(sb: Watched) -> Iterator[Control]:
    c = Control(sb)
    yield c
    c.close()


def geometric(rng: random.Random, p: float, cap: int) -> int:
    """How many times in a row something with probability ``p`` happens (at most ``cap``)."""
    count = 0
    while count < cap and rng.random() < p:
        count += 1
    return count
