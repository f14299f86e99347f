from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.option_latest_quotes_response_quotes import OptionLatestQuotesResponseQuotes


T = TypeVar("T", bound="OptionLatestQuotesResponse")


@_attrs_define
class OptionLatestQuotesResponse:
    """Latest quote of several option contracts."""

    quotes: OptionLatestQuotesResponseQuotes
    """ Latest quote keyed by contract symbol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        quotes = self.quotes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.option_latest_quotes_response_quotes import OptionLatestQuotesResponseQuotes  # noqa: PLC0415

        _data = dict(src_dict)
        quotes = OptionLatestQuotesResponseQuotes.from_dict(_data.pop("quotes"))

        option_latest_quotes_response = cls(
            quotes=quotes,
        )

        option_latest_quotes_response.additional_properties = _data
        option_latest_quotes_response.raw = dict(src_dict)
        return option_latest_quotes_response

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
