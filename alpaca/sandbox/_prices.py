"""The prices and volumes the order engine trades against, and when the market is open.

Stocks trade on the synthetic market's minute bars during NYSE sessions (:mod:`._market`), the
same bars the REST market data serves. Between sessions (extended hours, or around the clock
with ``always_open``) the price stands at the last close, as the REST latest trade and bar do,
so positions are always marked at the price a client can read. Options are priced by the first
registered :data:`OptionPricer` that knows the contract, else by the option stream's
deterministic model of the underlying.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import NamedTuple

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox import _stream_data as stream_data

OCC = re.compile(r"^([A-Z]{1,6})(\d{6})([CP])(\d{8})$")
"""An OCC option symbol: root, expiry ``YYMMDD``, ``C``/``P``, strike times 1000."""
OptionPricer = Callable[[str, datetime], Decimal | None]
"""``pricer(contract_symbol, at)``: the contract's price at ``at``, None when unknown."""
EXTENDED_OPEN = time(4, 0)
EXTENDED_CLOSE = time(20, 0)
_OPTION_NAMESPACE = uuid.UUID("0b7d6f3e-41a2-4c55-9e0d-6a1f2c3b4d5e")
_option_pricers: list[OptionPricer] = []


def register_option_pricer(pricer: OptionPricer) -> Callable[[], None]:
    """Price options with ``pricer`` first (latest registered wins); returns an unregister."""
    _option_pricers.insert(0, pricer)

    def unregister() -> None:
        if pricer in _option_pricers:
            _option_pricers.remove(pricer)

    return unregister


class Minute(NamedTuple):
    """One minute a symbol traded: start (epoch seconds), prices and volume."""

    t: int
    o: Decimal
    h: Decimal
    low: Decimal
    c: Decimal
    v: Decimal


@dataclass(frozen=True, slots=True)
class OptionContract:
    """A tradable option contract parsed from its OCC symbol."""

    symbol: str
    underlying: str
    expiry: date
    right: str
    strike: Decimal

    @property
    def id(self) -> str:
        """Deterministic contract id."""
        return str(uuid.uuid5(_OPTION_NAMESPACE, self.symbol))


def option_contract(symbol: str) -> OptionContract | None:
    """The contract named by an OCC symbol whose underlying the sandbox lists, else None."""
    found = OCC.match(symbol.upper())
    if found is None or market.find_asset(found.group(1)) is None:
        return None
    try:
        expiry = datetime.strptime(found.group(2), "%y%m%d").date()
    except ValueError:
        return None
    strike = Decimal(found.group(4)) / 1000
    return OptionContract(symbol.upper(), found.group(1), expiry, found.group(3), strike)


def _dec(value: float) -> Decimal:
    return Decimal(str(value))


def session_minute(symbol: str, t: int) -> Minute | None:
    """The regular-session minute of ``symbol`` starting at ``t``, if there is one."""
    moment = datetime.fromtimestamp(t, UTC)
    sess = cal.session(cal.et_date(moment))
    if sess is None or not sess.open <= moment < sess.close:
        return None
    bar = market.minute_bars(symbol, sess.day)[(t - int(sess.open.timestamp())) // 60]
    return Minute(bar.t, _dec(bar.o), _dec(bar.h), _dec(bar.low), _dec(bar.c), Decimal(bar.v))


def minute(symbol: str, t: int) -> Minute:
    """The minute of ``symbol`` starting at ``t`` (a multiple of 60): a session's, or between
    sessions one standing at the last close with the last session minute's volume."""
    found = session_minute(symbol, t)
    if found is not None:
        return found
    sess = cal.last_session_started(datetime.fromtimestamp(t, UTC))
    bar = market.minute_bars(symbol, sess.day)[-1]
    close = _dec(bar.c)
    return Minute(t, close, close, close, close, Decimal(bar.v))


class Prices:
    """Market hours and prices as one sandbox sees them (``always_open``: stocks never close)."""

    def __init__(self, always_open: bool = False) -> None:
        self.always_open = always_open

    def is_open(self, at: datetime) -> bool:
        """Whether the regular stock market is open at ``at`` (always, when ``always_open``)."""
        return self.always_open or in_session(at)

    def in_extended(self, at: datetime) -> bool:
        """Whether extended-hours orders may trade at ``at`` (04:00-20:00 ET on trading days)."""
        if self.is_open(at):
            return True
        local = at.astimezone(cal.NEW_YORK)
        return cal.is_trading_day(local.date()) and EXTENDED_OPEN <= local.time() < EXTENDED_CLOSE

    def last(self, symbol: str, at: datetime) -> Decimal:
        """The stock's last price at ``at``: the close of the latest complete minute bar, as
        the REST market data has it."""
        return market.last_price(symbol, at)

    def last_close(self, symbol: str, at: datetime) -> Decimal:
        """Close of the session before the one ``at`` belongs to (for day changes)."""
        day = cal.last_session_started(at).day
        return _dec(market.minute_bars(symbol, cal.previous_trading_day(day))[-1].c)

    def option(self, symbol: str, at: datetime) -> Decimal:
        """The option contract's price at ``at``."""
        for pricer in _option_pricers:
            found = pricer(symbol, at)
            if found is not None:
                return found
        parsed = OCC.match(symbol)
        assert parsed is not None
        spot = float(self.last(parsed.group(1), at))
        return _dec(stream_data.option_price(parsed, spot, int(at.timestamp())))

    def price(self, symbol: str, at: datetime) -> Decimal:
        """A stock's or an option's current price."""
        return self.option(symbol, at) if OCC.match(symbol) else self.last(symbol, at)


def in_session(at: datetime) -> bool:
    """Whether ``at`` falls in a regular NYSE session."""
    sess = cal.session(cal.et_date(at))
    return sess is not None and sess.open <= at < sess.close


def next_open(at: datetime) -> datetime:
    """The first session open strictly after ``at``."""
    sess = cal.session(cal.et_date(at))
    if sess is not None and at < sess.open:
        return sess.open
    following = cal.session(cal.next_trading_day(cal.et_date(at)))
    assert following is not None
    return following.open


def trading_session(at: datetime) -> cal.Session:
    """The session an order placed at ``at`` trades in: today's until its close, else the next."""
    sess = cal.session(cal.et_date(at))
    if sess is not None and at < sess.close:
        return sess
    following = cal.session(cal.next_trading_day(cal.et_date(at)))
    assert following is not None
    return following


def extended_close(day: date) -> datetime:
    """20:00 ET on ``day``: the end of the after-hours session."""
    return datetime.combine(day, EXTENDED_CLOSE, cal.NEW_YORK).astimezone(UTC)


def at_et(day: date, clock_time: time) -> datetime:
    """``clock_time`` New York time on ``day``, in UTC."""
    return datetime.combine(day, clock_time, cal.NEW_YORK).astimezone(UTC)
