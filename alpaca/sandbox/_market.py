"""Symbol universe and deterministic synthetic market data (bars, quotes, trades)."""

from __future__ import annotations

import math
import random
import uuid
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from typing import Any, NamedTuple, cast

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._format import fmt_epoch_ns, fmt_epoch_s

_ASSET_NAMESPACE = uuid.UUID("5a4d8c3e-0f5b-4f7e-9a61-3c0d2b7e9a10")
_NS = 1_000_000_000
_TICKS_PER_MINUTE = 3
_EXCHANGES = ("V", "Q", "N", "P", "K", "Z")
HISTORY_START = datetime(2016, 1, 1, tzinfo=cal.NEW_YORK)
"""No market data before this moment (Alpaca's stock history starts in 2016 as well)."""


@dataclass(frozen=True, slots=True)
class Asset:
    """One tradable (or formerly tradable) US equity."""

    symbol: str
    name: str
    exchange: str
    base_price: float
    fractionable: bool = True
    status: str = "active"

    @property
    def id(self) -> str:
        """Deterministic asset id: uuid5 of the symbol."""
        return str(uuid.uuid5(_ASSET_NAMESPACE, self.symbol))

    @property
    def tradable(self) -> bool:
        """Only active assets trade."""
        return self.status == "active"

    @property
    def tape(self) -> str:
        """SIP tape of the listing exchange."""
        return {"NASDAQ": "C", "NYSE": "A"}.get(self.exchange, "B")

    def to_json(self) -> dict[str, Any]:
        """The ``/v2/assets`` item."""
        return {
            "id": self.id,
            "class": "us_equity",
            "exchange": self.exchange,
            "symbol": self.symbol,
            "name": self.name,
            "status": self.status,
            "tradable": self.tradable,
            "marginable": self.tradable,
            "maintenance_margin_requirement": 30,
            "margin_requirement_long": "30",
            "margin_requirement_short": "100",
            "shortable": self.tradable,
            "easy_to_borrow": self.tradable,
            "fractionable": self.fractionable,
            "attributes": ["has_options"] if self.tradable else [],
        }


UNIVERSE: tuple[Asset, ...] = (
    Asset("AAPL", "Apple Inc. Common Stock", "NASDAQ", 190.0),
    Asset("MSFT", "Microsoft Corporation Common Stock", "NASDAQ", 420.0),
    Asset("AMZN", "Amazon.com, Inc. Common Stock", "NASDAQ", 180.0),
    Asset("GOOGL", "Alphabet Inc. Class A Common Stock", "NASDAQ", 165.0),
    Asset("GOOG", "Alphabet Inc. Class C Capital Stock", "NASDAQ", 167.0),
    Asset("META", "Meta Platforms, Inc. Class A Common Stock", "NASDAQ", 500.0),
    Asset("NVDA", "NVIDIA Corporation Common Stock", "NASDAQ", 120.0),
    Asset("TSLA", "Tesla, Inc. Common Stock", "NASDAQ", 240.0),
    Asset("NFLX", "Netflix, Inc. Common Stock", "NASDAQ", 650.0),
    Asset("AMD", "Advanced Micro Devices, Inc. Common Stock", "NASDAQ", 160.0),
    Asset("INTC", "Intel Corporation Common Stock", "NASDAQ", 30.0),
    Asset("ADBE", "Adobe Inc. Common Stock", "NASDAQ", 520.0),
    Asset("CSCO", "Cisco Systems, Inc. Common Stock", "NASDAQ", 50.0),
    Asset("PEP", "PepsiCo, Inc. Common Stock", "NASDAQ", 170.0),
    Asset("COST", "Costco Wholesale Corporation Common Stock", "NASDAQ", 850.0),
    Asset("QQQ", "Invesco QQQ Trust, Series 1", "NASDAQ", 480.0),
    Asset("JPM", "JPMorgan Chase & Co. Common Stock", "NYSE", 200.0),
    Asset("V", "Visa Inc.", "NYSE", 275.0),
    Asset("MA", "Mastercard Incorporated Common Stock", "NYSE", 460.0),
    Asset("BAC", "Bank of America Corporation Common Stock", "NYSE", 40.0),
    Asset("WMT", "Walmart Inc. Common Stock", "NYSE", 68.0),
    Asset("JNJ", "Johnson & Johnson Common Stock", "NYSE", 155.0),
    Asset("PG", "Procter & Gamble Company (The) Common Stock", "NYSE", 165.0),
    Asset("XOM", "Exxon Mobil Corporation Common Stock", "NYSE", 115.0),
    Asset("KO", "Coca-Cola Company (The) Common Stock", "NYSE", 62.0),
    Asset("DIS", "Walt Disney Company (The) Common Stock", "NYSE", 100.0),
    Asset("BRK.B", "Berkshire Hathaway Inc. Class B", "NYSE", 410.0),
    Asset("UNH", "UnitedHealth Group Incorporated Common Stock", "NYSE", 520.0),
    Asset("HD", "Home Depot, Inc. (The) Common Stock", "NYSE", 360.0),
    Asset("F", "Ford Motor Company Common Stock", "NYSE", 12.0),
    Asset("SPY", "SPDR S&P 500 ETF Trust", "ARCA", 550.0),
    Asset("IWM", "iShares Russell 2000 ETF", "ARCA", 210.0),
    Asset("DIA", "SPDR Dow Jones Industrial Average ETF Trust", "ARCA", 400.0),
    Asset("GLD", "SPDR Gold Trust", "ARCA", 220.0),
    Asset("TLT", "iShares 20+ Year Treasury Bond ETF", "NASDAQ", 95.0),
    Asset("PENNY", "Sandbox Penny Holdings Inc.", "OTC", 0.85, fractionable=False),
    Asset(
        "TWTR", "Twitter, Inc. Common Stock", "NYSE", 53.0, fractionable=False, status="inactive"
    ),
)
_BY_SYMBOL = {a.symbol: a for a in UNIVERSE}
_BY_ID = {a.id: a for a in UNIVERSE}


