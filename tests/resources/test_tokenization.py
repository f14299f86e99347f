"""``client.tokenization``: minting tokens from held shares, and the requests made."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from alpaca_client.trading.models import (
    TokenizationIssuer,
    TokenizationNetwork,
    TokenizationRequestStatus,
    TokenizationRequestType,
)

import alpaca
from alpaca.testing import Sandbox

WALLET = "7" * 44


def _mint(client: alpaca.Client, qty: str, issuer: str = "xstocks") -> str:
    made = client.tokenization.mint(
        underlying_symbol="aapl", qty=qty, issuer=issuer, network="solana", wallet_address=WALLET
    )
    return made.tokenization_request_id


def test_mint_needs_the_shares(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.BadRequestError, match="insufficient position"):
        _mint(client, "1")
    client.orders.submit(symbol="AAPL", qty=3, side="buy", type="market", time_in_force="day")
    made = client.tokenization.mint(
        underlying_symbol="AAPL",
        qty=Decimal("1.5"),
        issuer=TokenizationIssuer.XSTOCKS,
        network=TokenizationNetwork.SOLANA,
        wallet_address=WALLET,
    )
    assert made.status == TokenizationRequestStatus.PENDING
    assert (made.underlying_symbol, made.token_symbol, made.qty) == (
        "AAPL",
        "AAPLx",
        Decimal("1.5"),
    )
    with pytest.raises(alpaca.BadRequestError, match="insufficient position"):
        _mint(client, "1.6")  # 1.5 of the 3 shares are already on their way
    assert _mint(client, "1.5", issuer="st0x")
    with pytest.raises(alpaca.UnprocessableEntityError, match="underlying_symbol"):
        client.tokenization.mint(
            underlying_symbol="ZZZZ", qty=1, issuer="xstocks", network="base", wallet_address="w"
        )


def test_requests_and_their_filters(client: alpaca.Client) -> None:
    client.orders.submit(symbol="AAPL", qty=2, side="buy", type="market", time_in_force="day")
    first = _mint(client, "0.5")
    middle = dt.datetime.now(dt.UTC)
    second = _mint(client, "1", issuer="st0x")
    requests = client.tokenization.requests()
    assert [r.tokenization_request_id for r in requests] == [second, first]  # newest first
    assert all(r.type == TokenizationRequestType.MINT for r in requests)
    assert all(r.wallet_address == WALLET and r.account for r in requests)
    assert [r.token_symbol for r in requests] == ["AAPL.st0x", "AAPLx"]
    by_issuer = client.tokenization.requests(issuer="st0x", type="mint", underlying_symbol="aapl")
    assert [r.tokenization_request_id for r in by_issuer] == [second]
    assert client.tokenization.requests(status="completed", network="solana") == []
    after = client.tokenization.requests(after=middle)
    before = client.tokenization.requests(before=middle.isoformat())
    assert [r.tokenization_request_id for r in after] == [second]
    assert [r.tokenization_request_id for r in before] == [first]
    frame = requests.df
    assert list(frame["qty"]) == [1.0, 0.5] and list(frame["issuer"]) == ["st0x", "xstocks"]


async def test_async_mint_and_list(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        await client.orders.submit(
            symbol="AAPL", qty=1, side="buy", type="market", time_in_force="day"
        )
        made = await client.tokenization.mint(
            underlying_symbol="AAPL", qty="1", issuer="xstocks", network="base", wallet_address="w"
        )
        listed = await client.tokenization.requests(network="base")
        assert [r.tokenization_request_id for r in listed] == [made.tokenization_request_id]


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (
            lambda c: c.tokenization.mint(
                underlying_symbol="AAPL", qty=1, issuer="acme", network="base", wallet_address="w"
            ),
            ValueError,
            "issuer",
        ),
        (
            lambda c: c.tokenization.mint(
                underlying_symbol="AAPL", qty=0, issuer="st0x", network="base", wallet_address="w"
            ),
            ValueError,
            "qty",
        ),
        (
            lambda c: c.tokenization.mint(
                underlying_symbol="AAPL", qty=1, issuer="st0x", network="moon", wallet_address="w"
            ),
            ValueError,
            "network",
        ),
        (lambda c: c.tokenization.requests(type="burn"), ValueError, "type"),
        (lambda c: c.tokenization.requests(after=dt.datetime(2025, 1, 1)), ValueError, "after"),
        (
            lambda c: c.tokenization.requests(
                after="2025-02-01T00:00:00Z", before="2025-01-01T00:00:00Z"
            ),
            ValueError,
            "after",
        ),
    ],
)
def test_argument_errors_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], object],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []
