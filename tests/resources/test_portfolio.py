"""``client.portfolio.history``: equity series computed by the sandbox from its fills, ``.df``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pandas as pd
import pytest
from alpaca_client.trading.models import PortfolioHistory as GeneratedPortfolioHistory

import alpaca
from alpaca.resources.portfolio import PortfolioHistory
from alpaca.testing import Sandbox

NEW_YORK = dt.timezone(dt.timedelta(hours=-5))  # late November: EST
BOUGHT_AT = dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)  # Tuesday 10:00 New York
FRIDAY_EVENING = dt.datetime(2026, 11, 27, 20, 0, tzinfo=dt.UTC)  # after the early close


class SettableClock:
    """The sandbox's clock, moved by the tests."""

    def __init__(self) -> None:
        self.now = BOUGHT_AT

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(scope="module")
def timed() -> Iterator[tuple[Sandbox, SettableClock]]:
    clock = SettableClock()
    with Sandbox(now=clock) as sandbox:
        yield sandbox, clock


@pytest.fixture
def bought(timed: tuple[Sandbox, SettableClock]) -> Iterator[tuple[alpaca.Client, alpaca.Order]]:
    """10 AAPL bought on Tuesday 10:00 New York; the clock then stands on Friday evening."""
    sandbox, clock = timed
    sandbox.reset()
    clock.now = BOUGHT_AT
    with sandbox.client() as client:
        order = client.orders.submit(
            symbol="AAPL", qty=10, side="buy", type="market", time_in_force="day"
        )
        clock.now = FRIDAY_EVENING
        yield client, order


def test_daily_history(bought: tuple[alpaca.Client, alpaca.Order]) -> None:
    client, order = bought
    history = client.portfolio.history(period="1W", timeframe="1D")
    assert isinstance(history, PortfolioHistory)
    assert isinstance(history, GeneratedPortfolioHistory)
    assert history.timeframe == "1D"
    days = [dt.datetime.fromtimestamp(t, NEW_YORK) for t in history.timestamp]
    assert [d.date() for d in days] == [
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 24),
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 27),  # Thanksgiving is closed
    ]
    assert all(d.time() == dt.time(0) for d in days)  # stamped at midnight New York
    assert history.base_value == Decimal(100000)
    assert history.base_value_asof == dt.date(2026, 11, 19)
    assert history.equity[:2] == [Decimal(100000), Decimal(100000)]
    assert history.equity[-1] == client.account.get().equity
    assert history.equity[2] != Decimal(100000)  # holding AAPL from Tuesday on
    for equity, pl, pct in zip(
        history.equity, history.profit_loss, history.profit_loss_pct, strict=True
    ):
        assert equity is not None and pl is not None and pct is not None
        assert pl == equity - history.base_value
        assert abs(pct - pl / history.base_value) < Decimal("0.000001")
    assert order.filled_avg_price is not None


def test_df(bought: tuple[alpaca.Client, alpaca.Order]) -> None:
    client, _ = bought
    history = client.portfolio.history(period="1W", timeframe="1D")
    frame = history.df
    assert list(frame.columns) == ["equity", "profit_loss", "profit_loss_pct", "base_value"]
    assert isinstance(frame.index, pd.DatetimeIndex) and frame.index.name == "timestamp"
    assert str(frame.index.tz) == "UTC"
    assert frame.index[0] == dt.datetime(2026, 11, 20, 5, tzinfo=dt.UTC)
    assert all(frame.dtypes == "float64")
    assert frame["equity"].iloc[-1] == float(history.equity[-1] or 0)
    assert (frame["base_value"] == 100000.0).all()


def test_intraday_hours(bought: tuple[alpaca.Client, alpaca.Order]) -> None:
    client, order = bought
    start = dt.datetime(2026, 11, 24, 9, 30, tzinfo=NEW_YORK)
    end = dt.datetime(2026, 11, 24, 16, tzinfo=NEW_YORK)
    history = client.portfolio.history(timeframe="1H", start=start, end=end)
    hours = [dt.datetime.fromtimestamp(t, NEW_YORK).strftime("%H:%M") for t in history.timestamp]
    assert hours == ["09:30", "10:30", "11:30", "12:30", "13:30", "14:30", "15:30"]
    assert history.timeframe == "1H"
    # the 09:30 window is valued at 10:30, after the fill: cash fell by exactly the cost
    assert order.filled_avg_price is not None
    cash = Decimal(100000) - 10 * order.filled_avg_price
    minute = dt.datetime(2026, 11, 24, 10, 29, tzinfo=NEW_YORK)  # the bar ending at 10:30
    [bar] = client.stocks.bars("AAPL", "1Min", start=minute, end=minute)["AAPL"]
    assert bar.close is not None and history.equity[0] == cash + 10 * bar.close
    extended = client.portfolio.history(
        timeframe=alpaca.TimeFrame.Hour, intraday_reporting="extended_hours", start=start, end=end
    )
    assert len(extended.timestamp) == 7  # the window stops at 16:00
    around = client.portfolio.history(
        timeframe="15Min",
        intraday_reporting="continuous",
        start=dt.datetime(2026, 11, 24, tzinfo=NEW_YORK),
        end=dt.datetime(2026, 11, 24, 23, 45, tzinfo=NEW_YORK),
    )
    assert len(around.timestamp) == 96


