"""The HTTP clients behind one ``Client``/``AsyncClient``: made on first use, closed together."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from ._errors import ClientClosedError
from ._http import httpx

H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class _Context(Generic[H]):
    """HTTP clients for the trading and data hosts, made on first use. After ``close`` every
    use raises :class:`ClientClosedError`."""

    def __init__(self, make_trading: Callable[[], H], make_data: Callable[[], H]) -> None:
        self._make: dict[str, Callable[[], H]] = {"trading": make_trading, "data": make_data}
        self._http: dict[str, H] = {}
        self._closed = False
        self._lock = threading.Lock()  # threads share one client: make each HTTP client once

    def http(self, host: str) -> H:
        """The HTTP client of ``host`` (``"trading"`` or ``"data"``)."""
        client = self._http.get(host)
        if client is not None and not self._closed:
            return client
        with self._lock:
            if self._closed:
                raise ClientClosedError("this client is closed; create a new one")
            if host not in self._http:
                self._http[host] = self._make[host]()
            return self._http[host]

    def _release(self) -> list[H]:
        with self._lock:
            self._closed = True
            clients, self._http = list(self._http.values()), {}
        return clients


class SyncContext(_Context[httpx.Client]):
    """The synchronous clients."""

    def close(self) -> None:
        for client in self._release():
            client.close()


class AsyncContext(_Context[httpx.AsyncClient]):
    """The asynchronous clients."""

    async def aclose(self) -> None:
        for client in self._release():
            await client.aclose()
