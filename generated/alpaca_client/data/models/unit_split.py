from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class UnitSplit:
    """A unit split into new and alternate securities."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    old_symbol: str
    old_cusip: str
    old_rate: Decimal
    """ Units of the old security given up. """
    new_symbol: str
    new_cusip: str
    new_rate: Decimal
    """ Units of the new security received per old_rate units. """
    alternate_symbol: str
    alternate_cusip: str
    alternate_rate: Decimal
    """ Units of the alternate security received per old_rate units. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    effective_date: datetime.date
    """ Date the action takes effect for holders. """
    old_isin: str | None = None
    """ ISIN; may be empty for US actions. """
    new_isin: str | None = None
    """ ISIN; may be empty for US actions. """
    alternate_isin: str | None = None
    """ ISIN; may be empty for US actions. """
    currency: str | None = None
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    payable_date: datetime.date | None = None
    """ Date the benefit is paid or delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["old_symbol"] = self.old_symbol
        field_dict["old_cusip"] = self.old_cusip
        field_dict["old_rate"] = float(self.old_rate)
        field_dict["new_symbol"] = self.new_symbol
        field_dict["new_cusip"] = self.new_cusip
        field_dict["new_rate"] = float(self.new_rate)
        field_dict["alternate_symbol"] = self.alternate_symbol
        field_dict["alternate_cusip"] = self.alternate_cusip
        field_dict["alternate_rate"] = float(self.alternate_rate)
        field_dict["process_date"] = self.process_date.isoformat()
        field_dict["effective_date"] = self.effective_date.isoformat()
        if self.old_isin is not None:
            field_dict["old_isin"] = self.old_isin
        if self.new_isin is not None:
            field_dict["new_isin"] = self.new_isin
        if self.alternate_isin is not None:
            field_dict["alternate_isin"] = self.alternate_isin
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.payable_date is not None:
            field_dict["payable_date"] = self.payable_date.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _old_symbol = data["old_symbol"]
            _old_cusip = data["old_cusip"]
            _old_rate = data["old_rate"]
            _new_symbol = data["new_symbol"]
            _new_cusip = data["new_cusip"]
            _new_rate = data["new_rate"]
            _alternate_symbol = data["alternate_symbol"]
            _alternate_cusip = data["alternate_cusip"]
            _alternate_rate = data["alternate_rate"]
            _process_date = data["process_date"]
            _effective_date = data["effective_date"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _old_isin = data.get("old_isin")
        _new_isin = data.get("new_isin")
        _alternate_isin = data.get("alternate_isin")
        _currency = data.get("currency")
        _payable_date = data.get("payable_date")
        result = cls(
            id=parsing.string(_id, "id"),
            old_symbol=parsing.string(_old_symbol, "old_symbol"),
            old_cusip=parsing.string(_old_cusip, "old_cusip"),
            old_rate=parsing.decimal_number(_old_rate, "old_rate"),
            new_symbol=parsing.string(_new_symbol, "new_symbol"),
            new_cusip=parsing.string(_new_cusip, "new_cusip"),
            new_rate=parsing.decimal_number(_new_rate, "new_rate"),
            alternate_symbol=parsing.string(_alternate_symbol, "alternate_symbol"),
            alternate_cusip=parsing.string(_alternate_cusip, "alternate_cusip"),
            alternate_rate=parsing.decimal_number(_alternate_rate, "alternate_rate"),
            process_date=parsing.date(_process_date, "process_date"),
            effective_date=parsing.date(_effective_date, "effective_date"),
            old_isin=None if _old_isin is None else parsing.string(_old_isin, "old_isin"),
            new_isin=None if _new_isin is None else parsing.string(_new_isin, "new_isin"),
            alternate_isin=None
            if _alternate_isin is None
            else parsing.string(_alternate_isin, "alternate_isin"),
            currency=None if _currency is None else parsing.string(_currency, "currency"),
            payable_date=None
            if _payable_date is None
            else parsing.date(_payable_date, "payable_date"),
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
        "old_symbol",
        "old_cusip",
        "old_rate",
        "new_symbol",
        "new_cusip",
        "new_rate",
        "alternate_symbol",
        "alternate_cusip",
        "alternate_rate",
        "process_date",
        "effective_date",
        "old_isin",
        "new_isin",
        "alternate_isin",
        "currency",
        "payable_date",
    }
)
