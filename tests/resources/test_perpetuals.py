"""``client.perpetuals``: account vitals, leverage, funding wallets and the latest perp data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from alpaca_client.data.models import CryptoBar, CryptoOrderbook, CryptoPerpPricing
from alpaca_client.trading.models import CryptoTransferStatus, WhitelistedAddressStatus

import alpaca
from alpaca.testing import Sandbox
from tests.resources.clock import ManualClock

ADDRESS = "0x" + "12" * 20
CONTRACTS = ["BTCUSDT.P", "ETHUSDT.P"]


def test_vitals_show_the_opening_collateral(client: alpaca.Client) -> None:
    vitals = client.perpetuals.vitals()
    assert vitals.total_collateral == Decimal(10000)
    assert vitals.collateral_balance == Decimal(10000)
    assert vitals.maintenance_margin == 0 and vitals.profit_loss == 0


def test_leverage_is_kept_per_underlying(client: alpaca.Client) -> None:
    assert client.perpetuals.leverage("BTC").leverage == 1
    changed = client.perpetuals.set_leverage("btc", 10)
    assert (changed.symbol, changed.leverage) == ("BTC", 10)
    assert client.perpetuals.leverage("BTC").leverage == 10
    assert client.perpetuals.leverage("ETH").leverage == 1
    with pytest.raises(alpaca.UnprocessableEntityError, match="whole number"):
        client.perpetuals.set_leverage("BTC", 500)
    with pytest.raises(alpaca.UnprocessableEntityError, match="no perpetual futures"):
        client.perpetuals.leverage("AAPL")


def test_funding_wallet_withdrawal_lowers_the_collateral(
    clocked_sandbox: tuple[Sandbox, ManualClock],
) -> None:
    sb, clock = clocked_sandbox
    with sb.client() as client:
        [wallet] = client.perpetuals.wallets()
        assert client.perpetuals.wallet("usdt").address == wallet.address
        [deposit] = client.perpetuals.transfers()
        assert deposit.asset == "USDT" and deposit.amount == Decimal(10000)

        entry = client.perpetuals.add_whitelisted_address(address=ADDRESS, asset="USDT")
        assert entry.status == WhitelistedAddressStatus.PENDING
        assert [w.id for w in client.perpetuals.whitelisted_addresses()] == [entry.id]
        assert client.crypto_wallets.whitelisted_addresses() == []  # venues are apart
        clock.advance(hours=24, seconds=1)

        fee = client.perpetuals.fee_estimate(asset="USDT", amount="100")
        assert fee.fee is not None and fee.network_fee is None  # perpetuals: the total only
        transfer = client.perpetuals.withdraw(asset="USDT", amount="100", address=ADDRESS)
        assert transfer.status == CryptoTransferStatus.PROCESSING
        assert transfer.id is not None
        assert client.perpetuals.transfer(transfer.id).amount == Decimal(100)
        vitals = client.perpetuals.vitals()
        assert vitals.total_collateral == Decimal(10000) - 100 - fee.fee

        assert entry.id is not None
        client.perpetuals.remove_whitelisted_address(entry.id)
        assert client.perpetuals.whitelisted_addresses() == []


def test_latest_pricing_keyed_by_contract(client: alpaca.Client) -> None:
    pricing = client.perpetuals.latest_pricing([*CONTRACTS, "NOPEUSDT.P"])
    assert sorted(pricing) == CONTRACTS  # unknown contracts are left out
    btc = pricing["BTCUSDT.P"]
    assert isinstance(btc, CryptoPerpPricing)
    assert btc.mp is not None and btc.ip is not None and btc.ip < btc.mp
    assert btc.ft is not None and btc.ft > btc.t
    assert btc.t.tzinfo is not None and btc.t.utcoffset() == dt.timedelta(0)
    assert float(btc.mp) == btc.raw["mp"]


def test_latest_bars_quotes_trades_and_books(client: alpaca.Client) -> None:
    bars = client.perpetuals.latest_bars("ethusdt.p")
    assert list(bars) == ["ETHUSDT.P"]
    bar = bars["ETHUSDT.P"]
    assert isinstance(bar, CryptoBar) and bar.h is not None and bar.l is not None
    assert bar.l <= min(bar.o or 0, bar.c or 0) and bar.h >= max(bar.o or 0, bar.c or 0)
    quote = client.perpetuals.latest_quotes("BTCUSDT.P")["BTCUSDT.P"]
    assert quote.bp is not None and quote.ap is not None and quote.bp < quote.ap
    trade = client.perpetuals.latest_trades(CONTRACTS)["BTCUSDT.P"]
    assert trade.p is not None and trade.s is not None and trade.s > 0
    book = client.perpetuals.latest_orderbooks(CONTRACTS)["ETHUSDT.P"]
    assert isinstance(book, CryptoOrderbook) and book.b and book.a
    bids, asks = [level.p for level in book.b], [level.p for level in book.a]
    assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
    assert bids[0] < asks[0]


async def test_async_vitals_and_pricing(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        vitals = await client.perpetuals.vitals()
        assert vitals.total_collateral == Decimal(10000)
        pricing = await client.perpetuals.latest_pricing("BTCUSDT.P", loc="global")
        assert list(pricing) == ["BTCUSDT.P"]
        assert (await client.perpetuals.set_leverage("ETH", 3)).leverage == 3


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.perpetuals.set_leverage("BTC", 0), ValueError, "leverage"),
        (lambda c: c.perpetuals.set_leverage("BTC", True), TypeError, "leverage"),
        (lambda c: c.perpetuals.set_leverage("BTC", 2.5), TypeError, "leverage"),
        (lambda c: c.perpetuals.leverage(""), ValueError, "symbol"),
        (lambda c: c.perpetuals.latest_pricing("BTCUSDT.P", loc="us"), ValueError, "loc"),
        (lambda c: c.perpetuals.latest_bars([]), ValueError, "symbols"),
        (
            lambda c: c.perpetuals.withdraw(asset="USDT", amount=0, address="x"),
            ValueError,
            "amount",
        ),
        (lambda c: c.perpetuals.wallet("US DT,X"), ValueError, "asset"),
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
