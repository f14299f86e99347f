"""Crypto and perpetuals funding of the sandbox account: wallets, transfers, whitelists, leverage.

Two venues share the same rules: ``crypto`` (``/v2/wallets``) and ``perpetuals``
(``/v2/perpetuals/wallets``). Each opens with deposits (incoming, complete transfers at the
account's creation), so balances are known: a balance is the sum of complete or processing
transfers, deposits in and withdrawals (plus their network fee) out.

- Wallet addresses are derived from venue, asset and chain (same request, same address).
- A whitelisted address is ``PENDING`` for 24 hours of sandbox time, then ``APPROVED``;
  withdrawals go only to approved addresses of the same asset.
- A withdrawal is ``PROCESSING`` for 10 minutes of sandbox time, then ``COMPLETE``.
- Network fees are fixed per chain; ``fees`` (Alpaca's own) are zero.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from alpaca.sandbox._format import ApiError, fmt_decimal, fmt_time_ns, not_found, unprocessable

VENUES = ("crypto", "perpetuals")
APPROVAL_DELAY = timedelta(hours=24)
SETTLEMENT_DELAY = timedelta(minutes=10)

CHAINS: dict[str, tuple[str, ...]] = {
    "BTC": ("BTC",),
    "ETH": ("ETH", "ARB"),
    "SOL": ("SOL",),
    "XRP": ("XRP",),
    "USDC": ("ETH", "SOL", "ARB"),
    "USDT": ("ETH", "SOL", "ARB"),
}
"""Assets the sandbox can hold, and their chains (the first is the default)."""

USD_PRICE = {
    "BTC": Decimal(60000),
    "ETH": Decimal(3000),
    "SOL": Decimal(150),
    "XRP": Decimal("0.5"),
    "USDC": Decimal(1),
    "USDT": Decimal(1),
}
NETWORK_FEE = {
    "BTC": Decimal("0.00002"),
    "ETH": Decimal("0.0004"),
    "ARB": Decimal("0.00001"),
    "SOL": Decimal("0.000005"),
    "XRP": Decimal("0.00001"),
}
"""Fee per withdrawal in the chain's native coin; stablecoins pay its USD worth in tokens."""
_NATIVE = {"BTC": "BTC", "ETH": "ETH", "ARB": "ETH", "SOL": "SOL", "XRP": "XRP"}

OPENING_DEPOSITS = {
    "crypto": (("BTC", Decimal("0.5")), ("ETH", Decimal(4)), ("USDC", Decimal(10000))),
    "perpetuals": (("USDT", Decimal(10000)),),
}
ADDRESS_FORMATS = {
    "ETH": re.compile(r"0x[0-9a-fA-F]{40}"),
    "ARB": re.compile(r"0x[0-9a-fA-F]{40}"),
    "BTC": re.compile(r"(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})"),
    "SOL": re.compile(r"[1-9A-HJ-NP-Za-km-z]{32,44}"),
    "XRP": re.compile(r"r[1-9A-HJ-NP-Za-km-z]{24,34}"),
}
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_ID_NAMESPACE = uuid.UUID("5d8a4f0e-71c2-4b8e-9e3a-0f6d2c9b1a47")


