"""``client.positions``: open positions, and closing them."""

from __future__ import annotations

import builtins
from typing import Any

from alpaca_client.trading.api.positions import (
    close_all_positions,
    close_position,
    get_position,
    list_positions,
)
from alpaca_client.trading.models import ClosePositionResult, Order, Position

from .._params import DecimalLike, bool_param, decimal_param, path_param
from .._resource import AsyncContext, SyncContext, parsed_as, parsed_list


def _close_kwargs(qty: DecimalLike | None, percentage: DecimalLike | None) -> dict[str, Any]:
    if qty is not None and percentage is not None:
        raise ValueError("qty: give either qty or percentage, not both")
    if qty is not None:
        return {"qty": decimal_param(qty, "qty")}
    if percentage is not None:
        pct = decimal_param(percentage, "percentage")
        if pct > 100:
            raise ValueError(f"percentage: must be at most 100, got {percentage!r}")
        return {"percentage": pct}
    return {}


class Positions:
    """Open positions."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def list(self) -> builtins.list[Position]:
        """Every open position."""
        response = list_positions.sync_detailed(client=self._context.trading_api)
        return parsed_list(response, Position)

    def get(self, symbol_or_asset_id: str) -> Position:
        """The open position in one asset."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        return parsed_as(
            get_position.sync_detailed(key, client=self._context.trading_api), Position
        )

    def close(
        self,
        symbol_or_asset_id: str,
        *,
        qty: DecimalLike | None = None,
        percentage: DecimalLike | None = None,
    ) -> Order:
        """Close all of a position, ``qty`` shares of it, or ``percentage`` (0–100) of it."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        response = close_position.sync_detailed(
            key, client=self._context.trading_api, **_close_kwargs(qty, percentage)
        )
        return parsed_as(response, Order)

    def close_all(self, *, cancel_orders: bool = False) -> builtins.list[ClosePositionResult]:
        """Close every position; with ``cancel_orders`` open orders are cancelled first."""
        response = close_all_positions.sync_detailed(
            client=self._context.trading_api,
            cancel_orders=bool_param(cancel_orders, "cancel_orders"),
        )
        return parsed_list(response, ClosePositionResult)


class AsyncPositions:
    """Open positions (async)."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    async def list(self) -> builtins.list[Position]:
        """Every open position."""
        response = await list_positions.asyncio_detailed(client=self._context.trading_api)
        return parsed_list(response, Position)

    async def get(self, symbol_or_asset_id: str) -> Position:
        """The open position in one asset."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        response = await get_position.asyncio_detailed(key, client=self._context.trading_api)
        return parsed_as(response, Position)

    async def close(
        self,
        symbol_or_asset_id: str,
        *,
        qty: DecimalLike | None = None,
        percentage: DecimalLike | None = None,
    ) -> Order:
        """Close all of a position, ``qty`` shares of it, or ``percentage`` (0–100) of it."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        response = await close_position.asyncio_detailed(
            key, client=self._context.trading_api, **_close_kwargs(qty, percentage)
        )
        return parsed_as(response, Order)

    async def close_all(self, *, cancel_orders: bool = False) -> builtins.list[ClosePositionResult]:
        """Close every position; with ``cancel_orders`` open orders are cancelled first."""
        response = await close_all_positions.asyncio_detailed(
            client=self._context.trading_api,
            cancel_orders=bool_param(cancel_orders, "cancel_orders"),
        )
        return parsed_list(response, ClosePositionResult)
