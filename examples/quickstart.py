"""The first five minutes: the account, a month of daily bars, a market order, the position.

python examples/quickstart.py      # offline sandbox, or your paper account with APCA_* keys
"""

from __future__ import annotations

import datetime as dt

from _connect import session

import alpaca


def main() -> None:
    with session() as s:
        client = s.client
        account = client.account.get()
        print(f"account {account.status}: buying power {account.buying_power} {account.currency}")

        start = dt.date.today() - dt.timedelta(days=30)
        bars = client.stocks.bars("AAPL", alpaca.TimeFrame.Day, start=start, feed="iex")
        print(bars.df[["open", "close", "volume"]].tail(3))

        order = client.orders.submit(
            symbol="AAPL", qty=1, side="buy", type="market", time_in_force="day"
        )
        print(f"order {order.client_order_id}: {order.side} {order.qty} {order.symbol}")
        filled = client.orders.get(order.id)
        print(f"status: {filled.status}")
        if filled.status == "filled":
            position = client.positions.get("AAPL")
            print(f"position: {position.qty} AAPL at {position.avg_entry_price}")
            closing = client.positions.close("AAPL")
            print(f"closing order: {closing.side} {closing.qty}")


if __name__ == "__main__":
    main()
