"""Argument checks and answer shapes shared by ``crypto_wallets`` and ``perpetuals``: both
venues have wallets, withdrawals, whitelisted addresses and fee estimates of the same shapes."""

from __future__ import annotations

from typing import Any

from alpaca_client.trading.models import CryptoChain, CryptoWallet, CryptoWithdrawalRequest

from ._operation import given
from ._params import DecimalLike, decimal_param, enum_param, path_param, symbol_param
from ._records import ParseFailure, Records, records

_wallet_items = records(CryptoWallet.from_dict)


def wallet_list(body: Any) -> Records[CryptoWallet]:
    """Every wallet: Alpaca answers a list, or a single object when there is one."""
    return _wallet_items(body if isinstance(body, list) else [body])


def one_wallet(body: Any) -> CryptoWallet:
    """The wallet of one asset: an object (a list holding exactly one is accepted too)."""
    if isinstance(body, list):
        if len(body) != 1:
            raise ParseFailure(f"expected one wallet, got a list of {len(body)}", "", body)
        body = body[0]
    return CryptoWallet.from_dict(body)


def withdrawal(
    asset: str, amount: DecimalLike, address: str, chain: CryptoChain | str | None
) -> CryptoWithdrawalRequest:
    """The body of a withdrawal, checked."""
    body = CryptoWithdrawalRequest(
        amount=decimal_param(amount, "amount"),
        address=path_param(address, "address"),
        asset=symbol_param(asset, "asset"),
    )
    if chain is not None:
        body.chain = enum_param(chain, CryptoChain, "chain")
    return body


def fee_query(
    asset: str | None,
    from_address: str | None,
    to_address: str | None,
    amount: DecimalLike | None,
) -> dict[str, Any]:
    """The query of a fee estimate, checked (``None``: not given)."""
    return given(
        asset=None if asset is None else symbol_param(asset, "asset"),
        from_address=None if from_address is None else path_param(from_address, "from_address"),
        to_address=None if to_address is None else path_param(to_address, "to_address"),
        amount=None if amount is None else decimal_param(amount, "amount"),
    )
