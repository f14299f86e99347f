from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.activity_fill_type import ActivityFillType
from ..models.activity_status import ActivityStatus
from ..models.activity_sub_type import ActivitySubType
from ..models.activity_type import ActivityType
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus


@_attrs_define
class AccountActivity:
    """One activity: a fill (`activity_type` FILL, with transaction_time, type, price, qty, side, order fields) or a non-
    trade entry (with date, net_amount, per_share_amount, status...).

    """

    id: str | None = None
    """ Activity id (`<time>::<uuid>`); usable as `page_token`. """
    activity_type: ActivityType | None = None
    """ Kind of account activity: FILL (order fills), TRANS (cash in/out), MISC (rare kinds), ACATC/ACATS (account
    transfers of cash/securities), CFEE (crypto fee), CGD (capital gain distribution), CSD/CSW (cash
    deposit/withdrawal), DIV and DIVCGL, DIVCGS, DIVFEE, DIVFT, DIVNRA, DIVROC, DIVTW, DIVTXEX (dividends and their
    adjustments), FEE, INT, INTNRA, INTTW (interest), JNL, JNLC, JNLS (journals), MA (merger), NC (name change),
    OPASN, OPCA, OPCSH, OPEXC, OPEXP, OPTRD (options assignment, corporate action, cash, exercise, expiry, trade),
    PTC/PTR (pass-through charge/rebate), REORG, SPIN, SPLIT, FOPT (free-of-payment transfer), VOF (voluntary
    offering), WH (withholding). """
    activity_sub_type: ActivitySubType | None = None
    """ Finer kind within an activity type, when known. DIV: CDIV, SDIV, SPD. FEE: REG, TAF, LCT, ORF, OCC, NRC,
    NRV, COM, CAT. INT: MGN, CDT, SWP, QII. MA: CMA, SMA, SCMA. NC: SNC, CNC, SCNC. OPCA: the dotted values and
    SPIN. REORG: WRM. SPLIT: FSPLIT, RSPLIT, USPLIT. VOF: VTND, VWRT, VRGT, VEXH. WH: SWH, FWH, SLWH. """
    transaction_time: datetime.datetime | None = None
    """ When the fill happened. """
    type: ActivityFillType | None = None
    price: Decimal | None = None
    """ Price per share of the fill. """
    qty: Decimal | None = None
    """ Quantity filled, or for dividends the shares paid on. """
    side: OrderSide | None = None
    """ Buy or sell; empty on the parent of a multi-leg order. """
    symbol: str | None = None
    cusip: str | None = None
    leaves_qty: Decimal | None = None
    """ Order quantity still open after the fill. """
    cum_qty: Decimal | None = None
    """ Order quantity filled so far. """
    order_id: str | None = None
    order_status: OrderStatus | None = None
    date: datetime.date | None = None
    """ Day the activity happened or settled. """
    created_at: datetime.datetime | None = None
    """ When the non-trade entry was booked. """
    net_amount: Decimal | None = None
    """ Cash effect on the account (negative for debits). """
    per_share_amount: Decimal | None = None
    """ Dividend per share. """
    currency: str | None = None
    group_id: str | None = None
    """ Links related activities. """
    status: ActivityStatus | None = None
    """ State of a non-trade activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.activity_type is not None:
            field_dict["activity_type"] = self.activity_type.value
        if self.activity_sub_type is not None:
            field_dict["activity_sub_type"] = self.activity_sub_type.value
        if self.transaction_time is not None:
            field_dict["transaction_time"] = self.transaction_time.isoformat()
        if self.type is not None:
            field_dict["type"] = self.type.value
        if self.price is not None:
            field_dict["price"] = format(self.price, "f")
        if self.qty is not None:
            field_dict["qty"] = format(self.qty, "f")
        if self.side is not None:
            field_dict["side"] = self.side.value
        if self.symbol is not None:
            field_dict["symbol"] = self.symbol
        if self.cusip is not None:
            field_dict["cusip"] = self.cusip
        if self.leaves_qty is not None:
            field_dict["leaves_qty"] = format(self.leaves_qty, "f")
        if self.cum_qty is not None:
            field_dict["cum_qty"] = format(self.cum_qty, "f")
        if self.order_id is not None:
            field_dict["order_id"] = self.order_id
        if self.order_status is not None:
            field_dict["order_status"] = self.order_status.value
        if self.date is not None:
            field_dict["date"] = self.date.isoformat()
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at.isoformat()
        if self.net_amount is not None:
            field_dict["net_amount"] = format(self.net_amount, "f")
        if self.per_share_amount is not None:
            field_dict["per_share_amount"] = format(self.per_share_amount, "f")
        if self.currency is not None:
            field_dict["currency"] = self.currency
        if self.group_id is not None:
            field_dict["group_id"] = self.group_id
        if self.status is not None:
            field_dict["status"] = self.status.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _id = data.get("id")
        _activity_type = data.get("activity_type")
        _activity_sub_type = data.get("activity_sub_type")
        _transaction_time = data.get("transaction_time")
        _type = data.get("type")
        _price = data.get("price")
        _qty = data.get("qty")
        _side = data.get("side")
        _symbol = data.get("symbol")
        _cusip = data.get("cusip")
        _leaves_qty = data.get("leaves_qty")
        _cum_qty = data.get("cum_qty")
        _order_id = data.get("order_id")
        _order_status = data.get("order_status")
        _date = data.get("date")
        _created_at = data.get("created_at")
        _net_amount = data.get("net_amount")
        _per_share_amount = data.get("per_share_amount")
        _currency = data.get("currency")
        _group_id = data.get("group_id")
        _status = data.get("status")
        result = cls(
            id=None if _id is None else parsing.string(_id, "id"),
            activity_type=None
            if _activity_type is None
            else parsing.str_enum(ActivityType, _activity_type, "activity_type"),
            activity_sub_type=None
            if _activity_sub_type is None
            else parsing.str_enum(ActivitySubType, _activity_sub_type, "activity_sub_type"),
            transaction_time=None
            if _transaction_time is None
            else parsing.date_time(_transaction_time, "transaction_time"),
            type=None if _type is None else parsing.str_enum(ActivityFillType, _type, "type"),
            price=None if _price is None else parsing.decimal(_price, "price"),
            qty=None if _qty is None else parsing.decimal(_qty, "qty"),
            side=None if _side is None else parsing.str_enum(OrderSide, _side, "side"),
            symbol=None if _symbol is None else parsing.string(_symbol, "symbol"),
            cusip=None if _cusip is None else parsing.string(_cusip, "cusip"),
            leaves_qty=None if _leaves_qty is None else parsing.decimal(_leaves_qty, "leaves_qty"),
            cum_qty=None if _cum_qty is None else parsing.decimal(_cum_qty, "cum_qty"),
            order_id=None if _order_id is None else parsing.string(_order_id, "order_id"),
            order_status=None
            if _order_status is None
            else parsing.str_enum(OrderStatus, _order_status, "order_status"),
            date=None if _date is None else parsing.date(_date, "date"),
            created_at=None
            if _created_at is None
            else parsing.date_time(_created_at, "created_at"),
            net_amount=None if _net_amount is None else parsing.decimal(_net_amount, "net_amount"),
            per_share_amount=None
            if _per_share_amount is None
            else parsing.decimal(_per_share_amount, "per_share_amount"),
            currency=None if _currency is None else parsing.string(_currency, "currency"),
            group_id=None if _group_id is None else parsing.string(_group_id, "group_id"),
            status=None if _status is None else parsing.str_enum(ActivityStatus, _status, "status"),
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
        "activity_type",
        "activity_sub_type",
        "transaction_time",
        "type",
        "price",
        "qty",
        "side",
        "symbol",
        "cusip",
        "leaves_qty",
        "cum_qty",
        "order_id",
        "order_status",
        "date",
        "created_at",
        "net_amount",
        "per_share_amount",
        "currency",
        "group_id",
        "status",
    }
)
