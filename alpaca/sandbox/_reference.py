"""Deterministic fixtures for the smaller market-data areas: code tables, news, forex rates,
index values, bond prices and quotes, logos, and the screener's rankings."""

from __future__ import annotations

import math
import random
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _crypto as crypto
from alpaca.sandbox import _market as market
from alpaca.sandbox._format import fmt_epoch_ns, fmt_epoch_s

# --- code tables -------------------------------------------------------------------------------

STOCK_EXCHANGES = {
    "A": "NYSE American",
    "B": "Nasdaq BX",
    "C": "NYSE National",
    "D": "FINRA ADF",
    "H": "MIAX Pearl",
    "I": "International Securities Exchange",
    "J": "Cboe EDGA",
    "K": "Cboe EDGX",
    "L": "Long-Term Stock Exchange",
    "M": "NYSE Chicago",
    "N": "New York Stock Exchange",
    "P": "NYSE Arca",
    "Q": "Nasdaq",
    "U": "MEMX",
    "V": "IEX",
    "X": "Nasdaq PSX",
    "Y": "Cboe BYX",
    "Z": "Cboe BZX",
}
STOCK_CONDITIONS = {
    "trade": {
        "@": "Regular Sale",
        "F": "Intermarket Sweep",
        "I": "Odd Lot Trade",
        "M": "Market Center Official Close",
        "O": "Market Center Opening Trade",
        "Q": "Market Center Official Open",
        "T": "Extended Hours Trade",
        "6": "Closing Prints",
    },
    "quote": {
        "A": "Manual Ask Automated Bid",
        "B": "Manual Bid Automated Ask",
        "O": "Opening Quote",
        "R": "Regular",
        "Y": "Regular One Sided",
    },
}
OPTION_EXCHANGES = {
    "A": "NYSE American Options",
    "B": "BOX Options",
    "C": "Cboe Options",
    "H": "MIAX Pearl Options",
    "I": "ISE Options",
    "M": "MIAX Options",
    "N": "NYSE Arca Options",
    "Q": "Nasdaq Options",
    "W": "Cboe C2 Options",
    "X": "Nasdaq PHLX Options",
    "Z": "Cboe BZX Options",
}
OPTION_CONDITIONS = {
    "trade": {
        "I": "Regular electronic trade",
        "J": "Cancelled trade",
        "S": "Intermarket sweep",
        "a": "Single-leg auction",
        "f": "Multi-leg trade",
    },
    "quote": {"A": "Regular quote", "F": "Non-firm quote", "R": "Rotation"},
}

# --- news ----------------------------------------------------------------------------------------

NEWS_START = datetime(2020, 1, 1, tzinfo=UTC)
NEWS_EVERY = 3 * 3600
"""Seconds between two articles (each lands at a seeded moment within its slot)."""
_NEWS_SYMBOLS = (*tuple(a.symbol for a in market.UNIVERSE if a.tradable), "BTCUSD", "ETHUSD")
_TOPICS = (
    "reports quarterly results",
    "announces a share buyback",
    "shares move after analyst note",
    "names a new chief financial officer",
    "expands into new markets",
    "faces regulatory questions",
)


@dataclass(frozen=True, slots=True)
class Article:
    """A synthetic news article; ``k`` numbers it in time order."""

    k: int
    created: int  # epoch seconds
    updated: int
    symbols: tuple[str, ...]
    headline: str
    has_content: bool

    def to_json(self, include_content: bool) -> dict[str, Any]:
        """Alpaca's article object."""
        body = f"<p>{self.headline}.</p><p>Sandbox article {self.k}.</p>"
        images = [
            {"size": size, "url": f"https://images.sandbox.invalid/{self.k}/{size}.jpg"}
            for size in ("large", "small", "thumb")
        ]
        return {
            "id": 10_000_000 + self.k,
            "headline": self.headline,
            "author": "Sandbox Newsroom" if self.k % 4 else "",
            "summary": f"{self.headline}." if self.k % 3 else "",
            "content": body if include_content and self.has_content else "",
            "url": f"https://news.sandbox.invalid/articles/{self.k}",
            "source": "benzinga",
            "symbols": list(self.symbols),
            "images": images if self.k % 3 == 0 else [],
            "created_at": fmt_epoch_s(self.created),
            "updated_at": fmt_epoch_s(self.updated),
        }


