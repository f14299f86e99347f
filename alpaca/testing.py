"""Test helpers: run the offline sandbox and get clients wired to it.

    with Sandbox() as sb:
        client = sb.client()

With pytest, add ``pytest_plugins = ["alpaca.testing"]`` to your root ``conftest.py`` and use the
``alpaca_sandbox`` fixture (a fresh sandbox per test) or ``alpaca_client`` (a client on it).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import Any

import httpx

from alpaca import AsyncClient, Client
from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_SECRET_KEY, SandboxServer
from alpaca.sandbox._state import Clock


class Sandbox:
    """A started sandbox server plus the URLs and keys to reach it."""

    def __init__(
        self, port: int = 0, *, now: Clock | None = None, always_open: bool = False
    ) -> None:
        self.key_id = SANDBOX_KEY_ID
        self.secret_key = SANDBOX_SECRET_KEY
        self._server = SandboxServer(port=port, now=now, always_open=always_open)

    @property
    def base_url(self) -> str:
        """Trading API base URL."""
        return self._server.url

    @property
    def data_url(self) -> str:
        """Market Data API base URL (same server)."""
        return self._server.url

    @property
    def stream_url(self) -> str:
        """Websocket base URL (same server)."""
        return f"ws://{self._server.host}:{self._server.port}"

    @property
    def headers(self) -> dict[str, str]:
        """Authentication headers for raw HTTP calls."""
        return {"APCA-API-KEY-ID": self.key_id, "APCA-API-SECRET-KEY": self.secret_key}

    def start(self) -> Sandbox:
        """Start serving."""
        self._server.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.stop()

    def reset(self) -> None:
        """Fresh account state and no chaos rules (``POST /_sandbox/reset``)."""
        httpx.post(f"{self.base_url}/_sandbox/reset").raise_for_status()

    def add_chaos(self, **rule: Any) -> None:
        """Install one chaos rule (``POST /_sandbox/chaos``), e.g. ``status=503, path=...``."""
        httpx.post(f"{self.base_url}/_sandbox/chaos", json=rule).raise_for_status()

    def drop_streams(self, path: str = "/", *, hold: float = 0.0) -> int:
        """Close the websocket connections whose path starts with ``path`` (``hold``: seconds
        they keep counting against the connection limit); how many were closed."""
        body = {"path": path, "hold": hold}
        response = httpx.post(
            f"{self.base_url}/_sandbox/streams/drop", json=body, headers=self.headers
        )
        response.raise_for_status()
        dropped: int = response.json()["dropped"]
        return dropped

    def stream_settings(self, **settings: Any) -> dict[str, Any]:
        """Set ``connection_limit``, ``symbol_limit`` or ``tick_interval`` of the stream servers;
        returns the settings and open connections."""
        url = f"{self.base_url}/_sandbox/streams"
        response = httpx.post(url, json=settings, headers=self.headers)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def _endpoints(self) -> dict[str, str]:
        return {
            "key_id": self.key_id,
            "secret_key": self.secret_key,
            "base_url": self.base_url,
            "data_url": self.data_url,
            "stream_url": self.stream_url,
        }

    def client(self, **kwargs: Any) -> Client:
        """An ``alpaca.Client`` pointed at this sandbox (``kwargs`` as for ``Client``)."""
        return Client(**{**self._endpoints(), **kwargs})

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """An ``alpaca.AsyncClient`` pointed at this sandbox."""
        return AsyncClient(**{**self._endpoints(), **kwargs})

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


try:
    import pytest
except ImportError:  # pytest is needed only for the fixtures below
    pass
else:

    @pytest.fixture
    def alpaca_sandbox() -> Iterator[Sandbox]:
        """A sandbox of its own for one test."""
        with Sandbox() as sandbox:
            yield sandbox

    @pytest.fixture
    def alpaca_client(alpaca_sandbox: Sandbox) -> Iterator[Client]:
        """A client on the test's own sandbox."""
        with alpaca_sandbox.client() as client:
            yield client
