"""``client.activities``: the account's fills and cash, dividend and corporate-action entries.

``list(activity_types=...)`` with exactly one type asks Alpaca's per-type endpoint
(``/v2/account/activities/{type}``); with several, none, or a ``category`` it asks the general
one. Both answer the same items, so one method covers both operations.

Alpaca pages activities by ``page_token`` = the ``id`` of the last activity received and
``page_size`` (at most 100); ``limit`` is the total wanted across pages (``None``: all).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from alpaca_client.trading.api.activities import (
    list_account_activities,
    list_account_activities_by_type,
)
from alpaca_client.trading.models import (
    AccountActivity,
    ActivityCategory,
    ActivityType,
    SortDirection,
)

from .._operation import Items, LazyPlan, M, Resource, Timeout, given, paginated, parse, trading
from .._params import date_param, datetime_param, enum_param, enums_param, limit_param
from .._records import ParseFailure, Records, records

PAGE_SIZE_MAX = 100
ActivityTypes = ActivityType | str | Iterable[ActivityType | str]


def _page_size(value: int | None) -> int:
    if value is None:
        return PAGE_SIZE_MAX
    checked = limit_param(value, "page_size")
    assert checked is not None
    if checked > PAGE_SIZE_MAX:
        raise ValueError(f"page_size: at most {PAGE_SIZE_MAX}, got {value}")
    return checked


class Activities(Resource[M]):
    """Account activities (fills, cash and corporate-action entries), newest first."""

    @paginated
    def list(
        self,
        *,
        activity_types: ActivityTypes | None = None,
        category: ActivityCategory | str | None = None,
        date: dt.date | str | None = None,
        after: dt.datetime | str | None = None,
        until: dt.datetime | str | None = None,
        direction: SortDirection | str | None = None,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> LazyPlan[AccountActivity]:
        """Activities, optionally of some types (``"FILL"``, ``["CSD", "DIV"]``) or one
        ``category`` (``trade_activity`` / ``non_trade_activity``), created on ``date`` or
        ``after``/``until`` a moment. Pages hold ``page_size`` (1-100) items."""
        types = (
            None
            if activity_types is None
            else enums_param(activity_types, ActivityType, "activity_types")
        )
        kind = enum_param(category, ActivityCategory, "category")
        if types is not None and kind is not None:
            raise ValueError("category: give either activity_types or category, not both")
        filters = given(
            date=date_param(date, "date"),
            after=datetime_param(after, "after"),
            until=datetime_param(until, "until"),
            direction=enum_param(direction, SortDirection, "direction"),
        )
        size, wanted = _page_size(page_size), limit_param(limit)
        token: str | None = None
        seen: set[str] = set()
        while True:
            paging = given(
                page_size=size if wanted is None else min(size, wanted), page_token=token
            )
            if types is not None and len(types) == 1:
                kwargs = list_account_activities_by_type._get_kwargs(types[0], **filters, **paging)
            else:
                joined = None if types is None else ",".join(types)
                kwargs = list_account_activities._get_kwargs(
                    **given(activity_types=joined, category=kind), **filters, **paging
                )
            page = parse((yield trading(kwargs, timeout)), records(AccountActivity.from_dict))
            if wanted is not None:
                page = Records(page[:wanted])
                wanted -= len(page)
            yield Items(page)
            if len(page) < paging["page_size"] or wanted == 0:
                return
            token = _next_token(page[-1], seen)

    iter_list = list.lazy


def _next_token(last: AccountActivity, seen: set[str]) -> str:
    """The last activity's id, which must not have ended an earlier page (the walk would
    never end)."""
    if not last.id:
        raise ParseFailure("a full page ends with an activity without id", "[-1].id", last.raw)
    if last.id in seen:
        raise ParseFailure("the server repeated a page", "[-1].id", last.id)
    seen.add(last.id)
    return last.id
