from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whitelisted_address_status import WhitelistedAddressStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhitelistedAddress")


@_attrs_define
class WhitelistedAddress:
    id: str | Unset = UNSET
    address: str | Unset = UNSET
    asset: str | Unset = UNSET
    chain: str | Unset = UNSET
    status: WhitelistedAddressStatus | Unset = UNSET
    """ New addresses stay PENDING for 24 hours before becoming APPROVED. """
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        address = self.address

        asset = self.asset

        chain = self.chain

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if address is not UNSET:
            field_dict["address"] = address
        if asset is not UNSET:
            field_dict["asset"] = asset
        if chain is not UNSET:
            field_dict["chain"] = chain
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id", UNSET)

        address = _data.pop("address", UNSET)

        asset = _data.pop("asset", UNSET)

        chain = _data.pop("chain", UNSET)

        _status = _data.pop("status", UNSET)
        status: WhitelistedAddressStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WhitelistedAddressStatus(_status)

        _created_at = _data.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        whitelisted_address = cls(
            id=id,
            address=address,
            asset=asset,
            chain=chain,
            status=status,
            created_at=created_at,
        )

        whitelisted_address.additional_properties = _data
        whitelisted_address.raw = dict(src_dict)
        return whitelisted_address

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
