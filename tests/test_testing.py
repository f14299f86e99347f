"""The pytest fixtures that ``alpaca.testing`` offers to users' own test suites."""

from __future__ import annotations

from decimal import Decimal

import alpaca
from alpaca.testing import Sandbox


def test_alpaca_client_fixture_trades_on_its_own_sandbox(alpaca_client: alpaca.Client) -> None:
    order = alpaca_client.orders.submit(
        symbol="MSFT", qty=2, side="buy", type="market", time_in_force="day"
    )
    assert order.status == "filled"
    assert alpaca_client.positions.get("MSFT").qty == Decimal("2")


def test_each_test_gets_a_fresh_sandbox(alpaca_sandbox: Sandbox) -> None:
    with alpaca_sandbox.client() as client:
        assert client.positions.list() == []
        assert client.account.get().cash == Decimal("100000")


async def test_async_client_on_the_sandbox(alpaca_sandbox: Sandbox) -> None:
    async with alpaca_sandbox.async_client() as client:
        clock = await client.clock.get()
        assert clock.timestamp.tzinfo is not None
