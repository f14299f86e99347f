"""``client.clock``: is the market open, and when it next opens and closes."""

from __future__ import annotations

from alpaca_client.trading.api.clock import get_clock
from alpaca_client.trading.models import Clock as ClockModel

from .._resource import AsyncContext, SyncContext, parsed_as


class Clock:
    """The market clock."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def get(self) -> ClockModel:
        """The server's time and the next open and close."""
        return parsed_as(get_clock.sync_detailed(client=self._context.trading_api), ClockModel)


class AsyncClock:
    """The market clock (async)."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    async def get(self) -> ClockModel:
        """The server's time and the next open and close."""
        response = await get_clock.asyncio_detailed(client=self._context.trading_api)
        return parsed_as(response, ClockModel)
