"""Buy a dollar amount instead of a share count: fractional shares, exact to the cent.

python examples/notional_order.py
"""

from __future__ import annotations

from decimal import Decimal

from _connect import session


def main() -> None:
    with session() as s:
        client = s.client
        order = client.orders.submit(
            symbol="AAPL", notional="250.00", side="buy", type="market", time_in_force="day"
        )
        print(f"asked for ${order.notional} of {order.symbol}")
        done = client.orders.get(order.id)
        if done.filled_qty and done.filled_avg_price:
            spent = (done.filled_qty * done.filled_avg_price).quantize(Decimal("0.01"))
            print(f"filled {done.filled_qty} shares at {done.filled_avg_price}: ${spent}")
        print(f"status: {done.status}")


if __name__ == "__main__":
    main()
