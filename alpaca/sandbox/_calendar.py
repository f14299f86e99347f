"""NYSE trading calendar and market clock, computed from the exchange's rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

NEW_YORK = ZoneInfo("America/New_York")
REGULAR_OPEN = time(9, 30)
REGULAR_CLOSE = time(16, 0)
EARLY_CLOSE = time(13, 0)
_T_PLUS_ONE_FROM = date(2024, 5, 28)
FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(2099, 12, 31)
"""The calendar the sandbox serves spans these days (Alpaca's starts in 1970 too)."""


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    """Saturday holidays move to Friday, Sunday holidays to Monday."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


@lru_cache(maxsize=64)
def holidays(year: int) -> frozenset[date]:
    """Full-day NYSE closures in ``year``."""
    days = {
        _nth_weekday(year, 1, 0, 3),  # Martin Luther King Jr. Day
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        easter(year) - timedelta(days=2),  # Good Friday
        _last_weekday(year, 5, 0),  # Memorial Day
        _observed(date(year, 7, 4)),
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving
        _observed(date(year, 12, 25)),
    }
    new_year = date(year, 1, 1)
    if new_year.weekday() != 5:  # a Saturday New Year's Day is not observed on Dec 31
        days.add(_observed(new_year))
    if year >= 2022:
        days.add(_observed(date(year, 6, 19)))  # Juneteenth
    return frozenset(days)


@lru_cache(maxsize=64)
def early_closes(year: int) -> frozenset[date]:
    """Trading days in ``year`` that close at 13:00 ET."""
    candidates = (
        _nth_weekday(year, 11, 3, 4) + timedelta(days=1),
        date(year, 7, 3),
        date(year, 12, 24),
    )
    return frozenset(d for d in candidates if is_trading_day(d))


def is_trading_day(day: date) -> bool:
    """Whether NYSE holds a regular session on ``day``."""
    return day.weekday() < 5 and day not in holidays(day.year)


@dataclass(frozen=True, slots=True)
class Session:
    """One trading day's regular session."""

    day: date
    open: datetime
    close: datetime

    @property
    def is_early_close(self) -> bool:
        """Whether the session closes early."""
        return self.close.astimezone(NEW_YORK).time() == EARLY_CLOSE


@lru_cache(maxsize=4096)
def session(day: date) -> Session | None:
    """The regular session on ``day`` (UTC-aware bounds) or None on a closed day."""
    if not is_trading_day(day):
        return None
    close = EARLY_CLOSE if day in early_closes(day.year) else REGULAR_CLOSE
    return Session(
        day,
        datetime.combine(day, REGULAR_OPEN, NEW_YORK).astimezone(UTC),
        datetime.combine(day, close, NEW_YORK).astimezone(UTC),
    )


def sessions(start: date, end: date) -> list[Session]:
    """All sessions with ``start <= day <= end``."""
    result = []
    day = start
    while day <= end:
        found = session(day)
        if found is not None:
            result.append(found)
        day += timedelta(days=1)
    return result


def next_trading_day(day: date) -> date:
    """The first trading day strictly after ``day``."""
    day += timedelta(days=1)
    while not is_trading_day(day):
        day += timedelta(days=1)
    return day


def previous_trading_day(day: date) -> date:
    """The last trading day strictly before ``day``."""
    day -= timedelta(days=1)
    while not is_trading_day(day):
        day -= timedelta(days=1)
    return day


def settlement_date(day: date) -> date:
    """Settlement date of a trade on ``day``: T+1 since 2024-05-28, T+2 before."""
    settle = next_trading_day(day)
    return settle if day >= _T_PLUS_ONE_FROM else next_trading_day(settle)


def et_date(moment: datetime) -> date:
    """The New York calendar date of ``moment``."""
    return moment.astimezone(NEW_YORK).date()


def last_session_started(moment: datetime) -> Session:
    """The latest session whose open is at or before ``moment``."""
    day = et_date(moment)
    found = session(day)
    if found is not None and found.open <= moment:
        return found
    prev = session(previous_trading_day(day))
    assert prev is not None
    return prev


def calendar_entry(day: Session) -> dict[str, str]:
    """One ``/v2/calendar`` item."""
    close_et = day.close.astimezone(NEW_YORK)
    return {
        "date": day.day.isoformat(),
        "open": day.open.astimezone(NEW_YORK).strftime("%H:%M"),
        "close": close_et.strftime("%H:%M"),
        "session_open": "0400",
        "session_close": "1700" if day.is_early_close else "2000",
        "settlement_date": settlement_date(day.day).isoformat(),
    }


def _fmt_et(moment: datetime, fraction: bool = False) -> str:
    local = moment.astimezone(NEW_YORK)
    offset = local.strftime("%z")
    frac = f".{local.microsecond:06d}000" if fraction else ""
    return f"{local:%Y-%m-%dT%H:%M:%S}{frac}{offset[:3]}:{offset[3:]}"


def clock(now: datetime) -> dict[str, object]:
    """The ``/v2/clock`` body at ``now``."""
    today = session(et_date(now))
    is_open = today is not None and today.open <= now < today.close
    upcoming = (
        today if today is not None and now < today.open else session(next_trading_day(et_date(now)))
    )
    assert upcoming is not None
    next_close = today.close if is_open and today is not None else upcoming.close
    return {
        "timestamp": _fmt_et(now, fraction=True),
        "is_open": is_open,
        "next_open": _fmt_et(upcoming.open),
        "next_close": _fmt_et(next_close),
    }
