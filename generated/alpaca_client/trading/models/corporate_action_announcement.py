from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.corporate_action_type import CorporateActionType


@_attrs_define
class CorporateActionAnnouncement:
    """A dividend, merger, spinoff or split announced by a company."""

    id: str | None = None
    corporate_action_id: str | None = None
    corporate_actions_id: str | None = None
    ca_type: CorporateActionType | None = None
    ca_sub_type: str | None = None
    """ Finer kind, e.g. `cash` or `stock` for dividends. """
    initiating_symbol: str | None = None
    initiating_original_cusip: str | None = None
    target_symbol: str | None = None
    target_original_cusip: str | None = None
    declaration_date: datetime.date | None = None
    ex_date: datetime.date | None = None
    record_date: datetime.date | None = None
    payable_date: datetime.date | None = None
    expiration_date: datetime.date | None = None
    cash: Decimal | None = None
    """ Cash per share. """
    old_rate: Decimal | None = None
    """ Old side of the exchange ratio. """
    new_rate: Decimal | None = None
    """ New side of the exchange ratio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.corporate_action_id is not None:
            field_dict["corporate_action_id"] = self.corporate_action_id
        if self.corporate_actions_id is not None:
            field_dict["corporate_actions_id"] = self.corporate_actions_id
        if self.ca_type is not None:
            field_dict["ca_type"] = self.ca_type.value
        if self.ca_sub_type is not None:
            field_dict["ca_sub_type"] = self.ca_sub_type
        if self.initiating_symbol is not None:
            field_dict["initiating_symbol"] = self.initiating_symbol
        if self.initiating_original_cusip is not None:
            field_dict["initiating_original_cusip"] = self.initiating_original_cusip
        if self.target_symbol is not None:
            field_dict["target_symbol"] = self.target_symbol
        if self.target_original_cusip is not None:
            field_dict["target_original_cusip"] = self.target_original_cusip
        if self.declaration_date is not None:
            field_dict["declaration_date"] = self.declaration_date.isoformat()
        if self.ex_date is not None:
            field_dict["ex_date"] = self.ex_date.isoformat()
        if self.record_date is not None:
            field_dict["record_date"] = self.record_date.isoformat()
        if self.payable_date is not None:
            field_dict["payable_date"] = self.payable_date.isoformat()
        if self.expiration_date is not None:
            field_dict["expiration_date"] = self.expiration_date.isoformat()
        if self.cash is not None:
            field_dict["cash"] = format(self.cash, "f")
        if self.old_rate is not None:
            field_dict["old_rate"] = format(self.old_rate, "f")
        if self.new_rate is not None:
            field_dict["new_rate"] = format(self.new_rate, "f")
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _id = data.get("id")
        _corporate_action_id = data.get("corporate_action_id")
        _corporate_actions_id = data.get("corporate_actions_id")
        _ca_type = data.get("ca_type")
        _ca_sub_type = data.get("ca_sub_type")
        _initiating_symbol = data.get("initiating_symbol")
        _initiating_original_cusip = data.get("initiating_original_cusip")
        _target_symbol = data.get("target_symbol")
        _target_original_cusip = data.get("target_original_cusip")
        _declaration_date = data.get("declaration_date")
        _ex_date = data.get("ex_date")
        _record_date = data.get("record_date")
        _payable_date = data.get("payable_date")
        _expiration_date = data.get("expiration_date")
        _cash = data.get("cash")
        _old_rate = data.get("old_rate")
        _new_rate = data.get("new_rate")
        result = cls(
            id=None if _id is None else parsing.string(_id, "id"),
            corporate_action_id=None
            if _corporate_action_id is None
            else parsing.string(_corporate_action_id, "corporate_action_id"),
            corporate_actions_id=None
            if _corporate_actions_id is None
            else parsing.string(_corporate_actions_id, "corporate_actions_id"),
            ca_type=None
            if _ca_type is None
            else parsing.str_enum(CorporateActionType, _ca_type, "ca_type"),
            ca_sub_type=None
            if _ca_sub_type is None
            else parsing.string(_ca_sub_type, "ca_sub_type"),
            initiating_symbol=None
            if _initiating_symbol is None
            else parsing.string(_initiating_symbol, "initiating_symbol"),
            initiating_original_cusip=None
            if _initiating_original_cusip is None
            else parsing.string(_initiating_original_cusip, "initiating_original_cusip"),
            target_symbol=None
            if _target_symbol is None
            else parsing.string(_target_symbol, "target_symbol"),
            target_original_cusip=None
            if _target_original_cusip is None
            else parsing.string(_target_original_cusip, "target_original_cusip"),
            declaration_date=None
            if _declaration_date is None
            else parsing.date(_declaration_date, "declaration_date"),
            ex_date=None if _ex_date is None else parsing.date(_ex_date, "ex_date"),
            record_date=None if _record_date is None else parsing.date(_record_date, "record_date"),
            payable_date=None
            if _payable_date is None
            else parsing.date(_payable_date, "payable_date"),
            expiration_date=None
            if _expiration_date is None
            else parsing.date(_expiration_date, "expiration_date"),
            cash=None if _cash is None else parsing.decimal(_cash, "cash"),
            old_rate=None if _old_rate is None else parsing.decimal(_old_rate, "old_rate"),
            new_rate=None if _new_rate is None else parsing.decimal(_new_rate, "new_rate"),
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
        "id",
        "corporate_action_id",
        "corporate_actions_id",
        "ca_type",
        "ca_sub_type",
        "initiating_symbol",
        "initiating_original_cusip",
        "target_symbol",
        "target_original_cusip",
        "declaration_date",
        "ex_date",
        "record_date",
        "payable_date",
        "expiration_date",
        "cash",
        "old_rate",
        "new_rate",
    }
)
