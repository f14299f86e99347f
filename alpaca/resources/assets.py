"""``client.assets``: tradable instruments."""

from __future__ import annotations

from collections.abc import Iterable

from alpaca_client.trading.api.assets import get_asset, list_assets
from alpaca_client.trading.models import Asset, AssetClass, AssetStatus, Exchange

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import enum_param, path_param
from .._records import Records, records


class Assets(Resource[M]):
    """Assets Alpaca knows about."""

    @operation
    def list(
        self,
        *,
        status: str | None = None,
        asset_class: str | None = None,
        exchange: str | None = None,
        attributes: str | Iterable[str] | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[Asset]]:
        """Assets, optionally filtered."""
        joined = None
        if attributes is not None:
            items = attributes.split(",") if isinstance(attributes, str) else list(attributes)
            joined = ",".join(item.strip() for item in items)
        kwargs = list_assets._get_kwargs(
            **given(
                status=enum_param(status, AssetStatus, "status"),
                asset_class=enum_param(asset_class, AssetClass, "asset_class"),
                exchange=enum_param(exchange, Exchange, "exchange"),
                attributes=joined,
            )
        )
        response = yield trading(kwargs, timeout)
        return parse(response, records(Asset.from_dict))

    @operation
    def get(self, symbol_or_asset_id: str, *, timeout: Timeout = None) -> Plan[Asset]:
        """One asset by symbol or id."""
        key = path_param(symbol_or_asset_id, "symbol_or_asset_id")
        response = yield trading(get_asset._get_kwargs(key), timeout)
        return parse(response, Asset.from_dict)
