from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bond_status import BondStatus
from ..models.call_type import CallType
from ..models.coupon_frequency import CouponFrequency
from ..models.coupon_type import CouponType
from ..models.day_count import DayCount
from ..models.sp_outlook import SpOutlook
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsCorporate")


@_attrs_define
class UsCorporate:
    isin: str
    cusip: str
    ticker: str
    """ Issuer's ticker. """
    issuer: str
    country_domicile: str
    """ Issuer's country, two-letter code. """
    sector: str
    seniority: str
    description: str
    description_short: str
    bond_status: BondStatus
    tradable: bool
    marginable: bool
    issue_date: datetime.date
    dated_date: datetime.date
    """ Date interest starts accruing. """
    perpetual: bool
    callable_: bool
    puttable: bool
    convertible: bool
    reg_s: bool
    """ Offered under Regulation S (outside the United States). """
    coupon: Decimal
    """ Annual coupon rate, percent of par. """
    coupon_type: CouponType
    coupon_frequency: CouponFrequency
    day_count: DayCount
    """ Day count convention for accrued interest (actual or 30-day months over a 360, 364, 365, actual or
    252-business-day year). """
    issue_price: Decimal
    """ Issue price, percent of par. """
    issue_size: Decimal
    """ Amount issued, in the issue currency. """
    issue_minimum_denomination: Decimal
    par_value: Decimal
    maturity_date: datetime.date | None | Unset = UNSET
    """ Absent or null for perpetual bonds. """
    reissue_date: datetime.date | None | Unset = UNSET
    first_coupon_date: datetime.date | None | Unset = UNSET
    last_coupon_date: datetime.date | None | Unset = UNSET
    next_coupon_date: datetime.date | None | Unset = UNSET
    accrued_interest: Decimal | None | Unset = UNSET
    """ Interest accrued since the last coupon, dollars per bond. """
    reissue_price: Decimal | None | Unset = UNSET
    reissue_size: Decimal | None | Unset = UNSET
    close_price: Decimal | None | Unset = UNSET
    """ Last close, percent of par. """
    close_price_date: datetime.date | None | Unset = UNSET
    close_yield_to_maturity: Decimal | None | Unset = UNSET
    close_yield_to_worst: Decimal | None | Unset = UNSET
    call_type: CallType | None | Unset = UNSET
    next_call_date: datetime.date | None | Unset = UNSET
    next_call_price: Decimal | None | Unset = UNSET
    """ Price on the next call date, percent of par. """
    sp_rating: None | str | Unset = UNSET
    """ Standard & Poor's rating (AAA to D). """
    sp_rating_date: datetime.date | None | Unset = UNSET
    sp_outlook: None | SpOutlook | Unset = UNSET
    sp_outlook_date: datetime.date | None | Unset = UNSET
    sp_creditwatch: None | str | Unset = UNSET
    """ Standard & Poor's CreditWatch direction. """
    sp_creditwatch_date: datetime.date | None | Unset = UNSET
    liquidity_institutional_aggregate: float | None | Unset = UNSET
    liquidity_institutional_buy: float | None | Unset = UNSET
    liquidity_institutional_sell: float | None | Unset = UNSET
    liquidity_retail_aggregate: float | None | Unset = UNSET
    liquidity_retail_buy: float | None | Unset = UNSET
    liquidity_retail_sell: float | None | Unset = UNSET
    liquidity_micro_aggregate: float | None | Unset = UNSET
    liquidity_micro_buy: float | None | Unset = UNSET
    liquidity_micro_sell: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        isin = self.isin

        cusip = self.cusip

        ticker = self.ticker

        issuer = self.issuer

        country_domicile = self.country_domicile

        sector = self.sector

        seniority = self.seniority

        description = self.description

        description_short = self.description_short

        bond_status = self.bond_status.value

        tradable = self.tradable

        marginable = self.marginable

        issue_date = self.issue_date.isoformat()

        dated_date = self.dated_date.isoformat()

        perpetual = self.perpetual

        callable_ = self.callable_

        puttable = self.puttable

        convertible = self.convertible

        reg_s = self.reg_s

        coupon = format(self.coupon, "f")

        coupon_type = self.coupon_type.value

        coupon_frequency = self.coupon_frequency.value

        day_count = self.day_count.value

        issue_price = format(self.issue_price, "f")

        issue_size = format(self.issue_size, "f")

        issue_minimum_denomination = format(self.issue_minimum_denomination, "f")

        par_value = format(self.par_value, "f")

        maturity_date: None | str | Unset
        if isinstance(self.maturity_date, Unset):
            maturity_date = UNSET
        elif isinstance(self.maturity_date, datetime.date):
            maturity_date = self.maturity_date.isoformat()
        else:
            maturity_date = self.maturity_date

        reissue_date: None | str | Unset
        if isinstance(self.reissue_date, Unset):
            reissue_date = UNSET
        elif isinstance(self.reissue_date, datetime.date):
            reissue_date = self.reissue_date.isoformat()
        else:
            reissue_date = self.reissue_date

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

        accrued_interest: None | str | Unset
        if isinstance(self.accrued_interest, Unset):
            accrued_interest = UNSET
        elif isinstance(self.accrued_interest, Decimal):
            accrued_interest = format(self.accrued_interest, "f")
        else:
            accrued_interest = self.accrued_interest

        reissue_price: None | str | Unset
        if isinstance(self.reissue_price, Unset):
            reissue_price = UNSET
        elif isinstance(self.reissue_price, Decimal):
            reissue_price = format(self.reissue_price, "f")
        else:
            reissue_price = self.reissue_price

        reissue_size: None | str | Unset
        if isinstance(self.reissue_size, Unset):
            reissue_size = UNSET
        elif isinstance(self.reissue_size, Decimal):
            reissue_size = format(self.reissue_size, "f")
        else:
            reissue_size = self.reissue_size

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

        call_type: None | str | Unset
        if isinstance(self.call_type, Unset):
            call_type = UNSET
        elif isinstance(self.call_type, CallType):
            call_type = self.call_type.value
        else:
            call_type = self.call_type

        next_call_date: None | str | Unset
        if isinstance(self.next_call_date, Unset):
            next_call_date = UNSET
        elif isinstance(self.next_call_date, datetime.date):
            next_call_date = self.next_call_date.isoformat()
        else:
            next_call_date = self.next_call_date

        next_call_price: None | str | Unset
        if isinstance(self.next_call_price, Unset):
            next_call_price = UNSET
        elif isinstance(self.next_call_price, Decimal):
            next_call_price = format(self.next_call_price, "f")
        else:
            next_call_price = self.next_call_price

        sp_rating: None | str | Unset
        if isinstance(self.sp_rating, Unset):
            sp_rating = UNSET
        else:
            sp_rating = self.sp_rating

        sp_rating_date: None | str | Unset
        if isinstance(self.sp_rating_date, Unset):
            sp_rating_date = UNSET
        elif isinstance(self.sp_rating_date, datetime.date):
            sp_rating_date = self.sp_rating_date.isoformat()
        else:
            sp_rating_date = self.sp_rating_date

        sp_outlook: None | str | Unset
        if isinstance(self.sp_outlook, Unset):
            sp_outlook = UNSET
        elif isinstance(self.sp_outlook, SpOutlook):
            sp_outlook = self.sp_outlook.value
        else:
            sp_outlook = self.sp_outlook

        sp_outlook_date: None | str | Unset
        if isinstance(self.sp_outlook_date, Unset):
            sp_outlook_date = UNSET
        elif isinstance(self.sp_outlook_date, datetime.date):
            sp_outlook_date = self.sp_outlook_date.isoformat()
        else:
            sp_outlook_date = self.sp_outlook_date

        sp_creditwatch: None | str | Unset
        if isinstance(self.sp_creditwatch, Unset):
            sp_creditwatch = UNSET
        else:
            sp_creditwatch = self.sp_creditwatch

        sp_creditwatch_date: None | str | Unset
        if isinstance(self.sp_creditwatch_date, Unset):
            sp_creditwatch_date = UNSET
        elif isinstance(self.sp_creditwatch_date, datetime.date):
            sp_creditwatch_date = self.sp_creditwatch_date.isoformat()
        else:
            sp_creditwatch_date = self.sp_creditwatch_date

        liquidity_institutional_aggregate: float | None | Unset
        if isinstance(self.liquidity_institutional_aggregate, Unset):
            liquidity_institutional_aggregate = UNSET
        else:
            liquidity_institutional_aggregate = self.liquidity_institutional_aggregate

        liquidity_institutional_buy: float | None | Unset
        if isinstance(self.liquidity_institutional_buy, Unset):
            liquidity_institutional_buy = UNSET
        else:
            liquidity_institutional_buy = self.liquidity_institutional_buy

        liquidity_institutional_sell: float | None | Unset
        if isinstance(self.liquidity_institutional_sell, Unset):
            liquidity_institutional_sell = UNSET
        else:
            liquidity_institutional_sell = self.liquidity_institutional_sell

        liquidity_retail_aggregate: float | None | Unset
        if isinstance(self.liquidity_retail_aggregate, Unset):
            liquidity_retail_aggregate = UNSET
        else:
            liquidity_retail_aggregate = self.liquidity_retail_aggregate

        liquidity_retail_buy: float | None | Unset
        if isinstance(self.liquidity_retail_buy, Unset):
            liquidity_retail_buy = UNSET
        else:
            liquidity_retail_buy = self.liquidity_retail_buy

        liquidity_retail_sell: float | None | Unset
        if isinstance(self.liquidity_retail_sell, Unset):
            liquidity_retail_sell = UNSET
        else:
            liquidity_retail_sell = self.liquidity_retail_sell

        liquidity_micro_aggregate: float | None | Unset
        if isinstance(self.liquidity_micro_aggregate, Unset):
            liquidity_micro_aggregate = UNSET
        else:
            liquidity_micro_aggregate = self.liquidity_micro_aggregate

        liquidity_micro_buy: float | None | Unset
        if isinstance(self.liquidity_micro_buy, Unset):
            liquidity_micro_buy = UNSET
        else:
            liquidity_micro_buy = self.liquidity_micro_buy

        liquidity_micro_sell: float | None | Unset
        if isinstance(self.liquidity_micro_sell, Unset):
            liquidity_micro_sell = UNSET
        else:
            liquidity_micro_sell = self.liquidity_micro_sell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isin": isin,
                "cusip": cusip,
                "ticker": ticker,
                "issuer": issuer,
                "country_domicile": country_domicile,
                "sector": sector,
                "seniority": seniority,
                "description": description,
                "description_short": description_short,
                "bond_status": bond_status,
                "tradable": tradable,
                "marginable": marginable,
                "issue_date": issue_date,
                "dated_date": dated_date,
                "perpetual": perpetual,
                "callable": callable_,
                "puttable": puttable,
                "convertible": convertible,
                "reg_s": reg_s,
                "coupon": coupon,
                "coupon_type": coupon_type,
                "coupon_frequency": coupon_frequency,
                "day_count": day_count,
                "issue_price": issue_price,
                "issue_size": issue_size,
                "issue_minimum_denomination": issue_minimum_denomination,
                "par_value": par_value,
            }
        )
        if maturity_date is not UNSET:
            field_dict["maturity_date"] = maturity_date
        if reissue_date is not UNSET:
            field_dict["reissue_date"] = reissue_date
        if first_coupon_date is not UNSET:
            field_dict["first_coupon_date"] = first_coupon_date
        if last_coupon_date is not UNSET:
            field_dict["last_coupon_date"] = last_coupon_date
        if next_coupon_date is not UNSET:
            field_dict["next_coupon_date"] = next_coupon_date
        if accrued_interest is not UNSET:
            field_dict["accrued_interest"] = accrued_interest
        if reissue_price is not UNSET:
            field_dict["reissue_price"] = reissue_price
        if reissue_size is not UNSET:
            field_dict["reissue_size"] = reissue_size
        if close_price is not UNSET:
            field_dict["close_price"] = close_price
        if close_price_date is not UNSET:
            field_dict["close_price_date"] = close_price_date
        if close_yield_to_maturity is not UNSET:
            field_dict["close_yield_to_maturity"] = close_yield_to_maturity
        if close_yield_to_worst is not UNSET:
            field_dict["close_yield_to_worst"] = close_yield_to_worst
        if call_type is not UNSET:
            field_dict["call_type"] = call_type
        if next_call_date is not UNSET:
            field_dict["next_call_date"] = next_call_date
        if next_call_price is not UNSET:
            field_dict["next_call_price"] = next_call_price
        if sp_rating is not UNSET:
            field_dict["sp_rating"] = sp_rating
        if sp_rating_date is not UNSET:
            field_dict["sp_rating_date"] = sp_rating_date
        if sp_outlook is not UNSET:
            field_dict["sp_outlook"] = sp_outlook
        if sp_outlook_date is not UNSET:
            field_dict["sp_outlook_date"] = sp_outlook_date
        if sp_creditwatch is not UNSET:
            field_dict["sp_creditwatch"] = sp_creditwatch
        if sp_creditwatch_date is not UNSET:
            field_dict["sp_creditwatch_date"] = sp_creditwatch_date
        if liquidity_institutional_aggregate is not UNSET:
            field_dict["liquidity_institutional_aggregate"] = liquidity_institutional_aggregate
        if liquidity_institutional_buy is not UNSET:
            field_dict["liquidity_institutional_buy"] = liquidity_institutional_buy
        if liquidity_institutional_sell is not UNSET:
            field_dict["liquidity_institutional_sell"] = liquidity_institutional_sell
        if liquidity_retail_aggregate is not UNSET:
            field_dict["liquidity_retail_aggregate"] = liquidity_retail_aggregate
        if liquidity_retail_buy is not UNSET:
            field_dict["liquidity_retail_buy"] = liquidity_retail_buy
        if liquidity_retail_sell is not UNSET:
            field_dict["liquidity_retail_sell"] = liquidity_retail_sell
        if liquidity_micro_aggregate is not UNSET:
            field_dict["liquidity_micro_aggregate"] = liquidity_micro_aggregate
        if liquidity_micro_buy is not UNSET:
            field_dict["liquidity_micro_buy"] = liquidity_micro_buy
        if liquidity_micro_sell is not UNSET:
            field_dict["liquidity_micro_sell"] = liquidity_micro_sell

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        isin = _data.pop("isin")

        cusip = _data.pop("cusip")

        ticker = _data.pop("ticker")

        issuer = _data.pop("issuer")

        country_domicile = _data.pop("country_domicile")

        sector = _data.pop("sector")

        seniority = _data.pop("seniority")

        description = _data.pop("description")

        description_short = _data.pop("description_short")

        bond_status = BondStatus(_data.pop("bond_status"))

        tradable = _data.pop("tradable")

        marginable = _data.pop("marginable")

        issue_date = datetime.date.fromisoformat(_data.pop("issue_date"))

        dated_date = datetime.date.fromisoformat(_data.pop("dated_date"))

        perpetual = _data.pop("perpetual")

        callable_ = _data.pop("callable")

        puttable = _data.pop("puttable")

        convertible = _data.pop("convertible")

        reg_s = _data.pop("reg_s")

        coupon = Decimal(str(_data.pop("coupon")))

        coupon_type = CouponType(_data.pop("coupon_type"))

        coupon_frequency = CouponFrequency(_data.pop("coupon_frequency"))

        day_count = DayCount(_data.pop("day_count"))

        issue_price = Decimal(str(_data.pop("issue_price")))

        issue_size = Decimal(str(_data.pop("issue_size")))

        issue_minimum_denomination = Decimal(str(_data.pop("issue_minimum_denomination")))

        par_value = Decimal(str(_data.pop("par_value")))

        def _parse_maturity_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                maturity_date_type_0 = datetime.date.fromisoformat(data)

                return maturity_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        maturity_date = _parse_maturity_date(_data.pop("maturity_date", UNSET))

        def _parse_reissue_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reissue_date_type_0 = datetime.date.fromisoformat(data)

                return reissue_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reissue_date = _parse_reissue_date(_data.pop("reissue_date", UNSET))

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

        def _parse_accrued_interest(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                accrued_interest_type_0 = Decimal(str(data))

                return accrued_interest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        accrued_interest = _parse_accrued_interest(_data.pop("accrued_interest", UNSET))

        def _parse_reissue_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                reissue_price_type_0 = Decimal(str(data))

                return reissue_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        reissue_price = _parse_reissue_price(_data.pop("reissue_price", UNSET))

        def _parse_reissue_size(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                reissue_size_type_0 = Decimal(str(data))

                return reissue_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        reissue_size = _parse_reissue_size(_data.pop("reissue_size", UNSET))

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

        def _parse_call_type(data: object) -> CallType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                call_type_type_1 = CallType(data)

                return call_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallType | None | Unset, data)

        call_type = _parse_call_type(_data.pop("call_type", UNSET))

        def _parse_next_call_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_call_date_type_0 = datetime.date.fromisoformat(data)

                return next_call_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_call_date = _parse_next_call_date(_data.pop("next_call_date", UNSET))

        def _parse_next_call_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                next_call_price_type_0 = Decimal(str(data))

                return next_call_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        next_call_price = _parse_next_call_price(_data.pop("next_call_price", UNSET))

        def _parse_sp_rating(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sp_rating = _parse_sp_rating(_data.pop("sp_rating", UNSET))

        def _parse_sp_rating_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sp_rating_date_type_0 = datetime.date.fromisoformat(data)

                return sp_rating_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        sp_rating_date = _parse_sp_rating_date(_data.pop("sp_rating_date", UNSET))

        def _parse_sp_outlook(data: object) -> None | SpOutlook | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sp_outlook_type_1 = SpOutlook(data)

                return sp_outlook_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpOutlook | Unset, data)

        sp_outlook = _parse_sp_outlook(_data.pop("sp_outlook", UNSET))

        def _parse_sp_outlook_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sp_outlook_date_type_0 = datetime.date.fromisoformat(data)

                return sp_outlook_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        sp_outlook_date = _parse_sp_outlook_date(_data.pop("sp_outlook_date", UNSET))

        def _parse_sp_creditwatch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sp_creditwatch = _parse_sp_creditwatch(_data.pop("sp_creditwatch", UNSET))

        def _parse_sp_creditwatch_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sp_creditwatch_date_type_0 = datetime.date.fromisoformat(data)

                return sp_creditwatch_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        sp_creditwatch_date = _parse_sp_creditwatch_date(_data.pop("sp_creditwatch_date", UNSET))

        def _parse_liquidity_institutional_aggregate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_institutional_aggregate = _parse_liquidity_institutional_aggregate(
            _data.pop("liquidity_institutional_aggregate", UNSET)
        )

        def _parse_liquidity_institutional_buy(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_institutional_buy = _parse_liquidity_institutional_buy(
            _data.pop("liquidity_institutional_buy", UNSET)
        )

        def _parse_liquidity_institutional_sell(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_institutional_sell = _parse_liquidity_institutional_sell(
            _data.pop("liquidity_institutional_sell", UNSET)
        )

        def _parse_liquidity_retail_aggregate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_retail_aggregate = _parse_liquidity_retail_aggregate(
            _data.pop("liquidity_retail_aggregate", UNSET)
        )

        def _parse_liquidity_retail_buy(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_retail_buy = _parse_liquidity_retail_buy(_data.pop("liquidity_retail_buy", UNSET))

        def _parse_liquidity_retail_sell(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_retail_sell = _parse_liquidity_retail_sell(
            _data.pop("liquidity_retail_sell", UNSET)
        )

        def _parse_liquidity_micro_aggregate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_micro_aggregate = _parse_liquidity_micro_aggregate(
            _data.pop("liquidity_micro_aggregate", UNSET)
        )

        def _parse_liquidity_micro_buy(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_micro_buy = _parse_liquidity_micro_buy(_data.pop("liquidity_micro_buy", UNSET))

        def _parse_liquidity_micro_sell(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        liquidity_micro_sell = _parse_liquidity_micro_sell(_data.pop("liquidity_micro_sell", UNSET))

        us_corporate = cls(
            isin=isin,
            cusip=cusip,
            ticker=ticker,
            issuer=issuer,
            country_domicile=country_domicile,
            sector=sector,
            seniority=seniority,
            description=description,
            description_short=description_short,
            bond_status=bond_status,
            tradable=tradable,
            marginable=marginable,
            issue_date=issue_date,
            dated_date=dated_date,
            perpetual=perpetual,
            callable_=callable_,
            puttable=puttable,
            convertible=convertible,
            reg_s=reg_s,
            coupon=coupon,
            coupon_type=coupon_type,
            coupon_frequency=coupon_frequency,
            day_count=day_count,
            issue_price=issue_price,
            issue_size=issue_size,
            issue_minimum_denomination=issue_minimum_denomination,
            par_value=par_value,
            maturity_date=maturity_date,
            reissue_date=reissue_date,
            first_coupon_date=first_coupon_date,
            last_coupon_date=last_coupon_date,
            next_coupon_date=next_coupon_date,
            accrued_interest=accrued_interest,
            reissue_price=reissue_price,
            reissue_size=reissue_size,
            close_price=close_price,
            close_price_date=close_price_date,
            close_yield_to_maturity=close_yield_to_maturity,
            close_yield_to_worst=close_yield_to_worst,
            call_type=call_type,
            next_call_date=next_call_date,
            next_call_price=next_call_price,
            sp_rating=sp_rating,
            sp_rating_date=sp_rating_date,
            sp_outlook=sp_outlook,
            sp_outlook_date=sp_outlook_date,
            sp_creditwatch=sp_creditwatch,
            sp_creditwatch_date=sp_creditwatch_date,
            liquidity_institutional_aggregate=liquidity_institutional_aggregate,
            liquidity_institutional_buy=liquidity_institutional_buy,
            liquidity_institutional_sell=liquidity_institutional_sell,
            liquidity_retail_aggregate=liquidity_retail_aggregate,
            liquidity_retail_buy=liquidity_retail_buy,
            liquidity_retail_sell=liquidity_retail_sell,
            liquidity_micro_aggregate=liquidity_micro_aggregate,
            liquidity_micro_buy=liquidity_micro_buy,
            liquidity_micro_sell=liquidity_micro_sell,
        )

        us_corporate.additional_properties = _data
        us_corporate.raw = dict(src_dict)
        return us_corporate

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
