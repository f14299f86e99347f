"""``client.watchlists``: named, ordered lists of assets.

Every call on one watchlist takes its id, or ``name=`` instead: ``get(wl_id)`` or
``get(name="Tech")``. Alpaca has no by-name form for removing a symbol, so ``remove(name=...)``
looks the id up first; ``update(wl_id, symbols=...)`` without ``new_name`` fetches the current name
first (Alpaca's update always carries a name). Those two calls make two requests.
"""

from __future__ import annotations

from collections.abc import Iterable

from alpaca_client.trading.api.watchlists import (
    add_watchlist_asset,
    add_watchlist_asset_by_name,
    create_watchlist,
    delete_watchlist,
    delete_watchlist_by_name,
    get_watchlist,
    get_watchlist_by_name,
    list_watchlists,
    remove_watchlist_asset,
    update_watchlist,
    update_watchlist_by_name,
)
from alpaca_client.trading.models import (
    Watchlist,
    WatchlistAssetRequest,
    WatchlistRequest,
    WatchlistSummary,
)
from alpaca_client.trading.types import UNSET, Unset

from .._operation import M, Plan, Resource, Timeout, operation, parse, trading
from .._params import path_param, symbol_param, symbols_param
from .._records import Records, records

NAME_MAX = 64


def _name(value: str, label: str = "name") -> str:
    name = path_param(value, label)
    if len(name) > NAME_MAX:
        raise ValueError(f"{label}: at most {NAME_MAX} characters, got {len(name)}")
    return name


def _target(watchlist_id: str | None, name: str | None) -> tuple[str, bool]:
    """The watchlist's id or name (exactly one must be given), and whether it is the name."""
    if (watchlist_id is None) == (name is None):
        raise TypeError("watchlist_id: give the watchlist's id or name=, not both or neither")
    if name is not None:
        return _name(name), True
    assert watchlist_id is not None
    return path_param(watchlist_id, "watchlist_id"), False


def _symbols(value: str | Iterable[str] | None) -> list[str] | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str):
        value = list(value)
        if not value:
            return []
    return symbols_param(value)


class Watchlists(Resource[M]):
    """The account's watchlists."""

    @operation
    def list(self, *, timeout: Timeout = None) -> Plan[Records[WatchlistSummary]]:
        """Every watchlist, without its assets."""
        response = yield trading(list_watchlists._get_kwargs(), timeout)
        return parse(response, records(WatchlistSummary.from_dict))

    @operation
    def get(
        self, watchlist_id: str | None = None, *, name: str | None = None, timeout: Timeout = None
    ) -> Plan[Watchlist]:
        """One watchlist with its assets, by id or ``name=``."""
        key, by_name = _target(watchlist_id, name)
        kwargs = (
            get_watchlist_by_name._get_kwargs(name=key)
            if by_name
            else get_watchlist._get_kwargs(key)
        )
        response = yield trading(kwargs, timeout)
        return parse(response, Watchlist.from_dict)

    @operation
    def create(
        self, name: str, *, symbols: str | Iterable[str] | None = None, timeout: Timeout = None
    ) -> Plan[Watchlist]:
        """A new watchlist called ``name`` holding ``symbols`` (in that order)."""
        body = WatchlistRequest(name=_name(name), symbols=_symbols(symbols))
        response = yield trading(create_watchlist._get_kwargs(body=body), timeout)
        return parse(response, Watchlist.from_dict)

    @operation
    def update(
        self,
        watchlist_id: str | None = None,
        *,
        name: str | None = None,
        new_name: str | None = None,
        symbols: str | Iterable[str] | None = None,
        timeout: Timeout = None,
    ) -> Plan[Watchlist]:
        """Rename the watchlist (``new_name``) and/or replace its assets with ``symbols``."""
        key, by_name = _target(watchlist_id, name)
        renamed = None if new_name is None else _name(new_name, "new_name")
        wanted = _symbols(symbols)
        if renamed is None and isinstance(wanted, Unset):
            raise ValueError("new_name: give new_name and/or symbols to change")
        if by_name:
            body = WatchlistRequest(name=renamed or key, symbols=wanted)
            kwargs = update_watchlist_by_name._get_kwargs(body=body, name=key)
        else:
            if renamed is None:
                current = yield trading(get_watchlist._get_kwargs(key), timeout)
                renamed = parse(current, Watchlist.from_dict).name
            body = WatchlistRequest(name=renamed, symbols=wanted)
            kwargs = update_watchlist._get_kwargs(key, body=body)
        response = yield trading(kwargs, timeout)
        return parse(response, Watchlist.from_dict)

    @operation
    def add(
        self,
        watchlist_id: str | None = None,
        *,
        symbol: str,
        name: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[Watchlist]:
        """Append ``symbol`` to the watchlist."""
        key, by_name = _target(watchlist_id, name)
        body = WatchlistAssetRequest(symbol=symbol_param(symbol))
        kwargs = (
            add_watchlist_asset_by_name._get_kwargs(body=body, name=key)
            if by_name
            else add_watchlist_asset._get_kwargs(key, body=body)
        )
        response = yield trading(kwargs, timeout)
        return parse(response, Watchlist.from_dict)

    @operation
    def remove(
        self,
        watchlist_id: str | None = None,
        *,
        symbol: str,
        name: str | None = None,
        timeout: Timeout = None,
    ) -> Plan[Watchlist]:
        """Take ``symbol`` off the watchlist."""
        key, by_name = _target(watchlist_id, name)
        ticker = symbol_param(symbol)
        if by_name:
            found = yield trading(get_watchlist_by_name._get_kwargs(name=key), timeout)
            key = parse(found, Watchlist.from_dict).id
        response = yield trading(remove_watchlist_asset._get_kwargs(key, ticker), timeout)
        return parse(response, Watchlist.from_dict)

    @operation
    def delete(
        self, watchlist_id: str | None = None, *, name: str | None = None, timeout: Timeout = None
    ) -> Plan[None]:
        """Delete the watchlist."""
        key, by_name = _target(watchlist_id, name)
        kwargs = (
            delete_watchlist_by_name._get_kwargs(name=key)
            if by_name
            else delete_watchlist._get_kwargs(key)
        )
        yield trading(kwargs, timeout)
