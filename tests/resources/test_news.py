"""``client.news`` on the sandbox: filters, order, pagination across pages, frames."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pandas as pd
import pytest
from alpaca_client.data.models import NewsArticle

import alpaca
from alpaca.testing import Sandbox

NOW = dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC)
START, END = "2024-01-01T00:00:00Z", "2024-01-31T23:59:59Z"
COLUMNS = [
    "id",
    "headline",
    "author",
    "summary",
    "content",
    "source",
    "symbols",
    "images",
    "created_at",
    "updated_at",
    "url",
]


@pytest.fixture(scope="module")
def fixed() -> Iterator[Sandbox]:
    """A sandbox whose clock stands still at :data:`NOW`."""
    with Sandbox(now=lambda: NOW) as sb:
        yield sb


@pytest.fixture
def recorded(fixed: Sandbox) -> Iterator[tuple[alpaca.Client, list[httpx.URL]]]:
    """A client on the fixed sandbox and the URLs it requests."""
    sent: list[httpx.URL] = []
    with (
        httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url)]}) as http,
        fixed.client(http_client=http) as client,
    ):
        yield client, sent


def test_limit_spans_pages_newest_first(recorded: tuple[alpaca.Client, list[httpx.URL]]) -> None:
    client, sent = recorded
    articles = client.news.list("AAPL", limit=120)
    assert len(articles) == 120 and all(isinstance(a, NewsArticle) for a in articles)
    assert [u.params["limit"] for u in sent] == ["50", "50", "20"]
    assert all("AAPL" in a.symbols for a in articles)
    stamps = [a.updated_at for a in articles]
    assert stamps == sorted(stamps, reverse=True) and stamps[0] <= NOW
    assert len({a.id for a in articles}) == 120


def test_a_window_in_time_order(fixed: Sandbox) -> None:
    with fixed.client() as client:
        everything = client.news.list(sort="asc", start=START, end=END)
        two = client.news.list(["MSFT", "btcusd"], sort="asc", start=START, end=END)
    assert len(everything) == 31 * 8  # one article every three hours
    stamps = [a.updated_at for a in everything]
    assert stamps == sorted(stamps)
    assert stamps[0] >= dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert stamps[-1] <= dt.datetime(2024, 1, 31, 23, 59, 59, tzinfo=dt.UTC)
    assert two == [a for a in everything if {"MSFT", "BTCUSD"} & set(a.symbols)]


def test_content_flags(fixed: Sandbox) -> None:
    with fixed.client() as client:
        plain = client.news.list(start=START, end=END)
        full = client.news.list(include_content=True, start=START, end=END)
        bodies = client.news.list(
            include_content=True, exclude_contentless=True, start=START, end=END
        )
    assert all(a.content == "" for a in plain)
    assert [a.id for a in full] == [a.id for a in plain]
    assert any(a.content for a in full) and any(not a.content for a in full)
    assert [a.id for a in bodies] == [a.id for a in full if a.content]


def test_iter_list_is_lazy(recorded: tuple[alpaca.Client, list[httpx.URL]]) -> None:
    client, sent = recorded
    lazy = client.news.iter_list("TSLA")
    assert sent == []
    first = list(itertools.islice(lazy, 3))
    assert len(sent) == 1 and sent[0].params["limit"] == "50"
    assert [a.id for a in first] == [a.id for a in client.news.list("TSLA", limit=3)]


def test_frame(fixed: Sandbox) -> None:
    with fixed.client() as client:
        articles = client.news.list("AAPL", limit=5)
    frame = articles.df
    assert list(frame.columns) == COLUMNS and len(frame) == 5
    assert isinstance(frame["created_at"].dtype, pd.DatetimeTZDtype)
    assert str(frame["created_at"].dt.tz) == "UTC"
    assert frame["id"].tolist() == [a.id for a in articles]
    assert all("AAPL" in symbols for symbols in frame["symbols"])


async def test_async_client(fixed: Sandbox) -> None:
    async with fixed.async_client() as client:
        articles = await client.news.list("NVDA", limit=55)
        lazy = [a async for a in client.news.iter_list("NVDA", limit=55)]
    assert len(articles) == 55 and [a.id for a in lazy] == [a.id for a in articles]


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.news.list(start=dt.datetime(2024, 1, 1)), ValueError, "start"),
        (lambda c: c.news.list(end="yesterday"), ValueError, "end"),
        (lambda c: c.news.list(sort="newest"), ValueError, "sort"),
        (lambda c: c.news.list(include_content="yes"), TypeError, "include_content"),
        (lambda c: c.news.list("AAPL,"), ValueError, "symbols"),
        (lambda c: c.news.iter_list(limit=0), ValueError, "limit"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []


ARTICLE = {
    "id": 1,
    "headline": "h",
    "author": "",
    "summary": "",
    "content": "",
    "source": "benzinga",
    "symbols": ["AAPL"],
    "images": [],
    "created_at": "2024-01-02T10:00:00Z",
    "updated_at": "2024-01-02T10:00:00Z",
}


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ({"news": [ARTICLE], "next_page_token": "again"}, "repeated a page token"),
        ({"news": [], "next_page_token": "more"}, "no items"),
        ({"news": [{**ARTICLE, "id": "one"}], "next_page_token": None}, "news"),
        ({"articles": []}, "news"),
    ],
)
def test_a_page_that_cannot_be_followed_raises(
    serve_json: Callable[[dict[str, Any]], alpaca.Client], page: dict[str, Any], message: str
) -> None:
    client = serve_json({"/v1beta1/news": page})
    with pytest.raises(alpaca.ResponseValidationError, match=message):
        client.news.list()
