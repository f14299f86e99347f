"""``client.fixed_income`` on the sandbox: latest bond prices and quotes by ISIN."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from alpaca_client.data.models import FixedIncomePrice, FixedIncomeQuote

import alpaca
from alpaca.testing import Sandbox

BILL, BOND = "US912797KJ59", "US912810SK51"


def test_latest_prices(client: alpaca.Client) -> None:
    prices = client.fixed_income.latest_prices([BILL, BOND, "US0000000000"])
    assert set(prices) == {BILL, BOND}
    price = prices[BILL]
    assert isinstance(price, FixedIncomePrice) and isinstance(price.p, Decimal)
    assert price.p is not None and 90 < price.p < 110
    assert price.ytm is not None and 0 < price.ytm < 10 and price.ytw == price.ytm


def test_latest_quotes_and_minimum_trade_sizes(client: alpaca.Client) -> None:
    every = client.fixed_income.latest_quotes(BILL, trade_size=-1)[BILL]
    assert isinstance(every, FixedIncomeQuote)
    assert every.bp is not None and every.ap is not None and 0 < every.bp < every.ap
    assert every.bms is not None and every.ams is not None and every.bs and every.as_
    small = client.fixed_income.latest_quotes(BILL, trade_size=999)[BILL]
    assert small.bp == small.ap == 0 and small.bs == small.as_ == 0  # no side that small
    exact = client.fixed_income.latest_quotes(BILL, trade_size=every.bms)[BILL]
    assert exact.bp == every.bp and exact.bms == every.bms
    assert client.fixed_income.latest_quotes(BILL)[BILL].bp == every.bp


async def test_async_client(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        prices = await client.fixed_income.latest_prices(BOND)
        quotes = await client.fixed_income.latest_quotes([BOND, BILL])
    assert set(prices) == {BOND} and set(quotes) == {BOND, BILL}


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.fixed_income.latest_prices("AAPL"), ValueError, "ISIN"),
        (lambda c: c.fixed_income.latest_prices([]), ValueError, "isins"),
        (
            lambda c: c.fixed_income.latest_quotes(
                [BILL] * 2 + [f"US{n:09d}0" for n in range(100)]
            ),
            ValueError,
            "100",
        ),
        (lambda c: c.fixed_income.latest_quotes(BILL, trade_size="1"), TypeError, "trade_size"),
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
