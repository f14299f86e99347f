from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.bond_status import BondStatus
from ..models.call_type import CallType
from ..models.coupon_frequency import CouponFrequency
from ..models.coupon_type import CouponType
from ..models.day_count import DayCount
from ..models.sp_outlook import SpOutlook


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
    callable: bool
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
    maturity_date: datetime.date | None = None
    """ Absent or null for perpetual bonds. """
    reissue_date: datetime.date | None = None
    first_coupon_date: datetime.date | None = None
    last_coupon_date: datetime.date | None = None
    next_coupon_date: datetime.date | None = None
    accrued_interest: Decimal | None = None
    """ Interest accrued since the last coupon, dollars per bond. """
    reissue_price: Decimal | None = None
    reissue_size: Decimal | None = None
    close_price: Decimal | None = None
    """ Last close, percent of par. """
    close_price_date: datetime.date | None = None
    close_yield_to_maturity: Decimal | None = None
    close_yield_to_worst: Decimal | None = None
    call_type: CallType | None = None
    next_call_date: datetime.date | None = None
    next_call_price: Decimal | None = None
    """ Price on the next call date, percent of par. """
    sp_rating: str | None = None
    """ Standard & Poor's rating (AAA to D). """
    sp_rating_date: datetime.date | None = None
    sp_outlook: SpOutlook | None = None
    sp_outlook_date: datetime.date | None = None
    sp_creditwatch: str | None = None
    """ Standard & Poor's CreditWatch direction. """
    sp_creditwatch_date: datetime.date | None = None
    liquidity_institutional_aggregate: float | None = None
    liquidity_institutional_buy: float | None = None
    liquidity_institutional_sell: float | None = None
    liquidity_retail_aggregate: float | None = None
    liquidity_retail_buy: float | None = None
    liquidity_retail_sell: float | None = None
    liquidity_micro_aggregate: float | None = None
    liquidity_micro_buy: float | None = None
    liquidity_micro_sell: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["isin"] = self.isin
        field_dict["cusip"] = self.cusip
        field_dict["ticker"] = self.ticker
        field_dict["issuer"] = self.issuer
        field_dict["country_domicile"] = self.country_domicile
        field_dict["sector"] = self.sector
        field_dict["seniority"] = self.seniority
        field_dict["description"] = self.description
        field_dict["description_short"] = self.description_short
        field_dict["bond_status"] = self.bond_status.value
        field_dict["tradable"] = self.tradable
        field_dict["marginable"] = self.marginable
        field_dict["issue_date"] = self.issue_date.isoformat()
        field_dict["dated_date"] = self.dated_date.isoformat()
        field_dict["perpetual"] = self.perpetual
        field_dict["callable"] = self.callable
        field_dict["puttable"] = self.puttable
        field_dict["convertible"] = self.convertible
        field_dict["reg_s"] = self.reg_s
        field_dict["coupon"] = format(self.coupon, "f")
        field_dict["coupon_type"] = self.coupon_type.value
        field_dict["coupon_frequency"] = self.coupon_frequency.value
        field_dict["day_count"] = self.day_count.value
        field_dict["issue_price"] = format(self.issue_price, "f")
        field_dict["issue_size"] = format(self.issue_size, "f")
        field_dict["issue_minimum_denomination"] = format(self.issue_minimum_denomination, "f")
        field_dict["par_value"] = format(self.par_value, "f")
        if self.maturity_date is not None:
            field_dict["maturity_date"] = self.maturity_date.isoformat()
        if self.reissue_date is not None:
            field_dict["reissue_date"] = self.reissue_date.isoformat()
        if self.first_coupon_date is not None:
            field_dict["first_coupon_date"] = self.first_coupon_date.isoformat()
        if self.last_coupon_date is not None:
            field_dict["last_coupon_date"] = self.last_coupon_date.isoformat()
        if self.next_coupon_date is not None:
            field_dict["next_coupon_date"] = self.next_coupon_date.isoformat()
        if self.accrued_interest is not None:
            field_dict["accrued_interest"] = format(self.accrued_interest, "f")
        if self.reissue_price is not None:
            field_dict["reissue_price"] = format(self.reissue_price, "f")
        if self.reissue_size is not None:
            field_dict["reissue_size"] = format(self.reissue_size, "f")
        if self.close_price is not None:
            field_dict["close_price"] = format(self.close_price, "f")
        if self.close_price_date is not None:
            field_dict["close_price_date"] = self.close_price_date.isoformat()
        if self.close_yield_to_maturity is not None:
            field_dict["close_yield_to_maturity"] = format(self.close_yield_to_maturity, "f")
        if self.close_yield_to_worst is not None:
            field_dict["close_yield_to_worst"] = format(self.close_yield_to_worst, "f")
        if self.call_type is not None:
            field_dict["call_type"] = self.call_type.value
        if self.next_call_date is not None:
            field_dict["next_call_date"] = self.next_call_date.isoformat()
        if self.next_call_price is not None:
            field_dict["next_call_price"] = format(self.next_call_price, "f")
        if self.sp_rating is not None:
            field_dict["sp_rating"] = self.sp_rating
        if self.sp_rating_date is not None:
            field_dict["sp_rating_date"] = self.sp_rating_date.isoformat()
        if self.sp_outlook is not None:
            field_dict["sp_outlook"] = self.sp_outlook.value
        if self.sp_outlook_date is not None:
            field_dict["sp_outlook_date"] = self.sp_outlook_date.isoformat()
        if self.sp_creditwatch is not None:
            field_dict["sp_creditwatch"] = self.sp_creditwatch
        if self.sp_creditwatch_date is not None:
            field_dict["sp_creditwatch_date"] = self.sp_creditwatch_date.isoformat()
        if self.liquidity_institutional_aggregate is not None:
            field_dict["liquidity_institutional_aggregate"] = self.liquidity_institutional_aggregate
        if self.liquidity_institutional_buy is not None:
            field_dict["liquidity_institutional_buy"] = self.liquidity_institutional_buy
        if self.liquidity_institutional_sell is not None:
            field_dict["liquidity_institutional_sell"] = self.liquidity_institutional_sell
        if self.liquidity_retail_aggregate is not None:
            field_dict["liquidity_retail_aggregate"] = self.liquidity_retail_aggregate
        if self.liquidity_retail_buy is not None:
            field_dict["liquidity_retail_buy"] = self.liquidity_retail_buy
        if self.liquidity_retail_sell is not None:
            field_dict["liquidity_retail_sell"] = self.liquidity_retail_sell
        if self.liquidity_micro_aggregate is not None:
            field_dict["liquidity_micro_aggregate"] = self.liquidity_micro_aggregate
        if self.liquidity_micro_buy is not None:
            field_dict["liquidity_micro_buy"] = self.liquidity_micro_buy
        if self.liquidity_micro_sell is not None:
            field_dict["liquidity_micro_sell"] = self.liquidity_micro_sell
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _isin = data["isin"]
            _cusip = data["cusip"]
            _ticker = data["ticker"]
            _issuer = data["issuer"]
            _country_domicile = data["country_domicile"]
            _sector = data["sector"]
            _seniority = data["seniority"]
            _description = data["description"]
            _description_short = data["description_short"]
            _bond_status = data["bond_status"]
            _tradable = data["tradable"]
            _marginable = data["marginable"]
            _issue_date = data["issue_date"]
            _dated_date = data["dated_date"]
            _perpetual = data["perpetual"]
            _callable = data["callable"]
            _puttable = data["puttable"]
            _convertible = data["convertible"]
            _reg_s = data["reg_s"]
            _coupon = data["coupon"]
            _coupon_type = data["coupon_type"]
            _coupon_frequency = data["coupon_frequency"]
            _day_count = data["day_count"]
            _issue_price = data["issue_price"]
            _issue_size = data["issue_size"]
            _issue_minimum_denomination = data["issue_minimum_denomination"]
            _par_value = data["par_value"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _maturity_date = data.get("maturity_date")
        _reissue_date = data.get("reissue_date")
        _first_coupon_date = data.get("first_coupon_date")
        _last_coupon_date = data.get("last_coupon_date")
        _next_coupon_date = data.get("next_coupon_date")
        _accrued_interest = data.get("accrued_interest")
        _reissue_price = data.get("reissue_price")
        _reissue_size = data.get("reissue_size")
        _close_price = data.get("close_price")
        _close_price_date = data.get("close_price_date")
        _close_yield_to_maturity = data.get("close_yield_to_maturity")
        _close_yield_to_worst = data.get("close_yield_to_worst")
        _call_type = data.get("call_type")
        _next_call_date = data.get("next_call_date")
        _next_call_price = data.get("next_call_price")
        _sp_rating = data.get("sp_rating")
        _sp_rating_date = data.get("sp_rating_date")
        _sp_outlook = data.get("sp_outlook")
        _sp_outlook_date = data.get("sp_outlook_date")
        _sp_creditwatch = data.get("sp_creditwatch")
        _sp_creditwatch_date = data.get("sp_creditwatch_date")
        _liquidity_institutional_aggregate = data.get("liquidity_institutional_aggregate")
        _liquidity_institutional_buy = data.get("liquidity_institutional_buy")
        _liquidity_institutional_sell = data.get("liquidity_institutional_sell")
        _liquidity_retail_aggregate = data.get("liquidity_retail_aggregate")
        _liquidity_retail_buy = data.get("liquidity_retail_buy")
        _liquidity_retail_sell = data.get("liquidity_retail_sell")
        _liquidity_micro_aggregate = data.get("liquidity_micro_aggregate")
        _liquidity_micro_buy = data.get("liquidity_micro_buy")
        _liquidity_micro_sell = data.get("liquidity_micro_sell")
        result = cls(
            isin=parsing.string(_isin, "isin"),
            cusip=parsing.string(_cusip, "cusip"),
            ticker=parsing.string(_ticker, "ticker"),
            issuer=parsing.string(_issuer, "issuer"),
            country_domicile=parsing.string(_country_domicile, "country_domicile"),
            sector=parsing.string(_sector, "sector"),
            seniority=parsing.string(_seniority, "seniority"),
            description=parsing.string(_description, "description"),
            description_short=parsing.string(_description_short, "description_short"),
            bond_status=parsing.str_enum(BondStatus, _bond_status, "bond_status"),
            tradable=parsing.boolean(_tradable, "tradable"),
            marginable=parsing.boolean(_marginable, "marginable"),
            issue_date=parsing.date(_issue_date, "issue_date"),
            dated_date=parsing.date(_dated_date, "dated_date"),
            perpetual=parsing.boolean(_perpetual, "perpetual"),
            callable=parsing.boolean(_callable, "callable"),
            puttable=parsing.boolean(_puttable, "puttable"),
            convertible=parsing.boolean(_convertible, "convertible"),
            reg_s=parsing.boolean(_reg_s, "reg_s"),
            coupon=parsing.decimal(_coupon, "coupon"),
            coupon_type=parsing.str_enum(CouponType, _coupon_type, "coupon_type"),
            coupon_frequency=parsing.str_enum(
                CouponFrequency, _coupon_frequency, "coupon_frequency"
            ),
            day_count=parsing.str_enum(DayCount, _day_count, "day_count"),
            issue_price=parsing.decimal(_issue_price, "issue_price"),
            issue_size=parsing.decimal(_issue_size, "issue_size"),
            issue_minimum_denomination=parsing.decimal(
                _issue_minimum_denomination, "issue_minimum_denomination"
            ),
            par_value=parsing.decimal(_par_value, "par_value"),
            maturity_date=None
            if _maturity_date is None
            else parsing.date(_maturity_date, "maturity_date"),
            reissue_date=None
            if _reissue_date is None
            else parsing.date(_reissue_date, "reissue_date"),
            first_coupon_date=None
            if _first_coupon_date is None
            else parsing.date(_first_coupon_date, "first_coupon_date"),
            last_coupon_date=None
            if _last_coupon_date is None
            else parsing.date(_last_coupon_date, "last_coupon_date"),
            next_coupon_date=None
            if _next_coupon_date is None
            else parsing.date(_next_coupon_date, "next_coupon_date"),
            accrued_interest=None
            if _accrued_interest is None
            else parsing.decimal(_accrued_interest, "accrued_interest"),
            reissue_price=None
            if _reissue_price is None
            else parsing.decimal(_reissue_price, "reissue_price"),
            reissue_size=None
            if _reissue_size is None
            else parsing.decimal(_reissue_size, "reissue_size"),
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
            call_type=None
            if _call_type is None
            else parsing.str_enum(CallType, _call_type, "call_type"),
            next_call_date=None
            if _next_call_date is None
            else parsing.date(_next_call_date, "next_call_date"),
            next_call_price=None
            if _next_call_price is None
            else parsing.decimal(_next_call_price, "next_call_price"),
            sp_rating=None if _sp_rating is None else parsing.string(_sp_rating, "sp_rating"),
            sp_rating_date=None
            if _sp_rating_date is None
            else parsing.date(_sp_rating_date, "sp_rating_date"),
            sp_outlook=None
            if _sp_outlook is None
            else parsing.str_enum(SpOutlook, _sp_outlook, "sp_outlook"),
            sp_outlook_date=None
            if _sp_outlook_date is None
            else parsing.date(_sp_outlook_date, "sp_outlook_date"),
            sp_creditwatch=None
            if _sp_creditwatch is None
            else parsing.string(_sp_creditwatch, "sp_creditwatch"),
            sp_creditwatch_date=None
            if _sp_creditwatch_date is None
            else parsing.date(_sp_creditwatch_date, "sp_creditwatch_date"),
            liquidity_institutional_aggregate=None
            if _liquidity_institutional_aggregate is None
            else parsing.number(
                _liquidity_institutional_aggregate, "liquidity_institutional_aggregate"
            ),
            liquidity_institutional_buy=None
            if _liquidity_institutional_buy is None
            else parsing.number(_liquidity_institutional_buy, "liquidity_institutional_buy"),
            liquidity_institutional_sell=None
            if _liquidity_institutional_sell is None
            else parsing.number(_liquidity_institutional_sell, "liquidity_institutional_sell"),
            liquidity_retail_aggregate=None
            if _liquidity_retail_aggregate is None
            else parsing.number(_liquidity_retail_aggregate, "liquidity_retail_aggregate"),
            liquidity_retail_buy=None
            if _liquidity_retail_buy is None
            else parsing.number(_liquidity_retail_buy, "liquidity_retail_buy"),
            liquidity_retail_sell=None
            if _liquidity_retail_sell is None
            else parsing.number(_liquidity_retail_sell, "liquidity_retail_sell"),
            liquidity_micro_aggregate=None
            if _liquidity_micro_aggregate is None
            else parsing.number(_liquidity_micro_aggregate, "liquidity_micro_aggregate"),
            liquidity_micro_buy=None
            if _liquidity_micro_buy is None
            else parsing.number(_liquidity_micro_buy, "liquidity_micro_buy"),
            liquidity_micro_sell=None
            if _liquidity_micro_sell is None
            else parsing.number(_liquidity_micro_sell, "liquidity_micro_sell"),
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
        "isin",
        "cusip",
        "ticker",
        "issuer",
        "country_domicile",
        "sector",
        "seniority",
        "description",
        "description_short",
        "bond_status",
        "tradable",
        "marginable",
        "issue_date",
        "dated_date",
        "perpetual",
        "callable",
        "puttable",
        "convertible",
        "reg_s",
        "coupon",
        "coupon_type",
        "coupon_frequency",
        "day_count",
        "issue_price",
        "issue_size",
        "issue_minimum_denomination",
        "par_value",
        "maturity_date",
        "reissue_date",
        "first_coupon_date",
        "last_coupon_date",
        "next_coupon_date",
        "accrued_interest",
        "reissue_price",
        "reissue_size",
        "close_price",
        "close_price_date",
        "close_yield_to_maturity",
        "close_yield_to_worst",
        "call_type",
        "next_call_date",
        "next_call_price",
        "sp_rating",
        "sp_rating_date",
        "sp_outlook",
        "sp_outlook_date",
        "sp_creditwatch",
        "sp_creditwatch_date",
        "liquidity_institutional_aggregate",
        "liquidity_institutional_buy",
        "liquidity_institutional_sell",
        "liquidity_retail_aggregate",
        "liquidity_retail_buy",
        "liquidity_retail_sell",
        "liquidity_micro_aggregate",
        "liquidity_micro_buy",
        "liquidity_micro_sell",
    }
)
