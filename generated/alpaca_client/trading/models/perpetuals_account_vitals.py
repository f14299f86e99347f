from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerpetualsAccountVitals")


@_attrs_define
class PerpetualsAccountVitals:
    """Margin and collateral of the perpetuals account, in USDT."""

    total_collateral: Decimal | Unset = UNSET
    """ Value of all collateral held. """
    collateral_balance: Decimal | Unset = UNSET
    """ Total collateral plus unrealized profit/loss. """
    maintenance_margin: Decimal | Unset = UNSET
    """ Sum of the positions' maintenance margins. """
    profit_loss: Decimal | Unset = UNSET
    """ Realized plus unrealized profit/loss. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        total_collateral: str | Unset = UNSET
        if not isinstance(self.total_collateral, Unset):
            total_collateral = format(self.total_collateral, "f")

        collateral_balance: str | Unset = UNSET
        if not isinstance(self.collateral_balance, Unset):
            collateral_balance = format(self.collateral_balance, "f")

        maintenance_margin: str | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = format(self.maintenance_margin, "f")

        profit_loss: str | Unset = UNSET
        if not isinstance(self.profit_loss, Unset):
            profit_loss = format(self.profit_loss, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_collateral is not UNSET:
            field_dict["total_collateral"] = total_collateral
        if collateral_balance is not UNSET:
            field_dict["collateral_balance"] = collateral_balance
        if maintenance_margin is not UNSET:
            field_dict["maintenance_margin"] = maintenance_margin
        if profit_loss is not UNSET:
            field_dict["profit_loss"] = profit_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        _total_collateral = _data.pop("total_collateral", UNSET)
        total_collateral: Decimal | Unset
        if isinstance(_total_collateral, Unset):
            total_collateral = UNSET
        else:
            total_collateral = Decimal(str(_total_collateral))

        _collateral_balance = _data.pop("collateral_balance", UNSET)
        collateral_balance: Decimal | Unset
        if isinstance(_collateral_balance, Unset):
            collateral_balance = UNSET
        else:
            collateral_balance = Decimal(str(_collateral_balance))

        _maintenance_margin = _data.pop("maintenance_margin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = Decimal(str(_maintenance_margin))

        _profit_loss = _data.pop("profit_loss", UNSET)
        profit_loss: Decimal | Unset
        if isinstance(_profit_loss, Unset):
            profit_loss = UNSET
        else:
            profit_loss = Decimal(str(_profit_loss))

        perpetuals_account_vitals = cls(
            total_collateral=total_collateral,
            collateral_balance=collateral_balance,
            maintenance_margin=maintenance_margin,
            profit_loss=profit_loss,
        )

        perpetuals_account_vitals.additional_properties = _data
        perpetuals_account_vitals.raw = dict(src_dict)
        return perpetuals_account_vitals

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
