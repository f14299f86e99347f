"""``client.assets``: tradable instruments, US treasuries and US corporate bonds."""

from __future__ import annotations

from collections.abc import Iterable

from alpaca_client.trading.api.assets import (
    get_asset,
    list_assets,
    list_us_corporates,
    list_us_treasuries,
)
from alpaca_client.trading.models import (
    Asset,
    AssetClass,
    AssetStatus,
    BondStatus,
    Exchange,
    TreasurySubtype,
    UsCorporate,
    UsCorporates,
    UsTreasuries,
    UsTreasury,
)

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import enum_param, path_param
from .._records import Records, records

IDENTIFIERS_MAX = 1000


def _identifiers(value: str | Iterable[str] | None, name: str) -> str | None:
    """Comma-joined CUSIPs, ISINs or tickers (at most 1000), upper-cased."""
    if value is None:
        return None
    items = value.split(",") if isinstance(value, str) else list(value)
    cleaned: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{name}: expected str items, got {type(item).__name__}")
        if not item.strip():
            raise ValueError(f"{name}: empty item in {value!r}")
        cleaned.append(item.strip().upper())
    if not cleaned:
        raise ValueError(f"{name}: at least one item is required")
    if len(cleaned) > IDENTIFIERS_MAX:
        raise ValueError(f"{name}: at most {IDENTIFIERS_MAX} items, got {len(cleaned)}")
    return ",".join(dict.fromkeys(cleaned))


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

    @operation
    def us_treasuries(
        self,
        *,
        subtype: TreasurySubtype | str | None = None,
        bond_status: BondStatus | str | None = None,
        cusips: str | Iterable[str] | None = None,
        isins: str | Iterable[str] | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[UsTreasury]]:
        """US treasuries Alpaca offers (sorted by ISIN), optionally filtered."""
        kwargs = list_us_treasuries._get_kwargs(
            **given(
                subtype=enum_param(subtype, TreasurySubtype, "subtype"),
                bond_status=enum_param(bond_status, BondStatus, "bond_status"),
                cusips=_identifiers(cusips, "cusips"),
                isins=_identifiers(isins, "isins"),
            )
        )
        response = yield trading(kwargs, timeout)
        return Records(parse(response, UsTreasuries.from_dict).us_treasuries)

    @operation
    def us_corporates(
        self,
        *,
        bond_status: BondStatus | str | None = None,
        isins: str | Iterable[str] | None = None,
        cusips: str | Iterable[str] | None = None,
        tickers: str | Iterable[str] | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[UsCorporate]]:
        """US corporate bonds Alpaca offers (sorted by ISIN), optionally filtered; ``tickers``
        are the issuers' tickers."""
        kwargs = list_us_corporates._get_kwargs(
            **given(
                bond_status=enum_param(bond_status, BondStatus, "bond_status"),
                isins=_identifiers(isins, "isins"),
                cusips=_identifiers(cusips, "cusips"),
                tickers=_identifiers(tickers, "tickers"),
            )
        )
        response = yield trading(kwargs, timeout)
        return Records(parse(response, UsCorporates.from_dict).us_corporates)
