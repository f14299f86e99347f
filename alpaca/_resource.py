"""What every resource shares: the HTTP clients, the generated API clients, response unwrapping.

Resources never import each other; they get a :class:`SyncContext` or :class:`AsyncContext`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import orjson

from ._errors import AlpacaError, ClientClosedError

if TYPE_CHECKING:
    from alpaca_client.data.client import Client as DataAPI
    from alpaca_client.trading.client import Client as TradingAPI

T = TypeVar("T")
A = TypeVar("A", "TradingAPI", "DataAPI")


class ResponseShapeError(AlpacaError):
    """The server answered with success, but not with the shape the spec describes."""


def parsed_as(response: Any, kind: type[T]) -> T:
    """The parsed body of a generated ``*_detailed`` response, checked to be ``kind``."""
    value = response.parsed
    if not isinstance(value, kind):
        raise ResponseShapeError(
            f"expected {kind.__name__} from the server (HTTP {int(response.status_code)}), "
            f"got {type(value).__name__}"
        )
    return value


def parsed_list(response: Any, kind: type[T]) -> list[T]:
    """The parsed body of a generated list endpoint, every item checked to be ``kind``."""
    items = parsed_as(response, list)
    for item in items:
        if not isinstance(item, kind):
            raise ResponseShapeError(
                f"expected a list of {kind.__name__}, got {type(item).__name__}"
            )
    return items


def decode(response: httpx.Response) -> Any:
    """Fast JSON decoding of a successful response body."""
    return orjson.loads(response.content)


H = TypeVar("H", httpx.Client, httpx.AsyncClient)


class _Context(Generic[H]):
    """HTTP clients for the trading and data hosts, made on first use, and generated clients
    bound to them. After ``close`` every use raises :class:`ClientClosedError`."""

    def __init__(self, make_trading: Callable[[], H], make_data: Callable[[], H]) -> None:
        self._make: dict[str, Callable[[], H]] = {"trading": make_trading, "data": make_data}
        self._http: dict[str, H] = {}
        self._trading_api: TradingAPI | None = None
        self._data_api: DataAPI | None = None
        self._closed = False

    def _client(self, host: str) -> H:
        if self._closed:
            raise ClientClosedError("this client is closed; create a new one")
        if host not in self._http:
            self._http[host] = self._make[host]()
        return self._http[host]

    def _bind(self, api: A, http: H) -> A:
        raise NotImplementedError

    @property
    def trading_http(self) -> H:
        return self._client("trading")

    @property
    def data_http(self) -> H:
        return self._client("data")

    @property
    def trading_api(self) -> TradingAPI:
        http = self.trading_http
        if self._trading_api is None:
            from alpaca_client.trading.client import Client as TradingAPI

            self._trading_api = self._bind(TradingAPI(base_url=str(http.base_url)), http)
        return self._trading_api

    @property
    def data_api(self) -> DataAPI:
        http = self.data_http
        if self._data_api is None:
            from alpaca_client.data.client import Client as DataAPI

            self._data_api = self._bind(DataAPI(base_url=str(http.base_url)), http)
        return self._data_api

    def _release(self) -> list[H]:
        self._closed = True
        clients, self._http = list(self._http.values()), {}
        self._trading_api = self._data_api = None
        return clients


class SyncContext(_Context[httpx.Client]):
    """The synchronous clients."""

    def _bind(self, api: A, http: httpx.Client) -> A:
        return api.set_httpx_client(http)

    def close(self) -> None:
        for client in self._release():
            client.close()


class AsyncContext(_Context[httpx.AsyncClient]):
    """The asynchronous clients."""

    def _bind(self, api: A, http: httpx.AsyncClient) -> A:
        return api.set_async_httpx_client(http)

    async def aclose(self) -> None:
        for client in self._release():
            await client.aclose()
