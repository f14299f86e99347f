"""``client.perpetuals``: crypto perpetual futures, the account side and the latest market data.

Account: margin figures (``vitals``), leverage per underlying, and the funding wallets with
their withdrawals, whitelisted addresses and fee estimates (the shapes of ``crypto_wallets``).
Withdrawals are never resent once they may have reached Alpaca; when the outcome is unknown the
error's ``may_have_taken_effect`` is true: look at :meth:`Perpetuals.transfers` first.

Market data: the latest pricing (funding rate, mark, index price, open interest), bars, quotes,
trades and order books, keyed by contract symbol (``"BTCUSDT.P"``), at ``loc="global"``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from alpaca_client.data.api.perpetuals import (
    get_crypto_perp_latest_bars,
    get_crypto_perp_latest_orderbooks,
    get_crypto_perp_latest_pricing,
    get_crypto_perp_latest_quotes,
    get_crypto_perp_latest_trades,
)
from alpaca_client.data.models import (
    CryptoBar,
    CryptoOrderbook,
    CryptoPerpLoc,
    CryptoPerpPricing,
    CryptoQuote,
    CryptoTrade,
)
from alpaca_client.trading.api.perpetuals import (
    create_perpetuals_whitelisted_address,
    create_perpetuals_withdrawal,
    delete_perpetuals_whitelisted_address,
    get_perpetuals_account_vitals,
    get_perpetuals_fee_estimate,
    get_perpetuals_leverage,
    get_perpetuals_transfer,
    list_perpetuals_transfers,
    list_perpetuals_wallets,
    list_perpetuals_whitelisted_addresses,
    set_perpetuals_leverage,
)
from alpaca_client.trading.models import (
    CryptoChain,
    CryptoFeeEstimate,
    CryptoTransfer,
    CryptoWallet,
    PerpetualsAccountVitals,
    PerpetualsLeverage,
    PerpetualsWhitelistedAddressRequest,
    WhitelistedAddress,
)

from .._operation import M, Plan, Resource, Timeout, data, operation, parse, trading
from .._params import DecimalLike, enum_param, path_param, symbol_param, symbols_param
from .._records import Records, mapping, records
from .._wallets import fee_query, one_wallet, wallet_list, withdrawal

T = TypeVar("T")
Symbols = str | Iterable[str]


def _latest(
    endpoint: Any,
    symbols: Symbols,
    loc: CryptoPerpLoc | str,
    timeout: Timeout,
    key: str,
    make: Callable[[Any], T],
) -> Plan[dict[str, T]]:
    """A latest-value request of the generated ``endpoint``: models keyed by symbol under
    ``key`` of the answer."""
    kwargs = endpoint._get_kwargs(
        enum_param(loc, CryptoPerpLoc, "loc"), symbols=",".join(symbols_param(symbols))
    )
    response = yield data(kwargs, timeout)
    return parse(response, mapping(make, key))


class Perpetuals(Resource[M]):
    """Crypto perpetual futures (a beta of Alpaca's)."""

    # -- account -------------------------------------------------------------------------

    @operation
    def vitals(self, *, timeout: Timeout = None) -> Plan[PerpetualsAccountVitals]:
        """Collateral, maintenance margin and profit/loss of the account, in USDT."""
        response = yield trading(get_perpetuals_account_vitals._get_kwargs(), timeout)
        return parse(response, PerpetualsAccountVitals.from_dict)

    @operation
    def leverage(self, symbol: str, *, timeout: Timeout = None) -> Plan[PerpetualsLeverage]:
        """The leverage set for an underlying asset (e.g. ``"BTC"``)."""
        kwargs = get_perpetuals_leverage._get_kwargs(symbol=symbol_param(symbol))
        response = yield trading(kwargs, timeout)
        return parse(response, PerpetualsLeverage.from_dict)

    @operation
    def set_leverage(
        self, symbol: str, leverage: int, *, timeout: Timeout = None
    ) -> Plan[PerpetualsLeverage]:
        """Set the leverage (a whole number, at least 1) for an underlying asset."""
        if isinstance(leverage, bool) or not isinstance(leverage, int):
            raise TypeError(f"leverage: expected int, got {type(leverage).__name__}")
        if leverage < 1:
            raise ValueError(f"leverage: must be at least 1, got {leverage}")
        kwargs = set_perpetuals_leverage._get_kwargs(symbol=symbol_param(symbol), leverage=leverage)
        response = yield trading(kwargs, timeout)
        return parse(response, PerpetualsLeverage.from_dict)

    # -- funding -------------------------------------------------------------------------

    @operation
    def wallets(self, *, timeout: Timeout = None) -> Plan[Records[CryptoWallet]]:
        """Every funding wallet, as a list (also when there is just one)."""
        response = yield trading(list_perpetuals_wallets._get_kwargs(), timeout)
        return parse(response, wallet_list)

    @operation
    def wallet(self, asset: str, *, timeout: Timeout = None) -> Plan[CryptoWallet]:
        """The funding wallet of ``asset`` (e.g. ``"USDT"``), created when missing."""
        kwargs = list_perpetuals_wallets._get_kwargs(asset=symbol_param(asset, "asset"))
        response = yield trading(kwargs, timeout)
        return parse(response, one_wallet)

    @operation
    def transfers(self, *, timeout: Timeout = None) -> Plan[Records[CryptoTransfer]]:
        """Deposits and withdrawals of the funding wallets."""
        response = yield trading(list_perpetuals_transfers._get_kwargs(), timeout)
        return parse(response, records(CryptoTransfer.from_dict))

    @operation
    def transfer(self, transfer_id: str, *, timeout: Timeout = None) -> Plan[CryptoTransfer]:
        """One transfer by id."""
        kwargs = get_perpetuals_transfer._get_kwargs(path_param(transfer_id, "transfer_id"))
        response = yield trading(kwargs, timeout)
        return parse(response, CryptoTransfer.from_dict)

    @operation
    def withdraw(
        self,
        *,
        asset: str,
        amount: DecimalLike,
        address: str,
        chain: CryptoChain | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[CryptoTransfer]:
        """Withdraw ``amount`` of ``asset`` to an ``address`` whitelisted at least 24 hours
        ago. Never resent once it may have reached Alpaca (see the module docstring)."""
        body = withdrawal(asset, amount, address, chain)
        response = yield trading(create_perpetuals_withdrawal._get_kwargs(body=body), timeout)
        return parse(response, CryptoTransfer.from_dict)

    @operation
    def whitelisted_addresses(
        self, *, timeout: Timeout = None
    ) -> Plan[Records[WhitelistedAddress]]:
        """Addresses withdrawals may go to (``PENDING`` for their first 24 hours)."""
        response = yield trading(list_perpetuals_whitelisted_addresses._get_kwargs(), timeout)
        return parse(response, records(WhitelistedAddress.from_dict))

    @operation
    def add_whitelisted_address(
        self, *, address: str, asset: str, timeout: Timeout = None
    ) -> Plan[WhitelistedAddress]:
        """Whitelist ``address`` for withdrawals of ``asset``; usable after 24 hours."""
        body = PerpetualsWhitelistedAddressRequest(
            address=path_param(address, "address"), asset=symbol_param(asset, "asset")
        )
        kwargs = create_perpetuals_whitelisted_address._get_kwargs(body=body)
        response = yield trading(kwargs, timeout)
        return parse(response, WhitelistedAddress.from_dict)

    @operation
    def remove_whitelisted_address(
        self, whitelisted_address_id: str, *, timeout: Timeout = None
    ) -> Plan[None]:
        """Remove a whitelisted address (by its id)."""
        key = path_param(whitelisted_address_id, "whitelisted_address_id")
        yield trading(delete_perpetuals_whitelisted_address._get_kwargs(key), timeout)

    @operation
    def fee_estimate(
        self,
        *,
        asset: str | None = None,
        from_address: str | None = None,
        to_address: str | None = None,
        amount: DecimalLike | None = None,
        timeout: Timeout = None,
    ) -> Plan[CryptoFeeEstimate]:
        """The fee a withdrawal would cost now (Alpaca fills in ``fee`` only)."""
        kwargs = get_perpetuals_fee_estimate._get_kwargs(
            **fee_query(asset, from_address, to_address, amount)
        )
        response = yield trading(kwargs, timeout)
        return parse(response, CryptoFeeEstimate.from_dict)

    # -- market data ---------------------------------------------------------------------

    @operation
    def latest_pricing(
        self, symbols: Symbols, *, loc: CryptoPerpLoc | str = "global", timeout: Timeout = None
    ) -> Plan[dict[str, CryptoPerpPricing]]:
        """Funding rate and next funding time, mark and index price, open interest."""
        make = CryptoPerpPricing.from_dict
        endpoint = get_crypto_perp_latest_pricing
        return (yield from _latest(endpoint, symbols, loc, timeout, "pricing", make))

    @operation
    def latest_bars(
        self, symbols: Symbols, *, loc: CryptoPerpLoc | str = "global", timeout: Timeout = None
    ) -> Plan[dict[str, CryptoBar]]:
        """The latest minute bar per contract."""
        endpoint = get_crypto_perp_latest_bars
        return (yield from _latest(endpoint, symbols, loc, timeout, "bars", CryptoBar.from_dict))

    @operation
    def latest_quotes(
        self, symbols: Symbols, *, loc: CryptoPerpLoc | str = "global", timeout: Timeout = None
    ) -> Plan[dict[str, CryptoQuote]]:
        """The latest best bid and ask per contract."""
        make = CryptoQuote.from_dict
        endpoint = get_crypto_perp_latest_quotes
        return (yield from _latest(endpoint, symbols, loc, timeout, "quotes", make))

    @operation
    def latest_trades(
        self, symbols: Symbols, *, loc: CryptoPerpLoc | str = "global", timeout: Timeout = None
    ) -> Plan[dict[str, CryptoTrade]]:
        """The latest trade per contract."""
        make = CryptoTrade.from_dict
        endpoint = get_crypto_perp_latest_trades
        return (yield from _latest(endpoint, symbols, loc, timeout, "trades", make))

    @operation
    def latest_orderbooks(
        self, symbols: Symbols, *, loc: CryptoPerpLoc | str = "global", timeout: Timeout = None
    ) -> Plan[dict[str, CryptoOrderbook]]:
        """The latest order book (bid and ask levels) per contract."""
        make = CryptoOrderbook.from_dict
        endpoint = get_crypto_perp_latest_orderbooks
        return (yield from _latest(endpoint, symbols, loc, timeout, "orderbooks", make))
