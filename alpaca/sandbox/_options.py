"""Deterministic synthetic options on the sandbox's stocks, priced with Black-Scholes.

Every tradable NYSE/NASDAQ/ARCA stock of the universe has calls and puts at 11 strikes around
its base price, expiring on the next four Fridays and the third Friday of the next two months
(seen from the sandbox's date). Any well-formed OCC symbol on such a stock has data: one trade
per session minute until expiration, priced from the underlying's minute bars with a volatility
smile, plus quotes, greeks and implied volatility.
"""

from __future__ import annotations

import math
import random
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox._candles import Candle, series_bars
from alpaca.sandbox._format import fmt_decimal, fmt_epoch_ns
from alpaca.sandbox._market import TimeFrame

RATE = 0.045
"""Risk-free rate of the pricing model."""
LISTED_DAYS = 120
"""A contract trades this many days before its expiration."""
_NS = 1_000_000_000
_YEAR_S = 365 * 86400
_NAMESPACE = uuid.UUID("0d5c8e52-3a3f-4b8e-8f5e-6f3b0f9b2c11")
_OCC = re.compile(r"^([A-Z]{1,5})(\d{6})([CP])(\d{8})$")
_EXCHANGES = ("A", "B", "C", "H", "I", "M", "N", "Q", "W", "X", "Z")
_STRIKES_EACH_SIDE = 5


@dataclass(frozen=True, slots=True)
class Contract:
    """One option contract."""

    underlying: str
    expiration: date
    type: str  # call or put
    strike: Decimal

    @property
    def symbol(self) -> str:
        """The OCC symbol, e.g. ``AAPL240119C00190000``."""
        kind = "C" if self.type == "call" else "P"
        return f"{self.underlying}{self.expiration:%y%m%d}{kind}{int(self.strike * 1000):08d}"

    @property
    def id(self) -> str:
        """Deterministic contract id: uuid5 of the symbol."""
        return str(uuid.uuid5(_NAMESPACE, self.symbol))

    @property
    def expires_at(self) -> int:
        """Epoch seconds of the last trade: the session close on the expiration day."""
        found = cal.session(self.expiration)
        closing = (
            found.close if found else datetime.combine(self.expiration, time(16), cal.NEW_YORK)
        )
        return int(closing.timestamp())

    def to_json(self, today: date, *, deliverables: bool) -> dict[str, Any]:
        """The Trading API's contract object."""
        asset = market.find_asset(self.underlying)
        assert asset is not None
        traded = cal.previous_trading_day(min(today, self.expiration + timedelta(days=1)))
        close = closing_price(self, traded)
        body: dict[str, Any] = {
            "id": self.id,
            "symbol": self.symbol,
            "name": f"{self.underlying} {self.expiration:%b %d %Y} {fmt_decimal(self.strike)} "
            f"{self.type.capitalize()}",
            "status": "active" if self.expiration >= today else "inactive",
            "tradable": self.expiration >= today,
            "expiration_date": self.expiration.isoformat(),
            "root_symbol": self.underlying,
            "underlying_symbol": self.underlying,
            "underlying_asset_id": asset.id,
            "type": self.type,
            "style": "american",
            "strike_price": fmt_decimal(self.strike),
            "multiplier": "100",
            "size": "100",
            "open_interest": str(random.Random(f"{self.symbol}|oi|{traded}").randint(0, 20_000)),
            "open_interest_date": traded.isoformat(),
            "close_price": None if close is None else f"{close:.2f}",
            "close_price_date": None if close is None else traded.isoformat(),
        }
        if deliverables:
            body["deliverables"] = [
                {
                    "type": "equity",
                    "symbol": self.underlying,
                    "asset_id": asset.id,
                    "amount": "100",
                    "allocation_percentage": "100",
                    "settlement_type": "T+1",
                    "settlement_method": "CCC",
                    "delayed_settlement": False,
                }
            ]
        return body


def _underlyings() -> tuple[market.Asset, ...]:
    return tuple(
        a
        for a in market.UNIVERSE
        if a.tradable and a.exchange in ("NYSE", "NASDAQ", "ARCA") and a.symbol.isalpha()
    )


UNDERLYINGS = frozenset(a.symbol for a in _underlyings())


def parse_symbol(symbol: str) -> Contract | None:
    """The contract an OCC symbol names, if its underlying has options here."""
    found = _OCC.match(symbol)
    if found is None or found.group(1) not in UNDERLYINGS:
        return None
    root, day, kind, strike = found.groups()
    try:
        expiration = date(2000 + int(day[:2]), int(day[2:4]), int(day[4:]))
    except ValueError:
        return None
    return Contract(root, expiration, "call" if kind == "C" else "put", Decimal(strike) / 1000)


