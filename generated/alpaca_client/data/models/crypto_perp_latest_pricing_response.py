from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.crypto_perp_latest_pricing_response_pricing import (
        CryptoPerpLatestPricingResponsePricing,
    )


T = TypeVar("T", bound="CryptoPerpLatestPricingResponse")


@_attrs_define
class CryptoPerpLatestPricingResponse:
    """Latest funding and reference prices of several perpetual futures."""

    pricing: CryptoPerpLatestPricingResponsePricing
    """ Latest pricing keyed by symbol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pricing": pricing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_perp_latest_pricing_response_pricing import (
            CryptoPerpLatestPricingResponsePricing,  # noqa: PLC0415
        )

        _data = dict(src_dict)
        pricing = CryptoPerpLatestPricingResponsePricing.from_dict(_data.pop("pricing"))

        crypto_perp_latest_pricing_response = cls(
            pricing=pricing,
        )

        crypto_perp_latest_pricing_response.additional_properties = _data
        crypto_perp_latest_pricing_response.raw = dict(src_dict)
        return crypto_perp_latest_pricing_response

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
