"""A whole trading day in a few seconds: a stepped sandbox, a bracket order, partial fills and
cancels, and the books checked to the cent at the close.

The sandbox's clock stands still at the open of 2024-03-12 and moves only when the strategy
calls ``sb.advance(...)``; every fill, trigger and expiry of the elapsed minutes happens before
``advance`` returns. Runs offline only (a paper account cannot step time).

    python examples/sandbox_day.py
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import alpaca
from alpaca.testing import Sandbox

OPEN = datetime(2024, 3, 12, 13, 30, tzinfo=UTC)  # 09:30 New York time
CLOSE = datetime(2024, 3, 12, 20, 0, tzinfo=UTC)
CENT = Decimal("0.01")
NEW_YORK = ZoneInfo("America/New_York")


def clock(sb: Sandbox) -> str:
    """The sandbox time, New York wall clock."""
    return f"{sb.now().astimezone(NEW_YORK):%H:%M}"


def last_close(client: alpaca.Client, symbol: str) -> Decimal:
    price = client.stocks.latest_bars(symbol)[symbol].close
    assert price is not None
    return price


def main() -> None:
    with Sandbox(start=OPEN, speed=0) as sb, sb.client() as client:
        # 1. A bracket entry too large for one minute's volume: it fills over several minutes.
        price = last_close(client, "F")
        entry = client.orders.submit(
            symbol="F",
            qty=20000,
            side="buy",
            type="market",
            time_in_force="day",
            order_class="bracket",
            take_profit={"limit_price": (price * Decimal("1.05")).quantize(CENT)},
            stop_loss={"stop_price": (price * Decimal("0.95")).quantize(CENT)},
        )
        print(f"{clock(sb)} bracket entry: {entry.status}, {entry.filled_qty} of 20000 F")
        partial_fills = 0
        while entry.status != "filled":
            sb.advance(minutes=1)
            entry = client.orders.get(entry.id, nested=True)
            partial_fills += entry.status == "partially_filled"
            print(f"{clock(sb)} bracket entry: {entry.status}, {entry.filled_qty} filled")
        print(f"entry filled at {entry.filled_avg_price} after {partial_fills} partial fills")
        for leg in entry.legs or []:
            print(f"  exit leg {leg.type} {leg.side} {leg.qty}: {leg.status}")

        # 2. A bid far below the market rests for an hour, then is cancelled.
        bid = client.orders.submit(
            symbol="AAPL",
            qty=10,
            side="buy",
            type="limit",
            limit_price=(last_close(client, "AAPL") * Decimal("0.9")).quantize(CENT),
            time_in_force="gtc",
        )
        sb.advance(hours=1)
        client.orders.cancel(bid.id)
        print(f"{clock(sb)} resting AAPL bid after cancel: {client.orders.get(bid.id).status}")

        # 3. The day goes on in 15-minute steps until the exits act or the close nears.
        while sb.now() < CLOSE - timedelta(minutes=15):
            sb.advance(minutes=15)
            legs = client.orders.get(entry.id, nested=True).legs or []
            if any(leg.status == "filled" for leg in legs):
                break
        legs = client.orders.get(entry.id, nested=True).legs or []
        print(f"{clock(sb)} exits: " + ", ".join(f"{leg.type} {leg.status}" for leg in legs))
        if client.positions.list():
            client.orders.cancel_all()  # the exits (they are day orders anyway)
            closing = client.positions.close("F", percentage=50)
            print(f"{clock(sb)} closing half: {closing.side} {closing.qty} F")
            sb.advance(to=CLOSE)
            closed = client.orders.get(closing.id)
            print(f"closing order at the close: {closed.status}, {closed.filled_qty} sold")
        sb.advance(to=CLOSE)

        # 4. The books at the close: equity is cash plus positions at the last price, exactly.
        account = client.account.get()
        assert account.cash is not None and account.equity is not None
        marked = Decimal(0)
        for position in client.positions.list():
            marked += position.qty * last_close(client, position.symbol)
            print(f"position {position.symbol} {position.qty} @ {position.avg_entry_price}")
        assert account.equity == account.cash + marked, (account.equity, account.cash, marked)
        print(f"final equity {account.equity} = cash {account.cash} + positions {marked}")
        print(f"open orders at the close: {len(client.orders.list())}")


if __name__ == "__main__":
    main()
