"""``alpaca demo``: a short tour against a paper account or an offline sandbox."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from decimal import Decimal

from rich.console import Console
from rich.table import Table

from alpaca._client import Client
from alpaca._errors import ConfigurationError

from ._common import credential_source

SYMBOL = "AAPL"


def run_demo(out: Console, *, live: bool) -> None:
    """Run the tour, printing rich tables on ``out``."""
    with contextlib.ExitStack() as stack:
        client = stack.enter_context(_client(out, stack, live=live))
        _show_account(out, client)

        now = dt.datetime.now(dt.UTC)
        started = time.perf_counter()
        # IEX: free plans may not query the latest 15 minutes of the consolidated (SIP) feed
        start = now - dt.timedelta(days=61)
        barset = client.stocks.bars(SYMBOL, "1Min", start=start, end=now, feed="iex")
        frame = barset.df
        elapsed = time.perf_counter() - started
        out.print(
            f"\n{SYMBOL} 1-minute bars for the last 61 days: DataFrame shape {frame.shape} "
            f"fetched in {elapsed:.2f} s"
        )
        head = frame.head()
        table = Table(str(head.index.name or ""), *map(str, head.columns), title="df.head()")
        for row in head.itertuples():
            table.add_row(*map(str, row))
        out.print(table)

        closes = [bar.close for bar in barset[SYMBOL] if bar.close is not None]
        limit_price = (closes[-1] / 2).quantize(Decimal("0.01")) if closes else Decimal("1.00")
        market = client.orders.submit(
            symbol=SYMBOL, qty=10, side="buy", type="market", time_in_force="day"
        )
        out.print(f"\nMarket order: buy 10 {SYMBOL} -> id {market.id} status {market.status}")
        resting = client.orders.submit(
            symbol=SYMBOL,
            qty=5,
            side="buy",
            type="limit",
            time_in_force="gtc",
            limit_price=limit_price,
        )
        out.print(
            f"Limit order: buy 5 {SYMBOL} @ {limit_price} gtc -> id {resting.id} "
            f"status {resting.status}"
        )

        positions = Table("symbol", "qty", "avg entry", "market value", "unrealized P/L")
        for position in client.positions.list():
            positions.add_row(
                position.symbol,
                str(position.qty),
                str(position.avg_entry_price),
                str(position.market_value),
                str(position.unrealized_pl),
            )
        positions.title = "Positions"
        out.print(positions)

        orders = Table(
            "id", "symbol", "side", "type", "qty", "limit", "status", title="Open orders"
        )
        for order in client.orders.list(status="open"):
            orders.add_row(
                str(order.id),
                str(order.symbol),
                str(order.side),
                str(order.type),
                str(order.qty),
                str(order.limit_price),
                str(order.status),
            )
        out.print(orders)

        client.orders.cancel(str(resting.id))
        after = client.orders.get(str(resting.id))
        out.print(f"Cancelled limit order {after.id}: status {after.status}")
        out.print(f"\nFinal equity: {client.account.get().equity}")


def _client(out: Console, stack: contextlib.ExitStack, *, live: bool) -> Client:
    """The user's paper account when credentials are set, else a fresh offline sandbox."""
    source = credential_source()
    if source is None:
        from alpaca.testing import Sandbox

        sandbox = stack.enter_context(Sandbox(always_open=True))
        out.print(
            f"No Alpaca credentials set: using an offline sandbox at {sandbox.base_url} "
            "(set APCA_API_KEY_ID/APCA_API_SECRET_KEY to use your paper account)."
        )
        return sandbox.client()
    client = Client(paper=False if live else None)
    if not client.paper:
        client.close()
        raise ConfigurationError("alpaca demo places orders: it runs only against paper trading.")
    out.print(
        f"Using credentials from {source}: paper trading at {client.config.base_url}, "
        f"market data at {client.config.data_url}."
    )
    return client


def _show_account(out: Console, client: Client) -> None:
    account = client.account.get()
    table = Table("status", "cash", "buying power", "equity", title="Account")
    table.add_row(
        str(account.status), str(account.cash), str(account.buying_power), str(account.equity)
    )
    out.print(table)
