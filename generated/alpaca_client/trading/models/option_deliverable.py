from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.option_deliverable_type import OptionDeliverableType
from ..models.option_settlement_method import OptionSettlementMethod
from ..models.option_settlement_type import OptionSettlementType


@_attrs_define
class OptionDeliverable:
    type: OptionDeliverableType
    symbol: str
    amount: Decimal | None
    """ Shares or cash delivered; null while a delayed amount is unknown. """
    allocation_percentage: Decimal
    """ Share of the cost basis given to this deliverable. """
    settlement_type: OptionSettlementType
    """ When a deliverable settles after exercise or assignment. """
    settlement_method: OptionSettlementMethod
    """ BTOB broker to broker, CADF cash difference, CAFX cash fixed, CCC correspondent clearing. """
    delayed_settlement: bool
    asset_id: str | None = None
    """ Absent for cash deliverables. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type.value
        field_dict["symbol"] = self.symbol
        field_dict["amount"] = None if self.amount is None else format(self.amount, "f")
        field_dict["allocation_percentage"] = format(self.allocation_percentage, "f")
        field_dict["settlement_type"] = self.settlement_type.value
        field_dict["settlement_method"] = self.settlement_method.value
        field_dict["delayed_settlement"] = self.delayed_settlement
        if self.asset_id is not None:
            field_dict["asset_id"] = self.asset_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _type = data["type"]
            _symbol = data["symbol"]
            _amount = data["amount"]
            _allocation_percentage = data["allocation_percentage"]
            _settlement_type = data["settlement_type"]
            _settlement_method = data["settlement_method"]
            _delayed_settlement = data["delayed_settlement"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _asset_id = data.get("asset_id")
        result = cls(
            type=parsing.str_enum(OptionDeliverableType, _type, "type"),
            symbol=parsing.string(_symbol, "symbol"),
            amount=None if _amount is None else parsing.decimal(_amount, "amount"),
            allocation_percentage=parsing.decimal(_allocation_percentage, "allocation_percentage"),
            settlement_type=parsing.str_enum(
                OptionSettlementType, _settlement_type, "settlement_type"
            ),
            settlement_method=parsing.str_enum(
                OptionSettlementMethod, _settlement_method, "settlement_method"
            ),
            delayed_settlement=parsing.boolean(_delayed_settlement, "delayed_settlement"),
            asset_id=None if _asset_id is None else parsing.string(_asset_id, "asset_id"),
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
        "type",
        "symbol",
        "amount",
        "allocation_percentage",
        "settlement_type",
        "settlement_method",
        "delayed_settlement",
        "asset_id",
    }
)
