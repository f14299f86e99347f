from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.crypto_quote import CryptoQuote


T = TypeVar("T", bound="CryptoQuotesResponseQuotes")


@_attrs_define
class CryptoQuotesResponseQuotes:
    """Quotes keyed by symbol."""

    additional_properties: dict[str, list[CryptoQuote]] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_quote import CryptoQuote  # noqa: PLC0415

        _data = dict(src_dict)
        crypto_quotes_response_quotes = cls()

        additional_properties = {}
        for prop_name, prop_dict in _data.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                additional_property_item = CryptoQuote.from_dict(additional_property_item_data)

                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        crypto_quotes_response_quotes.additional_properties = additional_properties
        crypto_quotes_response_quotes.raw = dict(src_dict)
        return crypto_quotes_response_quotes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[CryptoQuote]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[CryptoQuote]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
