from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_latest_quotes_response_quotes import StockLatestQuotesResponseQuotes


T = TypeVar("T", bound="StockLatestQuotesResponse")


@_attrs_define
class StockLatestQuotesResponse:
    """Latest quote of several stocks."""

    quotes: StockLatestQuotesResponseQuotes
    """ Latest quote keyed by symbol. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency of the prices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        quotes = self.quotes.to_dict()

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_latest_quotes_response_quotes import StockLatestQuotesResponseQuotes  # noqa: PLC0415

        _data = dict(src_dict)
        quotes = StockLatestQuotesResponseQuotes.from_dict(_data.pop("quotes"))

        currency = _data.pop("currency", UNSET)

        stock_latest_quotes_response = cls(
            quotes=quotes,
            currency=currency,
        )

        stock_latest_quotes_response.additional_properties = _data
        stock_latest_quotes_response.raw = dict(src_dict)
        return stock_latest_quotes_response

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
