from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..types import UNSET, Unset


@_attrs_define
class LocateRequest:
    symbol: str
    qty: int
    """ Shares to locate, in round lots of 100. """
    all_or_none: bool | Unset = UNSET
    """ Reject unless the whole quantity can be located (the server assumes false). """
    limit_price: Decimal | Unset = UNSET
    """ Highest fee per share accepted, USD; any quoted fee when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["symbol"] = self.symbol
        field_dict["qty"] = self.qty
        if not isinstance(self.all_or_none, Unset):
            field_dict["all_or_none"] = self.all_or_none
        if not isinstance(self.limit_price, Unset):
            field_dict["limit_price"] = format(self.limit_price, "f")
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _symbol = data["symbol"]
            _qty = data["qty"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _all_or_none = data.get("all_or_none")
        _limit_price = data.get("limit_price")
        result = cls(
            symbol=parsing.string(_symbol, "symbol"),
            qty=parsing.integer(_qty, "qty"),
            all_or_none=UNSET
            if _all_or_none is None
            else parsing.boolean(_all_or_none, "all_or_none"),
            limit_price=UNSET
            if _limit_price is None
            else parsing.decimal(_limit_price, "limit_price"),
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


_KEYS: frozenset[str] = frozenset({"symbol", "qty", "all_or_none", "limit_price"})
