from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class LocateQuote:
    symbol: str
    available_qty: int
    quoted_at: datetime.datetime
    price: Decimal | None = None
    """ Fee per share; absent when nothing is available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["symbol"] = self.symbol
        field_dict["available_qty"] = self.available_qty
        field_dict["quoted_at"] = self.quoted_at.isoformat()
        if self.price is not None:
            field_dict["price"] = format(self.price, "f")
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _symbol = data["symbol"]
            _available_qty = data["available_qty"]
            _quoted_at = data["quoted_at"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _price = data.get("price")
        result = cls(
            symbol=parsing.string(_symbol, "symbol"),
            available_qty=parsing.integer(_available_qty, "available_qty"),
            quoted_at=parsing.date_time(_quoted_at, "quoted_at"),
            price=None if _price is None else parsing.decimal(_price, "price"),
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


_KEYS: frozenset[str] = frozenset({"symbol", "available_qty", "quoted_at", "price"})
