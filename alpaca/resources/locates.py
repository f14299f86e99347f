"""``client.locates``: borrowing shares for short sales (quotes, locates and their state).

Locate refusals carry a word for a code (``exc.body["code"]``, e.g. ``"easy_to_borrow"``,
``"insufficient_buying_power"``), not one of Alpaca's numeric codes, so ``exc.code`` is None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from alpaca_client.trading.api.locates import (
    create_locate,
    get_locate,
    list_locate_quotes,
    list_locates,
)
from alpaca_client.trading.models import (
    Locate,
    LocateQuotes,
    LocateRequest,
    LocatesPage,
    LocateStatus,
)

from .._operation import (
    Items,
    LazyPlan,
    M,
    Plan,
    Resource,
    Timeout,
    given,
    operation,
    paginated,
    parse,
    trading,
)
from .._params import (
    DecimalLike,
    bool_param,
    date_param,
    decimal_param,
    enum_param,
    limit_param,
    path_param,
    symbol_param,
    symbols_param,
)
from .._records import ParseFailure, Records

PAGE_MAX = 10000  # the most locates Alpaca returns per page
QUOTE_SYMBOLS_MAX = 100


class Locates(Resource[M]):
    """Locates of shares to sell short."""

    @operation
    def quotes(
        self, symbols: str | Iterable[str], *, timeout: Timeout = None
    ) -> Plan[LocateQuotes]:
        """Shares available to locate and the fee per share, for up to 100 symbols;
        ``.errors`` lists the symbols that could not be quoted, and why."""
        wanted = symbols_param(symbols)
        if len(wanted) > QUOTE_SYMBOLS_MAX:
            raise ValueError(f"symbols: at most {QUOTE_SYMBOLS_MAX}, got {len(wanted)}")
        kwargs = list_locate_quotes._get_kwargs(symbols=",".join(wanted))
        response = yield trading(kwargs, timeout)
        return parse(response, LocateQuotes.from_dict)

    @operation
    def create(
        self,
        symbol: str,
        qty: int,
        *,
        all_or_none: bool | None = None,
        limit_price: DecimalLike | None = None,
        timeout: Timeout = None,
    ) -> Plan[Locate]:
        """Locate ``qty`` shares (whole shares; Alpaca wants round lots of 100). The answer
        may be granted in part or ``rejected``; ``limit_price`` caps the fee per share."""
        if isinstance(qty, bool) or not isinstance(qty, int):
            raise TypeError(f"qty: expected int, got {type(qty).__name__}")
        if qty < 1:
            raise ValueError(f"qty: must be at least 1, got {qty}")
        body = LocateRequest(symbol=symbol_param(symbol), qty=qty)
        if all_or_none is not None:
            body.all_or_none = bool_param(all_or_none, "all_or_none")
        if limit_price is not None:
            body.limit_price = decimal_param(limit_price, "limit_price", positive=False)
            if body.limit_price < 0:
                raise ValueError(f"limit_price: must not be negative, got {limit_price!r}")
        response = yield trading(create_locate._get_kwargs(body=body), timeout)
        return parse(response, Locate.from_dict)

    @operation
    def get(self, locate_id: str, *, timeout: Timeout = None) -> Plan[Locate]:
        """One locate by id."""
        kwargs = get_locate._get_kwargs(path_param(locate_id, "locate_id"))
        response = yield trading(kwargs, timeout)
        return parse(response, Locate.from_dict)

    @paginated
    def list(
        self,
        *,
        status: LocateStatus | str | None = None,
        symbol: str | None = None,
        start: dt.date | str | None = None,
        end: dt.date | str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> LazyPlan[Locate]:
        """Locates, newest first; ``start``/``end`` are locate trading dates (New York days
        rolling over at 8 pm; ``end`` exclusive); ``limit`` is the total wanted."""
        wanted = limit_param(limit)
        first, last = date_param(start, "start"), date_param(end, "end")
        if first is not None and last is not None and first >= last:
            raise ValueError(f"start: {first} is not before end {last} (end is exclusive)")
        filters = given(
            status=enum_param(status, LocateStatus, "status"),
            symbol=None if symbol is None else symbol_param(symbol),
            start=first,
            end=last,
        )
        token: str | None = None
        seen: set[str] = set()
        while True:
            size = PAGE_MAX if wanted is None else min(PAGE_MAX, wanted)
            kwargs = list_locates._get_kwargs(**filters, **given(page_token=token), limit=size)
            page = parse((yield trading(kwargs, timeout)), LocatesPage.from_dict)
            token = page.next_page_token
            if token and (token in seen or not page.locates):
                raise ParseFailure("the page token leads nowhere new", "next_page_token", token)
            items = Records(page.locates if wanted is None else page.locates[:wanted])
            yield Items(items)
            if wanted is not None:
                wanted -= len(items)
            if not token or wanted == 0:
                return
            seen.add(token)

    iter_list = list.lazy
