from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reorganization_stock_movement import ReorganizationStockMovement


T = TypeVar("T", bound="Reorganization")


@_attrs_define
class Reorganization:
    """A reorganization paying cash and/or several new securities."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    symbol: str
    cusip: str
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    effective_date: datetime.date
    """ Date the action takes effect for holders. """
    isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    cash_rate: float | Unset = UNSET
    """ Cash paid per share held. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    stock_movements: list[ReorganizationStockMovement] | Unset = UNSET
    """ Securities delivered, one entry per new security. """
    payable_date: datetime.date | Unset = UNSET
    """ Date the benefit is paid or delivered. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol

        cusip = self.cusip

        process_date = self.process_date.isoformat()

        effective_date = self.effective_date.isoformat()

        isin = self.isin

        cash_rate = self.cash_rate

        currency = self.currency

        stock_movements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stock_movements, Unset):
            stock_movements = []
            for stock_movements_item_data in self.stock_movements:
                stock_movements_item = stock_movements_item_data.to_dict()
                stock_movements.append(stock_movements_item)

        payable_date: str | Unset = UNSET
        if not isinstance(self.payable_date, Unset):
            payable_date = self.payable_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "cusip": cusip,
                "process_date": process_date,
                "effective_date": effective_date,
            }
        )
        if isin is not UNSET:
            field_dict["isin"] = isin
        if cash_rate is not UNSET:
            field_dict["cash_rate"] = cash_rate
        if currency is not UNSET:
            field_dict["currency"] = currency
        if stock_movements is not UNSET:
            field_dict["stock_movements"] = stock_movements
        if payable_date is not UNSET:
            field_dict["payable_date"] = payable_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reorganization_stock_movement import ReorganizationStockMovement  # noqa: PLC0415

        _data = dict(src_dict)
        id = _data.pop("id")

        symbol = _data.pop("symbol")

        cusip = _data.pop("cusip")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        effective_date = datetime.date.fromisoformat(_data.pop("effective_date"))

        isin = _data.pop("isin", UNSET)

        cash_rate = _data.pop("cash_rate", UNSET)

        currency = _data.pop("currency", UNSET)

        _stock_movements = _data.pop("stock_movements", UNSET)
        stock_movements: list[ReorganizationStockMovement] | Unset = UNSET
        if _stock_movements is not UNSET:
            stock_movements = []
            for stock_movements_item_data in _stock_movements:
                stock_movements_item = ReorganizationStockMovement.from_dict(
                    stock_movements_item_data
                )

                stock_movements.append(stock_movements_item)

        _payable_date = _data.pop("payable_date", UNSET)
        payable_date: datetime.date | Unset
        if isinstance(_payable_date, Unset):
            payable_date = UNSET
        else:
            payable_date = datetime.date.fromisoformat(_payable_date)

        reorganization = cls(
            id=id,
            symbol=symbol,
            cusip=cusip,
            process_date=process_date,
            effective_date=effective_date,
            isin=isin,
            cash_rate=cash_rate,
            currency=currency,
            stock_movements=stock_movements,
            payable_date=payable_date,
        )

        reorganization.additional_properties = _data
        reorganization.raw = dict(src_dict)
        return reorganization

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
