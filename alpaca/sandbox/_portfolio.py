"""Portfolio history computed from the sandbox's fills and synthetic prices (deterministic for a
given state and clock).

Equity at a moment is the cash after the fills up to it plus each holding valued at the close of
its latest complete minute bar. Points are left-labelled: a point's value is the equity at the
end of its window (or now). Daily points are stamped at midnight New York time and valued at the
session close; ``nD`` periods count trading days, ``W``, ``M`` and ``A`` calendar weeks, months
and years. Nothing is reported before the day the account was created.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox import _market as market
from alpaca.sandbox._activities import ACTIVITY_TYPES, TRADE_TYPES, activities
from alpaca.sandbox._format import unprocessable
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._state import INITIAL_CASH, State

INTRADAY_MINUTES = {"1Min": 1, "5Min": 5, "15Min": 15, "1H": 60}
INTRADAY_DAYS_MAX = 30
REPORTING = ("market_hours", "extended_hours", "continuous")
PNL_RESETS = ("per_day", "no_reset")
_PERIOD = re.compile(r"^(\d+)([DWMA])$")
_CENT = Decimal("0.01")
_PCT = Decimal("0.000001")


@dataclass(frozen=True, slots=True)
class _Fill:
    at: datetime
    symbol: str
    signed_qty: Decimal
    price: Decimal


class Ledger:
    """Cash and holdings at any moment, replayed from the state's fills."""

    def __init__(self, state: State) -> None:
        fills = [
            _Fill(
                order.filled_at,
                order.symbol,
                order.filled_qty if order.side == "buy" else -order.filled_qty,
                order.filled_avg_price,
            )
            for order in state.orders.values()
            if order.filled_at is not None
            and order.filled_avg_price is not None
            and order.filled_qty > 0
        ]
        self._fills = sorted(fills, key=lambda fill: fill.at)
        self._times = [fill.at for fill in self._fills]
        self.created_at = state.created_at

    def equity(self, at: datetime) -> Decimal:
        """Cash plus holdings valued at ``at`` (zero before the account existed)."""
        if at < self.created_at:
            return Decimal(0)
        cash, held = INITIAL_CASH, dict[str, Decimal]()
        for fill in self._fills[: bisect_right(self._times, at)]:
            cash -= fill.signed_qty * fill.price
            held[fill.symbol] = held.get(fill.symbol, Decimal(0)) + fill.signed_qty
        return cash + sum(
            (qty * market.last_price(symbol, at) for symbol, qty in held.items() if qty),
            Decimal(0),
        )


@dataclass(frozen=True, slots=True)
class Query:
    """Validated parameters: the window, spacing and what to report."""

    start: datetime
    end: datetime
    timeframe: str
    reporting: str
    pnl_reset: str
    cashflow_types: tuple[str, ...] | None


def _months_back(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for candidate in range(day.day, 0, -1):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # day 1 always exists


def _period_start(end: datetime, period: str) -> datetime:
    match = _PERIOD.match(period)
    if match is None or int(match.group(1)) == 0:
        raise unprocessable(f"invalid period: {period!r}")
    amount, unit = int(match.group(1)), match.group(2)
    day = cal.et_date(end)
    if unit == "D":
        if not cal.is_trading_day(day):
            day = cal.previous_trading_day(day)
        for _ in range(amount - 1):
            day = cal.previous_trading_day(day)
    elif unit == "W":
        day -= timedelta(weeks=amount)
    else:
        day = _months_back(day, amount * (12 if unit == "A" else 1))
    return datetime.combine(day, time(), cal.NEW_YORK).astimezone(UTC)


def _cashflow_types(raw: str | None) -> tuple[str, ...] | None:
    if raw is None or raw.upper() == "NONE":
        return None
    if raw.upper() == "ALL":
        return ()
    kinds = tuple(dict.fromkeys(item.strip().upper() for item in raw.split(",")))
    unknown = [kind for kind in kinds if kind not in ACTIVITY_TYPES]
    if unknown:
        raise unprocessable(f"invalid cashflow_types: {', '.join(unknown)}")
    return kinds


def parse_query(params: Mapping[str, str], now: datetime, created_at: datetime) -> Query:
    """Check the query parameters and resolve the window (422 on invalid values)."""
    period, raw_start, raw_end = params.get("period"), params.get("start"), params.get("end")
    if sum(value is not None for value in (period, raw_start, raw_end)) > 2:
        raise unprocessable("only two of start, end and period can be specified")
    start = parse_time("start", raw_start, False) if raw_start else None
    end = parse_time("end", raw_end, False) if raw_end else None
    if end is None:
        end = now if start is None or period is None else start + _period_span(start, period)
    end = min(end, now)
    if start is None:
        start = _period_start(end, period or "1M")
    if start > end:
        raise unprocessable("start must be before end")
    timeframe = params.get("timeframe") or _default_timeframe(end - start)
    if timeframe != "1D" and timeframe not in INTRADAY_MINUTES:
        raise unprocessable(f"invalid timeframe: {timeframe!r}")
    if timeframe != "1D" and end - start > timedelta(days=INTRADAY_DAYS_MAX):
        raise unprocessable(f"intraday timeframes cover at most {INTRADAY_DAYS_MAX} days")
    extended = params.get("extended_hours", "false").lower() == "true"
    reporting = params.get("intraday_reporting") or ("extended_hours" if extended else REPORTING[0])
    if reporting not in REPORTING:
        raise unprocessable(f"invalid intraday_reporting: {reporting!r}")
    pnl_reset = params.get("pnl_reset") or PNL_RESETS[0]
    if pnl_reset not in PNL_RESETS:
        raise unprocessable(f"invalid pnl_reset: {pnl_reset!r}")
    first_day = datetime.combine(cal.et_date(created_at), time(), cal.NEW_YORK).astimezone(UTC)
    return Query(
        max(start, first_day),
        end,
        timeframe,
        reporting,
        pnl_reset,
        _cashflow_types(params.get("cashflow_types")),
    )


def _period_span(start: datetime, period: str) -> timedelta:
    """How far ``period`` reaches forward from ``start`` (a trading day counts as one day)."""
    back = _period_start(start, period)
    return start - back if start > back else timedelta(days=1)


def _default_timeframe(span: timedelta) -> str:
    if span < timedelta(days=7):
        return "1Min"
    return "15Min" if span < timedelta(days=INTRADAY_DAYS_MAX) else "1D"


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), cal.NEW_YORK).astimezone(UTC)


