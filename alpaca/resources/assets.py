"""``client.assets``: tradable instruments."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import Any

from alpaca_client.trading.api.assets import get_asset, list_assets
from alpaca_client.trading.models import Asset, AssetClass, AssetStatus, Exchange

from .._params import enum_param, path_param
from .._resource import AsyncContext, SyncContext, parsed_as, parsed_list


def _list_kwargs(
    status: str | None,
    asset_class: str | None,
    exchange: str | None,
    attributes: str | Iterable[str] | None,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if status is not None:
        kwargs["status"] = enum_param(status, AssetStatus, "status")
    if asset_class is not None:
        kwargs["asset_class"] = enum_param(asset_class, AssetClass, "asset_class")
    if exchange is not None:
        kwargs["exchange"] = enum_param(exchange, Exchange, "exchange")
    if attributes is not None:
        items = attributes.split(",") if isinstance(attributes, str) else list(attributes)
        kwargs["attributes"] = ",".join(item.strip() for item in items)
    return kwargs


class Assets:
    """Assets Alpaca knows about."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def list(
        self,
        *,
        status: str | None = None,
        asset_class: str | None = None,
        exchange: str | None = None,
        attributes: str | Iterable[str] | None = None,
    ) -> builtins.list[Asset]:
        """Assets, optionally filtered."""
        kwargs = _list_kwargs(status, asset_class, exchange, attributes)
        response = list_assets.sync_detailed(client=self._context.trading_api, **kwargs)
        return parsed_list(response, Asset)

    def get(self, symbol_or_asset_id: str) -> Asset:
        """One asset by symbol or id."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        return parsed_as(get_asset.sync_detailed(key, client=self._context.trading_api), Asset)


class AsyncAssets:
    """Assets Alpaca knows about (async)."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    async def list(
        self,
        *,
        status: str | None = None,
        asset_class: str | None = None,
        exchange: str | None = None,
        attributes: str | Iterable[str] | None = None,
    ) -> builtins.list[Asset]:
        """Assets, optionally filtered."""
        kwargs = _list_kwargs(status, asset_class, exchange, attributes)
        response = await list_assets.asyncio_detailed(client=self._context.trading_api, **kwargs)
        return parsed_list(response, Asset)

    async def get(self, symbol_or_asset_id: str) -> Asset:
        """One asset by symbol or id."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        response = await get_asset.asyncio_detailed(key, client=self._context.trading_api)
        return parsed_as(response, Asset)
