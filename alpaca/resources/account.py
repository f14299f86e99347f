"""``client.account``: the trading account."""

from __future__ import annotations

from alpaca_client.trading.api.account import get_account
from alpaca_client.trading.models import Account as AccountModel

from .._resource import AsyncContext, SyncContext, parsed_as


class Account:
    """The account's balances, buying power and status."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def get(self) -> AccountModel:
        """The account as it is now."""
        response = get_account.sync_detailed(client=self._context.trading_api)
        return parsed_as(response, AccountModel)


class AsyncAccount:
    """The account's balances, buying power and status (async)."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    async def get(self) -> AccountModel:
        """The account as it is now."""
        response = await get_account.asyncio_detailed(client=self._context.trading_api)
        return parsed_as(response, AccountModel)
