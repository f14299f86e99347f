"""``client.indices`` on the sandbox: index values following the stock sessions, frames, latest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
from alpaca_client.data.models import IndexValue

import alpaca
from alpaca.testing import Sandbox

NOW = dt.datetime(2024, 1, 3, 15, 0, 30, tzinfo=dt.UTC)
START, END = "2024-01-02", "2024-01-03"


@pytest.fixture(scope="module")
def fixed() -> Iterator[Sandbox]:
    """A sandbox whose clock stands still at :data:`NOW`."""
    with Sandbox(now=lambda: NOW) as sb:
        yield sb


def test_values_follow_the_sessions(fixed: Sandbox) -> None:
    with fixed.client() as client:
        values = client.indices.values(["VIX", "SPX"], start=START, end=END)
        spy = client.stocks.bars("SPY", "1Min", start=START, end=END)
    assert isinstance(values, alpaca.ModelSet) and values.symbols == ["SPX", "VIX"]
    spx = values["SPX"]
    assert len(spx) == len(spy) == 390 + 30  # a full session, then half an hour to NOW
    assert all(isinstance(v, IndexValue) and isinstance(v.v, Decimal) for v in spx)
    assert [v.t for v in spx] == [b.timestamp for b in spy["SPY"]]
    for value, bar in zip(spx, spy["SPY"], strict=True):
        assert value.v == (Decimal(10) * (bar.close or Decimal(0))).quantize(Decimal("0.01"))
    assert all(0 < (v.v or 0) < 100 for v in values["VIX"])
    frame = values.df
    assert list(frame.columns) == ["value"] and frame.index.names == ["symbol", "timestamp"]
    assert frame["value"].dtype == "float64" and len(frame) == 2 * 420


def test_pagination_and_lazy_values(fixed: Sandbox) -> None:
    sent: list[httpx.URL] = []
    with (
        httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url)]}) as http,
        fixed.client(http_client=http) as client,
    ):
        capped = client.indices.values("NDX", start=START, end=END, limit=100, sort="desc")
        lazy = list(client.indices.iter_values("NDX", start=START, end=END, limit=100, sort="desc"))
    stamps = [v.t for v in capped["NDX"]]
    assert len(stamps) == 100 and stamps == sorted(stamps, reverse=True)
    assert lazy == list(capped) and all(u.params["limit"] == "100" for u in sent)


def test_latest_values(fixed: Sandbox) -> None:
    with fixed.client() as client:
        latest = client.indices.latest_values("SPX,DJI,NOPE")
        spy = client.stocks.latest_bars("SPY")["SPY"]
    assert set(latest) == {"SPX", "DJI"}
    assert latest["SPX"].t == spy.timestamp == dt.datetime(2024, 1, 3, 14, 59, tzinfo=dt.UTC)


async def test_async_client(fixed: Sandbox) -> None:
    async with fixed.async_client() as client:
        values = await client.indices.values("RUT", start=START, end=START)
        pairs = [pair async for pair in client.indices.iter_values("RUT", start=START, end=START)]
        latest = await client.indices.latest_values(["VIX"])
    assert len(values) == 390 and pairs == list(values) and set(latest) == {"VIX"}


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.indices.values("SPX", start=dt.datetime(2024, 1, 2)), ValueError, "start"),
        (lambda c: c.indices.values("SPX", timeframe="1Min"), TypeError, "timeframe"),
        (lambda c: c.indices.values("SPX", sort="up"), ValueError, "sort"),
        (lambda c: c.indices.iter_values("", limit=1), ValueError, "symbols"),
        (lambda c: c.indices.latest_values([]), ValueError, "symbols"),
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
