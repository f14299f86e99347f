"""A live market-data stream whose subscriptions change while it runs: trades and quotes of one
pair, a switch to another pair from inside the handler, a pause (unsubscribe everything) and a
resume from another thread, then a clean stop.

Crypto trades around the clock, so this works at any hour with paper keys too. Offline, the
sandbox's clock runs 300 times faster, so its ticks (a few per pair and minute) come quickly.

    python examples/streaming.py
"""

from __future__ import annotations

import threading
from collections import Counter

from _connect import session

import alpaca
from alpaca.stream import CryptoQuote, CryptoTrade

FIRST, SECOND = "BTC/USD", "ETH/USD"
PER_STEP = 20  # messages between two changes
PAUSE = 1.0  # seconds


class Walkthrough:
    """Moves to the next step every ``PER_STEP`` messages: switch, pause (then resume), stop."""

    def __init__(self, stream: alpaca.CryptoStream) -> None:
        self.stream = stream
        self.received: Counter[tuple[str, str]] = Counter()
        self.while_paused = 0
        self.paused = False
        self.since_step = 0
        self.steps = [self.switch, self.pause, self.stop]

    def on_message(self, message: CryptoTrade | CryptoQuote) -> None:
        kind = "trades" if isinstance(message, CryptoTrade) else "quotes"
        self.received[message.symbol, kind] += 1
        self.while_paused += self.paused
        self.since_step += 1
        if self.since_step == PER_STEP and self.steps:
            self.since_step = 0
            self.steps.pop(0)()

    def subscribe(self, symbol: str) -> None:
        self.stream.subscribe_trades(self.on_message, symbol)
        self.stream.subscribe_quotes(self.on_message, symbol)

    def unsubscribe(self, symbol: str) -> None:
        self.stream.unsubscribe_trades(symbol)
        self.stream.unsubscribe_quotes(symbol)

    def switch(self) -> None:
        self.unsubscribe(FIRST)
        self.subscribe(SECOND)
        print(f"switched from {FIRST} to {SECOND}: {self.stream.subscriptions}")

    def pause(self) -> None:
        self.unsubscribe(SECOND)
        self.paused = True
        print(f"paused for {PAUSE} s: {self.stream.subscriptions}")
        threading.Timer(PAUSE, self.resume).start()  # no messages come to trigger a resume

    def resume(self) -> None:  # runs in the timer's thread: subscribing works from anywhere
        self.paused = False
        self.subscribe(SECOND)
        print(f"resumed: {self.stream.subscriptions}")

    def stop(self) -> None:
        print("stopping")
        self.stream.stop()


def main() -> None:
    with session(speed=300) as s:
        stream = alpaca.CryptoStream(**s.data_stream)
        tour = Walkthrough(stream)
        tour.subscribe(FIRST)
        print(f"streaming {FIRST} trades and quotes from {stream.url}")
        give_up = threading.Timer(60, stream.stop)  # a quiet market must not keep us forever
        give_up.start()
        stream.run()  # blocks until stop(); handlers run one at a time
        give_up.cancel()
        for (symbol, kind), count in sorted(tour.received.items()):
            print(f"{symbol} {kind}: {count}")
        print(f"messages while paused: {tour.while_paused}")


if __name__ == "__main__":
    main()
