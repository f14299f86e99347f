"""The pytest fixtures that ``alpaca.testing`` offers to users' own test suites."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

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


def test_chaos_helpers_send_the_credentials_and_round_trip(alpaca_sandbox: Sandbox) -> None:
    alpaca_sandbox.add_chaos(method="GET", path="/v2/clock", status=503, times=2, retry_after=1)
    alpaca_sandbox.add_chaos(
        method="GET", path="/v2/account*", action="headers", headers={"X-Test": "yes"}
    )
    rules = alpaca_sandbox.chaos()["rules"]
    assert [(r["path"], r["action"], r["times"]) for r in rules] == [
        ("/v2/clock", "status", 2),
        ("/v2/account*", "headers", 1),
    ]
    alpaca_sandbox.clear_chaos()
    assert alpaca_sandbox.chaos()["rules"] == []
    with pytest.raises(httpx.HTTPStatusError) as refused:
        alpaca_sandbox.add_chaos(method="GET", path="/v2/clock", action="delay")
    assert refused.value.response.status_code == 422


def test_rate_limited_sandbox_and_its_stats() -> None:
    with Sandbox(rate_limit=2) as sandbox:
        url = sandbox.base_url + "/v2/clock"
        codes = [httpx.get(url, headers=sandbox.headers).status_code for _ in range(3)]
        assert codes == [200, 200, 429]
        usage = sandbox.stats()["credentials"][sandbox.key_id]
        assert usage == {"requests": 3, "limited": 1, "max_per_minute": 3}
        sandbox.reset()
        assert sandbox.stats()["credentials"] == {}
        assert httpx.get(url, headers=sandbox.headers).status_code == 200


def test_chaos_spec_sequence_and_probability_helpers(alpaca_sandbox: Sandbox) -> None:
    url = alpaca_sandbox.base_url + "/v2/clock"
    headers = alpaca_sandbox.headers
    alpaca_sandbox.add_chaos_spec("GET /v2/clock seq=503,ok,429")
    assert [httpx.get(url, headers=headers).status_code for _ in range(4)] == [503, 200, 429, 200]
    alpaca_sandbox.add_chaos(method="GET", path="/v2/clock", sequence=[None, {"status": 502}])
    assert [httpx.get(url, headers=headers).status_code for _ in range(3)] == [200, 502, 200]
    alpaca_sandbox.add_chaos(method="GET", path="/v2/clock", status=500, probability=1.0)
    assert alpaca_sandbox.chaos()["rules"][0]["times"] is None  # until cleared
    assert [httpx.get(url, headers=headers).status_code for _ in range(3)] == [500] * 3
    alpaca_sandbox.clear_chaos()
    assert httpx.get(url, headers=headers).status_code == 200
