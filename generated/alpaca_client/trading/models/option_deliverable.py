from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.option_deliverable_type import OptionDeliverableType
from ..models.option_settlement_method import OptionSettlementMethod
from ..models.option_settlement_type import OptionSettlementType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OptionDeliverable")


@_attrs_define
class OptionDeliverable:
    type_: OptionDeliverableType
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
    asset_id: str | Unset = UNSET
    """ Absent for cash deliverables. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        symbol = self.symbol

        amount: None | str
        if isinstance(self.amount, Decimal):
            amount = format(self.amount, "f")
        else:
            amount = self.amount

        allocation_percentage = format(self.allocation_percentage, "f")

        settlement_type = self.settlement_type.value

        settlement_method = self.settlement_method.value

        delayed_settlement = self.delayed_settlement

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "symbol": symbol,
                "amount": amount,
                "allocation_percentage": allocation_percentage,
                "settlement_type": settlement_type,
                "settlement_method": settlement_method,
                "delayed_settlement": delayed_settlement,
            }
        )
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        type_ = OptionDeliverableType(_data.pop("type"))

        symbol = _data.pop("symbol")

        def _parse_amount(data: object) -> Decimal | None:
            if data is None:
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                amount_type_0 = Decimal(str(data))

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None, data)

        amount = _parse_amount(_data.pop("amount"))

        allocation_percentage = Decimal(str(_data.pop("allocation_percentage")))

        settlement_type = OptionSettlementType(_data.pop("settlement_type"))

        settlement_method = OptionSettlementMethod(_data.pop("settlement_method"))

        delayed_settlement = _data.pop("delayed_settlement")

        asset_id = _data.pop("asset_id", UNSET)

        option_deliverable = cls(
            type_=type_,
            symbol=symbol,
            amount=amount,
            allocation_percentage=allocation_percentage,
            settlement_type=settlement_type,
            settlement_method=settlement_method,
            delayed_settlement=delayed_settlement,
            asset_id=asset_id,
        )

        option_deliverable.additional_properties = _data
        option_deliverable.raw = dict(src_dict)
        return option_deliverable

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
