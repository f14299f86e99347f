from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.crypto_latest_orderbooks_response_orderbooks import (
        CryptoLatestOrderbooksResponseOrderbooks,
    )


T = TypeVar("T", bound="CryptoLatestOrderbooksResponse")


@_attrs_define
class CryptoLatestOrderbooksResponse:
    """Latest order book of several crypto pairs or perpetual futures."""

    orderbooks: CryptoLatestOrderbooksResponseOrderbooks
    """ Latest order book keyed by symbol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        orderbooks = self.orderbooks.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderbooks": orderbooks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_latest_orderbooks_response_orderbooks import (
            CryptoLatestOrderbooksResponseOrderbooks,  # noqa: PLC0415
        )

        _data = dict(src_dict)
        orderbooks = CryptoLatestOrderbooksResponseOrderbooks.from_dict(_data.pop("orderbooks"))

        crypto_latest_orderbooks_response = cls(
            orderbooks=orderbooks,
        )

        crypto_latest_orderbooks_response.additional_properties = _data
        crypto_latest_orderbooks_response.raw = dict(src_dict)
        return crypto_latest_orderbooks_response

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
