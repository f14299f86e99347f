"""Concurrent history downloads give exactly the sequential result, in Alpaca's order."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from typing import Any

import httpx
import pandas as pd
import pytest

import alpaca
from alpaca._history import _windows
from alpaca.testing import Sandbox

SYMBOLS = ["SPY", "AAPL", "MSFT", "TSLA", "NVDA"]


def digest(frame: pd.DataFrame) -> str:
    text = frame.to_json(orient="split", date_unit="ns", double_precision=15)
    return hashlib.sha256(text.encode()).hexdigest()


class Counter:
    def __init__(self) -> None:
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> None:
        self.paths.append(request.url.path)


@pytest.fixture
def client(fresh_sandbox: Sandbox) -> Iterator[alpaca.Client]:
    with fresh_sandbox.client() as c:
        yield c


@pytest.fixture
def counted(fresh_sandbox: Sandbox) -> Iterator[tuple[alpaca.Client, Counter]]:
    counter = Counter()
    with (
        httpx.Client(event_hooks={"request": [counter]}) as http,
        fresh_sandbox.client(http_client=http) as client,
    ):
        yield client, counter


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("2024-01-02", "2024-02-16"),
        (dt.datetime(2024, 1, 2, 15, 7, tzinfo=dt.UTC), dt.datetime(2024, 3, 5, 18, tzinfo=dt.UTC)),
    ],
)
def test_concurrent_bars_equal_sequential_bars(
    counted: tuple[alpaca.Client, Counter], start: object, end: object
) -> None:
    client, counter = counted
    kwargs: dict[str, Any] = {"start": start, "end": end}
    sequential = client.stocks.bars(SYMBOLS, "1Min", concurrency=1, **kwargs)
    requests = len(counter.paths)
    concurrent = client.stocks.bars(SYMBOLS, "1Min", concurrency=4, **kwargs)
    assert len(counter.paths) - requests > requests  # it really was split
    assert list(concurrent.raw) == list(sequential.raw) == sorted(SYMBOLS)
    assert concurrent.raw == sequential.raw
    assert digest(concurrent.df) == digest(sequential.df)


def test_concurrent_trades_descending_equal_sequential(client: alpaca.Client) -> None:
    kwargs: dict[str, Any] = {"start": "2024-01-02", "end": "2024-01-12", "sort": "desc"}
    sequential = client.stocks.trades(["MSFT", "AAPL"], concurrency=1, **kwargs)
    concurrent = client.stocks.trades(["MSFT", "AAPL"], concurrency=3, **kwargs)
    assert concurrent.raw == sequential.raw
    assert digest(concurrent.df) == digest(sequential.df)


async def test_async_concurrent_bars_equal_sequential(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        kwargs: dict[str, Any] = {"start": "2024-02-01", "end": "2024-04-30"}
        sequential = await client.stocks.bars(SYMBOLS, "5Min", concurrency=1, **kwargs)
        concurrent = await client.stocks.bars(SYMBOLS, "5Min", concurrency=8, **kwargs)
    assert concurrent.raw == sequential.raw


def test_a_limit_or_an_open_range_is_fetched_in_order(
    counted: tuple[alpaca.Client, Counter],
) -> None:
    client, counter = counted
    client.stocks.bars(SYMBOLS, "1Min", start="2024-01-02", end="2024-03-01", limit=15_000)
    client.stocks.bars("AAPL", "1Day", start="2024-01-02", end="2024-03-01")
    assert len(counter.paths) == 3  # two pages for the limit, one for the daily bars


def test_a_failing_part_fails_the_call(fresh_sandbox: Sandbox) -> None:
    with fresh_sandbox.client(max_retries=0) as client:
        fresh_sandbox.add_chaos(method="GET", path="/v2/stocks/bars", status=403, times=1)
        with pytest.raises(alpaca.PermissionDeniedError):
            client.stocks.bars(SYMBOLS, "1Min", start="2024-01-02", end="2024-03-01")


@pytest.mark.parametrize("concurrency", [0, -1, True, 1.5])
def test_concurrency_must_be_a_positive_int(client: alpaca.Client, concurrency: object) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        client.stocks.bars("AAPL", "1Min", concurrency=concurrency)  # type: ignore[arg-type]


def test_windows_tile_the_range() -> None:
    windows = _windows("2024-01-01T00:00:00Z", "2024-01-01T00:00:10Z", 3)
    assert windows == [
        ("2024-01-01T00:00:00Z", "2024-01-01T00:00:02.999999999Z"),
        ("2024-01-01T00:00:03Z", "2024-01-01T00:00:05.999999999Z"),
        ("2024-01-01T00:00:06Z", "2024-01-01T00:00:10Z"),
    ]
    dated = _windows("2024-01-01", "2024-01-31", 4)
    assert dated[0][0] == "2024-01-01" and dated[-1][1] == "2024-01-31"
    assert all(end.endswith("T23:59:59.999999999Z") for _, end in dated[:-1])