@lru_cache(maxsize=65536)
def article(k: int) -> Article:
    """Article number ``k``."""
    rng = random.Random(f"news|{k}")
    created = int(NEWS_START.timestamp()) + k * NEWS_EVERY + rng.randrange(0, NEWS_EVERY // 2)
    symbols = tuple(sorted(rng.sample(_NEWS_SYMBOLS, rng.randint(1, 3))))
    headline = f"{symbols[0]} {rng.choice(_TOPICS)}"
    updated = created + rng.choice((0, 0, 600, 1800))
    return Article(k, created, updated, symbols, headline, k % 5 != 0)


def articles(lo: int, hi: int, *, descending: bool) -> Iterator[Article]:
    """Articles updated within ``[lo, hi]`` (epoch seconds), by update time."""
    first = max(0, (lo - int(NEWS_START.timestamp())) // NEWS_EVERY - 1)
    last = (hi - int(NEWS_START.timestamp())) // NEWS_EVERY + 1
    numbers = range(last, first - 1, -1) if descending else range(first, last + 1)
    for k in numbers:
        item = article(k)
        if lo <= item.updated <= hi:
            yield item


# --- forex ---------------------------------------------------------------------------------------

FOREX = {
    "USDJPY": 150.0,
    "EURUSD": 1.08,
    "GBPUSD": 1.27,
    "USDCAD": 1.36,
    "AUDUSD": 0.66,
    "USDCHF": 0.88,
    "USDMXN": 17.0,
    "EURGBP": 0.85,
}
FOREX_STEPS = {"5Sec": 5, "5S": 5, "1Min": 60, "1T": 60, "1Day": 86400, "1D": 86400}


def _wave(name: str, t: float, base: float, swing: float) -> float:
    """A smooth deterministic path around ``base`` with a little seeded jitter."""
    rng = random.Random(name)
    phase, phase2, seed = rng.random() * 6.3, rng.random() * 6.3, rng.randrange(1 << 30)
    jitter = ((int(t) * 2654435761 + seed) % 4294967296) / 4294967296 - 0.5
    level = swing * math.sin(t / (37 * 86400) + phase) + swing / 6 * math.sin(t / 19000 + phase2)
    return base * math.exp(level + swing / 50 * jitter)


def forex_open(t: int) -> bool:
    """Whether the currency market trades at epoch second ``t`` (Sun 22:00 to Fri 22:00 UTC)."""
    moment = datetime.fromtimestamp(t, UTC)
    weekday, hour = moment.weekday(), moment.hour
    return not (weekday == 5 or (weekday == 4 and hour >= 22) or (weekday == 6 and hour < 22))


class Rate(NamedTuple):
    """Bid, ask and mid of a currency pair; ``t`` in epoch seconds."""

    t: int
    bp: float
    ap: float
    mp: float

    def to_json(self) -> dict[str, Any]:
        """Alpaca's rate object."""
        return {"t": fmt_epoch_s(self.t), "bp": self.bp, "ap": self.ap, "mp": self.mp}


def rate(pair: str, t: int) -> Rate:
    """The rate of ``pair`` at epoch second ``t``."""
    places = 3 if pair.endswith(("JPY", "MXN")) else 5
    mid = _wave(pair, t, FOREX[pair], 0.03)
    half = mid * 0.00004
    return Rate(t, round(mid - half, places), round(mid + half, places), round(mid, places))


def rates(pair: str, step: int, lo: int, hi: int, *, descending: bool) -> Iterator[Rate]:
    """Rates every ``step`` seconds within ``[lo, hi]`` while the market trades."""
    first, last = -(-lo // step) * step, hi // step * step
    stamps = range(last, first - 1, -step) if descending else range(first, last + 1, step)
    for t in stamps:
        if forex_open(t):
            yield rate(pair, t)


def latest_rate(pair: str, now: datetime) -> Rate:
    """The rate of the last minute that has ended by ``now``."""
    t = int(now.timestamp()) // 60 * 60 - 60
    while not forex_open(t):  # at most a weekend of minutes
        t -= 60
    return rate(pair, t)


# --- indices -------------------------------------------------------------------------------------

#: Index symbol: the ETF whose session minutes it follows and the factor between them (None:
#: its own path, as for VIX).
INDICES: dict[str, tuple[str, float | None]] = {
    "SPX": ("SPY", 10.0),
    "NDX": ("QQQ", 41.3),
    "DJI": ("DIA", 100.0),
    "RUT": ("IWM", 9.9),
    "VIX": ("SPY", None),
}


class IndexValue(NamedTuple):
    """An index value; ``t`` in epoch seconds."""

    t: int
    v: float

    def to_json(self) -> dict[str, Any]:
        """Alpaca's index value object."""
        return {"t": fmt_epoch_s(self.t), "v": self.v}


def index_values(symbol: str, lo: int, hi: int, *, descending: bool) -> Iterator[IndexValue]:
    """One value per session minute within ``[lo, hi]`` (epoch seconds)."""
    etf, factor = INDICES[symbol]
    first = cal.et_date(max(datetime.fromtimestamp(lo, UTC), market.HISTORY_START))
    last = cal.et_date(datetime.fromtimestamp(hi, UTC))
    day = last if descending else first
    while first <= day <= last:
        found = [
            IndexValue(
                bar.t,
                round(bar.c * factor, 2) if factor else round(_wave(symbol, bar.t, 17, 0.3), 2),
            )
            for bar in market.minute_bars(etf, day)
            if lo <= bar.t <= hi
        ]
        yield from reversed(found) if descending else found
        day += timedelta(days=-1 if descending else 1)


def latest_index_value(symbol: str, now: datetime) -> IndexValue:
    """The value at the latest complete minute."""
    bar = market.latest_bar(INDICES[symbol][0], now)
    return next(index_values(symbol, bar.t, bar.t, descending=False))


# --- fixed income --------------------------------------------------------------------------------

#: ISIN, and its coupon-free base price (percent of par) and yield.
BONDS = {
    "US912797KJ59": (98.9, 4.61),
    "US912797KS58": (98.1, 4.55),
    "US912797SX61": (99.4, 4.72),
    "US912810SK51": (86.2, 4.48),
    "US91282CJL54": (100.3, 4.35),
}


def bond_price(isin: str, now: datetime) -> dict[str, Any]:
    """Latest price and yields of a bond (one value per minute)."""
    t = int(now.timestamp()) // 60 * 60
    base, yield_ = BONDS[isin]
    price = round(_wave(isin, t, base, 0.004), 4)
    ytm = round(yield_ + (base - price) / 8, 4)
    return {"t": fmt_epoch_s(t), "p": price, "ytm": ytm, "ytw": ytm}


def bond_quote(isin: str, now: datetime, trade_size: int | None) -> dict[str, Any]:
    """Latest best bid and ask; a side whose minimum size exceeds ``trade_size`` is empty."""
    t = int(now.timestamp()) // 60 * 60
    mid = bond_price(isin, now)
    rng = random.Random(f"{isin}|{t}")
    sides: dict[str, float] = {}
    for side, sign in (("b", -1), ("a", 1)):
        price = round(mid["p"] + sign * 0.02, 4)
        size, least = rng.choice((1, 2, 5, 10)) * 100_000, rng.choice((1_000, 10_000, 100_000))
        if trade_size is not None and trade_size >= 0 and least > trade_size:
            price, size, least = 0.0, 0, 0
        ytm = round(mid["ytm"] - sign * 0.003, 4) if price else 0.0
        sides |= {f"{side}p": price, f"{side}s": size, f"{side}ms": least}
        sides |= {f"{side}ytm": ytm, f"{side}ytw": ytm}
    return {"t": fmt_epoch_ns(t * 1_000_000_000), **sides}


# --- logos ---------------------------------------------------------------------------------------


def _png(red: int, green: int, blue: int) -> bytes:
    """A valid one-pixel PNG of one color."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes((0, red, green, blue)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PLACEHOLDER_LOGO = _png(200, 200, 200)
_LOGO_SYMBOLS = frozenset(a.symbol for a in market.UNIVERSE) | {
    pair.partition("/")[0] for pair in crypto.PAIRS
}


def logo(symbol: str) -> bytes | None:
    """The logo of a known symbol, in a color of its own (None for an unknown symbol)."""
    if symbol not in _LOGO_SYMBOLS:
        return None
    rng = random.Random(f"logo|{symbol}")
    return _png(rng.randrange(256), rng.randrange(256), rng.randrange(256))


# --- screener -----------------------------------------------------------------------------------


def most_actives(now: datetime, by: str, top: int) -> list[dict[str, Any]]:
    """Tradable stocks ranked by today's (or the last session's) volume or trade count."""
    day = cal.last_session_started(now).day
    bars = {a.symbol: market.daily_bar(a.symbol, day, now) for a in market.UNIVERSE if a.tradable}
    field = "v" if by == "volume" else "n"
    ranked = sorted(bars, key=lambda s: (-getattr(bars[s], field), s))[:top]
    return [{"symbol": s, "volume": bars[s].v, "trade_count": bars[s].n} for s in ranked]


def _mover(symbol: str, price: float, previous: float) -> dict[str, Any]:
    change = price - previous
    return {
        "symbol": symbol,
        "price": price,
        "change": round(change, 6),
        "percent_change": round(change / previous * 100, 4),
    }


def movers(market_type: str, now: datetime, top: int) -> dict[str, list[dict[str, Any]]]:
    """Gainers and losers since the previous close (stocks) or since midnight UTC (crypto)."""
    if market_type == "stocks":
        day = cal.last_session_started(now).day
        before = cal.previous_trading_day(day)
        moves = [
            _mover(
                a.symbol,
                market.latest_bar(a.symbol, now).c,
                market.daily_bar(a.symbol, before, now).c,
            )
            for a in market.UNIVERSE
            if a.tradable
        ]
    else:
        moves = []
        for pair in (p for p in crypto.PAIRS if p.endswith("/USD")):
            latest = crypto.latest_bar(pair, now)
            opening = crypto.daily_bar(pair, datetime.fromtimestamp(latest.t, UTC).date(), now).o
            moves.append(_mover(pair, latest.c, opening))
    gainers = sorted((m for m in moves if m["change"] > 0), key=lambda m: -m["percent_change"])
    losers = sorted((m for m in moves if m["change"] < 0), key=lambda m: m["percent_change"])
    return {"gainers": gainers[:top], "losers": losers[:top]}


# --- stock auctions ------------------------------------------------------------------------------


class DailyAuctions(NamedTuple):
    """A session's opening and closing auction prints; ``t`` is the day's ordinal."""

    t: int
    opening: tuple[dict[str, Any], ...]
    closing: tuple[dict[str, Any], ...]

    def to_json(self) -> dict[str, Any]:
        """Alpaca's daily auctions object."""
        day = datetime.fromordinal(self.t).date()
        return {"d": day.isoformat(), "o": list(self.opening), "c": list(self.closing)}


def _prints(
    rng: random.Random, at: int, price: float, conditions: tuple[str, ...]
) -> tuple[dict[str, Any], ...]:
    offsets = sorted(rng.randrange(1, 900_000_000) for _ in conditions)
    return tuple(
        {
            "t": fmt_epoch_ns(at * 1_000_000_000 + offset),
            "x": exchange,
            "p": price,
            "s": rng.randint(1_000, 400_000),
            "c": condition,
        }
        for exchange, condition, offset in zip(("P", "Q"), conditions, offsets, strict=True)
    )


def auctions(symbol: str, lo: int, hi: int, now: datetime, *, descending: bool) -> Iterator[Any]:
    """Daily auctions of sessions whose open falls within ``[lo, hi]`` (epoch seconds); the
    closing prints appear once the session has closed at ``now``."""
    first = cal.et_date(max(datetime.fromtimestamp(lo, UTC), market.HISTORY_START))
    last = cal.et_date(datetime.fromtimestamp(min(hi, int(now.timestamp())), UTC))
    sessions = cal.sessions(first, last) if first <= last else []
    for session in reversed(sessions) if descending else sessions:
        bars = market.minute_bars(symbol, session.day)
        opened, closed = int(session.open.timestamp()), int(session.close.timestamp())
        if not bars or not lo <= opened <= hi:
            continue
        rng = random.Random(f"{symbol}|auctions|{session.day}")
        opening = _prints(rng, opened, bars[0].o, ("O", "Q"))
        closing = _prints(rng, closed, bars[-1].c, ("6", "M")) if closed <= now.timestamp() else ()
        yield DailyAuctions(session.day.toordinal(), opening, closing)