def find_asset(symbol_or_id: str) -> Asset | None:
    """Look an asset up by symbol (case-insensitive) or asset id."""
    return _BY_SYMBOL.get(symbol_or_id.upper()) or _BY_ID.get(symbol_or_id.lower())


class Bar(NamedTuple):
    """An OHLCV bar; ``t`` in epoch seconds."""

    t: int
    o: float
    h: float
    low: float
    c: float
    v: int
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


class Trade(NamedTuple):
    """A trade print; ``t`` in epoch nanoseconds."""

    t: int
    x: str
    p: float
    s: int
    i: int
    z: str

    def to_json(self) -> dict[str, Any]:
        """Alpaca's trade object."""
        return {
            "t": fmt_epoch_ns(self.t),
            "x": self.x,
            "p": self.p,
            "s": self.s,
            "c": ["@"],
            "i": self.i,
            "z": self.z,
        }


class Quote(NamedTuple):
    """A NBBO quote; ``t`` in epoch nanoseconds."""

    t: int
    ax: str
    ap: float
    as_: int
    bx: str
    bp: float
    bs: int
    z: str

    def to_json(self) -> dict[str, Any]:
        """Alpaca's quote object."""
        return {
            "t": fmt_epoch_ns(self.t),
            "ax": self.ax,
            "ap": self.ap,
            "as": self.as_,
            "bx": self.bx,
            "bp": self.bp,
            "bs": self.bs,
            "c": ["R"],
            "z": self.z,
        }


def _day_level(asset: Asset, day: date) -> float:
    """Slowly drifting daily opening level around the asset's base price."""
    rng = random.Random(f"{asset.symbol}|level|{day.isoformat()}")
    phase = random.Random(asset.symbol).random() * 2 * math.pi
    x = day.toordinal()
    drift = 0.12 * math.sin(x / 41 + phase) + 0.05 * math.sin(x / 9.3 + 2 * phase)
    return asset.base_price * math.exp(drift + rng.gauss(0, 0.01))


@lru_cache(maxsize=8192)
def minute_bars(symbol: str, day: date) -> tuple[Bar, ...]:
    """Every regular-hours minute bar of ``symbol`` on ``day`` (empty on closed days)."""
    asset = _BY_SYMBOL[symbol]
    sess = cal.session(day)
    if sess is None:
        return ()
    rng = random.Random(f"{symbol}|{day.isoformat()}")
    gauss, randint = rng.gauss, rng.randint
    sigma = 0.0008
    price = round(_day_level(asset, day), 2)
    start = int(sess.open.timestamp())
    count = int((sess.close - sess.open).total_seconds()) // 60
    bars = []
    for k in range(count):
        o = price
        c = max(round(o * (1 + gauss(0, sigma)), 2), 0.01)
        h = round(max(o, c) * (1 + abs(gauss(0, sigma / 2))), 2)
        low = max(round(min(o, c) * (1 - abs(gauss(0, sigma / 2))), 2), 0.01)
        n = randint(20, 400)
        v = n * randint(50, 150)
        bars.append(Bar(start + 60 * k, o, h, low, c, v, n, round((h + low + c) / 3, 4)))
        price = c
    return tuple(bars)


@lru_cache(maxsize=2048)
def ticks(symbol: str, day: date) -> tuple[tuple[Trade, ...], tuple[Quote, ...]]:
    """A deterministic handful of trades and quotes per minute of ``day``."""
    asset = _BY_SYMBOL[symbol]
    rng = random.Random(f"{symbol}|ticks|{day.isoformat()}")
    trades: list[Trade] = []
    quotes: list[Quote] = []
    base_id = day.toordinal() * 100_000
    for k, bar in enumerate(minute_bars(symbol, day)):
        offsets = sorted(rng.sample(range(1, 60 * _NS, 7919), 2 * _TICKS_PER_MINUTE))
        prices = (bar.o, round(rng.uniform(bar.low, bar.h), 2), bar.c)
        for j, price in enumerate(prices):
            spread = rng.choice((0.01, 0.01, 0.02, 0.03))
            quotes.append(
                Quote(
                    bar.t * _NS + offsets[2 * j],
                    rng.choice(_EXCHANGES),
                    round(price + spread / 2, 2) if spread > 0.01 else round(price + 0.01, 2),
                    rng.randint(1, 9),
                    rng.choice(_EXCHANGES),
                    round(price - spread / 2, 2) if spread > 0.01 else price,
                    rng.randint(1, 9),
                    asset.tape,
                )
            )
            trades.append(
                Trade(
                    bar.t * _NS + offsets[2 * j + 1],
                    rng.choice(_EXCHANGES),
                    price,
                    rng.randint(1, 500),
                    base_id + k * _TICKS_PER_MINUTE + j,
                    asset.tape,
                )
            )
    return tuple(trades), tuple(quotes)


def aggregate(bars: Iterable[Bar], t: int) -> Bar:
    """One bar summarising ``bars`` (non-empty, ascending), stamped ``t``."""
    items = list(bars)
    volume = sum(b.v for b in items)
    vw = sum(b.vw * b.v for b in items) / volume if volume else items[-1].c
    return Bar(
        t,
        items[0].o,
        max(b.h for b in items),
        min(b.low for b in items),
        items[-1].c,
        volume,
        sum(b.n for b in items),
        round(vw, 4),
    )


