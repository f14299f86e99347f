"""What every resource shares: the HTTP clients, the generated API clients, response unwrapping.

Resources never import each other; they get a :class:`SyncContext` or :class:`AsyncContext`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
import orjson

from ._errors import AlpacaError

if TYPE_CHECKING:
    from alpaca_client.data.client import Client as DataAPI
    from alpaca_client.trading.client import Client as TradingAPI

T = TypeVar("T")


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


def decode(response: httpx.Response) -> Any:
    """Fast JSON decoding of a successful response body."""
    return orjson.loads(response.content)


class SyncContext:
    """HTTP clients for the trading and data hosts (made on first use), and generated clients."""

    def __init__(
        self, make_trading: Callable[[], httpx.Client], make_data: Callable[[], httpx.Client]
    ) -> None:
        self._make_trading = make_trading
        self._make_data = make_data

    @cached_property
    def trading_http(self) -> httpx.Client:
        return self._make_trading()

    @cached_property
    def data_http(self) -> httpx.Client:
        return self._make_data()

    @cached_property
    def trading_api(self) -> TradingAPI:
        from alpaca_client.trading.client import Client as TradingAPI

        return TradingAPI(base_url=str(self.trading_http.base_url)).set_httpx_client(
            self.trading_http
        )

    @cached_property
    def data_api(self) -> DataAPI:
        from alpaca_client.data.client import Client as DataAPI

        return DataAPI(base_url=str(self.data_http.base_url)).set_httpx_client(self.data_http)

    def close(self) -> None:
        for name in ("trading_http", "data_http"):
            if name in self.__dict__:
                self.__dict__.pop(name).close()


class AsyncContext:
    """Async twin of :class:`SyncContext`."""

    def __init__(
        self,
        make_trading: Callable[[], httpx.AsyncClient],
        make_data: Callable[[], httpx.AsyncClient],
    ) -> None:
        self._make_trading = make_trading
        self._make_data = make_data

    @cached_property
    def trading_http(self) -> httpx.AsyncClient:
        return self._make_trading()

    @cached_property
    def data_http(self) -> httpx.AsyncClient:
        return self._make_data()

    @cached_property
    def trading_api(self) -> TradingAPI:
        from alpaca_client.trading.client import Client as TradingAPI

        return TradingAPI(base_url=str(self.trading_http.base_url)).set_async_httpx_client(
            self.trading_http
        )

    @cached_property
    def data_api(self) -> DataAPI:
        from alpaca_client.data.client import Client as DataAPI

        return DataAPI(base_url=str(self.data_http.base_url)).set_async_httpx_client(self.data_http)

    async def aclose(self) -> None:
        for name in ("trading_http", "data_http"):
            if name in self.__dict__:
                await self.__dict__.pop(name).aclose()


def parsed_list(response: Any, kind: type[T]) -> list[T]:
    """The parsed body of a generated list endpoint, every item checked to be ``kind``."""
    items = parsed_as(response, list)
    for item in items:
        if not isinstance(item, kind):
            raise ResponseShapeError(
                f"expected a list of {kind.__name__}, got {type(item).__name__}"
            )
    return items
