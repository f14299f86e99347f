"""Synthetic content of the sandbox's market-data streams, deterministic per symbol and minute.

Stocks replay the sandbox's REST data as its timestamps pass during NYSE sessions (the same
trades, quotes and minute bars; daily bars are the session so far). With ``always_open`` the
time between sessions gets synthetic minutes that continue from the last close. Crypto, crypto
perpetuals, the test stream (``FAKEPACA``) and news run around the clock; options trade during
their underlying's hours.

Stream-only events, so every channel has something to say: a trading status at each open, LULD
bands every 5 minutes, imbalances in the 5 minutes before the open and the 10 before the close,
a correction and a cancel of one trade every 10 minutes per stock, an updated bar (equal to the
bar it updates) every 5 minutes, an order-book change with each crypto quote, perpetual pricing
every minute and a news article every 3 minutes.

Messages are dicts with ``T`` first; timestamps are integer epoch nanoseconds under the keys in
``TIME_KEYS`` (the server encodes them per connection).
"""

from __future__ import annotations

import math
import random
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market

NS = 1_000_000_000
TIME_KEYS = ("t", "r", "ft", "created_at", "updated_at")
Message = dict[str, Any]

_EXCHANGES = ("V", "Q", "N", "P", "K", "Z")
_OCC = re.compile(r"^([A-Z]{1,6})(\d{6})([CP])(\d{8})$")
_CRYPTO = {
    "BTC/USD": 65000.0, "ETH/USD": 3200.0, "SOL/USD": 150.0, "LTC/USD": 80.0,
    "DOGE/USD": 0.15, "AVAX/USD": 35.0, "BTC/USDT": 65010.0, "ETH/USDT": 3201.0,
    "USDC/USD": 1.0, "LINK/USD": 15.0,
}  # fmt: skip
_PERPS = {"BTC-PERP": 65050.0, "ETH-PERP": 3205.0, "SOL-PERP": 150.5}
_FAKEPACA = {"FAKEPACA": 100.0}
_NEWS_EVERY = 3
_WINDOW_CAP = 3600 * NS
"""At most the last hour of ticks is sent when the clock jumps."""


class Tick(NamedTuple):
    """A trade: time (ns), price, size, id, exchange, taker side."""

    t: int
    p: float
    s: float
    i: int
    x: str
    side: str


class Top(NamedTuple):
    """A quote: time (ns), bid, bid size, ask, ask size, bid and ask exchanges."""

    t: int
    bp: float
    bs: float
    ap: float
    as_: float
    bx: str
    ax: str


class Candle(NamedTuple):
    """A bar whose volume may be fractional; ``t`` in epoch seconds (fields as ``market.Bar``)."""

    t: int
    o: float
    h: float
    low: float
    c: float
    v: float
    n: int
    vw: float


def _aggregate(bars: list[Candle], t: int) -> Candle:
    volume = sum(b.v for b in bars)
    vwap = sum(b.vw * b.v for b in bars) / volume if volume else bars[-1].c
    return Candle(
        t,
        bars[0].o,
        max(b.h for b in bars),
        min(b.low for b in bars),
        bars[-1].c,
        volume,
        sum(b.n for b in bars),
        round(vwap, 4),
    )


@dataclass(frozen=True, slots=True)
class Minute:
    """One minute of one symbol: its bar (``t`` in epoch seconds) and its ticks."""

    bar: Candle
    trades: tuple[Tick, ...]
    quotes: tuple[Top, ...]
    session: bool
    """Whether the minute is regular-session REST data (not synthetic)."""


# -- deterministic price paths ------------------------------------------------------------------


def _wave(key: str, m: int) -> float:
    """Smooth pseudo-random log-price offset of ``key`` at epoch minute ``m``."""
    phase = random.Random(key).random() * 2 * math.pi
    return (
        0.012 * math.sin(m / 97 + phase)
        + 0.004 * math.sin(m / 13.7 + 2 * phase)
        + 0.0008 * math.sin(m / 2.3 + 3 * phase)
    )


def _round(price: float) -> float:
    return round(price, 2) if price >= 1 else round(price, 4)


