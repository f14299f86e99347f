from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorthlessRemoval")


@_attrs_define
class WorthlessRemoval:
    """Removal of a security that became worthless."""

    id: str
    """ Alpaca's ID of the corporate action (a UUID). """
    symbol: str
    cusip: str
    process_date: datetime.date
    """ Date Alpaca processes the action. """
    isin: str | Unset = UNSET
    """ ISIN; may be empty for US actions. """
    currency: str | Unset = UNSET
    """ ISO 4217 code of the amounts; empty can mean USD, not applicable or not known yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        symbol = self.symbol

        cusip = self.cusip

        process_date = self.process_date.isoformat()

        isin = self.isin

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "symbol": symbol,
                "cusip": cusip,
                "process_date": process_date,
            }
        )
        if isin is not UNSET:
            field_dict["isin"] = isin
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        symbol = _data.pop("symbol")

        cusip = _data.pop("cusip")

        process_date = datetime.date.fromisoformat(_data.pop("process_date"))

        isin = _data.pop("isin", UNSET)

        currency = _data.pop("currency", UNSET)

        worthless_removal = cls(
            id=id,
            symbol=symbol,
            cusip=cusip,
            process_date=process_date,
            isin=isin,
            currency=currency,
        )

        worthless_removal.additional_properties = _data
        worthless_removal.raw = dict(src_dict)
        return worthless_removal

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
