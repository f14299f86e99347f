"""Bars of any market from its minute bars: intraday buckets and daily, weekly, monthly periods.

Crypto (around the clock, days in UTC) and options (NYSE sessions, days in New York time) both
describe a day by its minute bars and get every timeframe from :func:`series_bars`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from alpaca.sandbox._format import fmt_epoch_s
from alpaca.sandbox._market import TimeFrame


class Candle(NamedTuple):
    """An OHLCV bar; ``t`` in epoch seconds. ``v`` is an int for options, fractional for crypto."""

    t: int
    o: float
    h: float
    low: float
    c: float
    v: float
    n: int
    vw: float

    def to_json(self) -> dict[str, Any]:
        """Alpaca's bar object."""
        return {
            "t": fmt_epoch_s(self.t),
            "o": self.o,
            "h": self.h,
            "l": self.low,
            "c": self.c,
            "v": self.v,
            "n": self.n,
            "vw": self.vw,
        }


def aggregate(bars: Sequence[Candle], t: int, digits: int) -> Candle:
    """One bar summarising ``bars`` (non-empty, ascending), stamped ``t``."""
    volume = sum(b.v for b in bars)
    vw = sum(b.vw * b.v for b in bars) / volume if volume else bars[-1].c
    if isinstance(volume, float):
        volume = round(volume, 8)
    return Candle(
        t,
        bars[0].o,
        max(b.h for b in bars),
        min(b.low for b in bars),
        bars[-1].c,
        volume,
        sum(b.n for b in bars),
        round(vw, digits),
    )


MinutesOfDay = Callable[[date], Sequence[Candle]]
"""The complete minute bars of a day (ascending)."""


def _midnight(day: date, zone: tzinfo) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=zone).timestamp())


def _day(t: int, zone: tzinfo) -> date:
    return datetime.fromtimestamp(t, UTC).astimezone(zone).date()


def series_bars(
    minutes: MinutesOfDay,
    tf: TimeFrame,
    lo: int,
    hi: int,
    *,
    zone: tzinfo,
    digits: int,
    descending: bool = False,
    days: Callable[[date], Candle | None] | None = None,
) -> Iterator[Candle]:
    """Bars of ``tf`` stamped within ``[lo, hi]`` (epoch seconds), in time order or reversed.

    Intraday buckets are aligned on UTC midnight; daily, weekly and monthly bars are stamped at
    the midnight (in ``zone``) that starts their period and aggregate ``days(day)`` (by default
    the aggregate of the day's minutes).
    """
    if lo > hi:
        return
    first, last = _day(lo, zone), _day(hi, zone)
    if tf.unit in ("Min", "Hour"):
        width = tf.amount * (60 if tf.unit == "Min" else 3600)
        day = last if descending else first
        while first <= day <= last:
            groups: dict[int, list[Candle]] = {}
            for bar in minutes(day):
                midnight = bar.t - bar.t % 86400
                groups.setdefault(midnight + (bar.t - midnight) // width * width, []).append(bar)
            found = [aggregate(g, t, digits) for t, g in groups.items() if lo <= t <= hi]
            yield from reversed(found) if descending else found
            day += timedelta(days=-1 if descending else 1)
        return
    start = tf.period_start(first)
    periods = []
    while start <= last:
        periods.append(start)
        start = tf.next_period(start)
    for begin in reversed(periods) if descending else periods:
        stamp = _midnight(begin, zone)
        if not lo <= stamp <= hi:
            continue
        bars: list[Candle] = []
        day, end = begin, tf.next_period(begin)
        while day < end:
            if days is None:
                own = minutes(day)
                if own:
                    bars.append(aggregate(own, stamp, digits))
            elif (summary := days(day)) is not None:
                bars.append(summary)
            day += timedelta(days=1)
        if bars:
            yield aggregate(bars, stamp, digits)
