"""Pagination by ``page_token``/``next_page_token`` for answers that are one list (or one object
of items) per page: news, option contracts, option snapshots and chains.

``limit`` is the total wanted across pages (``None``: all); each page asks for at most
``page_max`` items and never more than are still wanted. A repeated token, or a token on a page
with no items, ends the walk with a ``ResponseValidationError`` instead of looping forever.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ._operation import Items, LazyPlan, Request, decode
from ._records import ParseFailure

T = TypeVar("T")
Page = tuple[list[T], str | None]  # the page's items and its next_page_token


def token_pages(
    request: Callable[[str | None, int], Request],
    parse_page: Callable[[Any], Page[T]],
    limit: int | None,
    page_max: int,
) -> LazyPlan[T]:
    """Items page by page: ``request(token, want)`` builds each page's request (token None
    for the first), ``parse_page`` reads a decoded page."""
    remaining, token = limit, None
    seen: set[str] = set()
    while True:
        want = page_max if remaining is None else min(page_max, remaining)
        response = yield request(token, want)
        items, token = parse_page(decode(response))
        if remaining is not None:
            items = items[:remaining]
            remaining -= len(items)
        if token and remaining != 0:
            if token in seen:
                raise ParseFailure("the server repeated a page token", "next_page_token", token)
            if not items:
                raise ParseFailure(
                    "a page with no items still points to a next page", "next_page_token", token
                )
            seen.add(token)
        yield Items(items)
        if not token or remaining == 0:
            return
