"""``Client`` and ``AsyncClient``: configuration, HTTP clients and the resource namespaces.

Both clients get their namespaces from one list, :class:`Namespaces`: each attribute is a
resource class (``alpaca.resources.<name>``) parametrised by the client's mode, so every method
is declared once and typed for sync, async and raw use alike. Namespaces are created on first use,
so ``import alpaca`` stays light (no pandas, no generated models until a namespace needs them).
"""

from __future__ import annotations

import importlib
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypedDict

from ._config import ClientConfig, resolve_config
from ._context import AsyncContext, SyncContext
from ._http import httpx
from ._logging import logger
from ._operation import Async, AsyncRaw, AsyncRunner, M, Runner, Sync, SyncRaw, SyncRunner
from ._transport import make_async_client, make_sync_client

if TYPE_CHECKING:
    from typing import Unpack

    from .resources.account import Account
    from .resources.activities import Activities
    from .resources.assets import Assets
    from .resources.calendar import Calendar
    from .resources.clock import Clock
    from .resources.corporate_actions import CorporateActions
    from .resources.crypto import Crypto
    from .resources.crypto_wallets import CryptoWallets
    from .resources.events import Events
    from .resources.fixed_income import FixedIncome
    from .resources.forex import Forex
    from .resources.indices import Indices
    from .resources.locates import Locates
    from .resources.logos import Logos
    from .resources.news import News
    from .resources.options import Options
    from .resources.orders import Orders
    from .resources.perpetuals import Perpetuals
    from .resources.portfolio import Portfolio
    from .resources.positions import Positions
    from .resources.screener import Screener
    from .resources.stocks import Stocks
    from .resources.tokenization import Tokenization
    from .resources.watchlists import Watchlists


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
    allow_insecure: bool


class Namespaces(Generic[M]):
    """The resource namespaces of a client; ``M`` is its mode (sync, async, raw)."""

    account: Account[M]
    orders: Orders[M]
    positions: Positions[M]
    assets: Assets[M]
    clock: Clock[M]
    calendar: Calendar[M]
    stocks: Stocks[M]
    activities: Activities[M]
    portfolio: Portfolio[M]
    watchlists: Watchlists[M]
    corporate_actions: CorporateActions[M]
    crypto_wallets: CryptoWallets[M]
    perpetuals: Perpetuals[M]
    locates: Locates[M]
    tokenization: Tokenization[M]
    events: Events[M]
    crypto: Crypto[M]
    options: Options[M]
    news: News[M]
    screener: Screener[M]
    forex: Forex[M]
    indices: Indices[M]
    logos: Logos[M]
    fixed_income: FixedIncome[M]

    def __init__(self, runner: Runner, mode: type[M]) -> None:
        self._runner = runner
        self._mode: type[M] = mode

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            annotation = type(self).__annotations__.get(name) or _NAMESPACES.get(name)
            if annotation is None or name.startswith("_"):
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            class_name = annotation.partition("[")[0]
            module = importlib.import_module(f"alpaca.resources.{name}")
            namespace = getattr(module, class_name)(self._runner, self._mode)
            setattr(self, name, namespace)
            return namespace


_NAMESPACES: dict[str, str] = {
    name: str(annotation) for name, annotation in Namespaces.__annotations__.items()
}


def namespace_names() -> list[str]:
    """The names of every namespace, in declaration order."""
    return list(_NAMESPACES)


class _ClientBase:
    """Settings shared by the sync and async clients (no I/O)."""

    def __init__(self, options: ClientOptions) -> None:
        self.config: ClientConfig = resolve_config(**options)
        if not self.config.paper:
            logger.warning(
                "LIVE trading: orders from this %s use real money (%s)",
                type(self).__name__,
                self.config.base_url,
            )

    @property
    def paper(self) -> bool:
        return self.config.paper

    def __repr__(self) -> str:
        mode = "paper" if self.config.paper else "LIVE"
        return (
            f"{type(self).__name__}({mode}, base_url={self.config.base_url!r}, "
            f"data_url={self.config.data_url!r})"
        )


class Client(_ClientBase, Namespaces[Sync]):
    """Synchronous Alpaca client; every argument falls back to the environment (see README).

    Connections are opened on first use; close with ``close()`` or a ``with`` block.
    Trading goes to paper unless ``paper=False`` or ``ALPACA_LIVE_TRADE`` asks for live.
    ``client.with_raw_response.<namespace>.<method>(...)`` returns the HTTP response too.
    """

    def __init__(
        self, *, http_client: httpx.Client | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        _ClientBase.__init__(self, options)
        config = self.config
        self._context = SyncContext(
            lambda: make_sync_client(
                config, config.base_url, rate_limit=config.rate_limit, http_client=http_client
            ),
            lambda: make_sync_client(
                config, config.data_url, rate_limit=config.data_rate_limit, http_client=http_client
            ),
        )
        runner = SyncRunner(self._context)
        Namespaces.__init__(self, runner, Sync)
        self.with_raw_response: Namespaces[SyncRaw] = Namespaces(runner, SyncRaw)

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


class AsyncClient(_ClientBase, Namespaces[Async]):
    """Asynchronous Alpaca client: the same arguments and namespaces, every call awaitable
    (``iter_*`` methods are async iterators)."""

    def __init__(
        self, *, http_client: httpx.AsyncClient | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        _ClientBase.__init__(self, options)
        config = self.config
        self._context = AsyncContext(
            lambda: make_async_client(
                config, config.base_url, rate_limit=config.rate_limit, http_client=http_client
            ),
            lambda: make_async_client(
                config, config.data_url, rate_limit=config.data_rate_limit, http_client=http_client
            ),
        )
        runner = AsyncRunner(self._context)
        Namespaces.__init__(self, runner, Async)
        self.with_raw_response: Namespaces[AsyncRaw] = Namespaces(runner, AsyncRaw)

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
