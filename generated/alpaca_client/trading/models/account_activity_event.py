from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.activity_sub_type import ActivitySubType
from ..models.activity_type import ActivityType

if TYPE_CHECKING:
    from ..models.account_activity_event_details import AccountActivityEventDetails


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
    activity_subtype: ActivitySubType | None = None
    """ Finer kind within an activity type, when known. DIV: CDIV, SDIV, SPD. FEE: REG, TAF, LCT, ORF, OCC, NRC,
    NRV, COM, CAT. INT: MGN, CDT, SWP, QII. MA: CMA, SMA, SCMA. NC: SNC, CNC, SCNC. OPCA: the dotted values and
    SPIN. REORG: WRM. SPLIT: FSPLIT, RSPLIT, USPLIT. VOF: VTND, VWRT, VRGT, VEXH. WH: SWH, FWH, SLWH. """
    previous_id: str | None = None
    """ Id of the activity this one corrects or cancels. """
    net_amount: Decimal | None = None
    price: Decimal | None = None
    qty: Decimal | None = None
    swap_rate: Decimal | None = None
    """ Exchange rate applied when the activity is in a local currency. """
    swap_fee_bps: Decimal | None = None
    """ Conversion fee in basis points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["event_id"] = self.event_id
        field_dict["at"] = self.at.isoformat()
        field_dict["activity_type"] = self.activity_type.value
        field_dict["executed_at"] = self.executed_at.isoformat()
        field_dict["settle_date"] = self.settle_date.isoformat()
        field_dict["status"] = self.status
        field_dict["currency"] = self.currency
        field_dict["ref_id"] = self.ref_id
        field_dict["details"] = self.details.to_dict()
        if self.activity_subtype is not None:
            field_dict["activity_subtype"] = self.activity_subtype.value
        if self.previous_id is not None:
            field_dict["previous_id"] = self.previous_id
        if self.net_amount is not None:
            field_dict["net_amount"] = format(self.net_amount, "f")
        if self.price is not None:
            field_dict["price"] = format(self.price, "f")
        if self.qty is not None:
            field_dict["qty"] = format(self.qty, "f")
        if self.swap_rate is not None:
            field_dict["swap_rate"] = format(self.swap_rate, "f")
        if self.swap_fee_bps is not None:
            field_dict["swap_fee_bps"] = format(self.swap_fee_bps, "f")
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.account_activity_event_details import AccountActivityEventDetails  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _event_id = data["event_id"]
            _at = data["at"]
            _activity_type = data["activity_type"]
            _executed_at = data["executed_at"]
            _settle_date = data["settle_date"]
            _status = data["status"]
            _currency = data["currency"]
            _ref_id = data["ref_id"]
            _details = data["details"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _activity_subtype = data.get("activity_subtype")
        _previous_id = data.get("previous_id")
        _net_amount = data.get("net_amount")
        _price = data.get("price")
        _qty = data.get("qty")
        _swap_rate = data.get("swap_rate")
        _swap_fee_bps = data.get("swap_fee_bps")
        result = cls(
            event_id=parsing.string(_event_id, "event_id"),
            at=parsing.date_time(_at, "at"),
            activity_type=parsing.str_enum(ActivityType, _activity_type, "activity_type"),
            executed_at=parsing.date_time(_executed_at, "executed_at"),
            settle_date=parsing.date(_settle_date, "settle_date"),
            status=parsing.string(_status, "status"),
            currency=parsing.string(_currency, "currency"),
            ref_id=parsing.string(_ref_id, "ref_id"),
            details=parsing.model(AccountActivityEventDetails.from_dict, _details, "details"),
            activity_subtype=None
            if _activity_subtype is None
            else parsing.str_enum(ActivitySubType, _activity_subtype, "activity_subtype"),
            previous_id=None
            if _previous_id is None
            else parsing.string(_previous_id, "previous_id"),
            net_amount=None if _net_amount is None else parsing.decimal(_net_amount, "net_amount"),
            price=None if _price is None else parsing.decimal(_price, "price"),
            qty=None if _qty is None else parsing.decimal(_qty, "qty"),
            swap_rate=None if _swap_rate is None else parsing.decimal(_swap_rate, "swap_rate"),
            swap_fee_bps=None
            if _swap_fee_bps is None
            else parsing.decimal(_swap_fee_bps, "swap_fee_bps"),
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
        "event_id",
        "at",
        "activity_type",
        "executed_at",
        "settle_date",
        "status",
        "currency",
        "ref_id",
        "details",
        "activity_subtype",
        "previous_id",
        "net_amount",
        "price",
        "qty",
        "swap_rate",
        "swap_fee_bps",
    }
)
