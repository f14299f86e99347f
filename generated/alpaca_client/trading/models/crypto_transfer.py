from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.crypto_transfer_direction import CryptoTransferDirection
from ..models.crypto_transfer_status import CryptoTransferStatus


@_attrs_define
class CryptoTransfer:
    """A deposit into or withdrawal out of a wallet."""

    id: str | None = None
    direction: CryptoTransferDirection | None = None
    status: CryptoTransferStatus | None = None
    asset: str | None = None
    """ Crypto asset symbol, e.g. BTC. """
    chain: str | None = None
    amount: Decimal | None = None
    """ Amount in units of the asset. """
    usd_value: Decimal | None = None
    """ USD value when the transfer was made. """
    network_fee: Decimal | None = None
    fees: Decimal | None = None
    from_address: str | None = None
    to_address: str | None = None
    tx_hash: str | None = None
    """ On-chain transaction hash. """
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.direction is not None:
            field_dict["direction"] = self.direction.value
        if self.status is not None:
            field_dict["status"] = self.status.value
        if self.asset is not None:
            field_dict["asset"] = self.asset
        if self.chain is not None:
            field_dict["chain"] = self.chain
        if self.amount is not None:
            field_dict["amount"] = format(self.amount, "f")
        if self.usd_value is not None:
            field_dict["usd_value"] = format(self.usd_value, "f")
        if self.network_fee is not None:
            field_dict["network_fee"] = format(self.network_fee, "f")
        if self.fees is not None:
            field_dict["fees"] = format(self.fees, "f")
        if self.from_address is not None:
            field_dict["from_address"] = self.from_address
        if self.to_address is not None:
            field_dict["to_address"] = self.to_address
        if self.tx_hash is not None:
            field_dict["tx_hash"] = self.tx_hash
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _id = data.get("id")
        _direction = data.get("direction")
        _status = data.get("status")
        _asset = data.get("asset")
        _chain = data.get("chain")
        _amount = data.get("amount")
        _usd_value = data.get("usd_value")
        _network_fee = data.get("network_fee")
        _fees = data.get("fees")
        _from_address = data.get("from_address")
        _to_address = data.get("to_address")
        _tx_hash = data.get("tx_hash")
        _created_at = data.get("created_at")
        result = cls(
            id=None if _id is None else parsing.string(_id, "id"),
            direction=None
            if _direction is None
            else parsing.str_enum(CryptoTransferDirection, _direction, "direction"),
            status=None
            if _status is None
            else parsing.str_enum(CryptoTransferStatus, _status, "status"),
            asset=None if _asset is None else parsing.string(_asset, "asset"),
            chain=None if _chain is None else parsing.string(_chain, "chain"),
            amount=None if _amount is None else parsing.decimal(_amount, "amount"),
            usd_value=None if _usd_value is None else parsing.decimal(_usd_value, "usd_value"),
            network_fee=None
            if _network_fee is None
            else parsing.decimal(_network_fee, "network_fee"),
            fees=None if _fees is None else parsing.decimal(_fees, "fees"),
            from_address=None
            if _from_address is None
            else parsing.string(_from_address, "from_address"),
            to_address=None if _to_address is None else parsing.string(_to_address, "to_address"),
            tx_hash=None if _tx_hash is None else parsing.string(_tx_hash, "tx_hash"),
            created_at=None
            if _created_at is None
            else parsing.date_time(_created_at, "created_at"),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "direction",
        "status",
        "asset",
        "chain",
        "amount",
        "usd_value",
        "network_fee",
        "fees",
        "from_address",
        "to_address",
        "tx_hash",
        "created_at",
    }
)
