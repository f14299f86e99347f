"""``Client`` and ``AsyncClient``: configuration, HTTP clients and the resource namespaces.

Namespaces are created on first use, so ``import alpaca`` stays light (no pandas, no generated
models until a namespace needs them).
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypedDict

import httpx

from ._config import ClientConfig, resolve_config
from ._resource import AsyncContext, SyncContext
from ._transport import make_async_client, make_sync_client

if TYPE_CHECKING:
    from typing import Unpack

    from .resources.account import Account, AsyncAccount
    from .resources.assets import Assets, AsyncAssets
    from .resources.calendar import AsyncCalendar, Calendar
    from .resources.clock import AsyncClock, Clock
    from .resources.orders import AsyncOrders, Orders
    from .resources.positions import AsyncPositions, Positions
    from .resources.stocks import AsyncStocks, Stocks


class ClientOptions(TypedDict, total=False):
    """Keyword arguments shared by :class:`Client` and :class:`AsyncClient` (see the README)."""

    key_id: str | None
    secret_key: str | None
    oauth_token: str | None
    paper: bool | None
    base_url: str | None
    data_url: str | None
    stream_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    retry_wait: float | None
    rate_limit: float | None
    data_rate_limit: float | None


class _ClientBase:
    """Settings shared by the sync and async clients (no I/O)."""

    def __init__(self, options: ClientOptions) -> None:
        self.config: ClientConfig = resolve_config(**options)

    @property
    def paper(self) -> bool:
        return self.config.paper

    def __repr__(self) -> str:
        mode = "paper" if self.config.paper else "LIVE"
        return (
            f"{type(self).__name__}({mode}, base_url={self.config.base_url!r}, "
            f"data_url={self.config.data_url!r})"
        )


class Client(_ClientBase):
    """Synchronous Alpaca client; every argument falls back to the environment (see README).

    Connections are opened on first use; close with ``close()`` or a ``with`` block.

    Trading goes to paper unless ``paper=False`` or ``ALPACA_LIVE_TRADE`` asks for live.
    """

    def __init__(
        self, *, http_client: httpx.Client | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        super().__init__(options)
        config = self.config
        self._context = SyncContext(
            lambda: make_sync_client(
                config, config.base_url, rate_limit=config.rate_limit, http_client=http_client
            ),
            lambda: make_sync_client(
                config, config.data_url, rate_limit=config.data_rate_limit, http_client=http_client
            ),
        )

    @cached_property
    def account(self) -> Account:
        from .resources.account import Account

        return Account(self._context)

    @cached_property
    def orders(self) -> Orders:
        from .resources.orders import Orders

        return Orders(self._context)

    @cached_property
    def positions(self) -> Positions:
        from .resources.positions import Positions

        return Positions(self._context)

    @cached_property
    def assets(self) -> Assets:
        from .resources.assets import Assets

        return Assets(self._context)

    @cached_property
    def clock(self) -> Clock:
        from .resources.clock import Clock

        return Clock(self._context)

    @cached_property
    def calendar(self) -> Calendar:
        from .resources.calendar import Calendar

        return Calendar(self._context)

    @cached_property
    def stocks(self) -> Stocks:
        from .resources.stocks import Stocks

        return Stocks(self._context)

    def close(self) -> None:
        """Close the connection pools."""
        self._context.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_ClientBase):
    """Asynchronous Alpaca client: the same arguments and namespaces, every call awaitable."""

    def __init__(
        self, *, http_client: httpx.AsyncClient | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        super().__init__(options)
        config = self.config
        self._context = AsyncContext(
            lambda: make_async_client(
                config, config.base_url, rate_limit=config.rate_limit, http_client=http_client
            ),
            lambda: make_async_client(
                config, config.data_url, rate_limit=config.data_rate_limit, http_client=http_client
            ),
        )

    @cached_property
    def account(self) -> AsyncAccount:
        from .resources.account import AsyncAccount

        return AsyncAccount(self._context)

    @cached_property
    def orders(self) -> AsyncOrders:
        from .resources.orders import AsyncOrders

        return AsyncOrders(self._context)

    @cached_property
    def positions(self) -> AsyncPositions:
        from .resources.positions import AsyncPositions

        return AsyncPositions(self._context)

    @cached_property
    def assets(self) -> AsyncAssets:
        from .resources.assets import AsyncAssets

        return AsyncAssets(self._context)

    @cached_property
    def clock(self) -> AsyncClock:
        from .resources.clock import AsyncClock

        return AsyncClock(self._context)

    @cached_property
    def calendar(self) -> AsyncCalendar:
        from .resources.calendar import AsyncCalendar

        return AsyncCalendar(self._context)

    @cached_property
    def stocks(self) -> AsyncStocks:
        from .resources.stocks import AsyncStocks

        return AsyncStocks(self._context)

    async def close(self) -> None:
        """Close the connection pools."""
        await self._context.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
