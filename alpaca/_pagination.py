"""Lazy page walking for Alpaca's ``page_token`` / ``next_page_token`` lists (sync and async).

``limit`` is the total number of items wanted across every page (``None``: everything in range).
Each page asks for at most :data:`PAGE_MAX` items, and never more than are still wanted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

PAGE_MAX = 10_000
Params = dict[str, str]
Row = dict[str, Any]
Chunk = tuple[str, list[Row]]


class _PageWalk:
    """The I/O-free part: which parameters the next page needs and what a page contributes."""

    def __init__(self, params: Params, key: str, limit: int | None) -> None:
        self._params = params
        self._key = key
        self._remaining = limit
        self._token: str | None = None
        self.done = False

    def next_params(self) -> Params:
        params = dict(self._params)
        want = PAGE_MAX if self._remaining is None else min(PAGE_MAX, self._remaining)
        params["limit"] = str(want)
        if self._token:
            params["page_token"] = self._token
        return params

    def take(self, page: Mapping[str, Any]) -> list[Chunk]:
        """Rows of one decoded page per symbol, cut to what is still wanted."""
        items = page.get(self._key) or {}
        if isinstance(items, list):  # single-symbol form
            items = {str(page.get("symbol", "")): items}
        chunks: list[Chunk] = []
        for symbol, rows in items.items():
            if not rows:
                continue
            if self._remaining is not None:
                rows = rows[: self._remaining]
                self._remaining -= len(rows)
            chunks.append((symbol, rows))
            if self._remaining == 0:
                break
        self._token = page.get("next_page_token")
        self.done = not self._token or self._remaining == 0
        return chunks


def iter_chunks(
    fetch: Callable[[Params], Mapping[str, Any]], params: Params, key: str, limit: int | None
) -> Iterator[Chunk]:
    """Yield ``(symbol, rows)`` page by page; the next page is fetched only when needed."""
    walk = _PageWalk(params, key, limit)
    while not walk.done:
        yield from walk.take(fetch(walk.next_params()))


async def aiter_chunks(
    fetch: Callable[[Params], Awaitable[Mapping[str, Any]]],
    params: Params,
    key: str,
    limit: int | None,
) -> AsyncIterator[Chunk]:
    """Async twin of :func:`iter_chunks`."""
    walk = _PageWalk(params, key, limit)
    while not walk.done:
        for chunk in walk.take(await fetch(walk.next_params())):
            yield chunk


def collect(chunks: Iterator[Chunk] | list[Chunk]) -> dict[str, list[Row]]:
    """Merge chunks into rows per symbol, keeping first-seen symbol order."""
    merged: dict[str, list[Row]] = {}
    for symbol, rows in chunks:
        if symbol in merged:
            merged[symbol].extend(rows)
        else:
            merged[symbol] = rows  # a page's own list: extending it is safe
    return merged
