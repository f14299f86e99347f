from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.order_side import OrderSide
from ..models.position_intent import PositionIntent
from ..types import UNSET, Unset


@_attrs_define
class OrderLegRequest:
    symbol: str
    ratio_qty: Decimal
    side: OrderSide | Unset = UNSET
    """ Buy or sell; empty on the parent of a multi-leg order. """
    position_intent: PositionIntent | Unset = UNSET
    """ Opening or closing intent (options); may be empty on multi-leg parents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["symbol"] = self.symbol
        field_dict["ratio_qty"] = format(self.ratio_qty, "f")
        if not isinstance(self.side, Unset):
            field_dict["side"] = self.side.value
        if not isinstance(self.position_intent, Unset):
            field_dict["position_intent"] = self.position_intent.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _symbol = data["symbol"]
            _ratio_qty = data["ratio_qty"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _side = data.get("side")
        _position_intent = data.get("position_intent")
        result = cls(
            symbol=parsing.string(_symbol, "symbol"),
            ratio_qty=parsing.decimal(_ratio_qty, "ratio_qty"),
            side=UNSET if _side is None else parsing.str_enum(OrderSide, _side, "side"),
            position_intent=UNSET
            if _position_intent is None
            else parsing.str_enum(PositionIntent, _position_intent, "position_intent"),
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


_KEYS: frozenset[str] = frozenset({"symbol", "ratio_qty", "side", "position_intent"})
