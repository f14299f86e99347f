"""Lazy page walking for Alpaca's ``page_token`` / ``next_page_token`` lists, as a plan.

``limit`` is the total number of items wanted across every page (``None``: everything in range).
Each page asks for at most :data:`PAGE_MAX` items, and never more than are still wanted. A page
that repeats an earlier token, or carries a token but no items, ends the walk with a
``ResponseValidationError`` rather than looping forever.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._operation import Items, LazyPlan, Request, Timeout, decode
from ._records import ParseFailure

if TYPE_CHECKING:
    from ._marketdata import RowCheck

PAGE_MAX = 10_000
Params = dict[str, str]
Row = dict[str, Any]
Chunk = tuple[str, list[Row]]


class _PageWalk:
    """The I/O-free part: which parameters the next page needs and what a page contributes."""

    def __init__(
        self, params: Params, key: str, limit: int | None, check: RowCheck | None = None
    ) -> None:
        self._params = params
        self._key = key
        self._check_rows = check
        self._remaining = limit
        self._token: str | None = None
        self._seen: set[str] = set()
        self.done = False

    def next_params(self) -> Params:
        params = dict(self._params)
        want = PAGE_MAX if self._remaining is None else min(PAGE_MAX, self._remaining)
        params["limit"] = str(want)
        if self._token:
            params["page_token"] = self._token
        return params

    def take(self, page: object) -> list[Chunk]:
        """Rows of one decoded page per symbol, cut to what is still wanted."""
        if not isinstance(page, Mapping):
            raise ParseFailure(f"expected a JSON object, got {type(page).__name__}", "", page)
        if self._check_rows is not None:
            self._check_rows.page(page)
        items = page.get(self._key) or {}
        if isinstance(items, list):  # single-symbol form
            items = {str(page.get("symbol", "")): items}
        if not isinstance(items, Mapping):
            raise ParseFailure("expected rows per symbol", self._key, items)
        chunks: list[Chunk] = []
        for symbol, rows in items.items():
            if not isinstance(rows, list):
                raise ParseFailure("expected a list of rows", f"{self._key}.{symbol}", rows)
            if not rows:
                continue
            if self._check_rows is not None:
                self._check_rows(f"{self._key}.{symbol}", rows)
            if self._remaining is not None:
                rows = rows[: self._remaining]
                self._remaining -= len(rows)
            chunks.append((str(symbol), rows))
            if self._remaining == 0:
                break
        token = page.get("next_page_token")
        if token is not None and not isinstance(token, str):
            raise ParseFailure("next_page_token is not a string", "next_page_token", token)
        self._check(token, chunks)
        self._token = token
        self.done = not token or self._remaining == 0
        return chunks

    def _check(self, token: str | None, chunks: list[Chunk]) -> None:
        if not token or self._remaining == 0:
            return
        if token in self._seen:
            raise ParseFailure("the server repeated a page token", "next_page_token", token)
        if not chunks:
            raise ParseFailure(
                "a page with no items still points to a next page", "next_page_token", token
            )
        self._seen.add(token)


def pages(
    path: str,
    params: Params,
    key: str,
    limit: int | None,
    timeout: Timeout,
    check: RowCheck | None = None,
) -> LazyPlan[Chunk]:
    """``(symbol, rows)`` chunks, page by page, from the market-data host; ``check`` checks
    the rows of each page as it arrives."""
    walk = _PageWalk(params, key, limit, check)
    while not walk.done:
        response = yield Request("data", "GET", path, walk.next_params(), timeout=timeout)
        yield Items(walk.take(decode(response)))


def collect(chunks: list[Chunk]) -> dict[str, list[Row]]:
    """Merge chunks into rows per symbol, keeping first-seen symbol order."""
    merged: dict[str, list[Row]] = {}
    for symbol, rows in chunks:
        if symbol in merged:
            merged[symbol].extend(rows)
        else:
            merged[symbol] = rows  # a page's own list: extending it is safe
    return merged
