"""Fetch a week of daily bars for two symbols, then place and cancel a limit order.

python examples/bars_and_orders.py      # offline sandbox, or your paper account with APCA_* keys
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from _connect import session

import alpaca


def main() -> None:
    with session() as s:
        client = s.client
        start = dt.datetime.now(dt.UTC) - dt.timedelta(days=10)
        bars = client.stocks.bars(["AAPL", "MSFT"], alpaca.TimeFrame.Day, start=start, feed="iex")
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
