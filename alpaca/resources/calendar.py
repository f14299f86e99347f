"""``client.calendar``: trading days with their open and close times."""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any

from alpaca_client.trading.api.calendar import list_calendar
from alpaca_client.trading.models import CalendarDay

from .._params import date_param
from .._resource import AsyncContext, SyncContext, parsed_list


def _calendar_kwargs(start: dt.date | str | None, end: dt.date | str | None) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if start is not None:
        kwargs["start"] = date_param(start, "start")
    if end is not None:
        kwargs["end"] = date_param(end, "end")
    if start is not None and end is not None and kwargs["start"] > kwargs["end"]:
        raise ValueError(f"start: {kwargs['start']} is after end {kwargs['end']}")
    return kwargs


class Calendar:
    """The market calendar."""

    def __init__(self, context: SyncContext) -> None:
        self._context = context

    def list(
        self, *, start: dt.date | str | None = None, end: dt.date | str | None = None
    ) -> builtins.list[CalendarDay]:
        """Trading days between ``start`` and ``end`` (inclusive)."""
        response = list_calendar.sync_detailed(
            client=self._context.trading_api, **_calendar_kwargs(start, end)
        )
        return parsed_list(response, CalendarDay)


class AsyncCalendar:
    """The market calendar (async)."""

    def __init__(self, context: AsyncContext) -> None:
        self._context = context

    async def list(
        self, *, start: dt.date | str | None = None, end: dt.date | str | None = None
    ) -> builtins.list[CalendarDay]:
        """Trading days between ``start`` and ``end`` (inclusive)."""
        response = await list_calendar.asyncio_detailed(
            client=self._context.trading_api, **_calendar_kwargs(start, end)
        )
        return parsed_list(response, CalendarDay)
