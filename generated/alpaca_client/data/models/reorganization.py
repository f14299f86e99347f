from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.reorganization_stock_movement import ReorganizationStockMovement


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
    isin: str | None = None
    """ ISIN; may be empty for US actions. """
    cash_rate: Decimal | None = None
    """ Cash paid per share held. """
    currency: str | None = None
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    stock_movements: list[ReorganizationStockMovement] | None = None
    """ Securities delivered, one entry per new security. """
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
        field_dict["process_date"] = self.process_date.isoformat()
        field_dict["effective_date"] = self.effective_date.isoformat()
        if self.isin is not None:
            field_dict["isin"] = self.isin
        if self.cash_rate is not None:
            field_dict["cash_rate"] = float(self.cash_rate)
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.stock_movements is not None:
            field_dict["stock_movements"] = [item0.to_dict() for item0 in self.stock_movements]
        if self.payable_date is not None:
            field_dict["payable_date"] = self.payable_date.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.reorganization_stock_movement import ReorganizationStockMovement  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _symbol = data["symbol"]
            _cusip = data["cusip"]
            _process_date = data["process_date"]
            _effective_date = data["effective_date"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _isin = data.get("isin")
        _cash_rate = data.get("cash_rate")
        _currency = data.get("currency")
        _stock_movements = data.get("stock_movements")
        _payable_date = data.get("payable_date")
        result = cls(
            id=parsing.string(_id, "id"),
            symbol=parsing.string(_symbol, "symbol"),
            cusip=parsing.string(_cusip, "cusip"),
            process_date=parsing.date(_process_date, "process_date"),
            effective_date=parsing.date(_effective_date, "effective_date"),
            isin=None if _isin is None else parsing.string(_isin, "isin"),
            cash_rate=None
            if _cash_rate is None
            else parsing.decimal_number(_cash_rate, "cash_rate"),
            currency=None if _currency is None else parsing.string(_currency, "currency"),
            stock_movements=None
            if _stock_movements is None
            else parsing.array(
                lambda value0, key0: parsing.model(
                    ReorganizationStockMovement.from_dict, value0, key0
                ),
                _stock_movements,
                "stock_movements",
            ),
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
        "cusip",
        "process_date",
        "effective_date",
        "isin",
        "cash_rate",
        "currency",
        "stock_movements",
        "payable_date",
    }
)
