from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bond_status import BondStatus
from ..models.coupon_frequency import CouponFrequency
from ..models.coupon_type import CouponType
from ..models.treasury_subtype import TreasurySubtype
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsTreasury")


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
    close_price: Decimal | None | Unset = UNSET
    """ Last close, percent of par. """
    close_price_date: datetime.date | None | Unset = UNSET
    close_yield_to_maturity: Decimal | None | Unset = UNSET
    close_yield_to_worst: Decimal | None | Unset = UNSET
    first_coupon_date: datetime.date | None | Unset = UNSET
    last_coupon_date: datetime.date | None | Unset = UNSET
    next_coupon_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        cusip = self.cusip

        isin = self.isin

        bond_status = self.bond_status.value

        tradable = self.tradable

        subtype = self.subtype.value

        issue_date = self.issue_date.isoformat()

        maturity_date = self.maturity_date.isoformat()

        description = self.description

        description_short = self.description_short

        coupon = format(self.coupon, "f")

        coupon_type = self.coupon_type.value

        coupon_frequency = self.coupon_frequency.value

        close_price: None | str | Unset
        if isinstance(self.close_price, Unset):
            close_price = UNSET
        elif isinstance(self.close_price, Decimal):
            close_price = format(self.close_price, "f")
        else:
            close_price = self.close_price

        close_price_date: None | str | Unset
        if isinstance(self.close_price_date, Unset):
            close_price_date = UNSET
        elif isinstance(self.close_price_date, datetime.date):
            close_price_date = self.close_price_date.isoformat()
        else:
            close_price_date = self.close_price_date

        close_yield_to_maturity: None | str | Unset
        if isinstance(self.close_yield_to_maturity, Unset):
            close_yield_to_maturity = UNSET
        elif isinstance(self.close_yield_to_maturity, Decimal):
            close_yield_to_maturity = format(self.close_yield_to_maturity, "f")
        else:
            close_yield_to_maturity = self.close_yield_to_maturity

        close_yield_to_worst: None | str | Unset
        if isinstance(self.close_yield_to_worst, Unset):
            close_yield_to_worst = UNSET
        elif isinstance(self.close_yield_to_worst, Decimal):
            close_yield_to_worst = format(self.close_yield_to_worst, "f")
        else:
            close_yield_to_worst = self.close_yield_to_worst

        first_coupon_date: None | str | Unset
        if isinstance(self.first_coupon_date, Unset):
            first_coupon_date = UNSET
        elif isinstance(self.first_coupon_date, datetime.date):
            first_coupon_date = self.first_coupon_date.isoformat()
        else:
            first_coupon_date = self.first_coupon_date

        last_coupon_date: None | str | Unset
        if isinstance(self.last_coupon_date, Unset):
            last_coupon_date = UNSET
        elif isinstance(self.last_coupon_date, datetime.date):
            last_coupon_date = self.last_coupon_date.isoformat()
        else:
            last_coupon_date = self.last_coupon_date

        next_coupon_date: None | str | Unset
        if isinstance(self.next_coupon_date, Unset):
            next_coupon_date = UNSET
        elif isinstance(self.next_coupon_date, datetime.date):
            next_coupon_date = self.next_coupon_date.isoformat()
        else:
            next_coupon_date = self.next_coupon_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cusip": cusip,
                "isin": isin,
                "bond_status": bond_status,
                "tradable": tradable,
                "subtype": subtype,
                "issue_date": issue_date,
                "maturity_date": maturity_date,
                "description": description,
                "description_short": description_short,
                "coupon": coupon,
                "coupon_type": coupon_type,
                "coupon_frequency": coupon_frequency,
            }
        )
        if close_price is not UNSET:
            field_dict["close_price"] = close_price
        if close_price_date is not UNSET:
            field_dict["close_price_date"] = close_price_date
        if close_yield_to_maturity is not UNSET:
            field_dict["close_yield_to_maturity"] = close_yield_to_maturity
        if close_yield_to_worst is not UNSET:
            field_dict["close_yield_to_worst"] = close_yield_to_worst
        if first_coupon_date is not UNSET:
            field_dict["first_coupon_date"] = first_coupon_date
        if last_coupon_date is not UNSET:
            field_dict["last_coupon_date"] = last_coupon_date
        if next_coupon_date is not UNSET:
            field_dict["next_coupon_date"] = next_coupon_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        cusip = _data.pop("cusip")

        isin = _data.pop("isin")

        bond_status = BondStatus(_data.pop("bond_status"))

        tradable = _data.pop("tradable")

        subtype = TreasurySubtype(_data.pop("subtype"))

        issue_date = datetime.date.fromisoformat(_data.pop("issue_date"))

        maturity_date = datetime.date.fromisoformat(_data.pop("maturity_date"))

        description = _data.pop("description")

        description_short = _data.pop("description_short")

        coupon = Decimal(str(_data.pop("coupon")))

        coupon_type = CouponType(_data.pop("coupon_type"))

        coupon_frequency = CouponFrequency(_data.pop("coupon_frequency"))

        def _parse_close_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                close_price_type_0 = Decimal(str(data))

                return close_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        close_price = _parse_close_price(_data.pop("close_price", UNSET))

        def _parse_close_price_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_price_date_type_0 = datetime.date.fromisoformat(data)

                return close_price_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        close_price_date = _parse_close_price_date(_data.pop("close_price_date", UNSET))

        def _parse_close_yield_to_maturity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                close_yield_to_maturity_type_0 = Decimal(str(data))

                return close_yield_to_maturity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        close_yield_to_maturity = _parse_close_yield_to_maturity(
            _data.pop("close_yield_to_maturity", UNSET)
        )

        def _parse_close_yield_to_worst(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                close_yield_to_worst_type_0 = Decimal(str(data))

                return close_yield_to_worst_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        close_yield_to_worst = _parse_close_yield_to_worst(_data.pop("close_yield_to_worst", UNSET))

        def _parse_first_coupon_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_coupon_date_type_0 = datetime.date.fromisoformat(data)

                return first_coupon_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        first_coupon_date = _parse_first_coupon_date(_data.pop("first_coupon_date", UNSET))

        def _parse_last_coupon_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_coupon_date_type_0 = datetime.date.fromisoformat(data)

                return last_coupon_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_coupon_date = _parse_last_coupon_date(_data.pop("last_coupon_date", UNSET))

        def _parse_next_coupon_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_coupon_date_type_0 = datetime.date.fromisoformat(data)

                return next_coupon_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_coupon_date = _parse_next_coupon_date(_data.pop("next_coupon_date", UNSET))

        us_treasury = cls(
            cusip=cusip,
            isin=isin,
            bond_status=bond_status,
            tradable=tradable,
            subtype=subtype,
            issue_date=issue_date,
            maturity_date=maturity_date,
            description=description,
            description_short=description_short,
            coupon=coupon,
            coupon_type=coupon_type,
            coupon_frequency=coupon_frequency,
            close_price=close_price,
            close_price_date=close_price_date,
            close_yield_to_maturity=close_yield_to_maturity,
            close_yield_to_worst=close_yield_to_worst,
            first_coupon_date=first_coupon_date,
            last_coupon_date=last_coupon_date,
            next_coupon_date=next_coupon_date,
        )

        us_treasury.additional_properties = _data
        us_treasury.raw = dict(src_dict)
        return us_treasury

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