def _step(price: float) -> Decimal:
    for limit, step in ((50, "1"), (150, "2.5"), (500, "5")):
        if price < limit:
            return Decimal(step)
    return Decimal(10)


def strikes(underlying: str) -> list[Decimal]:
    """The listed strikes of ``underlying``: evenly spaced around its base price."""
    asset = market.find_asset(underlying)
    assert asset is not None
    step = _step(asset.base_price)
    middle = (Decimal(repr(asset.base_price)) / step).to_integral_value() * step
    return [middle + step * k for k in range(-_STRIKES_EACH_SIDE, _STRIKES_EACH_SIDE + 1)]


def _expiration_on(friday: date) -> date:
    """Friday, or the trading day before it when the exchange is closed."""
    return friday if cal.is_trading_day(friday) else cal.previous_trading_day(friday)


def expirations(today: date) -> list[date]:
    """The next four weekly expirations and the monthly ones of the next two months."""
    friday = today + timedelta(days=(4 - today.weekday()) % 7)
    found = {_expiration_on(friday + timedelta(weeks=k)) for k in range(4)}
    for months in (1, 2):
        year, month = today.year + (today.month - 1 + months) // 12, (today.month + months - 1) % 12
        first = date(year, month + 1, 1)
        third = first + timedelta(days=(4 - first.weekday()) % 7 + 14)
        found.add(_expiration_on(third))
    return sorted(day for day in found if day >= today)


@lru_cache(maxsize=16)
def listed(today: date) -> tuple[Contract, ...]:
    """Every contract listed on ``today``, by symbol."""
    days = expirations(today)
    contracts = [
        Contract(asset.symbol, day, kind, strike)
        for asset in _underlyings()
        for day in days
        for strike in strikes(asset.symbol)
        for kind in ("call", "put")
    ]
    return tuple(sorted(contracts, key=lambda c: c.symbol))


def find(symbol_or_id: str, today: date) -> Contract | None:
    """A contract by OCC symbol (any expiration) or by the id of a listed contract."""
    contract = parse_symbol(symbol_or_id.upper())
    if contract is not None:
        return contract
    return next((c for c in listed(today) if c.id == symbol_or_id.lower()), None)


# --- pricing -----------------------------------------------------------------------------------


def _phi(x: float) -> float:
    return math.exp(-x * x / 2) / math.sqrt(2 * math.pi)


def _cdf(x: float) -> float:
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


@lru_cache(maxsize=256)
def _base_volatility(underlying: str) -> float:
    return 0.18 + 0.3 * random.Random(f"{underlying}|vol").random()


def volatility(contract: Contract, spot: float) -> float:
    """Implied volatility: the underlying's level plus a smile in log-moneyness."""
    smile = 0.4 * math.log(float(contract.strike) / spot) ** 2
    return round(_base_volatility(contract.underlying) + smile, 4)


class Greeks(NamedTuple):
    """Price and sensitivities (theta per day, vega and rho per percentage point)."""

    price: float
    delta: float
    gamma: float
    theta: float
    vega: float
    rho: float


def value(contract: Contract, spot: float, at: int) -> Greeks:
    """Black-Scholes value of ``contract`` at epoch second ``at`` with the underlying at
    ``spot``; intrinsic value (and no sensitivity) at or after expiration."""
    strike, call = float(contract.strike), contract.type == "call"
    years = (contract.expires_at - at) / _YEAR_S
    if years <= 0:
        intrinsic = max(0.0, spot - strike) if call else max(0.0, strike - spot)
        return Greeks(intrinsic, 0.0, 0.0, 0.0, 0.0, 0.0)
    sigma = volatility(contract, spot)
    root = sigma * math.sqrt(years)
    d1 = (math.log(spot / strike) + (RATE + sigma * sigma / 2) * years) / root
    d2 = d1 - root
    discount = strike * math.exp(-RATE * years)
    gamma = _phi(d1) / (spot * root)
    vega = spot * _phi(d1) * math.sqrt(years) / 100
    decay = -spot * _phi(d1) * sigma / (2 * math.sqrt(years))
    if call:
        price = spot * _cdf(d1) - discount * _cdf(d2)
        delta, theta = _cdf(d1), (decay - RATE * discount * _cdf(d2)) / 365
        rho = discount * years * _cdf(d2) / 100
    else:
        price = discount * _cdf(-d2) - spot * _cdf(-d1)
        delta, theta = _cdf(d1) - 1, (decay + RATE * discount * _cdf(-d2)) / 365
        rho = -discount * years * _cdf(-d2) / 100
    return Greeks(price, delta, gamma, theta, vega, rho)


