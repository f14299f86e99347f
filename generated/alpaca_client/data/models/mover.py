from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class Mover:
    """A symbol whose price changed much since the previous close."""

    symbol: str
    price: Decimal
    """ Latest price. """
    change: Decimal
    """ Price change since the previous close. """
    percent_change: Decimal
    """ Change in percent of the previous close. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["symbol"] = self.symbol
        field_dict["price"] = float(self.price)
        field_dict["change"] = float(self.change)
        field_dict["percent_change"] = float(self.percent_change)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _symbol = data["symbol"]
            _price = data["price"]
            _change = data["change"]
            _percent_change = data["percent_change"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            symbol=parsing.string(_symbol, "symbol"),
            price=parsing.decimal_number(_price, "price"),
            change=parsing.decimal_number(_change, "change"),
            percent_change=parsing.decimal_number(_percent_change, "percent_change"),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

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


_KEYS: frozenset[str] = frozenset({"symbol", "price", "change", "percent_change"})
