"""``client.forex`` on the sandbox: rate history per timeframe, pagination, frames, latest."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, TypedDict

import httpx
import pandas as pd
import pytest
from alpaca_client.data.models import ForexRate

import alpaca
from alpaca.testing import Sandbox


class Window(TypedDict):
    start: str
    end: str


NOW = dt.datetime(2024, 1, 6, 12, tzinfo=dt.UTC)  # a Saturday: the market is closed
HOUR: Window = {"start": "2024-01-03T10:00:00Z", "end": "2024-01-03T10:59:59Z"}


@pytest.fixture(scope="module")
def fixed() -> Iterator[Sandbox]:
    """A sandbox whose clock stands still at :data:`NOW`."""
    with Sandbox(now=lambda: NOW) as sb:
        yield sb


def test_minute_rates_of_two_pairs(fixed: Sandbox) -> None:
    with fixed.client() as client:
        rates = client.forex.rates(["usdjpy", "EURUSD"], start=HOUR["start"], end=HOUR["end"])
    assert isinstance(rates, alpaca.ModelSet) and rates.symbols == ["EURUSD", "USDJPY"]
    assert len(rates) == 2 * 60
    rate = rates["USDJPY"][0]
    assert isinstance(rate, ForexRate) and rate.t == dt.datetime(2024, 1, 3, 10, tzinfo=dt.UTC)
    assert isinstance(rate.bp, Decimal) and rate.bp is not None and rate.ap is not None
    assert rate.bp < (rate.mp or 0) < rate.ap
    assert list(rates)[:2] == [("EURUSD", r) for r in rates["EURUSD"][:2]]
    frame = rates.df
    assert list(frame.columns) == ["bid", "ask", "mid"] and len(frame) == 120
    assert frame.index.names == ["symbol", "timestamp"]
    assert (frame["bid"] < frame["ask"]).all() and frame["mid"].dtype == "float64"


def test_timeframes_and_the_weekend(fixed: Sandbox) -> None:
    with fixed.client() as client:
        daily = client.forex.rates("EURUSD", "1Day", start="2024-01-01T00:00:00Z", end=NOW)
        weekend = client.forex.rates("EURUSD", "1Min", start="2024-01-06T00:00:00Z", end=NOW)
        minute = client.forex.rates("EURUSD", alpaca.TimeFrame.Minute, limit=3, **HOUR)
    days = [r.t.date() for r in daily["EURUSD"]]
    assert days == [dt.date(2024, 1, d) for d in (1, 2, 3, 4, 5)]
    assert len(weekend) == 0 and weekend.df.empty
    assert len(minute) == 3


def test_five_second_rates_span_pages(fixed: Sandbox) -> None:
    sent: list[httpx.URL] = []
    with (
        httpx.Client(event_hooks={"request": [lambda r: sent.append(r.url)]}) as http,
        fixed.client(http_client=http) as client,
    ):
        day: Window = {"start": "2024-01-03T00:00:00Z", "end": "2024-01-03T23:59:59Z"}
        rates = client.forex.rates("GBPUSD", "5Sec", concurrency=1, **day)
        lazy = client.forex.iter_rates("GBPUSD", "5S", **day)
        head = list(itertools.islice(lazy, 5))
    assert len(rates) == 86400 // 5 and len(sent) == 3  # 10 000 a page
    stamps = [r.t for r in rates["GBPUSD"]]
    assert all(b - a == dt.timedelta(seconds=5) for a, b in itertools.pairwise(stamps))
    assert head == [("GBPUSD", r) for r in rates["GBPUSD"][:5]]


def test_latest_rates(fixed: Sandbox) -> None:
    with fixed.client() as client:
        latest = client.forex.latest_rates("USDJPY,EURUSD,NOPE")
        friday = client.forex.rates("USDJPY", start="2024-01-05T21:59:00Z", end=NOW)
    assert set(latest) == {"USDJPY", "EURUSD"}
    assert latest["USDJPY"] == friday["USDJPY"][-1]  # the last rate before the weekend
    assert latest["USDJPY"].t == dt.datetime(2024, 1, 5, 21, 59, tzinfo=dt.UTC)


async def test_async_client(fixed: Sandbox) -> None:
    async with fixed.async_client() as client:
        rates = await client.forex.rates("AUDUSD", "1Min", **HOUR)
        lazy = [pair async for pair in client.forex.iter_rates("AUDUSD", **HOUR)]
        latest = await client.forex.latest_rates(["AUDUSD"])
    assert lazy == list(rates) and len(lazy) == 60
    assert isinstance(rates.df, pd.DataFrame) and set(latest) == {"AUDUSD"}


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.forex.rates("USDJPY", "1Hour"), ValueError, "timeframe"),
        (lambda c: c.forex.rates("USDJPY", start=dt.datetime(2024, 1, 2)), ValueError, "start"),
        (lambda c: c.forex.rates("USDJPY", feed="x"), TypeError, "feed"),
        (lambda c: c.forex.rates([]), ValueError, "currency_pairs"),
        (lambda c: c.forex.iter_rates("USDJPY", limit=0), ValueError, "limit"),
        (lambda c: c.forex.latest_rates(""), ValueError, "currency_pairs"),
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
