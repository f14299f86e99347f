"""``client.crypto_wallets``: wallets, whitelisted addresses, withdrawals, fee estimates."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from alpaca_client.trading.models import (
    CryptoTransferDirection,
    CryptoTransferStatus,
    CryptoWallet,
    WhitelistedAddressStatus,
)

import alpaca
from alpaca.testing import Sandbox
from tests.resources.clock import ManualClock

ETH_ADDRESS = "0x" + "ab" * 20
SOL_ADDRESS = "7" * 44


def _approved(client: alpaca.Client, clock: ManualClock, address: str = ETH_ADDRESS) -> str:
    """Whitelist ``address`` for USDC and let the 24 hour wait pass; its id."""
    entry = client.crypto_wallets.add_whitelisted_address(address=address, asset="usdc")
    clock.advance(hours=24)
    assert entry.id is not None
    return entry.id


def test_opening_wallets_and_deposits(client: alpaca.Client) -> None:
    wallets = client.crypto_wallets.wallets()
    assert isinstance(wallets, list) and len(wallets) == 3
    assert all(isinstance(w, CryptoWallet) and w.address for w in wallets)
    assert [w.chain for w in wallets] == ["BTC", "ETH", "ETH"]
    transfers = client.crypto_wallets.transfers()
    assert {t.asset: t.amount for t in transfers} == {
        "BTC": Decimal("0.5"),
        "ETH": Decimal(4),
        "USDC": Decimal(10000),
    }
    assert all(t.direction == CryptoTransferDirection.INCOMING for t in transfers)
    assert all(t.status == CryptoTransferStatus.COMPLETE for t in transfers)
    assert {t.to_address for t in transfers} == {w.address for w in wallets}
    frame = transfers.df
    assert list(frame["asset"]) == ["BTC", "ETH", "USDC"]
    assert frame["amount"].dtype == "float64"
    assert str(frame["created_at"].dt.tz) == "UTC"


def test_raw_response_of_a_list(client: alpaca.Client) -> None:
    raw = client.with_raw_response.crypto_wallets.wallets()
    assert raw.status_code == 200 and raw.rate_limit_remaining is not None
    assert [w.chain for w in raw.parse()] == ["BTC", "ETH", "ETH"]


def test_wallet_of_an_asset_is_created_once(client: alpaca.Client) -> None:
    solana = client.crypto_wallets.wallet("usdc", chain="SOL")
    assert solana.chain == "SOL" and solana.address
    assert client.crypto_wallets.wallet("USDC", network="solana").address == solana.address
    assert client.crypto_wallets.wallet("USDC").chain == "ETH"  # the default chain
    assert solana.address in {w.address for w in client.crypto_wallets.wallets()}
    assert len(client.crypto_wallets.wallets()) == 4
    with pytest.raises(alpaca.UnprocessableEntityError, match="not available"):
        client.crypto_wallets.wallet("BTC", chain="SOL")
    with pytest.raises(alpaca.UnprocessableEntityError, match="unsupported asset"):
        client.crypto_wallets.wallet("NOPE")


def test_one_wallet_or_a_list_is_normalised(
    serve_json: Callable[[dict[str, Any]], alpaca.Client],
) -> None:
    one = {"address": "0x" + "cd" * 20, "chain": "ETH", "created_at": "2025-01-02T03:04:05Z"}
    client = serve_json({"/v2/wallets": one})
    assert [w.address for w in client.crypto_wallets.wallets()] == [one["address"]]
    client = serve_json({"/v2/wallets": [one]})
    assert client.crypto_wallets.wallet("ETH").address == one["address"]
    client = serve_json({"/v2/wallets": [one, one]})
    with pytest.raises(alpaca.ResponseValidationError, match="one wallet"):
        client.crypto_wallets.wallet("ETH")


def test_whitelist_then_withdraw_after_the_waiting_period(
    clocked_sandbox: tuple[Sandbox, ManualClock],
) -> None:
    sb, clock = clocked_sandbox
    with sb.client() as client:
        entry = client.crypto_wallets.add_whitelisted_address(address=ETH_ADDRESS, asset="USDC")
        assert entry.status == WhitelistedAddressStatus.PENDING and entry.chain == "ETH"
        with pytest.raises(alpaca.UnprocessableEntityError, match="24 hour"):
            client.crypto_wallets.withdraw(asset="USDC", amount="10", address=ETH_ADDRESS)
        clock.advance(hours=24)
        listed = client.crypto_wallets.whitelisted_addresses()
        assert [(w.id, w.status) for w in listed] == [(entry.id, WhitelistedAddressStatus.APPROVED)]

        transfer = client.crypto_wallets.withdraw(asset="USDC", amount="250.5", address=ETH_ADDRESS)
        assert transfer.direction == CryptoTransferDirection.OUTGOING
        assert transfer.status == CryptoTransferStatus.PROCESSING
        assert transfer.amount == Decimal("250.5") and transfer.to_address == ETH_ADDRESS
        fee = client.crypto_wallets.fee_estimate(asset="USDC", to_address=ETH_ADDRESS, amount=1)
        assert transfer.network_fee == fee.network_fee == fee.fee
        assert transfer.id is not None
        clock.advance(minutes=10)
        assert client.crypto_wallets.transfer(transfer.id).status == CryptoTransferStatus.COMPLETE
        assert transfer.id in {t.id for t in client.crypto_wallets.transfers()}

        with pytest.raises(alpaca.PermissionDeniedError, match="insufficient USDC"):
            client.crypto_wallets.withdraw(asset="USDC", amount=9_750, address=ETH_ADDRESS)
        assert entry.id is not None
        client.crypto_wallets.remove_whitelisted_address(entry.id)
        assert client.crypto_wallets.whitelisted_addresses() == []
        with pytest.raises(alpaca.UnprocessableEntityError, match="not a whitelisted"):
            client.crypto_wallets.withdraw(asset="USDC", amount="1", address=ETH_ADDRESS)
        with pytest.raises(alpaca.NotFoundError):
            client.crypto_wallets.remove_whitelisted_address(entry.id)
        with pytest.raises(alpaca.NotFoundError):
            client.crypto_wallets.transfer("no-such-transfer")


def test_whitelist_checks_the_address_of_the_chain(client: alpaca.Client) -> None:
    entry = client.crypto_wallets.add_whitelisted_address(
        address=SOL_ADDRESS, asset="USDT", chain="SOL"
    )
    assert (entry.asset, entry.chain) == ("USDT", "SOL")
    with pytest.raises(alpaca.UnprocessableEntityError, match="already whitelisted"):
        client.crypto_wallets.add_whitelisted_address(
            address=SOL_ADDRESS, asset="USDC", chain="SOL"
        )
    with pytest.raises(alpaca.UnprocessableEntityError, match="invalid ETH address"):
        client.crypto_wallets.add_whitelisted_address(address=SOL_ADDRESS, asset="ETH")


@pytest.mark.parametrize("fault", [{"status": 500}, {"action": "drop"}])
def test_a_withdrawal_is_never_resent_and_says_it_may_have_happened(
    clocked_sandbox: tuple[Sandbox, ManualClock], fast_retries: None, fault: dict[str, Any]
) -> None:
    sb, clock = clocked_sandbox
    with sb.client() as client:
        _approved(client, clock)
        before = len(client.crypto_wallets.transfers())
        sb.add_chaos(method="POST", path="/v2/wallets/transfers", when="after", **fault)
        with pytest.raises((alpaca.APIError, alpaca.APIConnectionError)) as info:
            client.crypto_wallets.withdraw(asset="USDC", amount="5", address=ETH_ADDRESS)
        error = info.value
        assert isinstance(error, alpaca.APIError | alpaca.APIConnectionError)
        assert error.may_have_taken_effect
        assert "may have taken effect" in str(error)
        made = client.crypto_wallets.transfers()
        assert len(made) == before + 1  # it happened, once: no second attempt


async def test_async_wallets_and_fee_estimate(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        wallets = await client.crypto_wallets.wallets()
        btc = await client.crypto_wallets.wallet("BTC")
        assert btc.address == wallets[0].address and btc.chain == "BTC"
        fee = await client.crypto_wallets.fee_estimate(asset="BTC")
        assert fee.fee == Decimal("0.00002") and isinstance(fee.network_fee, Decimal)


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda c: c.crypto_wallets.wallet("BTC", chain="ETH", network="ethereum"), "chain"),
        (lambda c: c.crypto_wallets.wallet("BTC", chain="DOGE"), "chain"),
        (lambda c: c.crypto_wallets.wallet("BTC,ETH"), "asset"),
        (lambda c: c.crypto_wallets.transfer(""), "transfer_id"),
        (lambda c: c.crypto_wallets.withdraw(asset="BTC", amount=-1, address="x"), "amount"),
        (lambda c: c.crypto_wallets.withdraw(asset="BTC", amount="1", address=" "), "address"),
        (lambda c: c.crypto_wallets.add_whitelisted_address(address="a", asset=""), "asset"),
        (lambda c: c.crypto_wallets.remove_whitelisted_address(""), "whitelisted_address_id"),
        (lambda c: c.crypto_wallets.fee_estimate(amount="lots"), "amount"),
    ],
)
def test_argument_errors_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], object],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(ValueError, match=name):
        call(client)
    assert sent == []