@lru_cache(maxsize=65536)
def synthetic_minute(
    key: str, t: int, start: float, end: float, fractional: bool, per_minute: int = 3
) -> Minute:
    """A minute moving from ``start`` to ``end``: ``per_minute`` trades and quotes, its bar."""
    rng = random.Random(f"{key}|{t}")
    offsets = sorted(rng.sample(range(1, 60 * NS, 7919), 2 * per_minute))
    prices = [start] + [
        rng.uniform(min(start, end), max(start, end)) for _ in range(per_minute - 2)
    ]
    prices = [_round(p) for p in [*prices, end][:per_minute]]
    trades, quotes = [], []
    for j, price in enumerate(prices):
        spread = max(
            _round(price * rng.choice((0.0001, 0.0002, 0.0004))), 0.01 if price >= 1 else 0.0001
        )
        bsize = round(rng.uniform(0.01, 3), 4) if fractional else rng.randint(1, 9)
        asize = round(rng.uniform(0.01, 3), 4) if fractional else rng.randint(1, 9)
        quotes.append(
            Top(
                t * NS + offsets[2 * j],
                _round(price - spread / 2),
                bsize,
                _round(price + spread / 2),
                asize,
                rng.choice(_EXCHANGES),
                rng.choice(_EXCHANGES),
            )
        )
        size = round(rng.uniform(0.0001, 2), 6) if fractional else rng.randint(1, 500)
        trade_id = (t // 60) * 10 + j + zlib.crc32(key.encode()) % 1000 * 10_000_000_000
        trades.append(
            Tick(
                t * NS + offsets[2 * j + 1],
                price,
                size,
                trade_id,
                rng.choice(_EXCHANGES),
                rng.choice("BS"),
            )
        )
    volume = sum(tr.s for tr in trades)
    vwap = sum(tr.p * tr.s for tr in trades) / volume
    bar = Candle(
        t,
        prices[0],
        max(prices),
        min(prices),
        prices[-1],
        round(volume, 6) if fractional else int(volume),
        len(trades),
        round(vwap, 4),
    )
    return Minute(bar, tuple(trades), tuple(quotes), session=False)


def _around_the_clock(key: str, base: float, m: int, fractional: bool) -> Minute:
    start = base * math.exp(_wave(key, m))
    end = base * math.exp(_wave(key, m + 1))
    return synthetic_minute(key, m * 60, _round(start), _round(end), fractional)


# -- stocks ---------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _session_minutes(symbol: str, day: date) -> tuple[Minute, ...]:
    trades, quotes = market.ticks(symbol, day)
    per = 3
    result = []
    for k, bar in enumerate(market.minute_bars(symbol, day)):
        ticks = tuple(
            Tick(tr.t, tr.p, tr.s, tr.i, tr.x, "") for tr in trades[per * k : per * (k + 1)]
        )
        tops = tuple(
            Top(q.t, q.bp, q.bs, q.ap, q.as_, q.bx, q.ax) for q in quotes[per * k : per * (k + 1)]
        )
        result.append(Minute(Candle(*bar), ticks, tops, session=True))
    return tuple(result)


def off_hours_minute(symbol: str, m: int) -> Minute:
    """A synthetic minute between sessions, continuing from the previous session's close."""
    moment = datetime.fromtimestamp(m * 60, UTC)
    anchor = cal.last_session_started(moment)
    close_price = market.minute_bars(symbol, anchor.day)[-1].c
    first = int(anchor.close.timestamp()) // 60
    key = f"{symbol}|after|{anchor.day.isoformat()}"
    start = close_price * math.exp(_wave(key, m) - _wave(key, first))
    end = close_price * math.exp(_wave(key, m + 1) - _wave(key, first))
    return synthetic_minute(key, m * 60, _round(start), _round(end), False)


def stock_minutes(symbol: str, lo_s: int, hi_s: int, always_open: bool) -> Iterator[Minute]:
    """Minutes of ``symbol`` starting within ``[lo_s, hi_s]`` (epoch seconds)."""
    covered: set[int] = set()
    first = cal.et_date(datetime.fromtimestamp(lo_s, UTC))
    last = cal.et_date(datetime.fromtimestamp(hi_s, UTC))
    day = first
    while day <= last:
        if cal.session(day) is not None:
            for minute in _session_minutes(symbol, day):
                if lo_s <= minute.bar.t <= hi_s:
                    covered.add(minute.bar.t // 60)
                    yield minute
        day += timedelta(days=1)
    if always_open:
        for m in range(-(-lo_s // 60), hi_s // 60 + 1):
            if m not in covered and not _in_session(m * 60):
                yield off_hours_minute(symbol, m)


def _in_session(t: int) -> bool:
    moment = datetime.fromtimestamp(t, UTC)
    sess = cal.session(cal.et_date(moment))
    return sess is not None and sess.open <= moment < sess.close


def _stock_trade(symbol: str, tick: Tick, tape: str) -> Message:
    return {
        "T": "t", "S": symbol, "i": tick.i, "x": tick.x, "p": tick.p, "s": int(tick.s),
        "c": ["@"], "t": tick.t, "z": tape,
    }  # fmt: skip


def _stock_quote(symbol: str, top: Top, tape: str) -> Message:
    return {
        "T": "q", "S": symbol, "bx": top.bx, "bp": top.bp, "bs": int(top.bs), "ax": top.ax,
        "ap": top.ap, "as": int(top.as_), "c": ["R"], "t": top.t, "z": tape,
    }  # fmt: skip


def _bar(kind: str, symbol: str, bar: Candle, fractional: bool) -> Message:
    volume = float(bar.v) if fractional else int(bar.v)
    return {
        "T": kind, "S": symbol, "o": bar.o, "h": bar.h, "l": bar.low, "c": bar.c, "v": volume,
        "n": bar.n, "vw": bar.vw, "t": bar.t * NS,
    }  # fmt: skip


def _tape(symbol: str) -> str:
    asset = market.find_asset(symbol)
    return asset.tape if asset is not None else "B"


_DELAY = {"b": 60 * NS, "u": 90 * NS}
"""Minute bars go out when their minute ends, updated bars half a minute later."""


def _published(message: Message, hi: int) -> int:
    """When ``message`` is sent: its order within a frame."""
    kind = message["T"]
    if kind == "d":  # the day so far, sent with the last minute bar of the window
        return hi
    stamp: int = message["created_at"] if kind == "n" else message["t"]
    return stamp + _DELAY.get(kind, 0)


# -- feeds ----------------------------------------------------------------------------------------

Subscriptions = dict[str, set[str]]


class Feed:
    """What one kind of stream serves: its channels, its symbols and its messages."""

    kind = ""
    channels: tuple[str, ...] = ()

    def __init__(self, always_open: bool) -> None:
        self.always_open = always_open

    def universe(self) -> list[str]:
        """Every symbol ``*`` stands for."""
        return []

    def valid(self, symbol: str) -> bool:
        """Whether ``symbol`` has a valid format for this feed."""
        return bool(symbol) and len(symbol) <= 32

    def messages(self, subs: Subscriptions, lo: int, hi: int) -> list[Message]:
        """Messages stamped in ``(lo, hi]`` (epoch ns) for the subscriptions."""
        raise NotImplementedError

    def on_subscribe(self, channel: str, symbols: Iterable[str], now: int) -> list[Message]:
        """Messages sent right after a subscription (order-book snapshots)."""
        return []

    def wanted(self, subs: Subscriptions, channel: str) -> set[str]:
        symbols = subs.get(channel, set())
        return set(self.universe()) if "*" in symbols else set(symbols)


class StockFeed(Feed):
    """``/v2/{feed}`` and ``/v1beta1/{boats,overnight}``."""

    kind = "stocks"
    channels: tuple[str, ...] = (
        "trades", "quotes", "bars", "updatedBars", "dailyBars", "statuses", "lulds", "imbalances",
    )  # fmt: skip

    def universe(self) -> list[str]:
        return [a.symbol for a in market.UNIVERSE if a.tradable]

    def messages(self, subs: Subscriptions, lo: int, hi: int) -> list[Message]:
        lo = max(lo, hi - _WINDOW_CAP)
        want = {channel: self.wanted(subs, channel) for channel in self.channels}
        out: list[Message] = []
        for symbol in set().union(*want.values()):
            if market.find_asset(symbol) is None:
                continue
            out += self._symbol(symbol, want, lo, hi)
        out += self._scheduled(want, lo, hi)
        out.sort(key=lambda message: _published(message, hi))
        return out

    def _symbol(self, symbol: str, want: Subscriptions, lo: int, hi: int) -> list[Message]:
        tape, out = _tape(symbol), []
        minutes = list(stock_minutes(symbol, lo // NS - 120, hi // NS, self.always_open))
        last_ended: Minute | None = None
        for minute in minutes:
            bar = minute.bar
            if symbol in want["trades"]:
                out += [_stock_trade(symbol, t, tape) for t in minute.trades if lo < t.t <= hi]
                out += _trade_events(symbol, minute, tape, lo, hi)
            if symbol in want["quotes"]:
                out += [_stock_quote(symbol, q, tape) for q in minute.quotes if lo < q.t <= hi]
            ends = (bar.t + 60) * NS
            if lo < ends <= hi:
                last_ended = minute
                if symbol in want["bars"]:
                    out.append(_bar("b", symbol, bar, False))
            if symbol in want["updatedBars"] and bar.t % 300 == 0 and lo < (bar.t + 90) * NS <= hi:
                out.append({**_bar("u", symbol, bar, False)})
            if symbol in want["lulds"] and bar.t % 300 == 0 and lo < bar.t * NS <= hi:
                band = 0.05 if bar.o >= 3 else 0.2
                out.append(
                    {
                        "T": "l",
                        "S": symbol,
                        "u": _round(bar.o * (1 + band)),
                        "d": _round(bar.o * (1 - band)),
                        "i": "B",
                        "t": bar.t * NS,
                        "z": tape,
                    }
                )
        if last_ended is not None and symbol in want["dailyBars"]:
            out.append(self._daily(symbol, last_ended))
        return out

    def _daily(self, symbol: str, minute: Minute) -> Message:
        moment = datetime.fromtimestamp(minute.bar.t + 60, UTC)
        if minute.session:
            day = cal.et_date(moment)
            return _bar("d", symbol, Candle(*market.daily_bar(symbol, day, moment)), False)
        anchor = cal.last_session_started(moment)
        since = max(int(anchor.close.timestamp()), _et_midnight(moment))
        bars = [m.bar for m in stock_minutes(symbol, since, minute.bar.t, True) if not m.session]
        return _bar("d", symbol, _aggregate(bars or [minute.bar], since), False)

    def _scheduled(self, want: Subscriptions, lo: int, hi: int) -> list[Message]:
        """Statuses at the open; imbalances before the open and the close."""
        out: list[Message] = []
        first = cal.et_date(datetime.fromtimestamp(lo // NS, UTC))
        last = cal.et_date(datetime.fromtimestamp(hi // NS, UTC))
        day = first
        while day <= last:
            sess = cal.session(day)
            day += timedelta(days=1)
            if sess is None:
                continue
            opens = int(sess.open.timestamp())
            closes = int(sess.close.timestamp())
            if lo < opens * NS <= hi:
                out += [
                    {
                        "T": "s",
                        "S": s,
                        "sc": "T",
                        "sm": "Trading Resumption",
                        "rc": "",
                        "rm": "",
                        "t": opens * NS,
                        "z": _tape(s),
                    }
                    for s in sorted(want["statuses"])
                    if market.find_asset(s) is not None
                ]
            moments = [opens - 60 * k for k in range(1, 6)] + [
                closes - 60 * k for k in range(1, 11)
            ]
            for at in moments:
                if lo < at * NS <= hi:
                    out += [
                        {
                            "T": "i",
                            "S": s,
                            "p": float(market.last_price(s, datetime.fromtimestamp(at, UTC))),
                            "z": _tape(s),
                            "t": at * NS,
                        }
                        for s in sorted(want["imbalances"])
                        if market.find_asset(s) is not None
                    ]
        return out


def _trade_events(symbol: str, minute: Minute, tape: str, lo: int, hi: int) -> list[Message]:
    """A correction (minute 7 of 10) or a cancel (minute 3 of 10) of the minute's first trade."""
    if not minute.session or not minute.trades:
        return []
    slot = (minute.bar.t // 60) % 10
    trade = minute.trades[0]
    at = trade.t + NS
    if not lo < at <= hi:
        return []
    if slot == 7:
        return [
            {
                "T": "c",
                "S": symbol,
                "x": trade.x,
                "oi": trade.i,
                "op": trade.p,
                "os": int(trade.s),
                "oc": ["@"],
                "ci": trade.i + 5_000_000_000,
                "cp": _round(trade.p + 0.01),
                "cs": int(trade.s),
                "cc": ["@"],
                "t": at,
                "z": tape,
            }
        ]
    if slot == 3:
        return [
            {
                "T": "x",
                "S": symbol,
                "i": trade.i,
                "x": trade.x,
                "p": trade.p,
                "s": int(trade.s),
                "a": "C",
                "t": at,
                "z": tape,
            }
        ]
    return []


def _et_midnight(moment: datetime) -> int:
    return int(datetime.combine(cal.et_date(moment), time(), cal.NEW_YORK).timestamp())


class TestFeed(Feed):
    """``/v2/test``: ``FAKEPACA`` around the clock, stock wire types."""

    kind = "test"
    channels: tuple[str, ...] = ("trades", "quotes", "bars")

    def universe(self) -> list[str]:
        return list(_FAKEPACA)

    def messages(self, subs: Subscriptions, lo: int, hi: int) -> list[Message]:
        lo = max(lo, hi - _WINDOW_CAP)
        out: list[Message] = []
        want = {channel: self.wanted(subs, channel) for channel in self.channels}
        for symbol in set().union(*want.values()) & set(_FAKEPACA):
            for m in range(lo // NS // 60 - 1, hi // NS // 60 + 1):
                minute = _around_the_clock(symbol, _FAKEPACA[symbol], m, False)
                if symbol in want["trades"]:
                    out += [_stock_trade(symbol, t, "C") for t in minute.trades if lo < t.t <= hi]
                if symbol in want["quotes"]:
                    out += [_stock_quote(symbol, q, "C") for q in minute.quotes if lo < q.t <= hi]
                if symbol in want["bars"] and lo < (minute.bar.t + 60) * NS <= hi:
                    out.append(_bar("b", symbol, minute.bar, False))
        out.sort(key=lambda message: _published(message, hi))
        return out


class CryptoFeed(Feed):
    """``/v1beta3/crypto/{loc}``: pairs such as ``BTC/USD``, around the clock."""

    kind = "crypto"
    channels: tuple[str, ...] = (
        "trades", "quotes", "bars", "updatedBars", "dailyBars", "orderbooks",
    )  # fmt: skip
    prices = _CRYPTO

    def universe(self) -> list[str]:
        return list(self.prices)

    def minute(self, symbol: str, m: int) -> Minute:
        return _around_the_clock(f"{symbol}|{self.kind}", self.prices[symbol], m, True)

    def messages(self, subs: Subscriptions, lo: int, hi: int) -> list[Message]:
        lo = max(lo, hi - _WINDOW_CAP)
        want = {channel: self.wanted(subs, channel) for channel in self.channels}
        out: list[Message] = []
        for symbol in set().union(*want.values()) & set(self.prices):
            for m in range(lo // NS // 60 - 2, hi // NS // 60 + 1):
                out += self._minute_messages(symbol, m, want, lo, hi)
        out.sort(key=lambda message: _published(message, hi))
        return out

    def _minute_messages(
        self, symbol: str, m: int, want: Subscriptions, lo: int, hi: int
    ) -> list[Message]:
        minute, out = self.minute(symbol, m), []
        if symbol in want["trades"]:
            out += [
                {"T": "t", "S": symbol, "p": t.p, "s": t.s, "t": t.t, "i": t.i, "tks": t.side}
                for t in minute.trades
                if lo < t.t <= hi
            ]
        for q in minute.quotes:
            if not lo < q.t <= hi:
                continue
            if symbol in want["quotes"]:
                out.append(
                    {
                        "T": "q",
                        "S": symbol,
                        "bp": q.bp,
                        "bs": q.bs,
                        "ap": q.ap,
                        "as": q.as_,
                        "t": q.t,
                    }
                )
            if symbol in want["orderbooks"]:
                out.append(
                    {
                        "T": "o",
                        "S": symbol,
                        "t": q.t,
                        "b": [{"p": q.bp, "s": q.bs}],
                        "a": [{"p": q.ap, "s": q.as_}],
                    }
                )
        bar = minute.bar
        if lo < (bar.t + 60) * NS <= hi:
            if symbol in want["bars"]:
                out.append(_bar("b", symbol, bar, True))
            if symbol in want["dailyBars"]:
                midnight = bar.t - bar.t % 86400
                day = [self.minute(symbol, k).bar for k in range(midnight // 60, m + 1)]
                out.append(_bar("d", symbol, _aggregate(day, midnight), True))
        if symbol in want["updatedBars"] and bar.t % 300 == 0 and lo < (bar.t + 90) * NS <= hi:
            out.append(_bar("u", symbol, bar, True))
        return out

    def on_subscribe(self, channel: str, symbols: Iterable[str], now: int) -> list[Message]:
        if channel != "orderbooks":
            return []
        books = []
        for symbol in sorted(set(symbols) & set(self.prices)):
            m = now // NS // 60
            quotes = [q for q in self.minute(symbol, m).quotes if q.t <= now]
            top = quotes[-1] if quotes else self.minute(symbol, m - 1).quotes[-1]
            step = max(_round(top.ap * 0.0002), 0.0001)
            rng = random.Random(f"{symbol}|book|{m}")
            bids = [
                {"p": _round(top.bp - k * step), "s": round(rng.uniform(0.01, 5), 4)}
                for k in range(10)
            ]
            asks = [
                {"p": _round(top.ap + k * step), "s": round(rng.uniform(0.01, 5), 4)}
                for k in range(10)
            ]
            books.append({"T": "o", "S": symbol, "t": now, "b": bids, "a": asks, "r": True})
        return books


class PerpFeed(CryptoFeed):
    """``/v1beta1/crypto-perps/{loc}``: crypto channels plus ``pricing``."""

    kind = "crypto-perps"
    channels = (*CryptoFeed.channels, "pricing")
    prices = _PERPS

    def _minute_messages(
        self, symbol: str, m: int, want: Subscriptions, lo: int, hi: int
    ) -> list[Message]:
        out = super()._minute_messages(symbol, m, want, lo, hi)
        at = m * 60 * NS
        if symbol in want["pricing"] and lo < at <= hi:
            bar = self.minute(symbol, m).bar
            funding = (m * 60 // 28800 + 1) * 28800
            out.append(
                {
                    "T": "p",
                    "S": symbol,
                    "x": "SANDBOX",
                    "ip": _round(bar.o * 0.9998),
                    "mp": bar.o,
                    "fr": round(0.0001 * (1 + math.sin(m / 480)), 8),
                    "oi": round(1000 + 200 * math.sin(m / 90), 4),
                    "t": at,
                    "ft": funding * NS,
                }
            )
        return out


class OptionFeed(Feed):
    """``/v1beta1/{indicative,opra}``: OCC symbols trade with their underlying's hours."""

    kind = "options"
    channels: tuple[str, ...] = ("trades", "quotes")

    def universe(self) -> list[str]:
        return list(default_chain())

    def valid(self, symbol: str) -> bool:
        return _OCC.match(symbol) is not None

    def messages(self, subs: Subscriptions, lo: int, hi: int) -> list[Message]:
        lo = max(lo, hi - _WINDOW_CAP)
        want = {channel: self.wanted(subs, channel) for channel in self.channels}
        out: list[Message] = []
        for symbol in set().union(*want.values()):
            found = _OCC.match(symbol)
            if found is None:
                continue
            underlying = found.group(1)
            if market.find_asset(underlying) is None:
                continue
            for minute in stock_minutes(underlying, lo // NS - 60, hi // NS, self.always_open):
                option = _option_minute(symbol, found, minute)
                if symbol in want["trades"]:
                    out += [
                        {
                            "T": "t",
                            "S": symbol,
                            "t": t.t,
                            "p": t.p,
                            "s": int(t.s),
                            "x": t.x,
                            "c": "I",
                        }
                        for t in option.trades
                        if lo < t.t <= hi
                    ]
                if symbol in want["quotes"]:
                    out += [
                        {
                            "T": "q",
                            "S": symbol,
                            "t": q.t,
                            "bx": q.bx,
                            "bp": q.bp,
                            "bs": int(q.bs),
                            "ax": q.ax,
                            "ap": q.ap,
                            "as": int(q.as_),
                            "c": "A",
                        }
                        for q in option.quotes
                        if lo < q.t <= hi
                    ]
        out.sort(key=lambda message: _published(message, hi))
        return out


def option_price(found: re.Match[str], spot: float, at: int) -> float:
    expiry = datetime.strptime(found.group(2), "%y%m%d").replace(hour=20, tzinfo=UTC)
    strike = int(found.group(4)) / 1000
    years = max((expiry.timestamp() - at) / (365 * 86400), 1 / 365)
    sigma = 0.3
    intrinsic = max(spot - strike, 0) if found.group(3) == "C" else max(strike - spot, 0)
    moneyness = math.log(spot / strike) if strike > 0 else 0.0
    value = (
        0.4 * sigma * spot * math.sqrt(years) * math.exp(-(moneyness**2) / (2 * sigma**2 * years))
    )
    return max(round(intrinsic + value, 2), 0.01)


def _option_minute(symbol: str, found: re.Match[str], underlying: Minute) -> Minute:
    bar = underlying.bar
    start = option_price(found, bar.o, bar.t)
    end = option_price(found, bar.c, bar.t + 60)
    return synthetic_minute(symbol, bar.t, start, end, False, per_minute=2)


def default_chain() -> list[str]:
    """The contracts ``*`` stands for on option trades: AAPL and SPY around the money."""
    today = datetime.now(UTC).date()
    friday = today + timedelta(days=(4 - today.weekday()) % 7 or 7)
    chain = []
    for symbol, step in (("AAPL", 5), ("SPY", 5)):
        asset = market.find_asset(symbol)
        assert asset is not None
        center = round(asset.base_price / step) * step
        for strike in (center - step, center, center + step):
            for right in "CP":
                chain.append(f"{symbol}{friday:%y%m%d}{right}{strike * 1000:08d}")
    return chain


class NewsFeed(Feed):
    """``/v1beta1/news``: an article every 3 minutes, around the clock."""

    kind = "news"
    channels: tuple[str, ...] = ("news",)

    def universe(self) -> list[str]:
        return ["*"]

    def messages(self, subs: Subscriptions, lo: int, hi: int) -> list[Message]:
        lo = max(lo, hi - _WINDOW_CAP)
        wanted = subs.get("news", set())
        if not wanted:
            return []
        out = []
        for m in range(lo // NS // 60, hi // NS // 60 + 1):
            if m % _NEWS_EVERY or not lo < m * 60 * NS <= hi:
                continue
            article = news_article(m)
            if "*" in wanted or wanted & set(article["symbols"]):
                out.append(article)
        return out


@lru_cache(maxsize=1024)
def news_article(m: int) -> Message:
    """The article published at epoch minute ``m``."""
    rng = random.Random(f"news|{m}")
    tradable = [a for a in market.UNIVERSE if a.tradable]
    picked = sorted({rng.choice(tradable).symbol for _ in range(rng.randint(1, 2))})
    topic = rng.choice(("earnings", "guidance", "a product launch", "an analyst rating", "a deal"))
    headline = f"{', '.join(picked)}: sandbox report on {topic}"
    stamp = m * 60 * NS
    return {
        "T": "n",
        "id": 90_000_000 + m // _NEWS_EVERY,
        "headline": headline,
        "summary": f"Synthetic article about {topic} for {', '.join(picked)}.",
        "author": "Sandbox Newsroom",
        "created_at": stamp,
        "updated_at": stamp,
        "url": f"https://example.invalid/news/{m}",
        "content": f"<p>{headline}. Generated by the offline sandbox.</p>",
        "symbols": picked,
        "source": "sandbox",
    }


def feed_for(path: str, always_open: bool) -> Feed | None:
    """The feed served at ``path`` (None: not a market-data stream path)."""
    parts = path.strip("/").split("/")
    if len(parts) == 2 and parts[0] in ("v2", "v1beta1"):
        name = parts[1]
        if name == "test":
            return TestFeed(always_open)
        if name in ("iex", "sip", "delayed_sip", "boats", "overnight", "otc"):
            return StockFeed(always_open)
        if name in ("indicative", "opra") and parts[0] == "v1beta1":
            return OptionFeed(always_open)
        if name == "news" and parts[0] == "v1beta1":
            return NewsFeed(always_open)
    if len(parts) == 3 and parts[:2] == ["v1beta3", "crypto"]:
        return CryptoFeed(always_open)
    if len(parts) == 3 and parts[:2] == ["v1beta1", "crypto-perps"]:
        return PerpFeed(always_open)
    return None