def _digest(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()


def _alphabet(seed: str, alphabet: str, length: int) -> str:
    number = int.from_bytes(_digest(seed) + _digest(seed + "+"), "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(alphabet))
        chars.append(alphabet[index])
    return "".join(chars)


def address_for(chain: str, seed: str) -> str:
    """A well-formed, deterministic address on ``chain``."""
    if chain in ("ETH", "ARB"):
        return "0x" + _digest(seed).hex()[:40]
    if chain == "BTC":
        return "bc1q" + _alphabet(seed, _BECH32, 38)
    if chain == "XRP":
        return "r" + _alphabet(seed, _BASE58, 33)
    return _alphabet(seed, _BASE58, 44)  # SOL


def network_fee(asset: str, chain: str) -> Decimal:
    """The fee of one withdrawal, in units of ``asset``."""
    native = NETWORK_FEE[chain]
    return native * USD_PRICE[_NATIVE[chain]] / USD_PRICE[asset]


def asset_param(raw: Any) -> str:
    """A supported asset symbol (422 otherwise)."""
    asset = raw.strip().upper() if isinstance(raw, str) else ""
    if not asset:
        raise unprocessable("asset is required")
    if asset not in CHAINS:
        raise unprocessable(f"unsupported asset: {raw}")
    return asset


def chain_param(asset: str, raw: Any, network: Any = None) -> str:
    """The chain of ``asset``: ``raw`` if given, else the deprecated network, else the default."""
    if raw is None and network is not None:
        raw = {"ethereum": "ETH", "solana": "SOL"}.get(str(network))
        if raw is None:
            raise unprocessable(f"invalid network: {network}")
    if raw is None:
        return CHAINS[asset][0]
    if raw not in CHAINS[asset]:
        raise unprocessable(f"chain {raw} is not available for {asset}")
    return str(raw)


def amount_param(raw: Any) -> Decimal:
    """A positive decimal amount (given as a JSON string or number)."""
    try:
        amount = Decimal(str(raw)) if isinstance(raw, str | int | float) else None
    except ArithmeticError:
        amount = None
    if amount is None or not amount.is_finite() or amount <= 0:
        raise unprocessable("amount must be a positive decimal")
    return amount


@dataclass(slots=True)
class Wallet:
    """A deposit address of one asset on one chain."""

    venue: str
    asset: str
    chain: str
    address: str
    created_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "chain": self.chain,
            "created_at": fmt_time_ns(self.created_at),
        }


@dataclass(slots=True)
class Transfer:
    """A deposit (``INCOMING``) or a withdrawal (``OUTGOING``)."""

    id: str
    venue: str
    direction: str
    asset: str
    chain: str
    amount: Decimal
    network_fee: Decimal
    from_address: str
    to_address: str
    created_at: datetime

    def status(self, now: datetime) -> str:
        settled = self.direction == "INCOMING" or now >= self.created_at + SETTLEMENT_DELAY
        return "COMPLETE" if settled else "PROCESSING"

    def to_json(self, now: datetime) -> dict[str, Any]:
        return {
            "id": self.id,
            "direction": self.direction,
            "status": self.status(now),
            "asset": self.asset,
            "chain": self.chain,
            "amount": fmt_decimal(self.amount),
            "usd_value": fmt_decimal(self.amount * USD_PRICE[self.asset]),
            "network_fee": fmt_decimal(self.network_fee),
            "fees": "0",
            "from_address": self.from_address,
            "to_address": self.to_address,
            "tx_hash": "0x" + _digest(self.id).hex(),
            "created_at": fmt_time_ns(self.created_at),
        }


@dataclass(slots=True)
class WhitelistEntry:
    """An address withdrawals may go to, once approved."""

    id: str
    venue: str
    asset: str
    chain: str
    address: str
    created_at: datetime

    def status(self, now: datetime) -> str:
        return "APPROVED" if now >= self.created_at + APPROVAL_DELAY else "PENDING"

    def to_json(self, now: datetime) -> dict[str, Any]:
        return {
            "id": self.id,
            "address": self.address,
            "asset": self.asset,
            "chain": self.chain,
            "status": self.status(now),
            "created_at": fmt_time_ns(self.created_at),
        }


@dataclass(slots=True)
class FundingBook:
    """Wallets, transfers and whitelists of both venues, and the perpetuals leverage."""

    wallets: list[Wallet] = field(default_factory=list)
    transfers: list[Transfer] = field(default_factory=list)
    whitelist: list[WhitelistEntry] = field(default_factory=list)
    leverage: dict[str, int] = field(default_factory=dict)

    @classmethod
    def opened(cls, at: datetime) -> FundingBook:
        """The book of a new account: a funded wallet per opening deposit."""
        book = cls()
        for venue, deposits in OPENING_DEPOSITS.items():
            for asset, amount in deposits:
                wallet = book.wallet(venue, asset, CHAINS[asset][0], at)
                seed = f"{venue}:{asset}:opening"
                book.transfers.append(
                    Transfer(
                        id=str(uuid.uuid5(_ID_NAMESPACE, seed)),
                        venue=venue,
                        direction="INCOMING",
                        asset=asset,
                        chain=wallet.chain,
                        amount=amount,
                        network_fee=Decimal(0),
                        from_address=address_for(wallet.chain, seed),
                        to_address=wallet.address,
                        created_at=at,
                    )
                )
        return book

    def wallets_of(self, venue: str) -> list[Wallet]:
        return [w for w in self.wallets if w.venue == venue]

    def wallet(self, venue: str, asset: str, chain: str, now: datetime) -> Wallet:
        """The wallet of ``asset`` on ``chain``, created when missing."""
        for found in self.wallets:
            if (found.venue, found.asset, found.chain) == (venue, asset, chain):
                return found
        address = address_for(chain, f"{venue}:{asset}:{chain}:wallet")
        made = Wallet(venue, asset, chain, address, now)
        self.wallets.append(made)
        return made

    def transfers_of(self, venue: str) -> list[Transfer]:
        return [t for t in self.transfers if t.venue == venue]

    def transfer(self, venue: str, transfer_id: str) -> Transfer:
        for found in self.transfers_of(venue):
            if found.id == transfer_id:
                return found
        raise not_found("transfer not found")

    def balance(self, venue: str, asset: str) -> Decimal:
        """What the venue holds of ``asset`` (withdrawals count from the moment they are made)."""
        total = Decimal(0)
        for t in self.transfers_of(venue):
            if t.asset == asset:
                total += t.amount if t.direction == "INCOMING" else -(t.amount + t.network_fee)
        return total

    def whitelist_of(self, venue: str) -> list[WhitelistEntry]:
        return [w for w in self.whitelist if w.venue == venue]

    def add_whitelisted(
        self, venue: str, asset: str, chain: str, address: str, now: datetime
    ) -> WhitelistEntry:
        if not ADDRESS_FORMATS[chain].fullmatch(address):
            raise unprocessable(f"invalid {chain} address")
        if any((w.address, w.chain) == (address, chain) for w in self.whitelist_of(venue)):
            raise unprocessable("address is already whitelisted on this chain")
        entry = WhitelistEntry(str(uuid.uuid4()), venue, asset, chain, address, now)
        self.whitelist.append(entry)
        return entry

    def remove_whitelisted(self, venue: str, entry_id: str) -> None:
        for entry in self.whitelist_of(venue):
            if entry.id == entry_id:
                self.whitelist.remove(entry)
                return
        raise not_found("whitelisted address not found")

    def withdraw(
        self, venue: str, asset: str, chain: str, amount: Decimal, address: str, now: datetime
    ) -> Transfer:
        """A withdrawal to an approved whitelisted address, within the balance."""
        entry = next(
            (w for w in self.whitelist_of(venue) if (w.address, w.chain) == (address, chain)),
            None,
        )
        if entry is None or entry.asset != asset:
            raise unprocessable(f"{address} is not a whitelisted {asset} address on {chain}")
        if entry.status(now) != "APPROVED":
            raise unprocessable("the whitelisted address is pending its 24 hour waiting period")
        fee = network_fee(asset, chain)
        if amount + fee > self.balance(venue, asset):
            raise ApiError(403, 40310000, f"insufficient {asset} balance")
        wallet = self.wallet(venue, asset, chain, now)
        transfer = Transfer(
            id=str(uuid.uuid4()),
            venue=venue,
            direction="OUTGOING",
            asset=asset,
            chain=chain,
            amount=amount,
            network_fee=fee,
            from_address=wallet.address,
            to_address=address,
            created_at=now,
        )
        self.transfers.append(transfer)
        return transfer
