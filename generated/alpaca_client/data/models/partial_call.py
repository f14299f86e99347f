from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.partial_call_lottery_type import PartialCallLotteryType


@_attrs_define
class PartialCall:
    """A call (early redemption) of part of an issue, picked by lottery."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    symbol: str
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    cusip: str | None = None
    isin: str | None = None
    """ ISIN; may be empty for US actions. """
    price: Decimal | None = None
    """ Call price. """
    dividend_rate: Decimal | None = None
    """ Dividend rate of the called security. """
    currency: str | None = None
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    lottery_type: PartialCallLotteryType | None = None
    """ Lottery round of a partial call. """
    lottery_date: datetime.date | None = None
    """ Date the lottery picks the called units. """
    results_publication_date: datetime.date | None = None
    """ Date the lottery results are published. """
    record_date: datetime.date | None = None
    """ Holders on this date receive the benefit. """
    payable_date: datetime.date | None = None
    """ Date the benefit is paid or delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["symbol"] = self.symbol
        field_dict["process_date"] = self.process_date.isoformat()
        if self.cusip is not None:
            field_dict["cusip"] = self.cusip
        if self.isin is not None:
            field_dict["isin"] = self.isin
        if self.price is not None:
            field_dict["price"] = float(self.price)
        if self.dividend_rate is not None:
            field_dict["dividend_rate"] = float(self.dividend_rate)
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.lottery_type is not None:
            field_dict["lottery_type"] = self.lottery_type.value
        if self.lottery_date is not None:
            field_dict["lottery_date"] = self.lottery_date.isoformat()
        if self.results_publication_date is not None:
            field_dict["results_publication_date"] = self.results_publication_date.isoformat()
        if self.record_date is not None:
            field_dict["record_date"] = self.record_date.isoformat()
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
            _process_date = data["process_date"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _cusip = data.get("cusip")
        _isin = data.get("isin")
        _price = data.get("price")
        _dividend_rate = data.get("dividend_rate")
        _currency = data.get("currency")
        _lottery_type = data.get("lottery_type")
        _lottery_date = data.get("lottery_date")
        _results_publication_date = data.get("results_publication_date")
        _record_date = data.get("record_date")
        _payable_date = data.get("payable_date")
        result = cls(
            id=parsing.string(_id, "id"),
            symbol=parsing.string(_symbol, "symbol"),
            process_date=parsing.date(_process_date, "process_date"),
            cusip=None if _cusip is None else parsing.string(_cusip, "cusip"),
            isin=None if _isin is None else parsing.string(_isin, "isin"),
            price=None if _price is None else parsing.decimal_number(_price, "price"),
            dividend_rate=None
            if _dividend_rate is None
            else parsing.decimal_number(_dividend_rate, "dividend_rate"),
            currency=None if _currency is None else parsing.string(_currency, "currency"),
            lottery_type=None
            if _lottery_type is None
            else parsing.str_enum(PartialCallLotteryType, _lottery_type, "lottery_type"),
            lottery_date=None
            if _lottery_date is None
            else parsing.date(_lottery_date, "lottery_date"),
            results_publication_date=None
            if _results_publication_date is None
            else parsing.date(_results_publication_date, "results_publication_date"),
            record_date=None if _record_date is None else parsing.date(_record_date, "record_date"),
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
        "symbol",
        "process_date",
        "cusip",
        "isin",
        "price",
        "dividend_rate",
        "currency",
        "lottery_type",
        "lottery_date",
        "results_publication_date",
        "record_date",
        "payable_date",
    }
)
