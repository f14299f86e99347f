from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class SpinOff:
    """A spin-off of a new security from a source security."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    source_symbol: str
    source_cusip: str
    source_rate: Decimal
    """ Shares of the source security held. """
    new_symbol: str
    new_cusip: str
    new_rate: Decimal
    """ Shares of the new security received per source_rate shares. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    ex_date: datetime.date
    """ First day the security trades without the benefit. """
    source_isin: str | None = None
    """ ISIN; may be empty for US actions. """
    new_isin: str | None = None
    """ ISIN; may be empty for US actions. """
    currency: str | None = None
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    record_date: datetime.date | None = None
    """ Holders on this date receive the benefit. """
    payable_date: datetime.date | None = None
    """ Date the benefit is paid or delivered. """
    due_bill_redemption_date: datetime.date | None = None
    """ Date due bills are redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["source_symbol"] = self.source_symbol
        field_dict["source_cusip"] = self.source_cusip
        field_dict["source_rate"] = float(self.source_rate)
        field_dict["new_symbol"] = self.new_symbol
        field_dict["new_cusip"] = self.new_cusip
        field_dict["new_rate"] = float(self.new_rate)
        field_dict["process_date"] = self.process_date.isoformat()
        field_dict["ex_date"] = self.ex_date.isoformat()
        if self.source_isin is not None:
            field_dict["source_isin"] = self.source_isin
        if self.new_isin is not None:
            field_dict["new_isin"] = self.new_isin
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.record_date is not None:
            field_dict["record_date"] = self.record_date.isoformat()
        if self.payable_date is not None:
            field_dict["payable_date"] = self.payable_date.isoformat()
        if self.due_bill_redemption_date is not None:
            field_dict["due_bill_redemption_date"] = self.due_bill_redemption_date.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _source_symbol = data["source_symbol"]
            _source_cusip = data["source_cusip"]
            _source_rate = data["source_rate"]
            _new_symbol = data["new_symbol"]
            _new_cusip = data["new_cusip"]
            _new_rate = data["new_rate"]
            _process_date = data["process_date"]
            _ex_date = data["ex_date"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _source_isin = data.get("source_isin")
        _new_isin = data.get("new_isin")
        _currency = data.get("currency")
        _record_date = data.get("record_date")
        _payable_date = data.get("payable_date")
        _due_bill_redemption_date = data.get("due_bill_redemption_date")
        result = cls(
            id=parsing.string(_id, "id"),
            source_symbol=parsing.string(_source_symbol, "source_symbol"),
            source_cusip=parsing.string(_source_cusip, "source_cusip"),
            source_rate=parsing.decimal_number(_source_rate, "source_rate"),
            new_symbol=parsing.string(_new_symbol, "new_symbol"),
            new_cusip=parsing.string(_new_cusip, "new_cusip"),
            new_rate=parsing.decimal_number(_new_rate, "new_rate"),
            process_date=parsing.date(_process_date, "process_date"),
            ex_date=parsing.date(_ex_date, "ex_date"),
            source_isin=None
            if _source_isin is None
            else parsing.string(_source_isin, "source_isin"),
            new_isin=None if _new_isin is None else parsing.string(_new_isin, "new_isin"),
            currency=None if _currency is None else parsing.string(_currency, "currency"),
            record_date=None if _record_date is None else parsing.date(_record_date, "record_date"),
            payable_date=None
            if _payable_date is None
            else parsing.date(_payable_date, "payable_date"),
            due_bill_redemption_date=None
            if _due_bill_redemption_date is None
            else parsing.date(_due_bill_redemption_date, "due_bill_redemption_date"),
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
        "source_symbol",
        "source_cusip",
        "source_rate",
        "new_symbol",
        "new_cusip",
        "new_rate",
        "process_date",
        "ex_date",
        "source_isin",
        "new_isin",
        "currency",
        "record_date",
        "payable_date",
        "due_bill_redemption_date",
    }
)
