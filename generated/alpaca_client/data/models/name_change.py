from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NameChange")


@_attrs_define
class NameChange:
    """A change of ticker and/or CUSIP."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    old_symbol: str
    old_cusip: str
    new_symbol: str
    new_cusip: str
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    old_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    new_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        old_symbol = self.old_symbol

        old_cusip = self.old_cusip

        new_symbol = self.new_symbol

        new_cusip = self.new_cusip

        process_date = self.process_date.isoformat()

        old_isin = self.old_isin

        new_isin = self.new_isin

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "old_symbol": old_symbol,
                "old_cusip": old_cusip,
                "new_symbol": new_symbol,
                "new_cusip": new_cusip,
                "process_date": process_date,
            }
        )
        if old_isin is not UNSET:
            field_dict["old_isin"] = old_isin
        if new_isin is not UNSET:
            field_dict["new_isin"] = new_isin
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        old_symbol = _data.pop("old_symbol")

        old_cusip = _data.pop("old_cusip")

        new_symbol = _data.pop("new_symbol")

        new_cusip = _data.pop("new_cusip")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        old_isin = _data.pop("old_isin", UNSET)

        new_isin = _data.pop("new_isin", UNSET)

        currency = _data.pop("currency", UNSET)

        name_change = cls(
            id=id,
            old_symbol=old_symbol,
            old_cusip=old_cusip,
            new_symbol=new_symbol,
            new_cusip=new_cusip,
            process_date=process_date,
            old_isin=old_isin,
            new_isin=new_isin,
            currency=currency,
        )

        name_change.additional_properties = _data
        name_change.raw = dict(src_dict)
        return name_change

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
