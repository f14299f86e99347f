from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class PerpetualsAccountVitals:
    """Margin and collateral of the perpetuals account, in USDT."""

    total_collateral: Decimal | None = None
    """ Value of all collateral held. """
    collateral_balance: Decimal | None = None
    """ Total collateral plus unrealized profit/loss. """
    maintenance_margin: Decimal | None = None
    """ Sum of the positions' maintenance margins. """
    profit_loss: Decimal | None = None
    """ Realized plus unrealized profit/loss. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total_collateral is not None:
            field_dict["total_collateral"] = format(self.total_collateral, "f")
        if self.collateral_balance is not None:
            field_dict["collateral_balance"] = format(self.collateral_balance, "f")
        if self.maintenance_margin is not None:
            field_dict["maintenance_margin"] = format(self.maintenance_margin, "f")
        if self.profit_loss is not None:
            field_dict["profit_loss"] = format(self.profit_loss, "f")
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _total_collateral = data.get("total_collateral")
        _collateral_balance = data.get("collateral_balance")
        _maintenance_margin = data.get("maintenance_margin")
        _profit_loss = data.get("profit_loss")
        result = cls(
            total_collateral=None
            if _total_collateral is None
            else parsing.decimal(_total_collateral, "total_collateral"),
            collateral_balance=None
            if _collateral_balance is None
            else parsing.decimal(_collateral_balance, "collateral_balance"),
            maintenance_margin=None
            if _maintenance_margin is None
            else parsing.decimal(_maintenance_margin, "maintenance_margin"),
            profit_loss=None
            if _profit_loss is None
            else parsing.decimal(_profit_loss, "profit_loss"),
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
    {"total_collateral", "collateral_balance", "maintenance_margin", "profit_loss"}
)
