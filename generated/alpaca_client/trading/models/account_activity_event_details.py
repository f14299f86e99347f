from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.activity_execution_type import ActivityExecutionType
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus


@_attrs_define
class AccountActivityEventDetails:
    """Type-specific part of an activity event, flattened: fill fields (order_id, side, cum_qty, execution_type...) or the
    fields of one non-trade kind (dividends, splits, mergers, name changes, spinoffs, options events, transfers,
    journals, fees...).

    """

    order_id: str | None = None
    client_order_id: str | None = None
    asset_id: str | None = None
    symbol: str | None = None
    cusip: str | None = None
    side: OrderSide | None = None
    """ Buy or sell; empty on the parent of a multi-leg order. """
    execution_type: ActivityExecutionType | None = None
    """ A fill, or a later correction or cancellation (bust) of one. """
    order_status: OrderStatus | None = None
    cum_qty: Decimal | None = None
    leaves_qty: Decimal | None = None
    commission: Decimal | None = None
    system_date: datetime.date | None = None
    group_id: str | None = None
    ca_id: str | None = None
    reorg_id: str | None = None
    position_date: datetime.date | None = None
    ex_date: datetime.date | None = None
    record_date: datetime.date | None = None
    payable_date: datetime.date | None = None
    payment_date: datetime.date | None = None
    effective_date: datetime.date | None = None
    expiration_date: datetime.date | None = None
    due_bill_on_date: datetime.date | None = None
    due_bill_off_date: datetime.date | None = None
    due_bill_redemption_date: datetime.date | None = None
    rate: Decimal | None = None
    cash_rate: Decimal | None = None
    cash_payout: Decimal | None = None
    entitled_qty: Decimal | None = None
    paid_qty: Decimal | None = None
    position_qty: Decimal | None = None
    removed_qty: Decimal | None = None
    qty: Decimal | None = None
    foreign: bool | None = None
    special: bool | None = None
    old_symbol: str | None = None
    old_cusip: str | None = None
    old_rate: Decimal | None = None
    old_qty: Decimal | None = None
    new_symbol: str | None = None
    new_cusip: str | None = None
    new_rate: Decimal | None = None
    new_qty: Decimal | None = None
    new_price: Decimal | None = None
    source_symbol: str | None = None
    source_cusip: str | None = None
    source_rate: Decimal | None = None
    source_qty: Decimal | None = None
    source_price: Decimal | None = None
    alternate_symbol: str | None = None
    alternate_cusip: str | None = None
    alternate_rate: Decimal | None = None
    alternate_qty: Decimal | None = None
    acquirer_symbol: str | None = None
    acquirer_cusip: str | None = None
    acquirer_rate: Decimal | None = None
    acquirer_qty: Decimal | None = None
    acquiree_symbol: str | None = None
    acquiree_cusip: str | None = None
    acquiree_rate: Decimal | None = None
    acquiree_qty: Decimal | None = None
    old_contract_symbol: str | None = None
    new_contract_symbol: str | None = None
    request_id: str | None = None
    """ ACATS request the transfer belongs to. """
    external_id: str | None = None
    hold_date: datetime.date | None = None
    contra: str | None = None
    journal_id: str | None = None
    bank_transaction_id: str | None = None
    parent_id: str | None = None
    """ Id of the activity a fee or withholding belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.order_id is not None:
            field_dict["order_id"] = self.order_id
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        if self.asset_id is not None:
            field_dict["asset_id"] = self.asset_id
        if self.symbol is not None:
            field_dict["symbol"] = self.symbol
        if self.cusip is not None:
            field_dict["cusip"] = self.cusip
        if self.side is not None:
            field_dict["side"] = self.side.value
        if self.execution_type is not None:
            field_dict["execution_type"] = self.execution_type.value
        if self.order_status is not None:
            field_dict["order_status"] = self.order_status.value
        if self.cum_qty is not None:
            field_dict["cum_qty"] = format(self.cum_qty, "f")
        if self.leaves_qty is not None:
            field_dict["leaves_qty"] = format(self.leaves_qty, "f")
        if self.commission is not None:
            field_dict["commission"] = format(self.commission, "f")
        if self.system_date is not None:
            field_dict["system_date"] = self.system_date.isoformat()
        if self.group_id is not None:
            field_dict["group_id"] = self.group_id
        if self.ca_id is not None:
            field_dict["ca_id"] = self.ca_id
        if self.reorg_id is not None:
            field_dict["reorg_id"] = self.reorg_id
        if self.position_date is not None:
            field_dict["position_date"] = self.position_date.isoformat()
        if self.ex_date is not None:
            field_dict["ex_date"] = self.ex_date.isoformat()
        if self.record_date is not None:
            field_dict["record_date"] = self.record_date.isoformat()
        if self.payable_date is not None:
            field_dict["payable_date"] = self.payable_date.isoformat()
        if self.payment_date is not None:
            field_dict["payment_date"] = self.payment_date.isoformat()
        if self.effective_date is not None:
            field_dict["effective_date"] = self.effective_date.isoformat()
        if self.expiration_date is not None:
            field_dict["expiration_date"] = self.expiration_date.isoformat()
        if self.due_bill_on_date is not None:
            field_dict["due_bill_on_date"] = self.due_bill_on_date.isoformat()
        if self.due_bill_off_date is not None:
            field_dict["due_bill_off_date"] = self.due_bill_off_date.isoformat()
        if self.due_bill_redemption_date is not None:
            field_dict["due_bill_redemption_date"] = self.due_bill_redemption_date.isoformat()
        if self.rate is not None:
            field_dict["rate"] = format(self.rate, "f")
        if self.cash_rate is not None:
            field_dict["cash_rate"] = format(self.cash_rate, "f")
        if self.cash_payout is not None:
            field_dict["cash_payout"] = format(self.cash_payout, "f")
        if self.entitled_qty is not None:
            field_dict["entitled_qty"] = format(self.entitled_qty, "f")
        if self.paid_qty is not None:
            field_dict["paid_qty"] = format(self.paid_qty, "f")
        if self.position_qty is not None:
            field_dict["position_qty"] = format(self.position_qty, "f")
        if self.removed_qty is not None:
            field_dict["removed_qty"] = format(self.removed_qty, "f")
        if self.qty is not None:
            field_dict["qty"] = format(self.qty, "f")
        if self.foreign is not None:
            field_dict["foreign"] = self.foreign
        if self.special is not None:
            field_dict["special"] = self.special
        if self.old_symbol is not None:
            field_dict["old_symbol"] = self.old_symbol
        if self.old_cusip is not None:
            field_dict["old_cusip"] = self.old_cusip
        if self.old_rate is not None:
            field_dict["old_rate"] = format(self.old_rate, "f")
        if self.old_qty is not None:
            field_dict["old_qty"] = format(self.old_qty, "f")
        if self.new_symbol is not None:
            field_dict["new_symbol"] = self.new_symbol
        if self.new_cusip is not None:
            field_dict["new_cusip"] = self.new_cusip
        if self.new_rate is not None:
            field_dict["new_rate"] = format(self.new_rate, "f")
        if self.new_qty is not None:
            field_dict["new_qty"] = format(self.new_qty, "f")
        if self.new_price is not None:
            field_dict["new_price"] = format(self.new_price, "f")
        if self.source_symbol is not None:
            field_dict["source_symbol"] = self.source_symbol
        if self.source_cusip is not None:
            field_dict["source_cusip"] = self.source_cusip
        if self.source_rate is not None:
            field_dict["source_rate"] = format(self.source_rate, "f")
        if self.source_qty is not None:
            field_dict["source_qty"] = format(self.source_qty, "f")
        if self.source_price is not None:
            field_dict["source_price"] = format(self.source_price, "f")
        if self.alternate_symbol is not None:
            field_dict["alternate_symbol"] = self.alternate_symbol
        if self.alternate_cusip is not None:
            field_dict["alternate_cusip"] = self.alternate_cusip
        if self.alternate_rate is not None:
            field_dict["alternate_rate"] = format(self.alternate_rate, "f")
        if self.alternate_qty is not None:
            field_dict["alternate_qty"] = format(self.alternate_qty, "f")
        if self.acquirer_symbol is not None:
            field_dict["acquirer_symbol"] = self.acquirer_symbol
        if self.acquirer_cusip is not None:
            field_dict["acquirer_cusip"] = self.acquirer_cusip
        if self.acquirer_rate is not None:
            field_dict["acquirer_rate"] = format(self.acquirer_rate, "f")
        if self.acquirer_qty is not None:
            field_dict["acquirer_qty"] = format(self.acquirer_qty, "f")
        if self.acquiree_symbol is not None:
            field_dict["acquiree_symbol"] = self.acquiree_symbol
        if self.acquiree_cusip is not None:
            field_dict["acquiree_cusip"] = self.acquiree_cusip
        if self.acquiree_rate is not None:
            field_dict["acquiree_rate"] = format(self.acquiree_rate, "f")
        if self.acquiree_qty is not None:
            field_dict["acquiree_qty"] = format(self.acquiree_qty, "f")
        if self.old_contract_symbol is not None:
            field_dict["old_contract_symbol"] = self.old_contract_symbol
        if self.new_contract_symbol is not None:
            field_dict["new_contract_symbol"] = self.new_contract_symbol
        if self.request_id is not None:
            field_dict["request_id"] = self.request_id
        if self.external_id is not None:
            field_dict["external_id"] = self.external_id
        if self.hold_date is not None:
            field_dict["hold_date"] = self.hold_date.isoformat()
        if self.contra is not None:
            field_dict["contra"] = self.contra
        if self.journal_id is not None:
            field_dict["journal_id"] = self.journal_id
        if self.bank_transaction_id is not None:
            field_dict["bank_transaction_id"] = self.bank_transaction_id
        if self.parent_id is not None:
            field_dict["parent_id"] = self.parent_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        _order_id = data.get("order_id")
        _client_order_id = data.get("client_order_id")
        _asset_id = data.get("asset_id")
        _symbol = data.get("symbol")
        _cusip = data.get("cusip")
        _side = data.get("side")
        _execution_type = data.get("execution_type")
        _order_status = data.get("order_status")
        _cum_qty = data.get("cum_qty")
        _leaves_qty = data.get("leaves_qty")
        _commission = data.get("commission")
        _system_date = data.get("system_date")
        _group_id = data.get("group_id")
        _ca_id = data.get("ca_id")
        _reorg_id = data.get("reorg_id")
        _position_date = data.get("position_date")
        _ex_date = data.get("ex_date")
        _record_date = data.get("record_date")
        _payable_date = data.get("payable_date")
        _payment_date = data.get("payment_date")
        _effective_date = data.get("effective_date")
        _expiration_date = data.get("expiration_date")
        _due_bill_on_date = data.get("due_bill_on_date")
        _due_bill_off_date = data.get("due_bill_off_date")
        _due_bill_redemption_date = data.get("due_bill_redemption_date")
        _rate = data.get("rate")
        _cash_rate = data.get("cash_rate")
        _cash_payout = data.get("cash_payout")
        _entitled_qty = data.get("entitled_qty")
        _paid_qty = data.get("paid_qty")
        _position_qty = data.get("position_qty")
        _removed_qty = data.get("removed_qty")
        _qty = data.get("qty")
        _foreign = data.get("foreign")
        _special = data.get("special")
        _old_symbol = data.get("old_symbol")
        _old_cusip = data.get("old_cusip")
        _old_rate = data.get("old_rate")
        _old_qty = data.get("old_qty")
        _new_symbol = data.get("new_symbol")
        _new_cusip = data.get("new_cusip")
        _new_rate = data.get("new_rate")
        _new_qty = data.get("new_qty")
        _new_price = data.get("new_price")
        _source_symbol = data.get("source_symbol")
        _source_cusip = data.get("source_cusip")
        _source_rate = data.get("source_rate")
        _source_qty = data.get("source_qty")
        _source_price = data.get("source_price")
        _alternate_symbol = data.get("alternate_symbol")
        _alternate_cusip = data.get("alternate_cusip")
        _alternate_rate = data.get("alternate_rate")
        _alternate_qty = data.get("alternate_qty")
        _acquirer_symbol = data.get("acquirer_symbol")
        _acquirer_cusip = data.get("acquirer_cusip")
        _acquirer_rate = data.get("acquirer_rate")
        _acquirer_qty = data.get("acquirer_qty")
        _acquiree_symbol = data.get("acquiree_symbol")
        _acquiree_cusip = data.get("acquiree_cusip")
        _acquiree_rate = data.get("acquiree_rate")
        _acquiree_qty = data.get("acquiree_qty")
        _old_contract_symbol = data.get("old_contract_symbol")
        _new_contract_symbol = data.get("new_contract_symbol")
        _request_id = data.get("request_id")
        _external_id = data.get("external_id")
        _hold_date = data.get("hold_date")
        _contra = data.get("contra")
        _journal_id = data.get("journal_id")
        _bank_transaction_id = data.get("bank_transaction_id")
        _parent_id = data.get("parent_id")
        result = cls(
            order_id=None if _order_id is None else parsing.string(_order_id, "order_id"),
            client_order_id=None
            if _client_order_id is None
            else parsing.string(_client_order_id, "client_order_id"),
            asset_id=None if _asset_id is None else parsing.string(_asset_id, "asset_id"),
            symbol=None if _symbol is None else parsing.string(_symbol, "symbol"),
            cusip=None if _cusip is None else parsing.string(_cusip, "cusip"),
            side=None if _side is None else parsing.str_enum(OrderSide, _side, "side"),
            execution_type=None
            if _execution_type is None
            else parsing.str_enum(ActivityExecutionType, _execution_type, "execution_type"),
            order_status=None
            if _order_status is None
            else parsing.str_enum(OrderStatus, _order_status, "order_status"),
            cum_qty=None if _cum_qty is None else parsing.decimal(_cum_qty, "cum_qty"),
            leaves_qty=None if _leaves_qty is None else parsing.decimal(_leaves_qty, "leaves_qty"),
            commission=None if _commission is None else parsing.decimal(_commission, "commission"),
            system_date=None if _system_date is None else parsing.date(_system_date, "system_date"),
            group_id=None if _group_id is None else parsing.string(_group_id, "group_id"),
            ca_id=None if _ca_id is None else parsing.string(_ca_id, "ca_id"),
            reorg_id=None if _reorg_id is None else parsing.string(_reorg_id, "reorg_id"),
            position_date=None
            if _position_date is None
            else parsing.date(_position_date, "position_date"),
            ex_date=None if _ex_date is None else parsing.date(_ex_date, "ex_date"),
            record_date=None if _record_date is None else parsing.date(_record_date, "record_date"),
            payable_date=None
            if _payable_date is None
            else parsing.date(_payable_date, "payable_date"),
            payment_date=None
            if _payment_date is None
            else parsing.date(_payment_date, "payment_date"),
            effective_date=None
            if _effective_date is None
            else parsing.date(_effective_date, "effective_date"),
            expiration_date=None
            if _expiration_date is None
            else parsing.date(_expiration_date, "expiration_date"),
            due_bill_on_date=None
            if _due_bill_on_date is None
            else parsing.date(_due_bill_on_date, "due_bill_on_date"),
            due_bill_off_date=None
            if _due_bill_off_date is None
            else parsing.date(_due_bill_off_date, "due_bill_off_date"),
            due_bill_redemption_date=None
            if _due_bill_redemption_date is None
            else parsing.date(_due_bill_redemption_date, "due_bill_redemption_date"),
            rate=None if _rate is None else parsing.decimal(_rate, "rate"),
            cash_rate=None if _cash_rate is None else parsing.decimal(_cash_rate, "cash_rate"),
            cash_payout=None
            if _cash_payout is None
            else parsing.decimal(_cash_payout, "cash_payout"),
            entitled_qty=None
            if _entitled_qty is None
            else parsing.decimal(_entitled_qty, "entitled_qty"),
            paid_qty=None if _paid_qty is None else parsing.decimal(_paid_qty, "paid_qty"),
            position_qty=None
            if _position_qty is None
            else parsing.decimal(_position_qty, "position_qty"),
            removed_qty=None
            if _removed_qty is None
            else parsing.decimal(_removed_qty, "removed_qty"),
            qty=None if _qty is None else parsing.decimal(_qty, "qty"),
            foreign=None if _foreign is None else parsing.boolean(_foreign, "foreign"),
            special=None if _special is None else parsing.boolean(_special, "special"),
            old_symbol=None if _old_symbol is None else parsing.string(_old_symbol, "old_symbol"),
            old_cusip=None if _old_cusip is None else parsing.string(_old_cusip, "old_cusip"),
            old_rate=None if _old_rate is None else parsing.decimal(_old_rate, "old_rate"),
            old_qty=None if _old_qty is None else parsing.decimal(_old_qty, "old_qty"),
            new_symbol=None if _new_symbol is None else parsing.string(_new_symbol, "new_symbol"),
            new_cusip=None if _new_cusip is None else parsing.string(_new_cusip, "new_cusip"),
            new_rate=None if _new_rate is None else parsing.decimal(_new_rate, "new_rate"),
            new_qty=None if _new_qty is None else parsing.decimal(_new_qty, "new_qty"),
            new_price=None if _new_price is None else parsing.decimal(_new_price, "new_price"),
            source_symbol=None
            if _source_symbol is None
            else parsing.string(_source_symbol, "source_symbol"),
            source_cusip=None
            if _source_cusip is None
            else parsing.string(_source_cusip, "source_cusip"),
            source_rate=None
            if _source_rate is None
            else parsing.decimal(_source_rate, "source_rate"),
            source_qty=None if _source_qty is None else parsing.decimal(_source_qty, "source_qty"),
            source_price=None
            if _source_price is None
            else parsing.decimal(_source_price, "source_price"),
            alternate_symbol=None
            if _alternate_symbol is None
            else parsing.string(_alternate_symbol, "alternate_symbol"),
            alternate_cusip=None
            if _alternate_cusip is None
            else parsing.string(_alternate_cusip, "alternate_cusip"),
            alternate_rate=None
            if _alternate_rate is None
            else parsing.decimal(_alternate_rate, "alternate_rate"),
            alternate_qty=None
            if _alternate_qty is None
            else parsing.decimal(_alternate_qty, "alternate_qty"),
            acquirer_symbol=None
            if _acquirer_symbol is None
            else parsing.string(_acquirer_symbol, "acquirer_symbol"),
            acquirer_cusip=None
            if _acquirer_cusip is None
            else parsing.string(_acquirer_cusip, "acquirer_cusip"),
            acquirer_rate=None
            if _acquirer_rate is None
            else parsing.decimal(_acquirer_rate, "acquirer_rate"),
            acquirer_qty=None
            if _acquirer_qty is None
            else parsing.decimal(_acquirer_qty, "acquirer_qty"),
            acquiree_symbol=None
            if _acquiree_symbol is None
            else parsing.string(_acquiree_symbol, "acquiree_symbol"),
            acquiree_cusip=None
            if _acquiree_cusip is None
            else parsing.string(_acquiree_cusip, "acquiree_cusip"),
            acquiree_rate=None
            if _acquiree_rate is None
            else parsing.decimal(_acquiree_rate, "acquiree_rate"),
            acquiree_qty=None
            if _acquiree_qty is None
            else parsing.decimal(_acquiree_qty, "acquiree_qty"),
            old_contract_symbol=None
            if _old_contract_symbol is None
            else parsing.string(_old_contract_symbol, "old_contract_symbol"),
            new_contract_symbol=None
            if _new_contract_symbol is None
            else parsing.string(_new_contract_symbol, "new_contract_symbol"),
            request_id=None if _request_id is None else parsing.string(_request_id, "request_id"),
            external_id=None
            if _external_id is None
            else parsing.string(_external_id, "external_id"),
            hold_date=None if _hold_date is None else parsing.date(_hold_date, "hold_date"),
            contra=None if _contra is None else parsing.string(_contra, "contra"),
            journal_id=None if _journal_id is None else parsing.string(_journal_id, "journal_id"),
            bank_transaction_id=None
            if _bank_transaction_id is None
            else parsing.string(_bank_transaction_id, "bank_transaction_id"),
            parent_id=None if _parent_id is None else parsing.string(_parent_id, "parent_id"),
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
        "order_id",
        "client_order_id",
        "asset_id",
        "symbol",
        "cusip",
        "side",
        "execution_type",
        "order_status",
        "cum_qty",
        "leaves_qty",
        "commission",
        "system_date",
        "group_id",
        "ca_id",
        "reorg_id",
        "position_date",
        "ex_date",
        "record_date",
        "payable_date",
        "payment_date",
        "effective_date",
        "expiration_date",
        "due_bill_on_date",
        "due_bill_off_date",
        "due_bill_redemption_date",
        "rate",
        "cash_rate",
        "cash_payout",
        "entitled_qty",
        "paid_qty",
        "position_qty",
        "removed_qty",
        "qty",
        "foreign",
        "special",
        "old_symbol",
        "old_cusip",
        "old_rate",
        "old_qty",
        "new_symbol",
        "new_cusip",
        "new_rate",
        "new_qty",
        "new_price",
        "source_symbol",
        "source_cusip",
        "source_rate",
        "source_qty",
        "source_price",
        "alternate_symbol",
        "alternate_cusip",
        "alternate_rate",
        "alternate_qty",
        "acquirer_symbol",
        "acquirer_cusip",
        "acquirer_rate",
        "acquirer_qty",
        "acquiree_symbol",
        "acquiree_cusip",
        "acquiree_rate",
        "acquiree_qty",
        "old_contract_symbol",
        "new_contract_symbol",
        "request_id",
        "external_id",
        "hold_date",
        "contra",
        "journal_id",
        "bank_transaction_id",
        "parent_id",
    }
)
