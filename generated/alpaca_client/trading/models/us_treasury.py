from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.bond_status import BondStatus
from ..models.coupon_frequency import CouponFrequency
from ..models.coupon_type import CouponType
from ..models.treasury_subtype import TreasurySubtype


@_attrs_define
class UsTreasury:
    cusip: str
    isin: str
    bond_status: BondStatus
    tradable: bool
    subtype: TreasurySubtype
    issue_date: datetime.date
    maturity_date: datetime.date
    description: str
    description_short: str
    coupon: Decimal
    """ Annual coupon rate, percent of par. """
    coupon_type: CouponType
    coupon_frequency: CouponFrequency
    close_price: Decimal | None = None
    """ Last close, percent of par. """
    close_price_date: datetime.date | None = None
    close_yield_to_maturity: Decimal | None = None
    close_yield_to_worst: Decimal | None = None
    first_coupon_date: datetime.date | None = None
    last_coupon_date: datetime.date | None = None
    next_coupon_date: datetime.date | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["cusip"] = self.cusip
        field_dict["isin"] = self.isin
        field_dict["bond_status"] = self.bond_status.value
        field_dict["tradable"] = self.tradable
        field_dict["subtype"] = self.subtype.value
        field_dict["issue_date"] = self.issue_date.isoformat()
        field_dict["maturity_date"] = self.maturity_date.isoformat()
        field_dict["description"] = self.description
        field_dict["description_short"] = self.description_short
        field_dict["coupon"] = format(self.coupon, "f")
        field_dict["coupon_type"] = self.coupon_type.value
        field_dict["coupon_frequency"] = self.coupon_frequency.value
        if self.close_price is not None:
            field_dict["close_price"] = format(self.close_price, "f")
        if self.close_price_date is not None:
            field_dict["close_price_date"] = self.close_price_date.isoformat()
        if self.close_yield_to_maturity is not None:
            field_dict["close_yield_to_maturity"] = format(self.close_yield_to_maturity, "f")
        if self.close_yield_to_worst is not None:
            field_dict["close_yield_to_worst"] = format(self.close_yield_to_worst, "f")
        if self.first_coupon_date is not None:
            field_dict["first_coupon_date"] = self.first_coupon_date.isoformat()
        if self.last_coupon_date is not None:
            field_dict["last_coupon_date"] = self.last_coupon_date.isoformat()
        if self.next_coupon_date is not None:
            field_dict["next_coupon_date"] = self.next_coupon_date.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _cusip = data["cusip"]
            _isin = data["isin"]
            _bond_status = data["bond_status"]
            _tradable = data["tradable"]
            _subtype = data["subtype"]
            _issue_date = data["issue_date"]
            _maturity_date = data["maturity_date"]
            _description = data["description"]
            _description_short = data["description_short"]
            _coupon = data["coupon"]
            _coupon_type = data["coupon_type"]
            _coupon_frequency = data["coupon_frequency"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _close_price = data.get("close_price")
        _close_price_date = data.get("close_price_date")
        _close_yield_to_maturity = data.get("close_yield_to_maturity")
        _close_yield_to_worst = data.get("close_yield_to_worst")
        _first_coupon_date = data.get("first_coupon_date")
        _last_coupon_date = data.get("last_coupon_date")
        _next_coupon_date = data.get("next_coupon_date")
        result = cls(
            cusip=parsing.string(_cusip, "cusip"),
            isin=parsing.string(_isin, "isin"),
            bond_status=parsing.str_enum(BondStatus, _bond_status, "bond_status"),
            tradable=parsing.boolean(_tradable, "tradable"),
            subtype=parsing.str_enum(TreasurySubtype, _subtype, "subtype"),
            issue_date=parsing.date(_issue_date, "issue_date"),
            maturity_date=parsing.date(_maturity_date, "maturity_date"),
            description=parsing.string(_description, "description"),
            description_short=parsing.string(_description_short, "description_short"),
            coupon=parsing.decimal(_coupon, "coupon"),
            coupon_type=parsing.str_enum(CouponType, _coupon_type, "coupon_type"),
            coupon_frequency=parsing.str_enum(
                CouponFrequency, _coupon_frequency, "coupon_frequency"
            ),
            close_price=None
            if _close_price is None
            else parsing.decimal(_close_price, "close_price"),
            close_price_date=None
            if _close_price_date is None
            else parsing.date(_close_price_date, "close_price_date"),
            close_yield_to_maturity=None
            if _close_yield_to_maturity is None
            else parsing.decimal(_close_yield_to_maturity, "close_yield_to_maturity"),
            close_yield_to_worst=None
            if _close_yield_to_worst is None
            else parsing.decimal(_close_yield_to_worst, "close_yield_to_worst"),
            first_coupon_date=None
            if _first_coupon_date is None
            else parsing.date(_first_coupon_date, "first_coupon_date"),
            last_coupon_date=None
            if _last_coupon_date is None
            else parsing.date(_last_coupon_date, "last_coupon_date"),
            next_coupon_date=None
            if _next_coupon_date is None
            else parsing.date(_next_coupon_date, "next_coupon_date"),
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
        "cusip",
        "isin",
        "bond_status",
        "tradable",
        "subtype",
        "issue_date",
        "maturity_date",
        "description",
        "description_short",
        "coupon",
        "coupon_type",
        "coupon_frequency",
        "close_price",
        "close_price_date",
        "close_yield_to_maturity",
        "close_yield_to_worst",
        "first_coupon_date",
        "last_coupon_date",
        "next_coupon_date",
    }
)
