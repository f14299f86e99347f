"""``client.news``: news articles about stocks and crypto, newest first unless ``sort="asc"``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from alpaca_client.data.api.news import get_news
from alpaca_client.data.models import NewsArticle, NewsResponse, Sort

from .._operation import LazyPlan, M, Request, Resource, Timeout, data, given, paginated
from .._paging import Page, token_pages
from .._params import TimeLike, bool_param, enum_param, limit_param, symbols_param, time_param

PAGE_MAX = 50


def _page(body: Any) -> Page[NewsArticle]:
    page = NewsResponse.from_dict(body)
    return page.news, page.next_page_token


class News(Resource[M]):
    """News articles."""

    @paginated
    def list(
        self,
        symbols: str | Iterable[str] | None = None,
        *,
        start: TimeLike | None = None,
        end: TimeLike | None = None,
        sort: Sort | str | None = None,
        include_content: bool | None = None,
        exclude_contentless: bool | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
    ) -> LazyPlan[NewsArticle]:
        """Articles mentioning any of ``symbols`` (all articles when None) between ``start`` and
        ``end``; ``limit`` is the total wanted (None: all, 50 per page). ``.df`` columns: ``id
        headline author summary content url source symbols images created_at updated_at``
        (times UTC)."""
        kwargs = given(
            symbols=None if symbols is None else ",".join(symbols_param(symbols)),
            start=None if start is None else time_param(start, "start"),
            end=None if end is None else time_param(end, "end"),
            sort=enum_param(sort, Sort, "sort"),
            include_content=None
            if include_content is None
            else bool_param(include_content, "include_content"),
            exclude_contentless=None
            if exclude_contentless is None
            else bool_param(exclude_contentless, "exclude_contentless"),
        )
        wanted = limit_param(limit)

        def request(token: str | None, want: int) -> Request:
            return data(
                get_news._get_kwargs(**kwargs, **given(page_token=token, limit=want)), timeout
            )

        yield from token_pages(request, _page, wanted, PAGE_MAX)

    iter_list = list.lazy
