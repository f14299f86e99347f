from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class Redemption:
    """A redemption of a security."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    symbol: str
    cusip: str
    rate: Decimal
    """ Cash paid per share. """
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    isin: str | None = None
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
        field_dict["symbol"] = self.symbol
        field_dict["cusip"] = self.cusip
        field_dict["rate"] = float(self.rate)
        field_dict["process_date"] = self.process_date.isoformat()
        if self.isin is not None:
            field_dict["isin"] = self.isin
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
            _symbol = data["symbol"]
            _cusip = data["cusip"]
            _rate = data["rate"]
            _process_date = data["process_date"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _isin = data.get("isin")
        _currency = data.get("currency")
        _payable_date = data.get("payable_date")
        result = cls(
            id=parsing.string(_id, "id"),
            symbol=parsing.string(_symbol, "symbol"),
            cusip=parsing.string(_cusip, "cusip"),
            rate=parsing.decimal_number(_rate, "rate"),
            process_date=parsing.date(_process_date, "process_date"),
            isin=None if _isin is None else parsing.string(_isin, "isin"),
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
    {"id", "symbol", "cusip", "rate", "process_date", "isin", "currency", "payable_date"}
)
