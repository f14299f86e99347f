from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_sub_type import ActivitySubType
from ..models.activity_type import ActivityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_activity_event_details import AccountActivityEventDetails


T = TypeVar("T", bound="AccountActivityEvent")


@_attrs_define
class AccountActivityEvent:
    """One message of the activity event stream; `details` depends on `activity_type`."""

    event_id: str
    """ Sortable, increasing event id (a ULID); resume with `since_id`. """
    at: datetime.datetime
    """ When the event was emitted. """
    activity_type: ActivityType
    """ Kind of account activity: FILL (order fills), TRANS (cash in/out), MISC (rare kinds), ACATC/ACATS (account
    transfers of cash/securities), CFEE (crypto fee), CGD (capital gain distribution), CSD/CSW (cash
    deposit/withdrawal), DIV and DIVCGL, DIVCGS, DIVFEE, DIVFT, DIVNRA, DIVROC, DIVTW, DIVTXEX (dividends and their
    adjustments), FEE, INT, INTNRA, INTTW (interest), JNL, JNLC, JNLS (journals), MA (merger), NC (name change),
    OPASN, OPCA, OPCSH, OPEXC, OPEXP, OPTRD (options assignment, corporate action, cash, exercise, expiry, trade),
    PTC/PTR (pass-through charge/rebate), REORG, SPIN, SPLIT, FOPT (free-of-payment transfer), VOF (voluntary
    offering), WH (withholding). """
    executed_at: datetime.datetime
    settle_date: datetime.date
    status: str
    currency: str
    """ ISO currency code. """
    ref_id: str
    """ Stable activity id (the execution id of a fill, else the transaction id). """
    details: AccountActivityEventDetails
    """ Type-specific part of an activity event, flattened: fill fields (order_id, side, cum_qty, execution_type...)
    or the fields of one non-trade kind (dividends, splits, mergers, name changes, spinoffs, options events,
    transfers, journals, fees...). """
    activity_subtype: ActivitySubType | Unset = UNSET
    """ Finer kind within an activity type, when known. DIV: CDIV, SDIV, SPD. FEE: REG, TAF, LCT, ORF, OCC, NRC,
    NRV, COM, CAT. INT: MGN, CDT, SWP, QII. MA: CMA, SMA, SCMA. NC: SNC, CNC, SCNC. OPCA: the dotted values and
    SPIN. REORG: WRM. SPLIT: FSPLIT, RSPLIT, USPLIT. VOF: VTND, VWRT, VRGT, VEXH. WH: SWH, FWH, SLWH. """
    previous_id: str | Unset = UNSET
    """ Id of the activity this one corrects or cancels. """
    net_amount: Decimal | Unset = UNSET
    price: Decimal | Unset = UNSET
    qty: Decimal | Unset = UNSET
    swap_rate: Decimal | Unset = UNSET
    """ Exchange rate applied when the activity is in a local currency. """
    swap_fee_bps: Decimal | Unset = UNSET
    """ Conversion fee in basis points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        at = self.at.isoformat()

        activity_type = self.activity_type.value

        executed_at = self.executed_at.isoformat()

        settle_date = self.settle_date.isoformat()

        status = self.status

        currency = self.currency

        ref_id = self.ref_id

        details = self.details.to_dict()

        activity_subtype: str | Unset = UNSET
        if not isinstance(self.activity_subtype, Unset):
            activity_subtype = self.activity_subtype.value

        previous_id = self.previous_id

        net_amount: str | Unset = UNSET
        if not isinstance(self.net_amount, Unset):
            net_amount = format(self.net_amount, "f")

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = format(self.price, "f")

        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = format(self.qty, "f")

        swap_rate: str | Unset = UNSET
        if not isinstance(self.swap_rate, Unset):
            swap_rate = format(self.swap_rate, "f")

        swap_fee_bps: str | Unset = UNSET
        if not isinstance(self.swap_fee_bps, Unset):
            swap_fee_bps = format(self.swap_fee_bps, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "at": at,
                "activity_type": activity_type,
                "executed_at": executed_at,
                "settle_date": settle_date,
                "status": status,
                "currency": currency,
                "ref_id": ref_id,
                "details": details,
            }
        )
        if activity_subtype is not UNSET:
            field_dict["activity_subtype"] = activity_subtype
        if previous_id is not UNSET:
            field_dict["previous_id"] = previous_id
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if price is not UNSET:
            field_dict["price"] = price
        if qty is not UNSET:
            field_dict["qty"] = qty
        if swap_rate is not UNSET:
            field_dict["swap_rate"] = swap_rate
        if swap_fee_bps is not UNSET:
            field_dict["swap_fee_bps"] = swap_fee_bps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_activity_event_details import AccountActivityEventDetails  # noqa: PLC0415

        _data = dict(src_dict)
        event_id = _data.pop("event_id")

        at = datetime.datetime.fromisoformat(_data.pop("at"))

        activity_type = ActivityType(_data.pop("activity_type"))

        executed_at = datetime.datetime.fromisoformat(_data.pop("executed_at"))

        settle_date = datetime.date.fromisoformat(_data.pop("settle_date"))

        status = _data.pop("status")

        currency = _data.pop("currency")

        ref_id = _data.pop("ref_id")

        details = AccountActivityEventDetails.from_dict(_data.pop("details"))

        _activity_subtype = _data.pop("activity_subtype", UNSET)
        activity_subtype: ActivitySubType | Unset
        if isinstance(_activity_subtype, Unset):
            activity_subtype = UNSET
        else:
            activity_subtype = ActivitySubType(_activity_subtype)

        previous_id = _data.pop("previous_id", UNSET)

        _net_amount = _data.pop("net_amount", UNSET)
        net_amount: Decimal | Unset
        if isinstance(_net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = Decimal(str(_net_amount))

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

        _swap_rate = _data.pop("swap_rate", UNSET)
        swap_rate: Decimal | Unset
        if isinstance(_swap_rate, Unset):
            swap_rate = UNSET
        else:
            swap_rate = Decimal(str(_swap_rate))

        _swap_fee_bps = _data.pop("swap_fee_bps", UNSET)
        swap_fee_bps: Decimal | Unset
        if isinstance(_swap_fee_bps, Unset):
            swap_fee_bps = UNSET
        else:
            swap_fee_bps = Decimal(str(_swap_fee_bps))

        account_activity_event = cls(
            event_id=event_id,
            at=at,
            activity_type=activity_type,
            executed_at=executed_at,
            settle_date=settle_date,
            status=status,
            currency=currency,
            ref_id=ref_id,
            details=details,
            activity_subtype=activity_subtype,
            previous_id=previous_id,
            net_amount=net_amount,
            price=price,
            qty=qty,
            swap_rate=swap_rate,
            swap_fee_bps=swap_fee_bps,
        )

        account_activity_event.additional_properties = _data
        account_activity_event.raw = dict(src_dict)
        return account_activity_event

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
