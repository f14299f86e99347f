from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitSplit")


@_attrs_define
class UnitSplit:
    """A unit split into new and alternate securities."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    old_symbol: str
    old_cusip: str
    old_rate: float
    """ Units of the old security given up. """
    new_symbol: str
    new_cusip: str
    new_rate: float
    """ Units of the new security received per old_rate units. """
    alternate_symbol: str
    alternate_cusip: str
    alternate_rate: float
    """ Units of the alternate security received per old_rate units. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    effective_date: datetime.date
    """ Date the action takes effect for holders. """
    old_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    new_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    alternate_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    payable_date: datetime.date | Unset = UNSET
    """ Date the benefit is paid or delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        old_symbol = self.old_symbol

        old_cusip = self.old_cusip

        old_rate = self.old_rate

        new_symbol = self.new_symbol

        new_cusip = self.new_cusip

        new_rate = self.new_rate

        alternate_symbol = self.alternate_symbol

        alternate_cusip = self.alternate_cusip

        alternate_rate = self.alternate_rate

        process_date = self.process_date.isoformat()

        effective_date = self.effective_date.isoformat()

        old_isin = self.old_isin

        new_isin = self.new_isin

        alternate_isin = self.alternate_isin

        currency = self.currency

        payable_date: str | Unset = UNSET
        if not isinstance(self.payable_date, Unset):
            payable_date = self.payable_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "old_symbol": old_symbol,
                "old_cusip": old_cusip,
                "old_rate": old_rate,
                "new_symbol": new_symbol,
                "new_cusip": new_cusip,
                "new_rate": new_rate,
                "alternate_symbol": alternate_symbol,
                "alternate_cusip": alternate_cusip,
                "alternate_rate": alternate_rate,
                "process_date": process_date,
                "effective_date": effective_date,
            }
        )
        if old_isin is not UNSET:
            field_dict["old_isin"] = old_isin
        if new_isin is not UNSET:
            field_dict["new_isin"] = new_isin
        if alternate_isin is not UNSET:
            field_dict["alternate_isin"] = alternate_isin
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payable_date is not UNSET:
            field_dict["payable_date"] = payable_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        old_symbol = _data.pop("old_symbol")

        old_cusip = _data.pop("old_cusip")

        old_rate = _data.pop("old_rate")

        new_symbol = _data.pop("new_symbol")

        new_cusip = _data.pop("new_cusip")

        new_rate = _data.pop("new_rate")

        alternate_symbol = _data.pop("alternate_symbol")

        alternate_cusip = _data.pop("alternate_cusip")

        alternate_rate = _data.pop("alternate_rate")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        effective_date = datetime.date.fromisoformat(_data.pop("effective_date"))

        old_isin = _data.pop("old_isin", UNSET)

        new_isin = _data.pop("new_isin", UNSET)

        alternate_isin = _data.pop("alternate_isin", UNSET)

        currency = _data.pop("currency", UNSET)

        _payable_date = _data.pop("payable_date", UNSET)
        payable_date: datetime.date | Unset
        if isinstance(_payable_date, Unset):
            payable_date = UNSET
        else:
            payable_date = datetime.date.fromisoformat(_payable_date)

        unit_split = cls(
            id=id,
            old_symbol=old_symbol,
            old_cusip=old_cusip,
            old_rate=old_rate,
            new_symbol=new_symbol,
            new_cusip=new_cusip,
            new_rate=new_rate,
            alternate_symbol=alternate_symbol,
            alternate_cusip=alternate_cusip,
            alternate_rate=alternate_rate,
            process_date=process_date,
            effective_date=effective_date,
            old_isin=old_isin,
            new_isin=new_isin,
            alternate_isin=alternate_isin,
            currency=currency,
            payable_date=payable_date,
        )

        unit_split.additional_properties = _data
        unit_split.raw = dict(src_dict)
        return unit_split

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
