from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class StockAndCashMerger:
    """A merger paid in acquirer shares and cash."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    acquirer_symbol: str
    acquirer_cusip: str
    acquirer_rate: Decimal
    """ Acquirer shares received per acquiree_rate shares. """
    acquiree_symbol: str
    acquiree_cusip: str
    acquiree_rate: Decimal
    """ Acquiree shares given up. """
    cash_rate: Decimal
    """ Cash paid per share held. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    effective_date: datetime.date
    """ Date the action takes effect for holders. """
    acquirer_isin: str | None = None
    """ ISIN; may be empty for US actions. """
    acquiree_isin: str | None = None
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
        field_dict["acquirer_symbol"] = self.acquirer_symbol
        field_dict["acquirer_cusip"] = self.acquirer_cusip
        field_dict["acquirer_rate"] = float(self.acquirer_rate)
        field_dict["acquiree_symbol"] = self.acquiree_symbol
        field_dict["acquiree_cusip"] = self.acquiree_cusip
        field_dict["acquiree_rate"] = float(self.acquiree_rate)
        field_dict["cash_rate"] = float(self.cash_rate)
        field_dict["process_date"] = self.process_date.isoformat()
        field_dict["effective_date"] = self.effective_date.isoformat()
        if self.acquirer_isin is not None:
            field_dict["acquirer_isin"] = self.acquirer_isin
        if self.acquiree_isin is not None:
            field_dict["acquiree_isin"] = self.acquiree_isin
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
            _acquirer_symbol = data["acquirer_symbol"]
            _acquirer_cusip = data["acquirer_cusip"]
            _acquirer_rate = data["acquirer_rate"]
            _acquiree_symbol = data["acquiree_symbol"]
            _acquiree_cusip = data["acquiree_cusip"]
            _acquiree_rate = data["acquiree_rate"]
            _cash_rate = data["cash_rate"]
            _process_date = data["process_date"]
            _effective_date = data["effective_date"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _acquirer_isin = data.get("acquirer_isin")
        _acquiree_isin = data.get("acquiree_isin")
        _currency = data.get("currency")
        _payable_date = data.get("payable_date")
        result = cls(
            id=parsing.string(_id, "id"),
            acquirer_symbol=parsing.string(_acquirer_symbol, "acquirer_symbol"),
            acquirer_cusip=parsing.string(_acquirer_cusip, "acquirer_cusip"),
            acquirer_rate=parsing.decimal_number(_acquirer_rate, "acquirer_rate"),
            acquiree_symbol=parsing.string(_acquiree_symbol, "acquiree_symbol"),
            acquiree_cusip=parsing.string(_acquiree_cusip, "acquiree_cusip"),
            acquiree_rate=parsing.decimal_number(_acquiree_rate, "acquiree_rate"),
            cash_rate=parsing.decimal_number(_cash_rate, "cash_rate"),
            process_date=parsing.date(_process_date, "process_date"),
            effective_date=parsing.date(_effective_date, "effective_date"),
            acquirer_isin=None
            if _acquirer_isin is None
            else parsing.string(_acquirer_isin, "acquirer_isin"),
            acquiree_isin=None
            if _acquiree_isin is None
            else parsing.string(_acquiree_isin, "acquiree_isin"),
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
        "acquirer_symbol",
        "acquirer_cusip",
        "acquirer_rate",
        "acquiree_symbol",
        "acquiree_cusip",
        "acquiree_rate",
        "cash_rate",
        "process_date",
        "effective_date",
        "acquirer_isin",
        "acquiree_isin",
        "currency",
        "payable_date",
    }
)
