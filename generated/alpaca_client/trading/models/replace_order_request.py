from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advanced_instructions import AdvancedInstructions


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.qty, Unset):
            field_dict["qty"] = format(self.qty, "f")
        if not isinstance(self.notional, Unset):
            field_dict["notional"] = format(self.notional, "f")
        if not isinstance(self.time_in_force, Unset):
            field_dict["time_in_force"] = self.time_in_force.value
        if not isinstance(self.limit_price, Unset):
            field_dict["limit_price"] = format(self.limit_price, "f")
        if not isinstance(self.stop_price, Unset):
            field_dict["stop_price"] = format(self.stop_price, "f")
        if not isinstance(self.trail, Unset):
            field_dict["trail"] = format(self.trail, "f")
        if not isinstance(self.client_order_id, Unset):
            field_dict["client_order_id"] = self.client_order_id
        if not isinstance(self.advanced_instructions, Unset):
            field_dict["advanced_instructions"] = self.advanced_instructions.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.advanced_instructions import AdvancedInstructions  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        _qty = data.get("qty")
        _notional = data.get("notional")
        _time_in_force = data.get("time_in_force")
        _limit_price = data.get("limit_price")
        _stop_price = data.get("stop_price")
        _trail = data.get("trail")
        _client_order_id = data.get("client_order_id")
        _advanced_instructions = data.get("advanced_instructions")
        result = cls(
            qty=UNSET if _qty is None else parsing.decimal(_qty, "qty"),
            notional=UNSET if _notional is None else parsing.decimal(_notional, "notional"),
            time_in_force=UNSET
            if _time_in_force is None
            else parsing.str_enum(TimeInForce, _time_in_force, "time_in_force"),
            limit_price=UNSET
            if _limit_price is None
            else parsing.decimal(_limit_price, "limit_price"),
            stop_price=UNSET if _stop_price is None else parsing.decimal(_stop_price, "stop_price"),
            trail=UNSET if _trail is None else parsing.decimal(_trail, "trail"),
            client_order_id=UNSET
            if _client_order_id is None
            else parsing.string(_client_order_id, "client_order_id"),
            advanced_instructions=UNSET
            if _advanced_instructions is None
            else parsing.model(
                AdvancedInstructions.from_dict, _advanced_instructions, "advanced_instructions"
            ),
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


_KEYS: frozenset[str] = frozenset(
    {
        "qty",
        "notional",
        "time_in_force",
        "limit_price",
        "stop_price",
        "trail",
        "client_order_id",
        "advanced_instructions",
    }
)
