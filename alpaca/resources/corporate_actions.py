"""``client.corporate_actions``: dividends, splits, mergers and other corporate actions.

- ``announcements(...)`` / ``announcement(id)``: the trading API's announcements (Alpaca
  deprecates them in favour of the market data list). ``since``/``until`` may span at most 90
  days.
- ``list(...)`` / ``iter_list(...)``: the market data API's corporate actions, paged by
  ``page_token``. Alpaca groups each page by kind; here every action is one item (a generated
  model: ``CashDividend``, ``ForwardSplit``, ...), in process-date order, and ``.df`` names the
  kind in its first column, ``type`` (Alpaca's value, e.g. ``cash_dividend``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypedDict

import attrs
from alpaca_client.data.api.corporate_actions import get_corporate_actions
from alpaca_client.data.models import (
    CashDividend,
    CashMerger,
    CorporateActionRegion,
    CorporateActionsResponse,
    ForwardSplit,
    NameChange,
    PartialCall,
    Redemption,
    Reorganization,
    ReverseSplit,
    RightsDistribution,
    Sort,
    SpinOff,
    StockAndCashMerger,
    StockDividend,
    StockMerger,
    UnitSplit,
    WorthlessRemoval,
)
from alpaca_client.data.models import CorporateActions as CorporateActionGroups
from alpaca_client.data.models import CorporateActionType as DataActionType
from alpaca_client.trading.api.corporate_actions import (
    get_corporate_action_announcement,
    list_corporate_action_announcements,
)
from alpaca_client.trading.models import (
    CorporateActionAnnouncement,
    CorporateActionDateType,
    CorporateActionType,
)

from .._operation import (
    Items,
    LazyPlan,
    M,
    Plan,
    Resource,
    Timeout,
    data,
    gather,
    given,
    lazy,
    operation,
    parse,
    trading,
)
from .._params import (
    date_param,
    enum_param,
    enums_param,
    limit_param,
    path_param,
    symbol_param,
    symbols_param,
)
from .._records import ParseFailure, Records, records

if TYPE_CHECKING:
    from typing import Unpack

    import pandas as pd

ANNOUNCEMENT_DAYS_MAX = 90
PAGE_MAX = 1000
CorporateAction = (
    CashDividend
    | StockDividend
    | ForwardSplit
    | ReverseSplit
    | UnitSplit
    | SpinOff
    | CashMerger
    | StockMerger
    | StockAndCashMerger
    | Redemption
    | NameChange
    | WorthlessRemoval
    | RightsDistribution
    | PartialCall
    | Reorganization
)
_GROUPS = [
    f for f in attrs.fields(CorporateActionGroups) if f.name not in ("additional_properties", "raw")
]
#: Alpaca's kind (``cash_dividend``) per model class name, read off the grouped page model.
KIND_BY_CLASS = {
    match.group(1): f.name.removesuffix("s")
    for f in _GROUPS
    if (match := re.search(r"list\[(\w+)\]", str(f.type))) is not None
}


class CorporateActionRecords(Records[CorporateAction]):
    """Corporate actions of several kinds; ``.df`` has one column per field of any of them
    (absent ones NaN/None) after a first column ``type`` naming each row's kind."""

    @property
    def df(self) -> pd.DataFrame:
        frame = super().df
        if len(self):
            frame.insert(0, "type", [KIND_BY_CLASS[type(item).__name__] for item in self])
        return frame


class CorporateActionOptions(TypedDict, total=False):
    """Keyword filters of :meth:`CorporateActions.list`."""

    cusips: str | Iterable[str]
    types: DataActionType | str | Iterable[DataActionType | str]
    region: CorporateActionRegion | str
    start: dt.date | str
    end: dt.date | str
    ids: str | Iterable[str]
    limit: int | None
    sort: Sort | str


def _items(value: str | Iterable[str], name: str) -> str:
    items = value.split(",") if isinstance(value, str) else list(value)
    cleaned = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    if len(cleaned) != len(items) or not cleaned:
        raise ValueError(f"{name}: expected non-empty strings, got {value!r}")
    return ",".join(cleaned)


