"""A sandbox clock that tests move by hand (for rules that take hours of sandbox time)."""

from __future__ import annotations

import datetime as dt

START = dt.datetime(2025, 3, 4, 15, 0, tzinfo=dt.UTC)  # a Tuesday, 10:00 in New York


class ManualClock:
    """``now()`` for ``Sandbox(now=...)``: stands still until ``advance`` moves it."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.start = self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)