def _cents(price: float) -> float:
    return max(0.01, round(price, 2))


def _candle(contract: Contract, spot: market.Bar, t: int, end: int, volume: int, n: int) -> Candle:
    """The option's bar while the underlying made ``spot`` between ``t`` and ``end``."""
    call = contract.type == "call"
    o = _cents(value(contract, spot.o, t).price)
    c = _cents(value(contract, spot.c, end).price)
    middle = (t + end) // 2
    up = _cents(value(contract, spot.h if call else spot.low, middle).price)
    down = _cents(value(contract, spot.low if call else spot.h, middle).price)
    h, low = max(o, c, up), min(o, c, down)
    vw = c if n == 1 else round((h + low + c) / 3, 4)
    return Candle(t, o, h, low, c, volume, n, vw)


# --- market data ---------------------------------------------------------------------------------


def _trades_on(contract: Contract, day: date) -> bool:
    return contract.expiration - timedelta(days=LISTED_DAYS) <= day <= contract.expiration


@lru_cache(maxsize=4096)
def _volumes(contract: Contract, day: date) -> tuple[int, ...]:
    """Contracts traded in each session minute of ``day`` (one trade per minute)."""
    if not _trades_on(contract, day):
        return ()
    rng = random.Random(f"{contract.symbol}|{day}")
    return tuple(rng.randint(1, 20) for _ in market.minute_bars(contract.underlying, day))


