"""``client.calendar``: market days with their open and close times.

``start``/``end`` of :meth:`Calendar.list` take dates, ``YYYY-MM-DD`` text, or timezone-aware
datetimes (or ISO text with an offset), which count as their New York calendar date, the day
the US market trades on. Naive datetimes are rejected.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from alpaca_client.trading.api.calendar import get_market_calendar, list_calendar
from alpaca_client.trading.models import (
    CalendarDateType,
    CalendarDay,
    CalendarTimezone,
    MarketCalendar,
    MarketCode,
)

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import date_param, enum_param, time_param
from .._records import Records, records

NEW_YORK = ZoneInfo("America/New_York")


def _market_day(value: dt.date | dt.datetime | str | None, name: str) -> dt.date | None:
    """A date, or the New York date of a timezone-aware moment."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return date_param(value, name)
    text = time_param(value, name)  # rejects naive datetimes and malformed text
    if len(text) <= 10:
        return dt.date.fromisoformat(text)
    moment = dt.datetime.fromisoformat(text)
    return moment.astimezone(NEW_YORK).date()


def _ordered(first: dt.date | None, last: dt.date | None) -> None:
    if first is not None and last is not None and first > last:
        raise ValueError(f"start: {first} is after end {last}")


class Calendar(Resource[M]):
    """The market calendar."""

    @operation
    def list(
        self,
        *,
        start: dt.date | dt.datetime | str | None = None,
        end: dt.date | dt.datetime | str | None = None,
        date_type: CalendarDateType | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[CalendarDay]]:
        """US trading days between ``start`` and ``end`` (inclusive); ``date_type="SETTLEMENT"``
        matches the bounds against settlement dates instead of trading dates."""
        first, last = _market_day(start, "start"), _market_day(end, "end")
        _ordered(first, last)
        kwargs = list_calendar._get_kwargs(
            **given(
                start=first,
                end=last,
                date_type=enum_param(date_type, CalendarDateType, "date_type"),
            )
        )
        response = yield trading(kwargs, timeout)
        return parse(response, records(CalendarDay.from_dict))

    @operation
    def market(
        self,
        market: MarketCode | str,
        *,
        start: dt.date | str | None = None,
        end: dt.date | str | None = None,
        timezone: CalendarTimezone | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[MarketCalendar]:
        """The days of one market (MIC, BIC or acronym, e.g. ``"XNYS"``) from ``start`` (today
        by default) to ``end`` (a week later by default), with each session's bounds; times
        in the market's zone, or UTC with ``timezone="UTC"``."""
        first, last = date_param(start, "start"), date_param(end, "end")
        _ordered(first, last)
        kwargs = get_market_calendar._get_kwargs(
            enum_param(market, MarketCode, "market"),
            **given(
                start=first,
                end=last,
                timezone=enum_param(timezone, CalendarTimezone, "timezone"),
            ),
        )
        response = yield trading(kwargs, timeout)
        return parse(response, MarketCalendar.from_dict)
