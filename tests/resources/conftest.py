"""Fixtures for the facade tests: clients on a fresh sandbox, and offline mock clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import alpaca
from alpaca.testing import Sandbox
from tests.resources.clock import ManualClock

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def client(fresh_sandbox: Sandbox) -> Iterator[alpaca.Client]:
    """A client on a freshly reset sandbox (default retry settings)."""
    with fresh_sandbox.client() as c:
        yield c


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make retry back-off tiny for clients built after this fixture."""
    monkeypatch.setenv("APCA_RETRY_WAIT", "0.01")


@pytest.fixture
def mock_client() -> Iterator[Callable[[Handler], alpaca.Client]]:
    """Build clients whose every request is answered by ``handler`` (no network)."""
    made: list[tuple[alpaca.Client, httpx.Client]] = []

    def make(handler: Handler) -> alpaca.Client:
        http = httpx.Client(transport=httpx.MockTransport(handler))
        c = alpaca.Client(
            key_id="PKMOCK0000000000",
            secret_key="mock-secret",
            base_url="http://trading.mock",
            data_url="http://data.mock",
            max_retries=0,
            allow_insecure=True,
            http_client=http,
        )
        made.append((c, http))
        return c

    yield make
    for c, http in made:
        c.close()
        http.close()


@pytest.fixture
def offline_client(
    mock_client: Callable[[Handler], alpaca.Client],
) -> Iterator[tuple[alpaca.Client, list[httpx.Request]]]:
    """A client that records any request it would send; tests assert it sent none."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500, json={"code": 50000000, "message": "should not be called"})

    yield mock_client(handler), sent


@pytest.fixture
def serve_json(
    mock_client: Callable[[Handler], alpaca.Client],
) -> Callable[[dict[str, Any]], alpaca.Client]:
    """A client whose requests to the given paths are answered with the given JSON bodies."""

    def make(path_bodies: dict[str, Any]) -> alpaca.Client:
        def handler(request: httpx.Request) -> httpx.Response:
            body = path_bodies.get(request.url.path)
            if body is None:
                return httpx.Response(404, json={"code": 40410000, "message": "not found"})
            return httpx.Response(200, json=body)

        return mock_client(handler)

    return make


@pytest.fixture(scope="session")
def _clocked() -> Iterator[tuple[Sandbox, ManualClock]]:
    clock = ManualClock()
    with Sandbox(now=clock) as sb:
        yield sb, clock


@pytest.fixture
def clocked_sandbox(_clocked: tuple[Sandbox, ManualClock]) -> tuple[Sandbox, ManualClock]:
    """A sandbox on a hand-moved clock (back at its start, state reset) for this test."""
    sb, clock = _clocked
    clock.now = clock.start
    sb.reset()
    return sb, clock
