from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StockMerger")


@_attrs_define
class StockMerger:
    """A merger in which holders of the acquiree receive acquirer shares."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    acquirer_symbol: str
    acquirer_cusip: str
    acquirer_rate: float
    """ Acquirer shares received per acquiree_rate shares. """
    acquiree_symbol: str
    acquiree_cusip: str
    acquiree_rate: float
    """ Acquiree shares given up. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    effective_date: datetime.date
    """ Date the action takes effect for holders. """
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

        acquirer_symbol = self.acquirer_symbol

        acquirer_cusip = self.acquirer_cusip

        acquirer_rate = self.acquirer_rate

        acquiree_symbol = self.acquiree_symbol

        acquiree_cusip = self.acquiree_cusip

        acquiree_rate = self.acquiree_rate

        process_date = self.process_date.isoformat()

        effective_date = self.effective_date.isoformat()

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
                "acquirer_symbol": acquirer_symbol,
                "acquirer_cusip": acquirer_cusip,
                "acquirer_rate": acquirer_rate,
                "acquiree_symbol": acquiree_symbol,
                "acquiree_cusip": acquiree_cusip,
                "acquiree_rate": acquiree_rate,
                "process_date": process_date,
                "effective_date": effective_date,
            }
        )
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

        acquirer_symbol = _data.pop("acquirer_symbol")

        acquirer_cusip = _data.pop("acquirer_cusip")

        acquirer_rate = _data.pop("acquirer_rate")

        acquiree_symbol = _data.pop("acquiree_symbol")

        acquiree_cusip = _data.pop("acquiree_cusip")

        acquiree_rate = _data.pop("acquiree_rate")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        effective_date = datetime.date.fromisoformat(_data.pop("effective_date"))

        acquirer_isin = _data.pop("acquirer_isin", UNSET)

        acquiree_isin = _data.pop("acquiree_isin", UNSET)

        currency = _data.pop("currency", UNSET)

        _payable_date = _data.pop("payable_date", UNSET)
        payable_date: datetime.date | Unset
        if isinstance(_payable_date, Unset):
            payable_date = UNSET
        else:
            payable_date = datetime.date.fromisoformat(_payable_date)

        stock_merger = cls(
            id=id,
            acquirer_symbol=acquirer_symbol,
            acquirer_cusip=acquirer_cusip,
            acquirer_rate=acquirer_rate,
            acquiree_symbol=acquiree_symbol,
            acquiree_cusip=acquiree_cusip,
            acquiree_rate=acquiree_rate,
            process_date=process_date,
            effective_date=effective_date,
            acquirer_isin=acquirer_isin,
            acquiree_isin=acquiree_isin,
            currency=currency,
            payable_date=payable_date,
        )

        stock_merger.additional_properties = _data
        stock_merger.raw = dict(src_dict)
        return stock_merger

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
