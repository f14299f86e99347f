from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RightsDistribution")


@_attrs_define
class RightsDistribution:
    """A distribution of rights on a source security."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    source_symbol: str
    source_cusip: str
    new_symbol: str
    new_cusip: str
    rate: float
    """ Rights received per share held. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    ex_date: datetime.date
    """ First day the security trades without the benefit. """
    payable_date: datetime.date
    """ Date the benefit is paid or delivered. """
    source_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    new_isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    record_date: datetime.date | Unset = UNSET
    """ Holders on this date receive the benefit. """
    expiration_date: datetime.date | Unset = UNSET
    """ Date the rights expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_symbol = self.source_symbol

        source_cusip = self.source_cusip

        new_symbol = self.new_symbol

        new_cusip = self.new_cusip

        rate = self.rate

        process_date = self.process_date.isoformat()

        ex_date = self.ex_date.isoformat()

        payable_date = self.payable_date.isoformat()

        source_isin = self.source_isin

        new_isin = self.new_isin

        currency = self.currency

        record_date: str | Unset = UNSET
        if not isinstance(self.record_date, Unset):
            record_date = self.record_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_symbol": source_symbol,
                "source_cusip": source_cusip,
                "new_symbol": new_symbol,
                "new_cusip": new_cusip,
                "rate": rate,
                "process_date": process_date,
                "ex_date": ex_date,
                "payable_date": payable_date,
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
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        source_symbol = _data.pop("source_symbol")

        source_cusip = _data.pop("source_cusip")

        new_symbol = _data.pop("new_symbol")

        new_cusip = _data.pop("new_cusip")

        rate = _data.pop("rate")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        ex_date = datetime.date.fromisoformat(_data.pop("ex_date"))

        payable_date = datetime.date.fromisoformat(_data.pop("payable_date"))

        source_isin = _data.pop("source_isin", UNSET)

        new_isin = _data.pop("new_isin", UNSET)

        currency = _data.pop("currency", UNSET)

        _record_date = _data.pop("record_date", UNSET)
        record_date: datetime.date | Unset
        if isinstance(_record_date, Unset):
            record_date = UNSET
        else:
            record_date = datetime.date.fromisoformat(_record_date)

        _expiration_date = _data.pop("expiration_date", UNSET)
        expiration_date: datetime.date | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.date.fromisoformat(_expiration_date)

        rights_distribution = cls(
            id=id,
            source_symbol=source_symbol,
            source_cusip=source_cusip,
            new_symbol=new_symbol,
            new_cusip=new_cusip,
            rate=rate,
            process_date=process_date,
            ex_date=ex_date,
            payable_date=payable_date,
            source_isin=source_isin,
            new_isin=new_isin,
            currency=currency,
            record_date=record_date,
            expiration_date=expiration_date,
        )

        rights_distribution.additional_properties = _data
        rights_distribution.raw = dict(src_dict)
        return rights_distribution

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
