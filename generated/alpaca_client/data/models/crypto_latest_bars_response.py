from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.crypto_latest_bars_response_bars import CryptoLatestBarsResponseBars


T = TypeVar("T", bound="CryptoLatestBarsResponse")


@_attrs_define
class CryptoLatestBarsResponse:
    """Latest minute bar of several crypto pairs or perpetual futures."""

    bars: CryptoLatestBarsResponseBars
    """ Latest bar keyed by symbol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        bars = self.bars.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bars": bars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_latest_bars_response_bars import CryptoLatestBarsResponseBars  # noqa: PLC0415

        _data = dict(src_dict)
        bars = CryptoLatestBarsResponseBars.from_dict(_data.pop("bars"))

        crypto_latest_bars_response = cls(
            bars=bars,
        )

        crypto_latest_bars_response.additional_properties = _data
        crypto_latest_bars_response.raw = dict(src_dict)
        return crypto_latest_bars_response

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