def _days(start: datetime, end: datetime) -> Iterator[date]:
    day, last = cal.et_date(start), cal.et_date(end)
    while day <= last:
        yield day
        day += timedelta(days=1)


def _bounds(day: date, reporting: str) -> tuple[datetime, datetime] | None:
    if reporting == "continuous":
        return _midnight(day), _midnight(day + timedelta(days=1))
    session = cal.session(day)
    if session is None:
        return None
    if reporting == "market_hours":
        return session.open, session.close
    close = time(17) if session.is_early_close else time(20)
    return (
        datetime.combine(day, time(4), cal.NEW_YORK).astimezone(UTC),
        datetime.combine(day, close, cal.NEW_YORK).astimezone(UTC),
    )


@dataclass(frozen=True, slots=True)
class _Point:
    stamp: datetime  # the window's start (the label)
    until: datetime  # the window's end (the moment valued)
    day: date


def _points(query: Query, now: datetime) -> list[_Point]:
    points: list[_Point] = []
    if query.timeframe == "1D":
        for day in _days(query.start, query.end):
            session = cal.session(day)
            if session is not None and session.open <= now:
                points.append(_Point(_midnight(day), min(session.close, now), day))
        return points
    step = timedelta(minutes=INTRADAY_MINUTES[query.timeframe])
    for day in _days(query.start, query.end):
        bounds = _bounds(day, query.reporting)
        if bounds is None:
            continue
        moment, close = bounds
        while moment < close and moment <= query.end:
            if moment >= query.start:
                points.append(_Point(moment, min(moment + step, close, now), day))
            moment += step
    return points


def _previous_close(ledger: Ledger, day: date) -> tuple[Decimal, date] | None:
    """Equity at the close of the trading day before ``day``, if the account existed then."""
    before = cal.previous_trading_day(day)
    session = cal.session(before)
    assert session is not None
    if session.close < ledger.created_at:
        return None
    return ledger.equity(session.close), before


def _number(value: Decimal, step: Decimal = _CENT) -> float:
    return float(value.quantize(step))


def history(state: State, params: Mapping[str, str]) -> dict[str, Any]:
    """The ``/v2/account/portfolio/history`` body."""
    now = state.now()
    query = parse_query(params, now, state.created_at)
    ledger = Ledger(state)
    points = _points(query, now)
    equity = [ledger.equity(point.until) for point in points]
    first = _previous_close(ledger, points[0].day) if points else None
    base = first[0] if first else (equity[0] if equity else ledger.equity(now))
    references: dict[date, Decimal] = {}
    profit_loss: list[float] = []
    profit_loss_pct: list[float] = []
    for point, value in zip(points, equity, strict=True):
        reference = base
        if query.timeframe != "1D" and query.pnl_reset == "per_day":
            if point.day not in references:
                found = _previous_close(ledger, point.day)
                references[point.day] = found[0] if found else base
            reference = references[point.day]
        change = value - reference
        profit_loss.append(_number(change))
        profit_loss_pct.append(_number(change / reference if reference else Decimal(0), _PCT))
    body: dict[str, Any] = {
        "timestamp": [int(point.stamp.timestamp()) for point in points],
        "equity": [_number(value) for value in equity],
        "profit_loss": profit_loss,
        "profit_loss_pct": profit_loss_pct,
        "base_value": _number(base),
        "timeframe": query.timeframe,
    }
    if first is not None:
        body["base_value_asof"] = first[1].isoformat()
    if query.cashflow_types is not None:
        body["cashflow"] = _cashflow(state, query, points)
    return body


def _cashflow(state: State, query: Query, points: list[_Point]) -> dict[str, list[float]]:
    """Net amounts of non-trade activities per type, summed into the points' windows."""
    flows = [a for a in activities(state) if a.type not in TRADE_TYPES]
    kinds = query.cashflow_types or tuple(dict.fromkeys(a.type for a in flows))
    daily = query.timeframe == "1D"
    series: dict[str, list[float]] = {}
    for kind in kinds:
        values = []
        for point in points:
            total = sum(
                (
                    Decimal(a.body["net_amount"])
                    for a in flows
                    if a.type == kind
                    and (a.day == point.day if daily else point.stamp <= a.at < point.until)
                ),
                Decimal(0),
            )
            values.append(_number(total))
        series[kind] = values
    return series