@dataclass(frozen=True, slots=True)
class TimeFrame:
    """A bar aggregation period: ``amount`` of ``unit`` (Min, Hour, Day, Week, Month)."""

    amount: int
    unit: str

    def bucket(self, t: int) -> int:
        """The timestamp (epoch seconds) of the bar containing minute ``t``."""
        if self.unit in ("Min", "Hour"):
            width = self.amount * (60 if self.unit == "Min" else 3600)
            midnight = t - t % 86400
            return midnight + (t - midnight) // width * width
        day = datetime.fromtimestamp(t, UTC).astimezone(cal.NEW_YORK).date()
        return _midnight_et(self.period_start(day))

    def period_start(self, day: date) -> date:
        """First calendar day of the daily/weekly/monthly period holding ``day``."""
        if self.unit == "Week":
            return day - timedelta(days=day.weekday())
        if self.unit == "Month":
            return date(day.year, (day.month - 1) // self.amount * self.amount + 1, 1)
        return day

    def next_period(self, day: date) -> date:
        """First calendar day of the period after the one holding ``day`` (intraday: a day)."""
        if self.unit == "Week":
            return self.period_start(day) + timedelta(days=7)
        if self.unit == "Month":
            start = self.period_start(day)
            months = start.month - 1 + self.amount
            return date(start.year + months // 12, months % 12 + 1, 1)
        return day + timedelta(days=1)


_DAILY = TimeFrame(1, "Day")


def _midnight_et(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=cal.NEW_YORK).timestamp())


def _utc_date(t: int) -> date:
    """The UTC date of epoch second ``t``: a bar's session day, or its period's first day."""
    return datetime.fromtimestamp(t, UTC).date()


def _complete(day: date, now_s: int) -> int:
    """How many minute bars of ``day`` are complete at ``now_s``."""
    sess = cal.session(day)
    if sess is None:
        return 0
    open_s = int(sess.open.timestamp())
    full = (int(sess.close.timestamp()) - open_s) // 60
    return min(full, max(0, (now_s - open_s) // 60))


def _available(symbol: str, day: date, now_s: int) -> tuple[Bar, ...]:
    """Minute bars of ``day`` that are complete at ``now_s``."""
    count = _complete(day, now_s)
    return minute_bars(symbol, day)[:count] if count else ()


class DaySummary(NamedTuple):
    """A session's aggregate plus each minute's ``vw * v``, to extend multi-day bars exactly."""

    bar: Bar
    products: array[float]


@lru_cache(maxsize=16384)
def day_summary(symbol: str, day: date, count: int) -> DaySummary:
    """The first ``count`` minute bars of ``day`` summarised (stamped at midnight ET)."""
    minutes = minute_bars(symbol, day)[:count]
    return DaySummary(
        aggregate(minutes, _midnight_et(day)), array("d", (b.vw * b.v for b in minutes))
    )


def _extend(bar: Bar, day: DaySummary) -> Bar:
    """``aggregate((bar, *minutes of day), bar.t)`` from the day's summary, bit for bit."""
    volume = bar.v + day.bar.v
    vw = sum(chain((bar.vw * bar.v,), day.products)) / volume
    return Bar(
        bar.t,
        bar.o,
        max(bar.h, day.bar.h),
        min(bar.low, day.bar.low),
        day.bar.c,
        volume,
        bar.n + day.bar.n,
        round(vw, 4),
    )


def _periods(
    tf: TimeFrame, first: date, last: date, seek: date, descending: bool
) -> Iterator[tuple[date, date]]:
    """``tf``'s periods clipped to ``[first, last]``, from the one holding ``seek`` on or back."""
    day = max(first, seek) if not descending else min(last, seek)
    while first <= day <= last:
        begin = max(tf.period_start(day), first)
        following = tf.next_period(day)
        yield begin, min(following - timedelta(days=1), last)
        day = begin - timedelta(days=1) if descending else following


def _intraday_bars(symbol: str, tf: TimeFrame, day: date, now_s: int) -> list[Bar]:
    """The minute or hour buckets of one session."""
    minutes = _available(symbol, day, now_s)
    if tf.amount == 1 and tf.unit == "Min":
        return list(minutes)
    groups: dict[int, list[Bar]] = {}
    for b in minutes:
        groups.setdefault(tf.bucket(b.t), []).append(b)
    return [aggregate(group, t) for t, group in groups.items()]


def _period_bar(symbol: str, stamp: int, begin: date, end: date, now_s: int) -> Bar | None:
    """The bar stamped ``stamp`` over the sessions from ``begin`` to ``end`` (None: no data)."""
    result: Bar | None = None
    for sess in cal.sessions(begin, end):
        count = _complete(sess.day, now_s)
        if not count:
            continue
        day = day_summary(symbol, sess.day, count)
        result = day.bar._replace(t=stamp) if result is None else _extend(result, day)
    return result


def bars(
    symbol: str,
    tf: TimeFrame,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    descending: bool = False,
    after: int | None = None,
) -> Iterator[Bar]:
    """Bars of ``symbol`` stamped within ``[start, min(end, now)]`` (none before
    :data:`HISTORY_START`), generated lazily.

    Ascending, or descending; ``after`` (a page token's stamp) skips to the bars past it.
    """
    start = max(start, HISTORY_START)
    now_s = int(now.timestamp())
    hi = min(int(end.timestamp()), now_s)
    first, last = tf.period_start(cal.et_date(start)), cal.et_date(datetime.fromtimestamp(hi, UTC))
    lo, hi = _narrow(int(start.timestamp()), hi, descending, after)
    if lo > hi:
        return
    seek = _utc_date(hi if descending else lo)
    for begin, end_day in _periods(tf, first, last, seek, descending):
        if tf.unit in ("Min", "Hour"):
            found = _intraday_bars(symbol, tf, begin, now_s)
            yield from (b for b in (reversed(found) if descending else found) if lo <= b.t <= hi)
            continue
        stamp = _midnight_et(tf.period_start(begin))
        if lo <= stamp <= hi and (bar := _period_bar(symbol, stamp, begin, end_day, now_s)):
            yield bar


def _narrow(lo: int, hi: int, descending: bool, after: int | None) -> tuple[int, int]:
    """``[lo, hi]`` cut to the stamps strictly past ``after`` in the iteration order."""
    if after is None:
        return lo, hi
    return (lo, min(hi, after - 1)) if descending else (max(lo, after + 1), hi)


def _tick_range(items: tuple[Any, ...], lo: int, hi: int) -> list[Any]:
    keys = [item.t for item in items]
    return list(items[bisect_right(keys, lo - 1) : bisect_right(keys, hi)])


def trades(
    symbol: str,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    descending: bool = False,
    after: int | None = None,
) -> Iterator[Trade]:
    """Trades stamped within ``[start, min(end, now)]``, lazily (see :func:`bars`)."""
    return cast(Iterator[Trade], _ticks_between(symbol, start, end, now, 0, descending, after))


def quotes(
    symbol: str,
    start: datetime,
    end: datetime,
    now: datetime,
    *,
    descending: bool = False,
    after: int | None = None,
) -> Iterator[Quote]:
    """Quotes stamped within ``[start, min(end, now)]``, lazily (see :func:`bars`)."""
    return cast(Iterator[Quote], _ticks_between(symbol, start, end, now, 1, descending, after))


def _ticks_between(
    symbol: str,
    start: datetime,
    end: datetime,
    now: datetime,
    kind: int,
    descending: bool,
    after: int | None,
) -> Iterator[Any]:
    start = max(start, HISTORY_START)
    hi = min(int(end.timestamp() * _NS), int(now.timestamp() * _NS))
    last = cal.et_date(datetime.fromtimestamp(hi / _NS, UTC))
    lo, hi = _narrow(int(start.timestamp() * _NS), hi, descending, after)
    if lo > hi:
        return
    seek = _utc_date((hi if descending else lo) // _NS)
    for day, _ in _periods(_DAILY, cal.et_date(start), last, seek, descending):
        if cal.session(day) is not None:
            found = _tick_range(ticks(symbol, day)[kind], lo, hi)
            yield from reversed(found) if descending else found


def latest_bar(symbol: str, now: datetime) -> Bar:
    """The latest complete minute bar at ``now``."""
    sess = cal.last_session_started(now)
    minutes = _available(symbol, sess.day, int(now.timestamp()))
    if not minutes:
        minutes = minute_bars(symbol, cal.previous_trading_day(sess.day))
    return minutes[-1]


def last_price(symbol: str, now: datetime) -> Decimal:
    """The fill price: close of the latest complete minute bar."""
    return Decimal(str(latest_bar(symbol, now).c))


def _latest_tick(symbol: str, now: datetime, kind: int) -> Any:
    sess = cal.last_session_started(now)
    found = _tick_range(ticks(symbol, sess.day)[kind], 0, int(now.timestamp() * _NS))
    if found:
        return found[-1]
    return ticks(symbol, cal.previous_trading_day(sess.day))[kind][-1]


def latest_trade(symbol: str, now: datetime) -> Trade:
    """The latest trade at or before ``now``."""
    trade: Trade = _latest_tick(symbol, now, 0)
    return trade


def latest_quote(symbol: str, now: datetime) -> Quote:
    """The latest quote at or before ``now``."""
    quote: Quote = _latest_tick(symbol, now, 1)
    return quote


def daily_bar(symbol: str, day: date, now: datetime) -> Bar:
    """The (possibly still forming) daily bar of the session on ``day``."""
    minutes = _available(symbol, day, int(now.timestamp())) or minute_bars(symbol, day)[:1]
    return aggregate(minutes, _midnight_et(day))


def snapshot(symbol: str, now: datetime) -> dict[str, Any]:
    """Latest trade, quote, minute bar, daily bar and previous daily bar."""
    minute = latest_bar(symbol, now)
    day = cal.et_date(datetime.fromtimestamp(minute.t, UTC))
    return {
        "latestTrade": latest_trade(symbol, now).to_json(),
        "latestQuote": latest_quote(symbol, now).to_json(),
        "minuteBar": minute.to_json(),
        "dailyBar": daily_bar(symbol, day, now).to_json(),
        "prevDailyBar": daily_bar(symbol, cal.previous_trading_day(day), now).to_json(),
    }
