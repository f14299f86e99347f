"""The legacy ``REST`` client on top of ``alpaca.Client``.

Every call goes through the typed core and its transport (order safety, deadlines, retries,
redaction); answers come back in the legacy shapes: entities over the JSON Alpaca sent, or that
JSON itself with ``raw_data=True``. Argument mistakes the core catches before sending (a limit
price on a market order, a quantity of 0) raise ``ValueError``/``TypeError`` instead of Alpaca's
422; HTTP errors raise :class:`~alpaca.compat.rest.APIError`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar, cast
from zoneinfo import ZoneInfo

import orjson

import alpaca

from ._common import FLOAT, NEW_YORK, URL, get_api_version, warn_once
from ._entity import (
    Account,
    AccountActivity,
    AccountConfigurations,
    Asset,
    Calendar,
    Clock,
    Entity,
    Order,
    PortfolioHistory,
    Position,
    Watchlist,
)
from ._errors import legacy_errors
from ._market import MarketData
from ._retired import RetiredData

__all__ = ["REST"]

E = TypeVar("E", bound=Entity)

ORDERS_PAGE = 50
"""How many orders ``list_orders`` returns without a ``limit`` (Alpaca's default page)."""
ACTIVITIES_PAGE = 100
_ORDER_FILTERS = ("status", "limit", "after", "until", "direction", "nested", "symbols", "side")
_POLYGON = (
    "Polygon market data through Alpaca ended in 2021 and the legacy package removed "
    "REST.polygon; use get_bars, get_trades, get_quotes and get_snapshot instead"
)


def _moment(value: Any) -> Any:
    """A time bound for the trading API: a date (or ``YYYY-MM-DD``) is its midnight UTC, as
    Alpaca reads a date; datetimes and timestamps pass as they are."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(), dt.UTC)
    if isinstance(value, str) and len(value.strip()) == 10:
        return dt.datetime.combine(dt.date.fromisoformat(value.strip()), dt.time(), dt.UTC)
    return value


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def _floated(prices: Mapping[str, Any] | None, names: Iterable[str]) -> None:
    """Turn the price strings of ``prices`` into floats in place, as the legacy package did
    (a value that is not a number raises ``ValueError``)."""
    if isinstance(prices, dict):
        for name in names:
            if prices.get(name) is not None:
                prices[name] = FLOAT(prices[name])


class _Polygon:
    """Stands in for the removed ``REST.polygon``: any use raises a clear error."""

    def __getattr__(self, name: str) -> Any:
        raise NotImplementedError(_POLYGON)


@legacy_errors
class REST(MarketData, RetiredData):
    """The legacy trading and market-data client; see the README's "Compatibility with
    alpaca-trade-api" section for what differs.

    ``REST(key_id, secret_key, base_url, api_version, oauth, raw_data)`` as before, plus
    ``data_url=`` and ``allow_insecure=`` (plain ``http://`` to another machine). Credentials
    and URLs fall back to ``APCA_*`` variables; without a base URL, trading goes to **paper**.
    Retries follow ``APCA_RETRY_MAX``/``APCA_RETRY_WAIT``/``APCA_RETRY_CODES`` with backoff.
    With ``raw_data=True`` the calls return the JSON (dicts and lists) where the annotations
    name entities, as the legacy package did.
    """

    polygon = _Polygon()

    def __init__(
        self,
        key_id: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        api_version: str | None = None,
        oauth: str | None = None,
        raw_data: bool = False,
        *,
        data_url: str | None = None,
        allow_insecure: bool = False,
    ) -> None:
        version = get_api_version(api_version)
        if version != "v2":
            warn_once(
                f"api_version={version}",
                f"api_version={version!r}: Alpaca's trading API has only v2 left; "
                "requests go to v2",
                stacklevel=3,
            )
        if oauth:
            key_id = secret_key = None
        self._client = alpaca.Client(
            key_id=key_id or None,
            secret_key=secret_key or None,
            oauth_token=oauth or None,
            base_url=base_url or None,
            data_url=data_url or None,
            allow_insecure=allow_insecure,
        )
        config = self._client.config
        self._base_url = URL(config.base_url)
        self._data_url = URL(config.data_url)
        self._api_version = "v2"
        self._use_raw_data = raw_data

    def __repr__(self) -> str:
        mode = "paper" if self._client.paper else "LIVE"
        return f"REST({mode}, base_url={self._base_url!r}, data_url={self._data_url!r})"

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- plain requests -----------------------------------------------------------------------

    def _request(
        self, method: str, path: str, data: Any = None, *, host: str = "trading", version: str
    ) -> Any:
        http = self._client._context.http(host)  # the client's own pool and transport
        query = method in ("GET", "DELETE")
        if query and isinstance(data, Mapping):
            data = {key: value for key, value in data.items() if value is not None}
        response = http.request(
            method,
            f"/{version}{path}",
            params=data if query else None,
            json=None if query else data,
        )
        return orjson.loads(response.content) if response.content else None

    def get(self, path: str, data: Any = None) -> Any:
        """GET ``/v2{path}`` on the trading host (``data`` as the query); the decoded JSON."""
        return self._request("GET", path, data, version=self._api_version)

    def post(self, path: str, data: Any = None) -> Any:
        """POST ``/v2{path}`` with ``data`` as JSON."""
        return self._request("POST", path, data, version=self._api_version)

    def put(self, path: str, data: Any = None) -> Any:
        """PUT ``/v2{path}`` with ``data`` as JSON."""
        return self._request("PUT", path, data, version=self._api_version)

    def patch(self, path: str, data: Any = None) -> Any:
        """PATCH ``/v2{path}`` with ``data`` as JSON."""
        return self._request("PATCH", path, data, version=self._api_version)

    def delete(self, path: str, data: Any = None) -> Any:
        """DELETE ``/v2{path}`` (``data`` as the query)."""
        return self._request("DELETE", path, data, version=self._api_version)

    def data_get(
        self, path: str, data: Any = None, feed: str | None = None, api_version: str = "v1"
    ) -> Any:
        """GET ``/{api_version}{path}`` on the market-data host."""
        query = dict(data or {})
        if feed is not None:
            query["feed"] = feed
        return self._request("GET", path, query, host="data", version=api_version)

    # -- results ------------------------------------------------------------------------------

    def _one(self, entity: type[E], record: Any) -> E:
        """The legacy entity of a core record (the record's JSON itself with ``raw_data``)."""
        if self._use_raw_data:
            return cast(E, record.raw)
        wrapped = entity(record.raw)
        wrapped._model = record
        return wrapped

    def _many(self, entity: type[E], records: Iterable[Any]) -> list[E]:
        return [self._one(entity, record) for record in records]

    # -- account ------------------------------------------------------------------------------

    def get_account(self) -> Account:
        """The account (money and quantities are strings, as Alpaca sends them)."""
        return self._one(Account, self._client.account.get())

    def get_account_configurations(self) -> AccountConfigurations:
        """The account's trading settings."""
        found = self._client.account.configurations()
        return self._one(AccountConfigurations, found)

    def update_account_configurations(
        self,
        no_shorting: bool | None = None,
        dtbp_check: str | None = None,
        trade_confirm_email: str | None = None,
        suspend_trade: bool | None = None,
    ) -> AccountConfigurations:
        """Change the settings given; returns every setting after it."""
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("no_shorting", no_shorting),
                ("dtbp_check", dtbp_check),
                ("trade_confirm_email", trade_confirm_email),
                ("suspend_trade", suspend_trade),
            )
            if value is not None
        }
        if not changes:
            return self.get_account_configurations()
        found = self._client.account.update_configurations(**changes)
        return self._one(AccountConfigurations, found)

    def get_activities(
        self,
        activity_types: str | Iterable[str] | None = None,
        until: Any = None,
        after: Any = None,
        direction: str | None = None,
        date: Any = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> list[AccountActivity]:
        """One page of account activities (``page_size``, Alpaca's 100 by default), after
        ``page_token`` (an activity id) when given."""
        if page_token is not None:
            path = "/account/activities"
            query: dict[str, Any] = {
                "until": until,
                "after": after,
                "direction": direction,
                "date": date,
                "page_size": page_size,
                "page_token": page_token,
            }
            if isinstance(activity_types, str):
                path += f"/{activity_types}"
            elif activity_types is not None:
                query["activity_types"] = ",".join(activity_types)
            body = self.get(path, query)
            return body if self._use_raw_data else [AccountActivity(item) for item in body]
        found = self._client.activities.list(
            activity_types=activity_types,
            until=_moment(until),
            after=_moment(after),
            direction=direction,
            date=date,
            page_size=page_size,
            limit=page_size or ACTIVITIES_PAGE,
        )
        return self._many(AccountActivity, found)

    def get_portfolio_history(
        self,
        date_start: Any = None,
        date_end: Any = None,
        period: str | None = None,
        timeframe: str | None = None,
        extended_hours: bool | None = None,
    ) -> PortfolioHistory:
        """Equity and profit/loss over ``period`` or from ``date_start`` to ``date_end``
        (New York days); ``.df`` for a DataFrame."""
        new_york = ZoneInfo(NEW_YORK)
        start = end = None
        if date_start is not None:
            start = dt.datetime.combine(_day(date_start), dt.time(), new_york)
        if date_end is not None:
            last = dt.datetime.combine(_day(date_end), dt.time(23, 59, 59), new_york)
            end = min(last, dt.datetime.now(dt.UTC))
        found = self._client.portfolio.history(
            period=period,
            timeframe=timeframe,
            start=start,
            end=end,
            extended_hours=extended_hours,
        )
        return self._one(PortfolioHistory, found)

    # -- orders -------------------------------------------------------------------------------

    def list_orders(
        self,
        status: str | None = None,
        limit: int | None = None,
        after: Any = None,
        until: Any = None,
        direction: str | None = None,
        params: dict[str, Any] | None = None,
        nested: bool | None = None,
        symbols: str | Iterable[str] | None = None,
        side: str | None = None,
    ) -> list[Order]:
        """Orders (open ones by default; ``limit`` 50 unless given). The arguments are also
        written into ``params``, as before."""
        if params is None:
            params = {}
        given = {
            "limit": limit,
            "after": after,
            "until": until,
            "direction": direction,
            "status": status,
            "nested": nested,
            "side": side,
            "symbols": symbols
            if not isinstance(symbols, Iterable) or isinstance(symbols, str)
            else ",".join(symbols),
        }
        params.update({name: value for name, value in given.items() if value is not None})
        unknown = sorted(set(params) - set(_ORDER_FILTERS))
        if unknown:
            raise TypeError(f"list_orders: unsupported params {', '.join(unknown)}")
        options = {name: params[name] for name in _ORDER_FILTERS if name in params}
        options["limit"] = options.get("limit") or ORDERS_PAGE
        for name in ("after", "until"):
            if name in options:
                options[name] = _moment(options[name])
        return self._many(Order, self._client.orders.list(**options))

    def submit_order(
        self,
        symbol: str,
        qty: Any = None,
        side: str = "buy",
        type: str = "market",
        time_in_force: str = "day",
        limit_price: Any = None,
        stop_price: Any = None,
        client_order_id: str | None = None,
        extended_hours: bool | None = None,
        order_class: str | None = None,
        take_profit: dict[str, Any] | None = None,
        stop_loss: dict[str, Any] | None = None,
        trail_price: Any = None,
        trail_percent: Any = None,
        notional: Any = None,
    ) -> Order:
        """Place an order (``qty`` or ``notional``). It always carries a ``client_order_id``
        (a uuid4 unless given), so a retry never places it twice."""
        for value in (limit_price, stop_price):
            if value is not None:
                FLOAT(value)
        options: dict[str, Any] = {
            "symbol": symbol,
            "qty": qty,
            "notional": notional,
            "side": side,
            "type": type,
            "time_in_force": time_in_force,
            "limit_price": limit_price,
            "stop_price": stop_price,
            "client_order_id": client_order_id,
            "extended_hours": extended_hours,
            "order_class": order_class,
            "take_profit": None if take_profit is None else dict(take_profit),
            "stop_loss": None if stop_loss is None else dict(stop_loss),
            "trail_price": trail_price,
            "trail_percent": trail_percent,
        }
        _floated(take_profit, ("limit_price",))
        _floated(stop_loss, ("stop_price", "limit_price"))
        order = self._client.orders.submit(
            **{name: value for name, value in options.items() if value is not None}
        )
        return self._one(Order, order)

    def get_order_by_client_order_id(self, client_order_id: str) -> Order:
        """The order submitted with ``client_order_id``."""
        found = self._client.orders.get_by_client_id(client_order_id)
        return self._one(Order, found)

    def get_order(self, order_id: str, nested: bool | None = None) -> Order:
        """One order by id (``nested``: with its legs)."""
        found = self._client.orders.get(order_id, nested=bool(nested))
        return self._one(Order, found)

    def replace_order(
        self,
        order_id: str,
        qty: Any = None,
        limit_price: Any = None,
        stop_price: Any = None,
        trail: Any = None,
        time_in_force: str | None = None,
        client_order_id: str | None = None,
    ) -> Order:
        """Replace an open order; returns the new order."""
        for value in (limit_price, stop_price, trail):
            if value is not None:
                FLOAT(value)
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("qty", qty),
                ("limit_price", limit_price),
                ("stop_price", stop_price),
                ("trail", trail),
                ("time_in_force", time_in_force),
                ("client_order_id", client_order_id),
            )
            if value is not None
        }
        found = self._client.orders.replace(order_id, **changes)
        return self._one(Order, found)

    def cancel_order(self, order_id: str) -> None:
        """Ask to cancel an open order."""
        self._client.orders.cancel(order_id)

    def cancel_all_orders(self) -> None:
        """Ask to cancel every open order."""
        self._client.orders.cancel_all()

    # -- positions ----------------------------------------------------------------------------

    def list_positions(self) -> list[Position]:
        """Every open position."""
        return self._many(Position, self._client.positions.list())

    def get_position(self, symbol: str) -> Position:
        """The open position in ``symbol`` (404 ``APIError`` when there is none)."""
        return self._one(Position, self._client.positions.get(symbol))

    def close_position(self, symbol: str, *, qty: Any = None) -> Position:
        """Close the position (or ``qty`` of it) at market; returns the closing order, in a
        ``Position`` as before."""
        order = self._client.positions.close(symbol, qty=qty or None)
        return self._one(Position, order)

    def close_all_positions(self) -> list[Position]:
        """Close every position; one ``Position`` per position with ``symbol``, ``status``
        and ``body`` (the closing order)."""
        return self._many(Position, self._client.positions.close_all())

    # -- assets, clock, calendar --------------------------------------------------------------

    def list_assets(self, status: str | None = None, asset_class: str | None = None) -> list[Asset]:
        """Assets, optionally filtered by status and class."""
        return self._many(Asset, self._client.assets.list(status=status, asset_class=asset_class))

    def get_asset(self, symbol: str) -> Asset:
        """One asset by symbol or id."""
        return self._one(Asset, self._client.assets.get(symbol))

    def get_clock(self) -> Clock:
        """The market clock."""
        return self._one(Clock, self._client.clock.get())

    def get_calendar(self, start: Any = None, end: Any = None) -> list[Calendar]:
        """Trading days from ``start`` to ``end``."""
        return self._many(Calendar, self._client.calendar.list(start=start, end=end))

    # -- watchlists ---------------------------------------------------------------------------

    def get_watchlists(self) -> list[Watchlist]:
        """Every watchlist (without assets)."""
        return self._many(Watchlist, self._client.watchlists.list())

    def get_watchlist(self, watchlist_id: str) -> Watchlist:
        """One watchlist with its assets."""
        found = self._client.watchlists.get(watchlist_id)
        return self._one(Watchlist, found)

    def get_watchlist_by_name(self, watchlist_name: str) -> Watchlist:
        """One watchlist by name."""
        found = self._client.watchlists.get(name=watchlist_name)
        return self._one(Watchlist, found)

    def create_watchlist(
        self, watchlist_name: str, symbols: Iterable[str] | None = None
    ) -> Watchlist:
        """A new watchlist."""
        found = self._client.watchlists.create(watchlist_name, symbols=symbols)
        return self._one(Watchlist, found)

    def add_to_watchlist(self, watchlist_id: str, symbol: str) -> Watchlist:
        """Append ``symbol`` to the watchlist."""
        found = self._client.watchlists.add(watchlist_id, symbol=symbol)
        return self._one(Watchlist, found)

    def update_watchlist(
        self,
        watchlist_id: str,
        name: str | None = None,
        symbols: Iterable[str] | None = None,
    ) -> Watchlist:
        """Rename the watchlist and/or replace its symbols."""
        found = self._client.watchlists.update(watchlist_id, new_name=name, symbols=symbols)
        return self._one(Watchlist, found)

    def delete_watchlist(self, watchlist_id: str) -> None:
        """Delete the watchlist."""
        self._client.watchlists.delete(watchlist_id)

    def delete_from_watchlist(self, watchlist_id: str, symbol: str) -> None:
        """Take ``symbol`` off the watchlist."""
        self._client.watchlists.remove(watchlist_id, symbol=symbol)
