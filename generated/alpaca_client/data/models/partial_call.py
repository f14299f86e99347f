from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partial_call_lottery_type import PartialCallLotteryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialCall")


@_attrs_define
class PartialCall:
    """A call (early redemption) of part of an issue, picked by lottery."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    symbol: str
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    cusip: str | Unset = UNSET
    isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    price: float | Unset = UNSET
    """ Call price. """
    dividend_rate: float | Unset = UNSET
    """ Dividend rate of the called security. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    lottery_type: PartialCallLotteryType | Unset = UNSET
    """ Lottery round of a partial call. """
    lottery_date: datetime.date | Unset = UNSET
    """ Date the lottery picks the called units. """
    results_publication_date: datetime.date | Unset = UNSET
    """ Date the lottery results are published. """
    record_date: datetime.date | Unset = UNSET
    """ Holders on this date receive the benefit. """
    payable_date: datetime.date | Unset = UNSET
    """ Date the benefit is paid or delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol

        process_date = self.process_date.isoformat()

        cusip = self.cusip

        isin = self.isin

        price = self.price

        dividend_rate = self.dividend_rate

        currency = self.currency

        lottery_type: str | Unset = UNSET
        if not isinstance(self.lottery_type, Unset):
            lottery_type = self.lottery_type.value

        lottery_date: str | Unset = UNSET
        if not isinstance(self.lottery_date, Unset):
            lottery_date = self.lottery_date.isoformat()

        results_publication_date: str | Unset = UNSET
        if not isinstance(self.results_publication_date, Unset):
            results_publication_date = self.results_publication_date.isoformat()

        record_date: str | Unset = UNSET
        if not isinstance(self.record_date, Unset):
            record_date = self.record_date.isoformat()

        payable_date: str | Unset = UNSET
        if not isinstance(self.payable_date, Unset):
            payable_date = self.payable_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "process_date": process_date,
            }
        )
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if isin is not UNSET:
            field_dict["isin"] = isin
        if price is not UNSET:
            field_dict["price"] = price
        if dividend_rate is not UNSET:
            field_dict["dividend_rate"] = dividend_rate
        if currency is not UNSET:
            field_dict["currency"] = currency
        if lottery_type is not UNSET:
            field_dict["lottery_type"] = lottery_type
        if lottery_date is not UNSET:
            field_dict["lottery_date"] = lottery_date
        if results_publication_date is not UNSET:
            field_dict["results_publication_date"] = results_publication_date
        if record_date is not UNSET:
            field_dict["record_date"] = record_date
        if payable_date is not UNSET:
            field_dict["payable_date"] = payable_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        symbol = _data.pop("symbol")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        cusip = _data.pop("cusip", UNSET)

        isin = _data.pop("isin", UNSET)

        price = _data.pop("price", UNSET)

        dividend_rate = _data.pop("dividend_rate", UNSET)

        currency = _data.pop("currency", UNSET)

        _lottery_type = _data.pop("lottery_type", UNSET)
        lottery_type: PartialCallLotteryType | Unset
        if isinstance(_lottery_type, Unset):
            lottery_type = UNSET
        else:
            lottery_type = PartialCallLotteryType(_lottery_type)

        _lottery_date = _data.pop("lottery_date", UNSET)
        lottery_date: datetime.date | Unset
        if isinstance(_lottery_date, Unset):
            lottery_date = UNSET
        else:
            lottery_date = datetime.date.fromisoformat(_lottery_date)

        _results_publication_date = _data.pop("results_publication_date", UNSET)
        results_publication_date: datetime.date | Unset
        if isinstance(_results_publication_date, Unset):
            results_publication_date = UNSET
        else:
            results_publication_date = datetime.date.fromisoformat(_results_publication_date)

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

        partial_call = cls(
            id=id,
            symbol=symbol,
            process_date=process_date,
            cusip=cusip,
            isin=isin,
            price=price,
            dividend_rate=dividend_rate,
            currency=currency,
            lottery_type=lottery_type,
            lottery_date=lottery_date,
            results_publication_date=results_publication_date,
            record_date=record_date,
            payable_date=payable_date,
        )

        partial_call.additional_properties = _data
        partial_call.raw = dict(src_dict)
        return partial_call

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