def _walk(
    symbols: str | Iterable[str] | None, options: CorporateActionOptions, timeout: Timeout
) -> LazyPlan[CorporateAction]:
    """Check the arguments, then fetch page after page, each flattened into one list."""
    unknown = set(options) - set(CorporateActionOptions.__annotations__)
    if unknown:
        raise TypeError(f"list() got unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    start, end = date_param(options.get("start"), "start"), date_param(options.get("end"), "end")
    if start is not None and end is not None and start > end:
        raise ValueError(f"start: {start} is after end {end}")
    types = options.get("types")
    filters: dict[str, Any] = given(
        symbols=None if symbols is None else ",".join(symbols_param(symbols)),
        cusips=None if options.get("cusips") is None else _items(options["cusips"], "cusips"),
        types=None if types is None else ",".join(enums_param(types, DataActionType, "types")),
        start=start,
        end=end,
    )
    ids = options.get("ids")
    if ids is not None and filters:
        raise ValueError(f"ids: cannot be combined with {', '.join(sorted(filters))}")
    filters.update(
        given(
            ids=None if ids is None else _items(ids, "ids"),
            region=enum_param(options.get("region"), CorporateActionRegion, "region"),
            sort=enum_param(options.get("sort"), Sort, "sort"),
        )
    )
    wanted = limit_param(options.get("limit"))
    newest_first = filters.get("sort") == Sort.DESC
    token: str | None = None
    seen: set[str] = set()
    while True:
        size = PAGE_MAX if wanted is None else min(PAGE_MAX, wanted)
        kwargs = get_corporate_actions._get_kwargs(**filters, **given(limit=size, page_token=token))
        page = parse((yield data(kwargs, timeout)), CorporateActionsResponse.from_dict)
        items = _flatten(page.corporate_actions, newest_first)
        if wanted is not None:
            items = items[:wanted]
            wanted -= len(items)
        yield Items(items)
        token = page.next_page_token
        if not token or wanted == 0:
            return
        if token in seen or not items:
            raise ParseFailure("the page token does not move forward", "next_page_token", token)
        seen.add(token)


def _flatten(groups: CorporateActionGroups, newest_first: bool) -> list[CorporateAction]:
    items: list[CorporateAction] = [
        item for group in _GROUPS for item in getattr(groups, group.name) or ()
    ]
    items.sort(key=lambda item: item.process_date, reverse=newest_first)
    return items


def _announcement_types(
    value: CorporateActionType | str | Iterable[CorporateActionType | str],
) -> str:
    return ",".join(enums_param(value, CorporateActionType, "ca_types"))


class CorporateActions(Resource[M]):
    """Corporate actions and their announcements."""

    @operation
    def announcements(
        self,
        *,
        ca_types: CorporateActionType | str | Iterable[CorporateActionType | str],
        since: dt.date | str,
        until: dt.date | str,
        symbol: str | None = None,
        cusip: str | None = None,
        date_type: CorporateActionDateType | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[Records[CorporateActionAnnouncement]]:
        """Announcements of the kinds ``ca_types`` (``Dividend``, ``Merger``, ``Spinoff``,
        ``Split``) dated ``since``..``until`` (inclusive, at most 90 days apart); ``date_type``
        says which of their dates counts."""
        first, last = date_param(since, "since"), date_param(until, "until")
        if first > last:
            raise ValueError(f"since: {first} is after until {last}")
        if (last - first).days > ANNOUNCEMENT_DAYS_MAX:
            raise ValueError(
                f"until: the range may span at most {ANNOUNCEMENT_DAYS_MAX} days, "
                f"got {(last - first).days}"
            )
        kwargs = list_corporate_action_announcements._get_kwargs(
            ca_types=_announcement_types(ca_types),
            since=first,
            until=last,
            **given(
                symbol=None if symbol is None else symbol_param(symbol),
                cusip=None if cusip is None else path_param(cusip, "cusip"),
                date_type=enum_param(date_type, CorporateActionDateType, "date_type"),
            ),
        )
        response = yield trading(kwargs, timeout)
        return parse(response, records(CorporateActionAnnouncement.from_dict))

    @operation
    def announcement(
        self, announcement_id: str, *, timeout: Timeout = None
    ) -> Plan[CorporateActionAnnouncement]:
        """One announcement by its id."""
        key = path_param(announcement_id, "announcement_id")
        response = yield trading(get_corporate_action_announcement._get_kwargs(key), timeout)
        return parse(response, CorporateActionAnnouncement.from_dict)

    @operation
    def list(
        self,
        symbols: str | Iterable[str] | None = None,
        *,
        timeout: Timeout = None,
        **options: Unpack[CorporateActionOptions],
    ) -> Plan[CorporateActionRecords]:
        """Corporate actions of ``symbols`` (or ``cusips``, ``ids``) processed between ``start``
        and ``end`` (dates; the server's default is today), optionally of some ``types``
        (``"cash_dividend"``, ``["forward_split", "reverse_split"]``); ``limit`` is the total
        wanted (None: all). ``ids`` cannot be combined with the other filters."""
        found = yield from gather(_walk(symbols, options, timeout))
        return CorporateActionRecords(found)

    @lazy
    def iter_list(
        self,
        symbols: str | Iterable[str] | None = None,
        *,
        timeout: Timeout = None,
        **options: Unpack[CorporateActionOptions],
    ) -> LazyPlan[CorporateAction]:
        """The same actions one at a time, fetching pages as you iterate."""
        yield from _walk(symbols, options, timeout)