def test_the_deposit_as_cash_flow(bought: tuple[alpaca.Client, alpaca.Order]) -> None:
    client, _ = bought
    history = client.portfolio.history(
        start="2024-01-02T00:00:00-05:00",
        end="2024-01-04T23:00:00-05:00",
        timeframe="1D",
        cashflow_types=["CSD"],
    )
    assert history.equity == [Decimal(100000)] * 3
    assert history.base_value == Decimal(100000) and history.base_value_asof is None
    assert history.cashflow is not None
    assert history.cashflow["CSD"] == [Decimal(100000), Decimal(0), Decimal(0)]
    assert list(history.df["cashflow_CSD"]) == [100000.0, 0.0, 0.0]
    assert client.portfolio.history(period="1W", cashflow_types="NONE").cashflow is None


def test_nothing_before_the_account_existed(bought: tuple[alpaca.Client, alpaca.Order]) -> None:
    client, _ = bought
    history = client.portfolio.history(start="2023-12-01T00:00:00Z", end="2024-01-03T23:00:00Z")
    assert [dt.datetime.fromtimestamp(t, NEW_YORK).date() for t in history.timestamp] == [
        dt.date(2024, 1, 2),
        dt.date(2024, 1, 3),
    ]


async def test_async_history(timed: tuple[Sandbox, SettableClock]) -> None:
    sandbox, clock = timed
    sandbox.reset()
    clock.now = FRIDAY_EVENING
    async with sandbox.async_client() as client:
        history = await client.portfolio.history(period="2D", timeframe="1D")
    assert isinstance(history, PortfolioHistory)
    assert len(history.timestamp) == 2 and history.base_value_asof == dt.date(2026, 11, 24)
    assert history.equity == [Decimal(100000)] * 2


def test_the_sandbox_limits_intraday_spans(bought: tuple[alpaca.Client, alpaca.Order]) -> None:
    client, _ = bought
    with pytest.raises(alpaca.UnprocessableEntityError, match="30 days"):
        client.portfolio.history(period="2M", timeframe="5Min")


def test_the_sandbox_takes_at_most_two_of_period_start_end(
    timed: tuple[Sandbox, SettableClock],
) -> None:
    sandbox, _ = timed
    params = {"period": "1W", "start": "2026-11-20", "end": "2026-11-27"}
    with httpx.Client(base_url=sandbox.base_url, headers=sandbox.headers) as http:
        answer = http.get("/v2/account/portfolio/history", params=params)
        assert answer.status_code == 422
        for bad in ({"timeframe": "2H"}, {"period": "1X"}, {"pnl_reset": "never"}):
            assert http.get("/v2/account/portfolio/history", params=bad).status_code == 422


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"period": "1X"}, ValueError, "period"),
        ({"period": "0D"}, ValueError, "period"),
        ({"period": 5}, TypeError, "period"),
        ({"timeframe": "2H"}, ValueError, "timeframe"),
        ({"timeframe": "1Week"}, ValueError, "timeframe"),
        ({"start": dt.datetime(2026, 11, 2)}, ValueError, "start"),
        ({"end": "2026-11-02"}, ValueError, "end"),
        (
            {"start": "2026-11-03T00:00:00Z", "end": "2026-11-02T00:00:00Z"},
            ValueError,
            "start",
        ),
        (
            {"period": "1W", "start": "2026-11-02T00:00:00Z", "end": "2026-11-03T00:00:00Z"},
            ValueError,
            "period",
        ),
        ({"intraday_reporting": "sometimes"}, ValueError, "intraday_reporting"),
        ({"pnl_reset": "weekly"}, ValueError, "pnl_reset"),
        ({"cashflow_types": "SOMETIMES"}, ValueError, "cashflow_types"),
        ({"cashflow_types": ["CSD", "NOPE"]}, ValueError, "cashflow_types"),
        ({"extended_hours": "yes"}, TypeError, "extended_hours"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        client.portfolio.history(**kwargs)
    assert sent == []
