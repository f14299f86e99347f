"""Fetch a week of daily bars for two symbols, then place and cancel a limit order.

Runs against an in-process sandbox unless APCA_API_KEY_ID is set (then: your paper account).
    python examples/bars_and_orders.py
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal

import alpaca
from alpaca.testing import Sandbox


@contextlib.contextmanager
def connect() -> Iterator[alpaca.Client]:
    if os.environ.get("APCA_API_KEY_ID"):
        with alpaca.Client() as client:
            yield client
        return
    with Sandbox(always_open=True) as sandbox, sandbox.client() as client:
        yield client


def main() -> None:
    with connect() as client:
        start = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
        bars = client.stocks.bars(["AAPL", "MSFT"], alpaca.TimeFrame.Day, start=start)
        print(bars.df[["open", "close", "volume"]])

        last_close = bars["AAPL"][-1].close
        assert last_close is not None
        limit_price = (last_close * Decimal("0.8")).quantize(Decimal("0.01"))
        order = client.orders.submit(
            symbol="AAPL",
            qty=1,
            side="buy",
            type="limit",
            limit_price=limit_price,
            time_in_force="gtc",
        )
        print(f"placed {order.side} {order.qty} {order.symbol} at {order.limit_price}")
        print(f"status: {order.status}")
        client.orders.cancel(order.id)
        print(f"after cancel: {client.orders.get(order.id).status}")


if __name__ == "__main__":
    main()
