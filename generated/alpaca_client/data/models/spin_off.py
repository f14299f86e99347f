from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpinOff")


@_attrs_define
class SpinOff:
    """A spin-off of a new security from a source security."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    source_symbol: str
    source_cusip: str
    source_rate: float
    """ Shares of the source security held. """
    new_symbol: str
    new_cusip: str
    new_rate: float
    """ Shares of the new security received per source_rate shares. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    ex_date: datetime.date
    """ First day the security trades without the benefit. """
    source_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    new_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    record_date: datetime.date | Unset = UNSET
    """ Holders on this date receive the benefit. """
    payable_date: datetime.date | Unset = UNSET
    """ Date the benefit is paid or delivered. """
    due_bill_redemption_date: datetime.date | Unset = UNSET
    """ Date due bills are redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_symbol = self.source_symbol

        source_cusip = self.source_cusip

        source_rate = self.source_rate

        new_symbol = self.new_symbol

        new_cusip = self.new_cusip

        new_rate = self.new_rate

        process_date = self.process_date.isoformat()

        ex_date = self.ex_date.isoformat()

        source_isin = self.source_isin

        new_isin = self.new_isin

        currency = self.currency

        record_date: str | Unset = UNSET
        if not isinstance(self.record_date, Unset):
            record_date = self.record_date.isoformat()

        payable_date: str | Unset = UNSET
        if not isinstance(self.payable_date, Unset):
            payable_date = self.payable_date.isoformat()

        due_bill_redemption_date: str | Unset = UNSET
        if not isinstance(self.due_bill_redemption_date, Unset):
            due_bill_redemption_date = self.due_bill_redemption_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_symbol": source_symbol,
                "source_cusip": source_cusip,
                "source_rate": source_rate,
                "new_symbol": new_symbol,
                "new_cusip": new_cusip,
                "new_rate": new_rate,
                "process_date": process_date,
                "ex_date": ex_date,
            }
        )
        if source_isin is not UNSET:
            field_dict["source_isin"] = source_isin
        if new_isin is not UNSET:
            field_dict["new_isin"] = new_isin
        if currency is not UNSET:
            field_dict["currency"] = currency
        if record_date is not UNSET:
            field_dict["record_date"] = record_date
        if payable_date is not UNSET:
            field_dict["payable_date"] = payable_date
        if due_bill_redemption_date is not UNSET:
            field_dict["due_bill_redemption_date"] = due_bill_redemption_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        source_symbol = _data.pop("source_symbol")

        source_cusip = _data.pop("source_cusip")

        source_rate = _data.pop("source_rate")

        new_symbol = _data.pop("new_symbol")

        new_cusip = _data.pop("new_cusip")

        new_rate = _data.pop("new_rate")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        ex_date = datetime.date.fromisoformat(_data.pop("ex_date"))

        source_isin = _data.pop("source_isin", UNSET)

        new_isin = _data.pop("new_isin", UNSET)

        currency = _data.pop("currency", UNSET)

        _record_date = _data.pop("record_date", UNSET)
        record_date: datetime.date | Unset
        if isinstance(_record_date, Unset):
            record_date = UNSET
        else:
            record_date = datetime.date.fromisoformat(_record_date)

        _payable_date = _data.pop("payable_date", UNSET)
        payable_date: datetime.date | Unset
        if isinstance(_payable_date, Unset):
            payable_date = UNSET
        else:
            payable_date = datetime.date.fromisoformat(_payable_date)

        _due_bill_redemption_date = _data.pop("due_bill_redemption_date", UNSET)
        due_bill_redemption_date: datetime.date | Unset
        if isinstance(_due_bill_redemption_date, Unset):
            due_bill_redemption_date = UNSET
        else:
            due_bill_redemption_date = datetime.date.fromisoformat(_due_bill_redemption_date)

        spin_off = cls(
            id=id,
            source_symbol=source_symbol,
            source_cusip=source_cusip,
            source_rate=source_rate,
            new_symbol=new_symbol,
            new_cusip=new_cusip,
            new_rate=new_rate,
            process_date=process_date,
            ex_date=ex_date,
            source_isin=source_isin,
            new_isin=new_isin,
            currency=currency,
            record_date=record_date,
            payable_date=payable_date,
            due_bill_redemption_date=due_bill_redemption_date,
        )

        spin_off.additional_properties = _data
        spin_off.raw = dict(src_dict)
        return spin_off

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