def _complete(contract: Contract, day: date, now_s: int) -> int:
    """How many of the contract's minute bars of ``day`` have ended by ``now_s``."""
    bars = market.minute_bars(contract.underlying, day)
    if not bars or not _trades_on(contract, day):
        return 0
    return max(0, min(len(bars), (now_s - bars[0].t) // 60))


@lru_cache(maxsize=1024)
def minute_bars(contract: Contract, day: date) -> tuple[Candle, ...]:
    """The contract's minute bars of the session on ``day`` (one trade each)."""
    volumes = _volumes(contract, day)
    return tuple(
        _candle(contract, bar, bar.t, bar.t + 60, volume, 1)
        for bar, volume in zip(market.minute_bars(contract.underlying, day), volumes, strict=False)
    )


def _minute(contract: Contract, day: date, k: int) -> Candle:
    """Minute bar ``k`` of ``day`` alone (cheaper than the whole day)."""
    bar = market.minute_bars(contract.underlying, day)[k]
    return _candle(contract, bar, bar.t, bar.t + 60, _volumes(contract, day)[k], 1)


def day_bar(contract: Contract, day: date, now_s: int) -> Candle | None:
    """The contract's bar of ``day`` from the minutes ended by ``now_s``, priced from the
    underlying's daily range (None when it did not trade)."""
    count = _complete(contract, day, now_s)
    if not count:
        return None
    spot = market.day_summary(contract.underlying, day, count).bar
    first = market.minute_bars(contract.underlying, day)[0].t
    stamp = int(datetime.combine(day, time(), cal.NEW_YORK).timestamp())
    candle = _candle(
        contract, spot, first, first + 60 * count, sum(_volumes(contract, day)[:count]), count
    )
    return candle._replace(t=stamp)


def closing_price(contract: Contract, day: date) -> float | None:
    """The close of the contract's last minute bar of ``day`` (None when it did not trade)."""
    if not _complete(contract, day, 2**40):
        return None
    last = market.minute_bars(contract.underlying, day)[-1]
    return _cents(value(contract, last.c, last.t + 60).price)  # that minute bar's close


def bars(
    contract: Contract, tf: TimeFrame, lo: int, hi: int, now: datetime, *, descending: bool
) -> Iterator[Candle]:
    """Bars stamped within ``[lo, hi]`` (epoch seconds) from the minutes ended by ``now``."""
    now_s = int(now.timestamp())

    def minutes(day: date) -> Sequence[Candle]:
        return minute_bars(contract, day)[: _complete(contract, day, now_s)]

    def days(day: date) -> Candle | None:
        return day_bar(contract, day, now_s)

    return series_bars(
        minutes,
        tf,
        lo,
        min(hi, now_s),
        zone=cal.NEW_YORK,
        digits=4,
        descending=descending,
        days=days,
    )


class OptionTrade(NamedTuple):
    """A trade; ``t`` in epoch nanoseconds."""

    t: int
    x: str
    p: float
    s: int

    def to_json(self) -> dict[str, Any]:
        """Alpaca's option trade object."""
        return {"t": fmt_epoch_ns(self.t), "x": self.x, "p": self.p, "s": self.s, "c": "I"}


def _trade(contract: Contract, bar: Candle) -> OptionTrade:
    rng = random.Random(f"{contract.symbol}|{bar.t}")
    at = bar.t * _NS + rng.randrange(1, 60 * _NS)
    return OptionTrade(at, rng.choice(_EXCHANGES), bar.c, int(bar.v))


def trades(contract: Contract, lo: int, hi: int, *, descending: bool) -> Iterator[OptionTrade]:
    """Trades stamped within ``[lo, hi]`` (epoch nanoseconds)."""
    if lo > hi:
        return
    first = max(cal.et_date(datetime.fromtimestamp(lo // _NS, UTC)), date(2016, 1, 1))
    last = min(cal.et_date(datetime.fromtimestamp(hi // _NS, UTC)), contract.expiration)
    day = last if descending else first
    while first <= day <= last:
        made = (_trade(contract, bar) for bar in minute_bars(contract, day))
        found = [trade for trade in made if lo <= trade.t <= hi]
        yield from reversed(found) if descending else found
        day += timedelta(days=-1 if descending else 1)


def _last_minute(contract: Contract, now: datetime) -> tuple[date, Candle] | None:
    """The day and the contract's latest minute bar ended by ``now``."""
    now_s = int(now.timestamp())
    day = min(cal.last_session_started(now).day, contract.expiration)
    for candidate in (day, cal.previous_trading_day(day)):
        count = _complete(contract, candidate, now_s)
        if count:
            return candidate, _minute(contract, candidate, count - 1)
    return None


def latest_trade(contract: Contract, now: datetime) -> dict[str, Any] | None:
    """The latest trade at or before ``now``."""
    found = _last_minute(contract, now)
    return None if found is None else _trade(contract, found[1]).to_json()


def _quoted_at(contract: Contract, now: datetime) -> datetime:
    """``now``, or the expiration's close for an expired contract."""
    return min(now, datetime.fromtimestamp(contract.expires_at, UTC))


def updated_at(contract: Contract, now: datetime) -> int:
    """Epoch nanoseconds of the contract's latest quote (it follows the underlying's)."""
    return int(market.latest_quote(contract.underlying, _quoted_at(contract, now)).t)


def latest_quote(contract: Contract, now: datetime) -> dict[str, Any]:
    """A quote around the model value at the underlying's latest quote."""
    spot = market.latest_quote(contract.underlying, _quoted_at(contract, now))
    theo = value(contract, (spot.ap + spot.bp) / 2, spot.t // _NS).price
    rng = random.Random(f"{contract.symbol}|{spot.t}")
    half = max(0.01, round(theo * 0.02, 2))
    return {
        "t": fmt_epoch_ns(spot.t),
        "bx": rng.choice(_EXCHANGES),
        "bp": max(0.0, round(theo - half, 2)),
        "bs": rng.randint(1, 200),
        "ax": rng.choice(_EXCHANGES),
        "ap": _cents(theo + half),
        "as": rng.randint(1, 200),
        "c": "A",
    }


def snapshot(contract: Contract, now: datetime) -> dict[str, Any]:
    """Latest trade and quote, minute and daily bars, greeks and implied volatility."""
    now_s = int(now.timestamp())
    last = _last_minute(contract, now)
    body: dict[str, Any] = {
        "latestTrade": None if last is None else _trade(contract, last[1]).to_json(),
        "latestQuote": latest_quote(contract, now),
        "minuteBar": None if last is None else last[1].to_json(),
        "dailyBar": None,
        "prevDailyBar": None,
    }
    if last is not None:
        today = day_bar(contract, last[0], now_s)
        before = day_bar(contract, cal.previous_trading_day(last[0]), now_s)
        body["dailyBar"] = None if today is None else today.to_json()
        body["prevDailyBar"] = None if before is None else before.to_json()
    if now_s < contract.expires_at:
        spot = market.latest_trade(contract.underlying, now).p
        greeks = value(contract, spot, now_s)
        body["greeks"] = {name: round(getattr(greeks, name), 4) for name in Greeks._fields[1:]}
        body["impliedVolatility"] = volatility(contract, spot)
    return body
