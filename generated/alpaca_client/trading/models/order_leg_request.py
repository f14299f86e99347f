from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..models.position_intent import PositionIntent
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLegRequest")


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
        symbol = self.symbol

        ratio_qty = format(self.ratio_qty, "f")

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        position_intent: str | Unset = UNSET
        if not isinstance(self.position_intent, Unset):
            position_intent = self.position_intent.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "ratio_qty": ratio_qty,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if position_intent is not UNSET:
            field_dict["position_intent"] = position_intent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        symbol = _data.pop("symbol")

        ratio_qty = Decimal(str(_data.pop("ratio_qty")))

        _side = _data.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide(_side)

        _position_intent = _data.pop("position_intent", UNSET)
        position_intent: PositionIntent | Unset
        if isinstance(_position_intent, Unset):
            position_intent = UNSET
        else:
            position_intent = PositionIntent(_position_intent)

        order_leg_request = cls(
            symbol=symbol,
            ratio_qty=ratio_qty,
            side=side,
            position_intent=position_intent,
        )

        order_leg_request.additional_properties = _data
        order_leg_request.raw = dict(src_dict)
        return order_leg_request

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
