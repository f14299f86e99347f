from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_fill_type import ActivityFillType
from ..models.activity_status import ActivityStatus
from ..models.activity_sub_type import ActivitySubType
from ..models.activity_type import ActivityType
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountActivity")


@_attrs_define
class AccountActivity:
    """One activity: a fill (`activity_type` FILL, with transaction_time, type, price, qty, side, order fields) or a non-
    trade entry (with date, net_amount, per_share_amount, status...).

    """

    id: str | Unset = UNSET
    """ Activity id (`<time>::<uuid>`); usable as `page_token`. """
    activity_type: ActivityType | Unset = UNSET
    """ Kind of account activity: FILL (order fills), TRANS (cash in/out), MISC (rare kinds), ACATC/ACATS (account
    transfers of cash/securities), CFEE (crypto fee), CGD (capital gain distribution), CSD/CSW (cash
    deposit/withdrawal), DIV and DIVCGL, DIVCGS, DIVFEE, DIVFT, DIVNRA, DIVROC, DIVTW, DIVTXEX (dividends and their
    adjustments), FEE, INT, INTNRA, INTTW (interest), JNL, JNLC, JNLS (journals), MA (merger), NC (name change),
    OPASN, OPCA, OPCSH, OPEXC, OPEXP, OPTRD (options assignment, corporate action, cash, exercise, expiry, trade),
    PTC/PTR (pass-through charge/rebate), REORG, SPIN, SPLIT, FOPT (free-of-payment transfer), VOF (voluntary
    offering), WH (withholding). """
    activity_sub_type: ActivitySubType | Unset = UNSET
    """ Finer kind within an activity type, when known. DIV: CDIV, SDIV, SPD. FEE: REG, TAF, LCT, ORF, OCC, NRC,
    NRV, COM, CAT. INT: MGN, CDT, SWP, QII. MA: CMA, SMA, SCMA. NC: SNC, CNC, SCNC. OPCA: the dotted values and
    SPIN. REORG: WRM. SPLIT: FSPLIT, RSPLIT, USPLIT. VOF: VTND, VWRT, VRGT, VEXH. WH: SWH, FWH, SLWH. """
    transaction_time: datetime.datetime | Unset = UNSET
    """ When the fill happened. """
    type_: ActivityFillType | Unset = UNSET
    price: Decimal | Unset = UNSET
    """ Price per share of the fill. """
    qty: Decimal | Unset = UNSET
    """ Quantity filled, or for dividends the shares paid on. """
    side: OrderSide | Unset = UNSET
    """ Buy or sell; empty on the parent of a multi-leg order. """
    symbol: str | Unset = UNSET
    cusip: str | Unset = UNSET
    leaves_qty: Decimal | Unset = UNSET
    """ Order quantity still open after the fill. """
    cum_qty: Decimal | Unset = UNSET
    """ Order quantity filled so far. """
    order_id: str | Unset = UNSET
    order_status: OrderStatus | Unset = UNSET
    date: datetime.date | Unset = UNSET
    """ Day the activity happened or settled. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the non-trade entry was booked. """
    net_amount: Decimal | Unset = UNSET
    """ Cash effect on the account (negative for debits). """
    per_share_amount: Decimal | Unset = UNSET
    """ Dividend per share. """
    currency: str | Unset = UNSET
    group_id: str | Unset = UNSET
    """ Links related activities. """
    status: ActivityStatus | Unset = UNSET
    """ State of a non-trade activity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        activity_type: str | Unset = UNSET
        if not isinstance(self.activity_type, Unset):
            activity_type = self.activity_type.value

        activity_sub_type: str | Unset = UNSET
        if not isinstance(self.activity_sub_type, Unset):
            activity_sub_type = self.activity_sub_type.value

        transaction_time: str | Unset = UNSET
        if not isinstance(self.transaction_time, Unset):
            transaction_time = self.transaction_time.isoformat()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = format(self.qty, "f")

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        symbol = self.symbol

        cusip = self.cusip

        leaves_qty: str | Unset = UNSET
        if not isinstance(self.leaves_qty, Unset):
            leaves_qty = format(self.leaves_qty, "f")

        cum_qty: str | Unset = UNSET
        if not isinstance(self.cum_qty, Unset):
            cum_qty = format(self.cum_qty, "f")

        order_id = self.order_id

        order_status: str | Unset = UNSET
        if not isinstance(self.order_status, Unset):
            order_status = self.order_status.value

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        net_amount: str | Unset = UNSET
        if not isinstance(self.net_amount, Unset):
            net_amount = format(self.net_amount, "f")

        per_share_amount: str | Unset = UNSET
        if not isinstance(self.per_share_amount, Unset):
            per_share_amount = format(self.per_share_amount, "f")

        currency = self.currency

        group_id = self.group_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if activity_type is not UNSET:
            field_dict["activity_type"] = activity_type
        if activity_sub_type is not UNSET:
            field_dict["activity_sub_type"] = activity_sub_type
        if transaction_time is not UNSET:
            field_dict["transaction_time"] = transaction_time
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if qty is not UNSET:
            field_dict["qty"] = qty
        if side is not UNSET:
            field_dict["side"] = side
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if leaves_qty is not UNSET:
            field_dict["leaves_qty"] = leaves_qty
        if cum_qty is not UNSET:
            field_dict["cum_qty"] = cum_qty
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if date is not UNSET:
            field_dict["date"] = date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if per_share_amount is not UNSET:
            field_dict["per_share_amount"] = per_share_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id", UNSET)

        _activity_type = _data.pop("activity_type", UNSET)
        activity_type: ActivityType | Unset
        if isinstance(_activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = ActivityType(_activity_type)

        _activity_sub_type = _data.pop("activity_sub_type", UNSET)
        activity_sub_type: ActivitySubType | Unset
        if isinstance(_activity_sub_type, Unset):
            activity_sub_type = UNSET
        else:
            activity_sub_type = ActivitySubType(_activity_sub_type)

        _transaction_time = _data.pop("transaction_time", UNSET)
        transaction_time: datetime.datetime | Unset
        if isinstance(_transaction_time, Unset):
            transaction_time = UNSET
        else:
            transaction_time = datetime.datetime.fromisoformat(_transaction_time)

        _type_ = _data.pop("type", UNSET)
        type_: ActivityFillType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ActivityFillType(_type_)

        _price = _data.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Decimal(str(_price))

        _qty = _data.pop("qty", UNSET)
        qty: Decimal | Unset
        if isinstance(_qty, Unset):
            qty = UNSET
        else:
            qty = Decimal(str(_qty))

        _side = _data.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide(_side)

        symbol = _data.pop("symbol", UNSET)

        cusip = _data.pop("cusip", UNSET)

        _leaves_qty = _data.pop("leaves_qty", UNSET)
        leaves_qty: Decimal | Unset
        if isinstance(_leaves_qty, Unset):
            leaves_qty = UNSET
        else:
            leaves_qty = Decimal(str(_leaves_qty))

        _cum_qty = _data.pop("cum_qty", UNSET)
        cum_qty: Decimal | Unset
        if isinstance(_cum_qty, Unset):
            cum_qty = UNSET
        else:
            cum_qty = Decimal(str(_cum_qty))

        order_id = _data.pop("order_id", UNSET)

        _order_status = _data.pop("order_status", UNSET)
        order_status: OrderStatus | Unset
        if isinstance(_order_status, Unset):
            order_status = UNSET
        else:
            order_status = OrderStatus(_order_status)

        _date = _data.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _created_at = _data.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _net_amount = _data.pop("net_amount", UNSET)
        net_amount: Decimal | Unset
        if isinstance(_net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = Decimal(str(_net_amount))

        _per_share_amount = _data.pop("per_share_amount", UNSET)
        per_share_amount: Decimal | Unset
        if isinstance(_per_share_amount, Unset):
            per_share_amount = UNSET
        else:
            per_share_amount = Decimal(str(_per_share_amount))

        currency = _data.pop("currency", UNSET)

        group_id = _data.pop("group_id", UNSET)

        _status = _data.pop("status", UNSET)
        status: ActivityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ActivityStatus(_status)

        account_activity = cls(
            id=id,
            activity_type=activity_type,
            activity_sub_type=activity_sub_type,
            transaction_time=transaction_time,
            type_=type_,
            price=price,
            qty=qty,
            side=side,
            symbol=symbol,
            cusip=cusip,
            leaves_qty=leaves_qty,
            cum_qty=cum_qty,
            order_id=order_id,
            order_status=order_status,
            date=date,
            created_at=created_at,
            net_amount=net_amount,
            per_share_amount=per_share_amount,
            currency=currency,
            group_id=group_id,
            status=status,
        )

        account_activity.additional_properties = _data
        account_activity.raw = dict(src_dict)
        return account_activity

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
