"""``client.crypto_wallets``: crypto wallets, withdrawals, whitelisted addresses, fee estimates.

Withdrawals move money: they are never resent once they may have reached Alpaca. When the
outcome is unknown (a 5xx, a timeout, a connection lost after sending) the error says so
(``exc.may_have_taken_effect`` is true): look at :meth:`CryptoWallets.transfers` before
trying again.
"""

from __future__ import annotations

from alpaca_client.trading.api.crypto_funding import (
    create_crypto_whitelisted_address,
    create_crypto_withdrawal,
    delete_crypto_whitelisted_address,
    get_crypto_fee_estimate,
    get_crypto_transfer,
    list_crypto_transfers,
    list_crypto_wallets,
    list_crypto_whitelisted_addresses,
)
from alpaca_client.trading.models import (
    CryptoChain,
    CryptoFeeEstimate,
    CryptoNetwork,
    CryptoTransfer,
    CryptoWallet,
    WhitelistedAddress,
    WhitelistedAddressRequest,
)

from .._operation import M, Plan, Resource, Timeout, given, operation, parse, trading
from .._params import DecimalLike, enum_param, path_param, symbol_param
from .._records import Records, records
from .._wallets import fee_query, one_wallet, wallet_list, withdrawal


class CryptoWallets(Resource[M]):
    """Crypto funding of the account."""

    @operation
    def wallets(self, *, timeout: Timeout = None) -> Plan[Records[CryptoWallet]]:
        """Every crypto wallet of the account, as a list (also when there is just one)."""
        response = yield trading(list_crypto_wallets._get_kwargs(), timeout)
        return parse(response, wallet_list)

    @operation
    def wallet(
        self,
        asset: str,
        *,
        chain: CryptoChain | str | None = None,
        network: CryptoNetwork | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[CryptoWallet]:
        """The wallet of ``asset`` (e.g. ``"USDC"``), created when missing; ``chain`` picks
        one of a multi-chain asset's chains (``network`` is its deprecated predecessor)."""
        if chain is not None and network is not None:
            raise ValueError("chain: give either chain or the deprecated network, not both")
        kwargs = list_crypto_wallets._get_kwargs(
            asset=symbol_param(asset, "asset"),
            **given(
                chain=enum_param(chain, CryptoChain, "chain"),
                network=enum_param(network, CryptoNetwork, "network"),
            ),
        )
        response = yield trading(kwargs, timeout)
        return parse(response, one_wallet)

    @operation
    def transfers(self, *, timeout: Timeout = None) -> Plan[Records[CryptoTransfer]]:
        """Deposits and withdrawals of every wallet."""
        response = yield trading(list_crypto_transfers._get_kwargs(), timeout)
        return parse(response, records(CryptoTransfer.from_dict))

    @operation
    def transfer(self, transfer_id: str, *, timeout: Timeout = None) -> Plan[CryptoTransfer]:
        """One transfer by id."""
        kwargs = get_crypto_transfer._get_kwargs(path_param(transfer_id, "transfer_id"))
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
        response = yield trading(create_crypto_withdrawal._get_kwargs(body=body), timeout)
        return parse(response, CryptoTransfer.from_dict)

    @operation
    def whitelisted_addresses(
        self, *, timeout: Timeout = None
    ) -> Plan[Records[WhitelistedAddress]]:
        """Addresses withdrawals may go to (``PENDING`` for their first 24 hours)."""
        response = yield trading(list_crypto_whitelisted_addresses._get_kwargs(), timeout)
        return parse(response, records(WhitelistedAddress.from_dict))

    @operation
    def add_whitelisted_address(
        self,
        *,
        address: str,
        asset: str,
        chain: CryptoChain | str | None = None,
        timeout: Timeout = None,
    ) -> Plan[WhitelistedAddress]:
        """Whitelist ``address`` for withdrawals of ``asset``; usable after 24 hours."""
        body = WhitelistedAddressRequest(
            address=path_param(address, "address"), asset=symbol_param(asset, "asset")
        )
        if chain is not None:
            body.chain = enum_param(chain, CryptoChain, "chain")
        kwargs = create_crypto_whitelisted_address._get_kwargs(body=body)
        response = yield trading(kwargs, timeout)
        return parse(response, WhitelistedAddress.from_dict)

    @operation
    def remove_whitelisted_address(
        self, whitelisted_address_id: str, *, timeout: Timeout = None
    ) -> Plan[None]:
        """Remove a whitelisted address (by its id); later withdrawals to it are refused."""
        key = path_param(whitelisted_address_id, "whitelisted_address_id")
        yield trading(delete_crypto_whitelisted_address._get_kwargs(key), timeout)

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
        """The network fee a withdrawal would cost now."""
        kwargs = get_crypto_fee_estimate._get_kwargs(
            **fee_query(asset, from_address, to_address, amount)
        )
        response = yield trading(kwargs, timeout)
        return parse(response, CryptoFeeEstimate.from_dict)
