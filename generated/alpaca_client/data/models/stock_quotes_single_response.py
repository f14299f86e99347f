from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_quote import StockQuote


T = TypeVar("T", bound="StockQuotesSingleResponse")


@_attrs_define
class StockQuotesSingleResponse:
    """A page of stock quotes for one symbol."""

    quotes: list[StockQuote] | None
    """ Records of this page; may be null when there are none. """
    symbol: str | Unset = UNSET
    """ The symbol asked for. """
    next_page_token: None | str | Unset = UNSET
    """ Token for the next page; null on the last page. """
    currency: str | Unset = UNSET
    """ ISO 4217 currency of the prices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        quotes: list[dict[str, Any]] | None
        if isinstance(self.quotes, list):
            quotes = []
            for quotes_type_0_item_data in self.quotes:
                quotes_type_0_item = quotes_type_0_item_data.to_dict()
                quotes.append(quotes_type_0_item)

        else:
            quotes = self.quotes

        symbol = self.symbol

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes": quotes,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_quote import StockQuote  # noqa: PLC0415

        _data = dict(src_dict)

        def _parse_quotes(data: object) -> list[StockQuote] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quotes_type_0 = []
                _quotes_type_0 = data
                for quotes_type_0_item_data in _quotes_type_0:
                    quotes_type_0_item = StockQuote.from_dict(quotes_type_0_item_data)

                    quotes_type_0.append(quotes_type_0_item)

                return quotes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StockQuote] | None, data)

        quotes = _parse_quotes(_data.pop("quotes"))

        symbol = _data.pop("symbol", UNSET)

        def _parse_next_page_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_page_token = _parse_next_page_token(_data.pop("next_page_token", UNSET))

        currency = _data.pop("currency", UNSET)

        stock_quotes_single_response = cls(
            quotes=quotes,
            symbol=symbol,
            next_page_token=next_page_token,
            currency=currency,
        )

        stock_quotes_single_response.additional_properties = _data
        stock_quotes_single_response.raw = dict(src_dict)
        return stock_quotes_single_response

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
