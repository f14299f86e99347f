"""Deterministic synthetic spot crypto data: pairs trade around the clock, days are UTC days.

Every venue (``loc``) serves the same data. Minute bars are a seeded random walk per pair and
day; quotes and trades (two of each per minute) and order books are derived from them.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from alpaca.sandbox._candles import Candle, aggregate, series_bars
from alpaca.sandbox._format import fmt_epoch_ns
from alpaca.sandbox._market import TimeFrame

LOCATIONS = ("us", "us-1", "us-2", "eu-1", "bs-1")
PAIRS: dict[str, float] = {
    "BTC/USD": 60_000.0,
    "ETH/USD": 3_000.0,
    "SOL/USD": 150.0,
    "LTC/USD": 80.0,
    "AVAX/USD": 35.0,
    "LINK/USD": 15.0,
    "DOGE/USD": 0.12,
    "USDC/USD": 1.0,
    "BTC/USDT": 60_000.0,
    "ETH/BTC": 0.05,
}
HISTORY_START = datetime(2021, 1, 1, tzinfo=UTC)
"""No crypto data before this moment."""
_NS = 1_000_000_000
_TICKS_PER_MINUTE = 2


def digits(pair: str) -> int:
    """Decimal places of the pair's prices: more for cheaper pairs."""
    return max(2, 6 - int(math.log10(PAIRS[pair])))


def _swing(pair: str) -> float:
    """How much the pair moves: stablecoins hardly at all."""
    return 0.005 if pair.startswith("USDC/") else 1.0


def _level(pair: str, day: date) -> float:
    """The opening level of ``day``: a slow drift around the pair's base price."""
    phase = random.Random(pair).random() * 2 * math.pi
    x = day.toordinal()
    drift = 0.2 * math.sin(x / 37 + phase) + 0.05 * math.sin(x / 7.1 + 2 * phase)
    noise = random.Random(f"{pair}|level|{day}").gauss(0, 0.01)
    return PAIRS[pair] * math.exp((drift + noise) * _swing(pair))


@lru_cache(maxsize=1024)
def minute_bars(pair: str, day: date) -> tuple[Candle, ...]:
    """Every minute bar of ``pair`` on the UTC ``day`` (none before :data:`HISTORY_START`)."""
    start = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    if start < HISTORY_START.timestamp():
        return ()
    rng = random.Random(f"crypto|{pair}|{day}")
    gauss, uniform, randint = rng.gauss, rng.uniform, rng.randint
    places = digits(pair)
    scale = 1_000 / PAIRS[f"{pair.partition('/')[0]}/USD"]  # about $1000 per trade
    sigma = 0.0006 * _swing(pair)
    price = round(_level(pair, day), places)
    bars = []
    for k in range(1440):
        o = price
        c = round(o * (1 + gauss(0, sigma)), places)
        h = round(max(o, c) * (1 + abs(gauss(0, sigma / 2))), places)
        low = round(min(o, c) * (1 - abs(gauss(0, sigma / 2))), places)
        n = randint(1, 40)
        v = round(n * uniform(0.2, 1.8) * scale, 8)
        vw = round((h + low + c) / 3, places)
        bars.append(Candle(start + 60 * k, o, h, low, c, v, n, vw))
        price = c
    return tuple(bars)


