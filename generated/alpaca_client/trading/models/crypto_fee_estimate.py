from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoFeeEstimate")


@_attrs_define
class CryptoFeeEstimate:
    fee: Decimal | Unset = UNSET
    """ Total estimated fee. """
    network_fee: Decimal | Unset = UNSET
    """ Estimated on-chain (gas) part of the fee. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = format(self.fee, "f")

        network_fee: str | Unset = UNSET
        if not isinstance(self.network_fee, Unset):
            network_fee = format(self.network_fee, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee is not UNSET:
            field_dict["fee"] = fee
        if network_fee is not UNSET:
            field_dict["network_fee"] = network_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        _fee = _data.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = Decimal(str(_fee))

        _network_fee = _data.pop("network_fee", UNSET)
        network_fee: Decimal | Unset
        if isinstance(_network_fee, Unset):
            network_fee = UNSET
        else:
            network_fee = Decimal(str(_network_fee))

        crypto_fee_estimate = cls(
            fee=fee,
            network_fee=network_fee,
        )

        crypto_fee_estimate.additional_properties = _data
        crypto_fee_estimate.raw = dict(src_dict)
        return crypto_fee_estimate

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
