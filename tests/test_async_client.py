"""``alpaca.AsyncClient`` against the sandbox: the same namespaces, awaited."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import TypedDict

import httpx
import pandas as pd
import pytest

import alpaca
from alpaca.testing import Sandbox


class Window(TypedDict):
    start: str
    end: str


class Market(TypedDict):
    """Order arguments shared by several submissions (symbol and qty are given per call)."""

    side: str
    type: str
    time_in_force: str


class GtcLimit(Market):
    limit_price: str


MARKET: Market = {"side": "buy", "type": "market", "time_in_force": "day"}
GTC_LIMIT: GtcLimit = {
    "side": "buy",
    "type": "limit",
    "limit_price": "1.00",
    "time_in_force": "gtc",
}
JANUARY: Window = {"start": "2024-01-02", "end": "2024-01-31"}


def _async_client(sandbox: Sandbox, **kwargs: object) -> alpaca.AsyncClient:
    return alpaca.AsyncClient(
        key_id=sandbox.key_id,
        secret_key=sandbox.secret_key,
        base_url=sandbox.base_url,
        data_url=sandbox.data_url,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
async def aclient(fresh_sandbox: Sandbox) -> AsyncIterator[alpaca.AsyncClient]:
    async with _async_client(fresh_sandbox) as client:
        yield client


async def test_account_and_exact_money(aclient: alpaca.AsyncClient) -> None:
    before = await aclient.account.get()
    assert before.cash == Decimal(100000)
    order = await aclient.orders.submit(symbol="AAPL", **MARKET, qty="2.5")
    assert order.status == alpaca.OrderStatus.FILLED and order.filled_avg_price is not None
    after = await aclient.account.get()
    assert before.cash is not None and after.cash is not None
    assert before.cash - after.cash == Decimal("2.5") * order.filled_avg_price
    position = await aclient.positions.get("AAPL")
    assert position.qty == Decimal("2.5")
    assert position.cost_basis == Decimal("2.5") * order.filled_avg_price


async def test_submit_list_replace_cancel(aclient: alpaca.AsyncClient) -> None:
    resting = await aclient.orders.submit(symbol="AAPL", **GTC_LIMIT, qty=1)
    assert resting.status == alpaca.OrderStatus.NEW
    assert [o.id for o in await aclient.orders.list()] == [resting.id]
    new = await aclient.orders.replace(resting.id, limit_price="1.50")
    assert new.replaces == resting.id and new.limit_price == Decimal("1.5")
    assert (await aclient.orders.get(resting.id)).status == alpaca.OrderStatus.REPLACED
    assert new.client_order_id is not None
    assert (await aclient.orders.get_by_client_id(new.client_order_id)).id == new.id
    await aclient.orders.cancel(new.id)
    assert (await aclient.orders.get(new.id)).status == alpaca.OrderStatus.CANCELED
    assert await aclient.orders.list() == []
    again = await aclient.orders.submit(symbol="AAPL", **GTC_LIMIT, qty=1)
    results = await aclient.orders.cancel_all()
    assert [r.id for r in results] == [again.id]
    assert len(await aclient.orders.list(status="all")) == 3


async def test_positions_close(aclient: alpaca.AsyncClient) -> None:
    await aclient.orders.submit(symbol="KO", **MARKET, qty=10)
    await aclient.orders.submit(symbol="SPY", **MARKET, qty=1)
    part = await aclient.positions.close("KO", percentage=25)
    assert part.qty == Decimal("2.5")
    assert [p.symbol for p in await aclient.positions.list()] == ["KO", "SPY"]
    results = await aclient.positions.close_all(cancel_orders=True)
    assert sorted(r.symbol for r in results) == ["KO", "SPY"]
    assert await aclient.positions.list() == []


async def test_assets_clock_calendar(aclient: alpaca.AsyncClient) -> None:
    assert (await aclient.assets.get("spy")).symbol == "SPY"
    assert [a.symbol for a in await aclient.assets.list(status="inactive")] == ["TWTR"]
    clock = await aclient.clock.get()
    assert clock.timestamp.tzinfo is not None
    days = await aclient.calendar.list(start="2026-11-26", end="2026-11-27")
    assert [(d.date, d.close) for d in days] == [(dt.date(2026, 11, 27), "13:00")]


async def test_bars_over_several_pages(aclient: alpaca.AsyncClient) -> None:
    bars = await aclient.stocks.bars(["AAPL", "MSFT", "SPY"], "1Min", limit=25_000, **JANUARY)
    assert len(bars) == 24_570  # everything in range: 3 x 21 sessions x 390 minutes
    limited = await aclient.stocks.bars(["AAPL", "MSFT"], "1Min", limit=12_345, **JANUARY)
    assert len(limited) == 12_345
    assert [len(limited["AAPL"]), len(limited["MSFT"])] == [8190, 12_345 - 8190]
    frame = limited.df
    assert frame.index.names == ["symbol", "timestamp"]
    assert list(frame.columns) == ["open", "high", "low", "close", "volume", "trade_count", "vwap"]


async def test_async_iter_bars_is_lazy(fresh_sandbox: Sandbox) -> None:
    seen: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    async with (
        httpx.AsyncClient(event_hooks={"request": [record]}) as http,
        _async_client(fresh_sandbox, http_client=http) as client,
    ):
        iterator = client.stocks.iter_bars(["AAPL", "MSFT"], alpaca.TimeFrame.Minute, **JANUARY)
        assert seen == []
        first = await anext(iterator)
        assert len(seen) == 1 and first.symbol == "AAPL"
        rest = [bar async for bar in iterator]
        assert len(seen) == 2
        stamps = [b.timestamp for b in [first, *rest] if b.symbol == "AAPL"]
        assert len(stamps) == 8190 and stamps == sorted(set(stamps))


async def test_quotes_trades_latest_and_snapshots(aclient: alpaca.AsyncClient) -> None:
    window: Window = {"start": "2024-01-02T14:30:00Z", "end": "2024-01-02T14:39:59Z"}
    quotes = await aclient.stocks.quotes("AAPL", **window)
    trades = await aclient.stocks.trades(["AAPL", "MSFT"], **window)
    assert len(quotes) == 30 and len(trades) == 60
    assert isinstance(quotes.df.index, pd.DatetimeIndex)
    assert len([q async for q in aclient.stocks.iter_quotes("AAPL", **window)]) == 30
    assert len([t async for t in aclient.stocks.iter_trades("MSFT", limit=7, **window)]) == 7
    latest = await asyncio.gather(
        aclient.stocks.latest_bars(["AAPL", "MSFT"]),
        aclient.stocks.latest_quotes("AAPL"),
        aclient.stocks.latest_trades("AAPL"),
    )
    assert [sorted(found) for found in latest] == [["AAPL", "MSFT"], ["AAPL"], ["AAPL"]]
    one = await aclient.stocks.snapshots("AAPL")
    several = await aclient.stocks.snapshots(["AAPL", "GLD"])
    assert list(one) == ["AAPL"] and sorted(several) == ["AAPL", "GLD"]
    assert isinstance(several["GLD"], alpaca.Snapshot)
    assert several["GLD"].latest_trade is not None


async def test_concurrent_orders_keep_money_exact(aclient: alpaca.AsyncClient) -> None:
    orders = await asyncio.gather(
        *(aclient.orders.submit(symbol="F", **MARKET, qty=i) for i in range(1, 11))
    )
    spent = sum(((o.filled_qty or 0) * (o.filled_avg_price or 0) for o in orders), Decimal(0))
    account = await aclient.account.get()
    position = await aclient.positions.get("F")
    assert position.qty == 55
    assert position.cost_basis == spent
    assert account.cash == Decimal(100000) - spent


async def test_error_mapping(fresh_sandbox: Sandbox) -> None:
    async with _async_client(fresh_sandbox, max_retries=0) as client:
        with pytest.raises(alpaca.NotFoundError):
            await client.orders.get("00000000-0000-0000-0000-000000000000")
        with pytest.raises(alpaca.PermissionDeniedError):
            await client.orders.submit(symbol="AAPL", **MARKET, qty=10**6)
        fresh_sandbox.add_chaos(method="GET", path="/v2/account", status=429, retry_after=1)
        with pytest.raises(alpaca.RateLimitError) as info:
            await client.account.get()
        assert info.value.retry_after == 1
        with pytest.raises(ValueError, match="limit_price"):
            await client.orders.submit(
                symbol="AAPL", side="buy", type="limit", time_in_force="day", qty=1
            )
    wrong = alpaca.AsyncClient(key_id="PKWRONG", secret_key="nope", base_url=fresh_sandbox.base_url)
    async with wrong:
        with pytest.raises(alpaca.AuthenticationError) as denied:
            await wrong.account.get()
        assert denied.value.code == 40110000


async def test_no_duplicate_order_after_a_lost_response(
    fresh_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APCA_RETRY_WAIT", "0.01")
    fresh_sandbox.add_chaos(method="POST", path="/v2/orders", status=503, when="after")
    async with _async_client(fresh_sandbox) as client:
        order = await client.orders.submit(
            symbol="AAPL", **MARKET, qty=1, client_order_id="async-once"
        )
        assert order.client_order_id == "async-once"
        everything = await client.orders.list(status="all")
        assert [o.id for o in everything] == [order.id]
