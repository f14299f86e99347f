from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CashMerger")


@_attrs_define
class CashMerger:
    """A merger in which holders of the acquiree receive cash."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    acquiree_symbol: str
    acquiree_cusip: str
    rate: float
    """ Cash paid per acquiree share. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    effective_date: datetime.date
    """ Date the action takes effect for holders. """
    acquirer_symbol: str | Unset = UNSET
    acquirer_cusip: str | Unset = UNSET
    acquirer_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    acquiree_isin: str | Unset = UNSET
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

        acquiree_symbol = self.acquiree_symbol

        acquiree_cusip = self.acquiree_cusip

        rate = self.rate

        process_date = self.process_date.isoformat()

        effective_date = self.effective_date.isoformat()

        acquirer_symbol = self.acquirer_symbol

        acquirer_cusip = self.acquirer_cusip

        acquirer_isin = self.acquirer_isin

        acquiree_isin = self.acquiree_isin

        currency = self.currency

        payable_date: str | Unset = UNSET
        if not isinstance(self.payable_date, Unset):
            payable_date = self.payable_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "acquiree_symbol": acquiree_symbol,
                "acquiree_cusip": acquiree_cusip,
                "rate": rate,
                "process_date": process_date,
                "effective_date": effective_date,
            }
        )
        if acquirer_symbol is not UNSET:
            field_dict["acquirer_symbol"] = acquirer_symbol
        if acquirer_cusip is not UNSET:
            field_dict["acquirer_cusip"] = acquirer_cusip
        if acquirer_isin is not UNSET:
            field_dict["acquirer_isin"] = acquirer_isin
        if acquiree_isin is not UNSET:
            field_dict["acquiree_isin"] = acquiree_isin
        if currency is not UNSET:
            field_dict["currency"] = currency
        if payable_date is not UNSET:
            field_dict["payable_date"] = payable_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        acquiree_symbol = _data.pop("acquiree_symbol")

        acquiree_cusip = _data.pop("acquiree_cusip")

        rate = _data.pop("rate")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        effective_date = datetime.date.fromisoformat(_data.pop("effective_date"))

        acquirer_symbol = _data.pop("acquirer_symbol", UNSET)

        acquirer_cusip = _data.pop("acquirer_cusip", UNSET)

        acquirer_isin = _data.pop("acquirer_isin", UNSET)

        acquiree_isin = _data.pop("acquiree_isin", UNSET)

        currency = _data.pop("currency", UNSET)

        _payable_date = _data.pop("payable_date", UNSET)
        payable_date: datetime.date | Unset
        if isinstance(_payable_date, Unset):
            payable_date = UNSET
        else:
            payable_date = datetime.date.fromisoformat(_payable_date)

        cash_merger = cls(
            id=id,
            acquiree_symbol=acquiree_symbol,
            acquiree_cusip=acquiree_cusip,
            rate=rate,
            process_date=process_date,
            effective_date=effective_date,
            acquirer_symbol=acquirer_symbol,
            acquirer_cusip=acquirer_cusip,
            acquirer_isin=acquirer_isin,
            acquiree_isin=acquiree_isin,
            currency=currency,
            payable_date=payable_date,
        )

        cash_merger.additional_properties = _data
        cash_merger.raw = dict(src_dict)
        return cash_merger

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
