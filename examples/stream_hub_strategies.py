"""Three strategies, one market-data connection: each strategy is a client of a local stream hub
(``alpaca stream-hub``), which keeps a single upstream connection and merges their subscriptions.
Alpaca allows one connection per feed and key; offline, the sandbox is set to the same limit.

Each strategy watches its own symbol, decides once, and places its order with the async client:
momentum on AAPL trades, mean reversion on MSFT quotes, a breakout on SPY minute bars.

    python examples/stream_hub_strategies.py

Here the hub runs as a child process (it needs the ``cli`` extra); in production you would keep
``alpaca stream-hub`` running and point every strategy at it with
``DATA_PROXY_WS=ws://127.0.0.1:8765``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from _connect import Session, session

import alpaca
from alpaca.stream import StockBar, StockQuote, StockTrade

CENT = Decimal("0.01")


class Strategy:
    """Watches one symbol and places (at most) one order."""

    symbol: str

    def __init__(self, client: alpaca.AsyncClient, stream: alpaca.Stream) -> None:
        self.client = client
        self.stream = stream
        self.decided = asyncio.Event()
        self.order: alpaca.models.Order | None = None

    async def trade(self, side: str, why: str, **order: Any) -> None:
        self.order = await self.client.orders.submit(
            symbol=self.symbol, qty=1, side=side, time_in_force="day", **order
        )
        price = f" at {self.order.limit_price}" if self.order.limit_price else ""
        print(f"{type(self).__name__}: {why}: {side} 1 {self.symbol} {order['type']}{price}")
        self.decided.set()


class Momentum(Strategy):
    """Buys when the last 10 trades went up, sells when they went down."""

    symbol = "AAPL"

    def __init__(self, client: alpaca.AsyncClient, stream: alpaca.Stream) -> None:
        super().__init__(client, stream)
        self.prices: list[Decimal] = []
        stream.subscribe_trades(self.on_trade, self.symbol)

    async def on_trade(self, trade: StockTrade) -> None:
        self.prices.append(trade.price)
        if len(self.prices) == 10:
            change = self.prices[-1] - self.prices[0]
            side = "buy" if change > 0 else "sell"
            await self.trade(side, f"{change:+} over 10 trades", type="market")


class MeanReversion(Strategy):
    """Expects the price back at its 20-quote average: sells above it, buys below it."""

    symbol = "MSFT"

    def __init__(self, client: alpaca.AsyncClient, stream: alpaca.Stream) -> None:
        super().__init__(client, stream)
        self.mids: list[Decimal] = []
        stream.subscribe_quotes(self.on_quote, self.symbol)

    async def on_quote(self, quote: StockQuote) -> None:
        self.mids.append((quote.bid_price + quote.ask_price) / 2)
        if len(self.mids) == 20:
            mean, mid = sum(self.mids) / 20, self.mids[-1]
            side = "sell" if mid > mean else "buy"
            why = f"mid {mid:.3f} vs mean {mean:.3f}"
            await self.trade(side, why, type="limit", limit_price=mid.quantize(CENT))


class Breakout(Strategy):
    """Buys a close above the previous 4 bars' high, sells one below their low."""

    symbol = "SPY"

    def __init__(self, client: alpaca.AsyncClient, stream: alpaca.Stream) -> None:
        super().__init__(client, stream)
        self.bars: list[StockBar] = []
        stream.subscribe_bars(self.on_bar, self.symbol)

    async def on_bar(self, bar: StockBar) -> None:
        self.bars.append(bar)
        if len(self.bars) < 5 or self.decided.is_set():
            return
        before = self.bars[-5:-1]
        if bar.close > max(b.high for b in before):
            await self.trade("buy", f"close {bar.close} above the range", type="market")
        elif bar.close < min(b.low for b in before):
            await self.trade("sell", f"close {bar.close} below the range", type="market")
        elif len(self.bars) == 10:
            print(f"Breakout: no breakout in 10 bars of {self.symbol}, no order")
            self.decided.set()


@contextlib.contextmanager
def stream_hub(s: Session) -> Iterator[str]:
    """Run ``alpaca stream-hub`` in a child process; yields the URL it serves."""
    command = [sys.executable, "-m", "alpaca", "stream-hub", "--port", "0"]
    env = dict(os.environ)
    if s.sandbox is not None:
        command += ["--upstream", s.sandbox.stream_url]
        env.update(APCA_API_KEY_ID=s.sandbox.key_id, APCA_API_SECRET_KEY=s.sandbox.secret_key)
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as hub:
        try:
            assert hub.stdout is not None
            for line in hub.stdout:  # it prints "export DATA_PROXY_WS=ws://..." once listening
                if "DATA_PROXY_WS=" in line:
                    yield line.split("=", 1)[1].strip()
                    return
            raise RuntimeError("the stream hub did not start")
        finally:
            hub.terminate()


async def run(s: Session, hub_url: str) -> None:
    stream_args = {**s.data_stream, "url": hub_url}
    async with s.async_client() as client:
        strategies = [
            kind(client, alpaca.Stream("iex", **stream_args))
            for kind in (Momentum, MeanReversion, Breakout)
        ]
        runs = [asyncio.ensure_future(x.stream.run_async()) for x in strategies]
        try:
            async with asyncio.timeout(60):  # a quiet market must not keep us forever
                await asyncio.gather(*(x.decided.wait() for x in strategies))
        except TimeoutError:
            waiting = ", ".join(type(x).__name__ for x in strategies if not x.decided.is_set())
            print(f"no decision from {waiting} within 60 s (is the market open?)")
        finally:
            if s.sandbox is not None:
                upstream = s.sandbox.stream_settings()["connections"]
                print(
                    f"upstream connections while {len(strategies)} strategies ran: {len(upstream)}"
                )
            for x in strategies:
                x.stream.stop()
            await asyncio.gather(*runs)
        for x in strategies:
            if x.order is not None:
                order = await client.orders.get(x.order.id)
                filled = f" at {order.filled_avg_price}" if order.filled_avg_price else ""
                print(f"{type(x).__name__}: {order.side} {order.symbol} {order.status}{filled}")
        cancelled = await client.orders.cancel_all()
        print(f"cancelled {len(cancelled)} open orders")


def main() -> None:
    with session(speed=300) as s:
        if s.sandbox is not None:
            s.sandbox.stream_settings(connection_limit=1)  # like Alpaca: one per feed and key
        with stream_hub(s) as hub_url:
            print(f"stream hub on {hub_url}")
            asyncio.run(run(s, hub_url))


if __name__ == "__main__":
    main()
