"""A bracket order: an entry with a take-profit and a stop-loss that cancel each other.

python examples/bracket_order.py
"""

from __future__ import annotations

from decimal import Decimal

from _connect import session


def main() -> None:
    with session() as s:
        client = s.client
        last = client.stocks.latest_trades("AAPL", feed="iex")["AAPL"].price
        assert last is not None
        cent = Decimal("0.01")
        order = client.orders.submit(
            symbol="AAPL",
            qty=2,
            side="buy",
            type="limit",
            limit_price=(last * Decimal("1.01")).quantize(cent),
            time_in_force="gtc",
            order_class="bracket",
            take_profit={"limit_price": (last * Decimal("1.05")).quantize(cent)},
            stop_loss={"stop_price": (last * Decimal("0.97")).quantize(cent)},
        )
        print(
            f"entry {order.side} {order.qty} {order.symbol} @ {order.limit_price}: {order.status}"
        )
        nested = client.orders.get(order.id, nested=True)
        for leg in nested.legs or []:
            price = leg.limit_price or leg.stop_price
            print(f"  leg {leg.type} {leg.side} @ {price}: {leg.status}")
        cancelled = client.orders.cancel_all()
        print(f"asked to cancel {len(cancelled)} open orders")


if __name__ == "__main__":
    main()
