"""``client.account``: balances as exact Decimals, unknown values kept, authentication errors."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import alpaca
from alpaca.testing import Sandbox

SECRET = "S3CRET-never-print-me-0123456789abcdef"


def test_fresh_account(client: alpaca.Client) -> None:
    account = client.account.get()
    assert isinstance(account, alpaca.Account)
    assert account.cash == Decimal(100000) and isinstance(account.cash, Decimal)
    assert account.equity == Decimal(100000)
    assert account.buying_power == 4 * account.equity  # a margin account's intraday power
    assert account.status == "ACTIVE"
    assert account.currency == "USD"
    assert account.pattern_day_trader is False
    assert account.raw["cash"] == "100000"
    assert account.created_at is not None and account.created_at.tzinfo is not None


def test_market_buy_moves_cash_by_exactly_qty_times_price(client: alpaca.Client) -> None:
    before = client.account.get()
    order = client.orders.submit(
        symbol="MSFT", qty="7.25", side="buy", type="market", time_in_force="day"
    )
    after = client.account.get()
    assert before.cash is not None and after.cash is not None
    assert order.filled_avg_price is not None
    assert before.cash - after.cash == Decimal("7.25") * order.filled_avg_price
    assert after.cash == Decimal(100000) - Decimal("7.25") * order.filled_avg_price
    assert after.long_market_value is not None and after.long_market_value > 0
    assert after.equity == after.cash + after.long_market_value


def test_resting_buy_reserves_buying_power_but_not_cash(client: alpaca.Client) -> None:
    client.orders.submit(
        symbol="AAPL", qty=10, side="buy", type="limit", limit_price="12.34", time_in_force="gtc"
    )
    account = client.account.get()
    assert account.cash == Decimal(100000)
    assert account.buying_power == Decimal(400000) - Decimal("123.4")


def test_unknown_status_and_field_are_kept(
    client: alpaca.Client, serve_json: Callable[[dict[str, Any]], alpaca.Client]
) -> None:
    raw = dict(client.account.get().raw)
    raw.update(status="SOME_NEW_STATUS", brand_new_field=1)
    account = serve_json({"/v2/account": raw}).account.get()
    assert account.status == "SOME_NEW_STATUS"
    assert type(account.status).__name__ == "AccountStatus"
    assert account.additional_properties["brand_new_field"] == 1
    assert account.raw["brand_new_field"] == 1 and account.raw["status"] == "SOME_NEW_STATUS"
    assert account.cash == Decimal(100000)


def test_wrong_keys_raise_authentication_error_without_the_secret(sandbox: Sandbox) -> None:
    with (
        alpaca.Client(
            key_id="PKWRONGKEY000000", secret_key=SECRET, base_url=sandbox.base_url, max_retries=0
        ) as client,
        pytest.raises(alpaca.AuthenticationError) as info,
    ):
        client.account.get()
    error = info.value
    assert error.status_code == 401 and error.code == 40110000
    assert isinstance(error, alpaca.APIError) and isinstance(error, alpaca.AlpacaError)
    assert "not authorized" in error.message
    for text in (str(error), repr(error), error.message, str(error.body), repr(error.args)):
        assert SECRET not in text


def test_oauth_token_authenticates(sandbox: Sandbox) -> None:
    from alpaca.sandbox import _app

    with alpaca.Client(
        oauth_token=_app.SANDBOX_OAUTH_TOKEN, base_url=sandbox.base_url, max_retries=0
    ) as client:
        assert client.account.get().currency == "USD"
    wrong = alpaca.Client(oauth_token="wrong", base_url=sandbox.base_url, max_retries=0)
    with wrong, pytest.raises(alpaca.AuthenticationError):
        wrong.account.get()
