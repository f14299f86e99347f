from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_instructions import AdvancedInstructions


T = TypeVar("T", bound="ReplaceOrderRequest")


@_attrs_define
class ReplaceOrderRequest:
    """Only the fields sent are changed."""

    qty: Decimal | Unset = UNSET
    notional: Decimal | Unset = UNSET
    """ New amount (IPO indications only); not with qty. """
    time_in_force: TimeInForce | Unset = UNSET
    limit_price: Decimal | Unset = UNSET
    stop_price: Decimal | Unset = UNSET
    trail: Decimal | Unset = UNSET
    """ New trail_price or trail_percent of a trailing stop. """
    client_order_id: str | Unset = UNSET
    advanced_instructions: AdvancedInstructions | Unset = UNSET
    """ Routing and algorithm instructions (where the account supports them). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = format(self.qty, "f")

        notional: str | Unset = UNSET
        if not isinstance(self.notional, Unset):
            notional = format(self.notional, "f")

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        limit_price: str | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = format(self.limit_price, "f")

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = format(self.stop_price, "f")

        trail: str | Unset = UNSET
        if not isinstance(self.trail, Unset):
            trail = format(self.trail, "f")

        client_order_id = self.client_order_id

        advanced_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.advanced_instructions, Unset):
            advanced_instructions = self.advanced_instructions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qty is not UNSET:
            field_dict["qty"] = qty
        if notional is not UNSET:
            field_dict["notional"] = notional
        if time_in_force is not UNSET:
            field_dict["time_in_force"] = time_in_force
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if stop_price is not UNSET:
            field_dict["stop_price"] = stop_price
        if trail is not UNSET:
            field_dict["trail"] = trail
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if advanced_instructions is not UNSET:
            field_dict["advanced_instructions"] = advanced_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_instructions import AdvancedInstructions  # noqa: PLC0415

        _data = dict(src_dict)
        _qty = _data.pop("qty", UNSET)
        qty: Decimal | Unset
        if isinstance(_qty, Unset):
            qty = UNSET
        else:
            qty = Decimal(str(_qty))

        _notional = _data.pop("notional", UNSET)
        notional: Decimal | Unset
        if isinstance(_notional, Unset):
            notional = UNSET
        else:
            notional = Decimal(str(_notional))

        _time_in_force = _data.pop("time_in_force", UNSET)
        time_in_force: TimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = TimeInForce(_time_in_force)

        _limit_price = _data.pop("limit_price", UNSET)
        limit_price: Decimal | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = Decimal(str(_limit_price))

        _stop_price = _data.pop("stop_price", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = Decimal(str(_stop_price))

        _trail = _data.pop("trail", UNSET)
        trail: Decimal | Unset
        if isinstance(_trail, Unset):
            trail = UNSET
        else:
            trail = Decimal(str(_trail))

        client_order_id = _data.pop("client_order_id", UNSET)

        _advanced_instructions = _data.pop("advanced_instructions", UNSET)
        advanced_instructions: AdvancedInstructions | Unset
        if isinstance(_advanced_instructions, Unset):
            advanced_instructions = UNSET
        else:
            advanced_instructions = AdvancedInstructions.from_dict(_advanced_instructions)

        replace_order_request = cls(
            qty=qty,
            notional=notional,
            time_in_force=time_in_force,
            limit_price=limit_price,
            stop_price=stop_price,
            trail=trail,
            client_order_id=client_order_id,
            advanced_instructions=advanced_instructions,
        )

        replace_order_request.additional_properties = _data
        replace_order_request.raw = dict(src_dict)
        return replace_order_request

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
