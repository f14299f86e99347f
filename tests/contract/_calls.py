"""The call table: example arguments the sandbox accepts for every public method of every
namespace of ``alpaca.Client`` / ``alpaca.AsyncClient``.

A row names one method (``"namespace.method"``) and builds its arguments from ``ids``, the
identifiers earlier rows kept (``keep``): rows run in table order on a freshly reset sandbox
holding a few AAPL shares (see :func:`prepare`). A method may have several rows (by id and by
name, v2 and v3 ...). :func:`public_methods` lists the methods by ``inspect``, so a new
method without a row fails ``test_table``. Which operations of spec/ a row reaches is not
written here: the contract tests record it from the requests the calls send.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import httpx

import alpaca
from alpaca._client import Namespaces, namespace_names
from alpaca.testing import Sandbox

Ids = Mapping[str, str]
Args = tuple[tuple[Any, ...], dict[str, Any]]

TAKE = 3
"""Items read from an iterator call."""
CALL, PUT = "AAPL240119C00190000", "AAPL240119P00190000"
PAIRS = ["BTC/USD", "ETH/USD"]
PERPS = ["BTCUSDT.P", "ETHUSDT.P"]
ETH_ADDRESS, PERP_ADDRESS = "0x" + "ab" * 20, "0x" + "12" * 20
"""Whitelisted by :func:`prepare`; the rows whitelist ``NEW_ADDRESS``."""
NEW_ADDRESS = "0x" + "cd" * 20
BILL, BOND = "US912797KJ59", "US912810SK51"
TEN_MINUTES = {"start": "2024-01-03T15:00:00Z", "end": "2024-01-03T15:10:00Z"}
TEN_SECONDS = {"start": "2024-01-03T15:00:00Z", "end": "2024-01-03T15:00:10Z"}
CRYPTO_HOUR = {"start": "2024-01-06T12:00:00Z", "end": "2024-01-06T13:00:00Z"}
OPTION_DAY = {"start": "2024-01-02", "end": "2024-01-02"}
INDEX_HOUR = {"start": "2025-03-04T15:00:00Z", "end": "2025-03-04T16:00:00Z"}
WATCHLIST, RENAMED = "contract", "contract-renamed"


@dataclass(frozen=True)
class Row:
    """One call: ``method`` is ``"namespace.method"``; ``args`` builds its positional and
    keyword arguments from the ids kept so far; ``keep`` reads ids off its result;
    ``raises`` is the error the sandbox answers with (a documented status)."""

    method: str
    args: Callable[[Ids], Args]
    keep: Callable[[Any], dict[str, str]] | None = None
    raises: type[alpaca.AlpacaError] | None = None
    variant: str = field(default="")

    @property
    def id(self) -> str:
        return f"{self.method}[{self.variant}]" if self.variant else self.method


def a(*args: Any, **kwargs: Any) -> Callable[[Ids], Args]:
    """Fixed arguments."""
    return lambda ids: (args, kwargs)


class AnyIds(dict[str, str]):
    """Ids for rows called where the answers are made up: the same id for every key."""

    def __missing__(self, key: str) -> str:
        return "904837e3-3b76-47ec-b432-046db621571b" if key != "past" else "2024-01-02T00:00:00Z"


def _first_id(result: Any, key: str) -> dict[str, str]:
    return {key: str(result[0].id)}


ROWS: list[Row] = [
    Row("account.get", a()),
    Row("account.configurations", a()),
    Row("account.update_configurations", a(fractional_trading=True)),
    Row(
        "orders.submit",
        a(
            symbol="AAPL",
            qty=1,
            side="buy",
            type="limit",
            limit_price="1.00",
            time_in_force="day",
            client_order_id="contract-order",
        ),
        keep=lambda order: {"order": str(order.id)},
    ),
    Row("orders.get", lambda ids: ((ids["order"],), {})),
    Row("orders.get_by_client_id", a("contract-order")),
    Row("orders.list", a(status="all", limit=5)),
    Row("orders.iter_list", a(status="all")),
    Row(
        "orders.replace",
        lambda ids: ((ids["order"],), {"limit_price": "1.01"}),
        keep=lambda order: {"order": str(order.id)},
    ),
    Row("orders.cancel", lambda ids: ((ids["order"],), {})),
    Row("orders.cancel_all", a()),
    Row("positions.list", a()),
    Row("positions.get", a("AAPL")),
    Row("positions.close", a("AAPL", qty=1)),
    Row("positions.exercise", a(CALL), raises=alpaca.PermissionDeniedError),
    Row("positions.do_not_exercise", a(CALL), raises=alpaca.PermissionDeniedError),
    Row(
        "tokenization.mint",
        a(
            underlying_symbol="AAPL",
            qty="1",
            issuer="xstocks",
            network="solana",
            wallet_address="7" * 44,
        ),
    ),
    Row("tokenization.requests", a()),
    Row("positions.close_all", a(cancel_orders=True)),
    Row("assets.list", a(asset_class="us_equity", exchange="NASDAQ")),
    Row("assets.get", a("AAPL")),
    Row("assets.us_treasuries", a()),
    Row("assets.us_corporates", a()),
    Row("clock.get", a()),
    Row("clock.markets", a()),
    Row("calendar.list", a(start="2024-01-01", end="2024-01-31")),
    Row("calendar.market", a("NYSE", start="2024-01-01", end="2024-01-31")),
    Row("activities.list", a(limit=5)),
    Row("activities.list", a(activity_types="FILL"), variant="one type"),
    Row("activities.iter_list", a()),
    Row("portfolio.history", a()),
    Row(
        "watchlists.create",
        a(WATCHLIST, symbols=["AAPL"]),
        keep=lambda watchlist: {"watchlist": str(watchlist.id)},
    ),
    Row("watchlists.list", a()),
    Row("watchlists.get", lambda ids: ((ids["watchlist"],), {})),
    Row("watchlists.get", a(name=WATCHLIST), variant="name"),
    Row("watchlists.update", lambda ids: ((ids["watchlist"],), {"symbols": ["AAPL", "MSFT"]})),
    Row("watchlists.update", a(name=WATCHLIST, new_name=RENAMED), variant="name"),
    Row("watchlists.add", lambda ids: ((ids["watchlist"],), {"symbol": "TSLA"})),
    Row("watchlists.add", a(name=RENAMED, symbol="NVDA"), variant="name"),
    Row("watchlists.remove", lambda ids: ((ids["watchlist"],), {"symbol": "TSLA"})),
    Row("watchlists.remove", a(name=RENAMED, symbol="NVDA"), variant="name"),
    Row("watchlists.delete", a(name=RENAMED), variant="name"),
    Row(
        "watchlists.create",
        a(WATCHLIST),
        keep=lambda watchlist: {"watchlist": str(watchlist.id)},
        variant="again",
    ),
    Row("watchlists.delete", lambda ids: ((ids["watchlist"],), {})),
    Row(
        "corporate_actions.announcements",
        a(ca_types="Dividend", since="2024-05-01", until="2024-05-31"),
        keep=lambda found: _first_id(found, "announcement"),
    ),
    Row("corporate_actions.announcement", lambda ids: ((ids["announcement"],), {})),
    Row("corporate_actions.list", a("AAPL", start="2024-01-01", end="2024-12-31")),
    Row("corporate_actions.iter_list", a("AAPL", start="2024-01-01", end="2024-12-31")),
    Row("crypto_wallets.wallets", a()),
    Row("crypto_wallets.wallet", a("USDC")),
    Row("crypto_wallets.fee_estimate", a(asset="USDC", to_address=ETH_ADDRESS, amount=1)),
    Row(
        "crypto_wallets.withdraw",
        a(asset="USDC", amount="5", address=ETH_ADDRESS),
        keep=lambda transfer: {"transfer": str(transfer.id)},
    ),
    Row("crypto_wallets.transfers", a()),
    Row("crypto_wallets.transfer", lambda ids: ((ids["transfer"],), {})),
    Row(
        "crypto_wallets.add_whitelisted_address",
        a(address=NEW_ADDRESS, asset="USDC"),
        keep=lambda found: {"whitelisted": str(found.id)},
    ),
    Row("crypto_wallets.whitelisted_addresses", a()),
    Row("crypto_wallets.remove_whitelisted_address", lambda ids: ((ids["whitelisted"],), {})),
    Row("perpetuals.vitals", a()),
    Row("perpetuals.leverage", a("BTC")),
    Row("perpetuals.set_leverage", a("BTC", 2)),
    Row("perpetuals.wallets", a()),
    Row("perpetuals.wallet", a("USDT")),
    Row("perpetuals.fee_estimate", a(asset="USDT", amount="100")),
    Row(
        "perpetuals.withdraw",
        a(asset="USDT", amount="100", address=PERP_ADDRESS),
        keep=lambda transfer: {"perp_transfer": str(transfer.id)},
    ),
    Row("perpetuals.transfers", a()),
    Row("perpetuals.transfer", lambda ids: ((ids["perp_transfer"],), {})),
    Row(
        "perpetuals.add_whitelisted_address",
        a(address=NEW_ADDRESS, asset="USDT"),
        keep=lambda found: {"perp_whitelisted": str(found.id)},
    ),
    Row("perpetuals.whitelisted_addresses", a()),
    Row(
        "perpetuals.remove_whitelisted_address",
        lambda ids: ((ids["perp_whitelisted"],), {}),
    ),
    Row("perpetuals.latest_bars", a(PERPS)),
    Row("perpetuals.latest_orderbooks", a(PERPS)),
    Row("perpetuals.latest_pricing", a(PERPS)),
    Row("perpetuals.latest_quotes", a(PERPS)),
    Row("perpetuals.latest_trades", a(PERPS)),
    Row("locates.quotes", a("AAPL")),
    Row("locates.create", a("AAPL", 100), keep=lambda found: {"locate": str(found.id)}),
    Row("locates.get", lambda ids: ((ids["locate"],), {})),
    Row("locates.list", a()),
    Row("locates.iter_list", a()),
    Row(
        "events.activities",
        lambda ids: ((), {"since": dt.date(2024, 1, 1), "until": ids["past"]}),
    ),
    Row("stocks.bars", a(["AAPL", "MSFT"], "1Min", **TEN_MINUTES)),
    Row("stocks.iter_bars", a("AAPL", "1Min", **TEN_MINUTES)),
    Row("stocks.quotes", a("AAPL", **TEN_SECONDS)),
    Row("stocks.iter_quotes", a("AAPL", **TEN_SECONDS)),
    Row("stocks.trades", a("AAPL", **TEN_SECONDS)),
    Row("stocks.iter_trades", a("AAPL", **TEN_SECONDS)),
    Row("stocks.auctions", a("AAPL", start="2024-01-02", end="2024-01-03")),
    Row("stocks.iter_auctions", a("AAPL", start="2024-01-02", end="2024-01-03")),
    Row("stocks.latest_bars", a(["AAPL", "MSFT"])),
    Row("stocks.latest_quotes", a(["AAPL", "MSFT"])),
    Row("stocks.latest_trades", a(["AAPL", "MSFT"])),
    Row("stocks.snapshots", a(["AAPL", "MSFT"])),
    Row("stocks.conditions", a("trade", "A")),
    Row("stocks.exchanges", a()),
    Row("crypto.bars", a(PAIRS, "1Hour", **CRYPTO_HOUR)),
    Row("crypto.iter_bars", a(PAIRS, "1Min", **CRYPTO_HOUR)),
    Row("crypto.quotes", a("BTC/USD", **CRYPTO_HOUR)),
    Row("crypto.iter_quotes", a("BTC/USD", **CRYPTO_HOUR)),
    Row("crypto.trades", a("BTC/USD", **CRYPTO_HOUR)),
    Row("crypto.iter_trades", a("BTC/USD", **CRYPTO_HOUR)),
    Row("crypto.latest_bars", a(PAIRS)),
    Row("crypto.latest_quotes", a(PAIRS)),
    Row("crypto.latest_trades", a(PAIRS)),
    Row("crypto.latest_orderbooks", a(PAIRS)),
    Row("crypto.snapshots", a(PAIRS)),
    Row("options.contracts", a("AAPL", limit=5), keep=lambda found: _first_id(found, "contract")),
    Row("options.iter_contracts", a("AAPL")),
    Row("options.contract", lambda ids: ((ids["contract"],), {})),
    Row("options.bars", a([CALL, PUT], "1Hour", **OPTION_DAY)),
    Row("options.iter_bars", a(CALL, "1Hour", **OPTION_DAY)),
    Row("options.trades", a(CALL, **OPTION_DAY)),
    Row("options.iter_trades", a(CALL, **OPTION_DAY)),
    Row("options.latest_quotes", a([CALL, PUT])),
    Row("options.latest_trades", a([CALL, PUT])),
    Row("options.snapshots", a([CALL, PUT])),
    Row("options.iter_snapshots", a([CALL, PUT])),
    Row("options.chain", a("AAPL", limit=5)),
    Row("options.iter_chain", a("AAPL")),
    Row("options.conditions", a("trade")),
    Row("options.exchanges", a()),
    Row("news.list", a("AAPL", limit=5)),
    Row("news.iter_list", a("AAPL")),
    Row("screener.most_actives", a(top=3)),
    Row("screener.movers", a("stocks", top=3)),
    Row("forex.rates", a("EURUSD", "1Min", **TEN_MINUTES)),
    Row("forex.iter_rates", a("EURUSD", "1Min", **TEN_MINUTES)),
    Row("forex.latest_rates", a(["EURUSD", "USDJPY"])),
    Row("indices.values", a("SPX", **INDEX_HOUR)),
    Row("indices.iter_values", a("SPX", **INDEX_HOUR)),
    Row("indices.latest_values", a(["SPX", "VIX"])),
    Row("logos.get", a("AAPL")),
    Row("fixed_income.latest_prices", a([BILL, BOND])),
    Row("fixed_income.latest_quotes", a([BILL, BOND])),
]


def public_methods(client: Namespaces[Any]) -> list[str]:
    """``"namespace.method"`` for every public method of every namespace of ``client``."""
    found = []
    for name in namespace_names():
        namespace = getattr(client, name)
        for attribute in dir(type(namespace)):
            if not attribute.startswith("_") and callable(getattr(namespace, attribute)):
                found.append(f"{name}.{attribute}")
    return found


def bound(client: Namespaces[Any], row: Row) -> Callable[..., Any]:
    """The method of ``client`` that ``row`` calls."""
    namespace, _, method = row.method.partition(".")
    found: Callable[..., Any] = getattr(getattr(client, namespace), method)
    return found


def call(client: alpaca.Client, row: Row, ids: Ids) -> Any:
    """``row`` called on ``client``; an iterator gives its first :data:`TAKE` items."""
    args, kwargs = row.args(ids)
    result = bound(client, row)(*args, **kwargs)
    if inspect.isgenerator(result):
        try:
            return list(islice(result, TAKE))
        finally:
            result.close()
    return result


async def acall(client: alpaca.AsyncClient, row: Row, ids: Ids) -> Any:
    """:func:`call` for an ``AsyncClient``."""
    args, kwargs = row.args(ids)
    result = bound(client, row)(*args, **kwargs)
    if inspect.isasyncgen(result):
        try:
            return [item async for item in _first(result)]
        finally:
            await result.aclose()
    return await result


async def _first(items: Any) -> Any:
    count = 0
    async for item in items:
        yield item
        count += 1
        if count == TAKE:
            return


def prepare(sandbox: Sandbox) -> dict[str, str]:
    """Reset a stepped ``sandbox`` and give its account what the rows use: AAPL shares to
    close and tokenize, and an approved withdrawal address per venue (a day passes). The
    ids of the rows start from the answer (``past``: a second before the sandbox's time,
    when a bounded event stream can end)."""
    sandbox.reset()
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers) as http:
        for route, body in [
            ("/v2/orders", {"symbol": "AAPL", "qty": "5", "side": "buy", "type": "market"}),
            ("/v2/wallets/whitelists", {"address": ETH_ADDRESS, "asset": "USDC"}),
            ("/v2/perpetuals/wallets/whitelists", {"address": PERP_ADDRESS, "asset": "USDT"}),
        ]:
            http.post(route, json=body | {"time_in_force": "day"} if "qty" in body else body)
    now = sandbox.advance(days=1)
    return {"past": (now - dt.timedelta(seconds=1)).isoformat()}
