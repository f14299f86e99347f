from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_chain import CryptoChain
from ..types import UNSET, Unset

T = TypeVar("T", bound="WhitelistedAddressRequest")


@_attrs_define
class WhitelistedAddressRequest:
    address: str
    asset: str
    """ Asset the address is for. """
    chain: CryptoChain | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        asset = self.asset

        chain: str | Unset = UNSET
        if not isinstance(self.chain, Unset):
            chain = self.chain.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "asset": asset,
            }
        )
        if chain is not UNSET:
            field_dict["chain"] = chain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        address = _data.pop("address")

        asset = _data.pop("asset")

        _chain = _data.pop("chain", UNSET)
        chain: CryptoChain | Unset
        if isinstance(_chain, Unset):
            chain = UNSET
        else:
            chain = CryptoChain(_chain)

        whitelisted_address_request = cls(
            address=address,
            asset=asset,
            chain=chain,
        )

        whitelisted_address_request.additional_properties = _data
        whitelisted_address_request.raw = dict(src_dict)
        return whitelisted_address_request

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
