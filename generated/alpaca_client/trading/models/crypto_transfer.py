from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_transfer_direction import CryptoTransferDirection
from ..models.crypto_transfer_status import CryptoTransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoTransfer")


@_attrs_define
class CryptoTransfer:
    """A deposit into or withdrawal out of a wallet."""

    id: str | Unset = UNSET
    direction: CryptoTransferDirection | Unset = UNSET
    status: CryptoTransferStatus | Unset = UNSET
    asset: str | Unset = UNSET
    """ Crypto asset symbol, e.g. BTC. """
    chain: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    """ Amount in units of the asset. """
    usd_value: Decimal | Unset = UNSET
    """ USD value when the transfer was made. """
    network_fee: Decimal | Unset = UNSET
    fees: Decimal | Unset = UNSET
    from_address: str | Unset = UNSET
    to_address: str | Unset = UNSET
    tx_hash: str | Unset = UNSET
    """ On-chain transaction hash. """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        asset = self.asset

        chain = self.chain

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = format(self.amount, "f")

        usd_value: str | Unset = UNSET
        if not isinstance(self.usd_value, Unset):
            usd_value = format(self.usd_value, "f")

        network_fee: str | Unset = UNSET
        if not isinstance(self.network_fee, Unset):
            network_fee = format(self.network_fee, "f")

        fees: str | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = format(self.fees, "f")

        from_address = self.from_address

        to_address = self.to_address

        tx_hash = self.tx_hash

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if status is not UNSET:
            field_dict["status"] = status
        if asset is not UNSET:
            field_dict["asset"] = asset
        if chain is not UNSET:
            field_dict["chain"] = chain
        if amount is not UNSET:
            field_dict["amount"] = amount
        if usd_value is not UNSET:
            field_dict["usd_value"] = usd_value
        if network_fee is not UNSET:
            field_dict["network_fee"] = network_fee
        if fees is not UNSET:
            field_dict["fees"] = fees
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if to_address is not UNSET:
            field_dict["to_address"] = to_address
        if tx_hash is not UNSET:
            field_dict["tx_hash"] = tx_hash
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id", UNSET)

        _direction = _data.pop("direction", UNSET)
        direction: CryptoTransferDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = CryptoTransferDirection(_direction)

        _status = _data.pop("status", UNSET)
        status: CryptoTransferStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CryptoTransferStatus(_status)

        asset = _data.pop("asset", UNSET)

        chain = _data.pop("chain", UNSET)

        _amount = _data.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = Decimal(str(_amount))

        _usd_value = _data.pop("usd_value", UNSET)
        usd_value: Decimal | Unset
        if isinstance(_usd_value, Unset):
            usd_value = UNSET
        else:
            usd_value = Decimal(str(_usd_value))

        _network_fee = _data.pop("network_fee", UNSET)
        network_fee: Decimal | Unset
        if isinstance(_network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = Decimal(str(_network_fee))

        _fees = _data.pop("fees", UNSET)
        fees: Decimal | Unset
        if isinstance(_fees, Unset):
            fees = UNSET
        else:
            fees = Decimal(str(_fees))

        from_address = _data.pop("from_address", UNSET)

        to_address = _data.pop("to_address", UNSET)

        tx_hash = _data.pop("tx_hash", UNSET)

        _created_at = _data.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        crypto_transfer = cls(
            id=id,
            direction=direction,
            status=status,
            asset=asset,
            chain=chain,
            amount=amount,
            usd_value=usd_value,
            network_fee=network_fee,
            fees=fees,
            from_address=from_address,
            to_address=to_address,
            tx_hash=tx_hash,
            created_at=created_at,
        )

        crypto_transfer.additional_properties = _data
        crypto_transfer.raw = dict(src_dict)
        return crypto_transfer

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
