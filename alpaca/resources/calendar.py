"""``client.calendar``: trading days with their open and close times."""

from __future__ import annotations

import datetime as dt

from alpaca_client.trading.api.calendar import list_calendar
from alpaca_client.trading.models import CalendarDay

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import date_param
from .._records import Records, records


class Calendar(Resource[M]):
    """The market calendar."""

    @operation
    def list(
        self,
        *,
        start: dt.date | str | None = None,
        end: dt.date | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[CalendarDay]]:
        """Trading days between ``start`` and ``end`` (inclusive)."""
        first, last = date_param(start, "start"), date_param(end, "end")
        if first is not None and last is not None and first > last:
            raise ValueError(f"start: {first} is after end {last}")
        kwargs = list_calendar._get_kwargs(**given(start=first, end=last))
        response = yield trading(kwargs, timeout)
        return parse(response, records(CalendarDay.from_dict))
