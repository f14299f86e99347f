from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.locate_quote import LocateQuote
    from ..models.locate_quote_error import LocateQuoteError


T = TypeVar("T", bound="LocateQuotes")


@_attrs_define
class LocateQuotes:
    quotes: list[LocateQuote]
    errors: list[LocateQuoteError] | Unset = UNSET
    """ One entry per symbol left without a quote. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        quotes = []
        for quotes_item_data in self.quotes:
            quotes_item = quotes_item_data.to_dict()
            quotes.append(quotes_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.locate_quote import LocateQuote  # noqa: PLC0415
        from ..models.locate_quote_error import LocateQuoteError  # noqa: PLC0415

        _data = dict(src_dict)
        quotes = []
        _quotes = _data.pop("quotes")
        for quotes_item_data in _quotes:
            quotes_item = LocateQuote.from_dict(quotes_item_data)

            quotes.append(quotes_item)

        _errors = _data.pop("errors", UNSET)
        errors: list[LocateQuoteError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = LocateQuoteError.from_dict(errors_item_data)

                errors.append(errors_item)

        locate_quotes = cls(
            quotes=quotes,
            errors=errors,
        )

        locate_quotes.additional_properties = _data
        locate_quotes.raw = dict(src_dict)
        return locate_quotes

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