def _complete(pair: str, day: date, now_s: int) -> Sequence[Candle]:
    """The minute bars of ``day`` that have ended by ``now_s``."""
    bars = minute_bars(pair, day)
    return bars[: max(0, (now_s - bars[0].t) // 60)] if bars else ()


def bars(
    pair: str,
    tf: TimeFrame,
    lo: int,
    hi: int,
    now: datetime,
    *,
    descending: bool = False,
) -> Iterator[Candle]:
    """Bars stamped within ``[lo, hi]`` (epoch seconds) from the minutes complete at ``now``."""
    now_s = int(now.timestamp())

    def minutes(day: date) -> Sequence[Candle]:
        return _complete(pair, day, now_s)

    return series_bars(
        minutes, tf, lo, min(hi, now_s), zone=UTC, digits=digits(pair), descending=descending
    )


class CryptoQuote(NamedTuple):
    """Best bid and ask; ``t`` in epoch nanoseconds."""

    t: int
    bp: float
    bs: float
    ap: float
    as_: float

    def to_json(self) -> dict[str, Any]:
        """Alpaca's crypto quote object."""
        return {
            "t": fmt_epoch_ns(self.t),
            "bp": self.bp,
            "bs": self.bs,
            "ap": self.ap,
            "as": self.as_,
        }


class CryptoTrade(NamedTuple):
    """A trade; ``t`` in epoch nanoseconds; ``tks`` the taker side (B or S)."""

    t: int
    p: float
    s: float
    i: int
    tks: str

    def to_json(self) -> dict[str, Any]:
        """Alpaca's crypto trade object."""
        return {"t": fmt_epoch_ns(self.t), "p": self.p, "s": self.s, "i": self.i, "tks": self.tks}


@lru_cache(maxsize=256)
def ticks(pair: str, day: date) -> tuple[tuple[CryptoTrade, ...], tuple[CryptoQuote, ...]]:
    """Two trades and two quotes per minute of ``day``."""
    rng = random.Random(f"crypto|{pair}|ticks|{day}")
    places = digits(pair)
    tick = 10.0**-places
    trades: list[CryptoTrade] = []
    quotes: list[CryptoQuote] = []
    base_id = day.toordinal() * 10_000
    for k, bar in enumerate(minute_bars(pair, day)):
        offsets = sorted(rng.sample(range(1, 60 * _NS, 7919), 2 * _TICKS_PER_MINUTE))
        for j, price in enumerate((bar.o, bar.c)):
            half = max(tick, round(price * 0.0001, places))
            size = round(bar.v / bar.n * rng.uniform(0.5, 1.5), 8)
            quotes.append(
                CryptoQuote(
                    bar.t * _NS + offsets[2 * j],
                    round(price - half, places),
                    round(size * rng.uniform(0.5, 3), 8),
                    round(price + half, places),
                    round(size * rng.uniform(0.5, 3), 8),
                )
            )
            trades.append(
                CryptoTrade(
                    bar.t * _NS + offsets[2 * j + 1],
                    price,
                    size,
                    base_id * 100 + k * _TICKS_PER_MINUTE + j,
                    rng.choice("BS"),
                )
            )
    return tuple(trades), tuple(quotes)


def _utc_day(ns: int) -> date:
    return datetime.fromtimestamp(ns // _NS, UTC).date()


def tick_series(kind: int, pair: str, lo: int, hi: int, *, descending: bool) -> Iterator[Any]:
    """Trades (``kind`` 0) or quotes (1) stamped within ``[lo, hi]`` (epoch nanoseconds)."""
    if lo > hi:
        return
    first, last = _utc_day(max(lo, int(HISTORY_START.timestamp()) * _NS)), _utc_day(hi)
    day = last if descending else first
    while first <= day <= last:
        items = ticks(pair, day)[kind]
        keys = [item.t for item in items]
        found = items[bisect_right(keys, lo - 1) : bisect_right(keys, hi)]
        yield from reversed(found) if descending else found
        day += timedelta(days=-1 if descending else 1)


def latest_bar(pair: str, now: datetime) -> Candle:
    """The latest complete minute bar at ``now``."""
    now_s = int(now.timestamp())
    day = _utc_day(now_s * _NS)
    found = _complete(pair, day, now_s)
    return found[-1] if found else minute_bars(pair, day - timedelta(days=1))[-1]


def latest_tick(kind: int, pair: str, now: datetime) -> Any:
    """The latest trade (``kind`` 0) or quote (1) at or before ``now``."""
    hi = int(now.timestamp() * _NS)
    return next(tick_series(kind, pair, hi - 2 * 86400 * _NS, hi, descending=True))


def daily_bar(pair: str, day: date, now: datetime) -> Candle:
    """The (possibly still forming) bar of the UTC ``day``."""
    found = _complete(pair, day, int(now.timestamp())) or minute_bars(pair, day)[:1]
    stamp = int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())
    return aggregate(found, stamp, digits(pair))


def snapshot(pair: str, now: datetime) -> dict[str, Any]:
    """Latest trade, quote, minute bar, daily bar and previous daily bar."""
    minute = latest_bar(pair, now)
    day = _utc_day(minute.t * _NS)
    return {
        "latestTrade": latest_tick(0, pair, now).to_json(),
        "latestQuote": latest_tick(1, pair, now).to_json(),
        "minuteBar": minute.to_json(),
        "dailyBar": daily_bar(pair, day, now).to_json(),
        "prevDailyBar": daily_bar(pair, day - timedelta(days=1), now).to_json(),
    }


def orderbook(pair: str, now: datetime, depth: int = 10) -> dict[str, Any]:
    """Bid and ask levels around the latest quote."""
    quote: CryptoQuote = latest_tick(1, pair, now)
    places = digits(pair)
    step = max(10.0**-places, round(quote.bp * 0.00005, places))
    rng = random.Random(f"crypto|{pair}|book|{quote.t}")

    def levels(first: float, direction: int, size: float) -> list[dict[str, float]]:
        return [
            {
                "p": round(first + direction * step * k, places),
                "s": size if k == 0 else round(size * rng.uniform(0.5, 4), 8),
            }
            for k in range(depth)
        ]

    return {
        "t": fmt_epoch_ns(quote.t),
        "b": levels(quote.bp, -1, quote.bs),
        "a": levels(quote.ap, 1, quote.as_),
    }
