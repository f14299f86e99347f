from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_execution_type import ActivityExecutionType
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountActivityEventDetails")


@_attrs_define
class AccountActivityEventDetails:
    """Type-specific part of an activity event, flattened: fill fields (order_id, side, cum_qty, execution_type...) or the
    fields of one non-trade kind (dividends, splits, mergers, name changes, spinoffs, options events, transfers,
    journals, fees...).

    """

    order_id: str | Unset = UNSET
    client_order_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    symbol: str | Unset = UNSET
    cusip: str | Unset = UNSET
    side: OrderSide | Unset = UNSET
    """ Buy or sell; empty on the parent of a multi-leg order. """
    execution_type: ActivityExecutionType | Unset = UNSET
    """ A fill, or a later correction or cancellation (bust) of one. """
    order_status: OrderStatus | Unset = UNSET
    cum_qty: Decimal | Unset = UNSET
    leaves_qty: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    system_date: datetime.date | Unset = UNSET
    group_id: str | Unset = UNSET
    ca_id: str | Unset = UNSET
    reorg_id: str | Unset = UNSET
    position_date: datetime.date | Unset = UNSET
    ex_date: datetime.date | Unset = UNSET
    record_date: datetime.date | Unset = UNSET
    payable_date: datetime.date | Unset = UNSET
    payment_date: datetime.date | Unset = UNSET
    effective_date: datetime.date | Unset = UNSET
    expiration_date: datetime.date | Unset = UNSET
    due_bill_on_date: datetime.date | Unset = UNSET
    due_bill_off_date: datetime.date | Unset = UNSET
    due_bill_redemption_date: datetime.date | Unset = UNSET
    rate: Decimal | Unset = UNSET
    cash_rate: Decimal | Unset = UNSET
    cash_payout: Decimal | Unset = UNSET
    entitled_qty: Decimal | Unset = UNSET
    paid_qty: Decimal | Unset = UNSET
    position_qty: Decimal | Unset = UNSET
    removed_qty: Decimal | Unset = UNSET
    qty: Decimal | Unset = UNSET
    foreign: bool | Unset = UNSET
    special: bool | Unset = UNSET
    old_symbol: str | Unset = UNSET
    old_cusip: str | Unset = UNSET
    old_rate: Decimal | Unset = UNSET
    old_qty: Decimal | Unset = UNSET
    new_symbol: str | Unset = UNSET
    new_cusip: str | Unset = UNSET
    new_rate: Decimal | Unset = UNSET
    new_qty: Decimal | Unset = UNSET
    new_price: Decimal | Unset = UNSET
    source_symbol: str | Unset = UNSET
    source_cusip: str | Unset = UNSET
    source_rate: Decimal | Unset = UNSET
    source_qty: Decimal | Unset = UNSET
    source_price: Decimal | Unset = UNSET
    alternate_symbol: str | Unset = UNSET
    alternate_cusip: str | Unset = UNSET
    alternate_rate: Decimal | Unset = UNSET
    alternate_qty: Decimal | Unset = UNSET
    acquirer_symbol: str | Unset = UNSET
    acquirer_cusip: str | Unset = UNSET
    acquirer_rate: Decimal | Unset = UNSET
    acquirer_qty: Decimal | Unset = UNSET
    acquiree_symbol: str | Unset = UNSET
    acquiree_cusip: str | Unset = UNSET
    acquiree_rate: Decimal | Unset = UNSET
    acquiree_qty: Decimal | Unset = UNSET
    old_contract_symbol: str | Unset = UNSET
    new_contract_symbol: str | Unset = UNSET
    request_id: str | Unset = UNSET
    """ ACATS request the transfer belongs to. """
    external_id: str | Unset = UNSET
    hold_date: datetime.date | Unset = UNSET
    contra: str | Unset = UNSET
    journal_id: str | Unset = UNSET
    bank_transaction_id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    """ Id of the activity a fee or withholding belongs to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        client_order_id = self.client_order_id

        asset_id = self.asset_id

        symbol = self.symbol

        cusip = self.cusip

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        execution_type: str | Unset = UNSET
        if not isinstance(self.execution_type, Unset):
            execution_type = self.execution_type.value

        order_status: str | Unset = UNSET
        if not isinstance(self.order_status, Unset):
            order_status = self.order_status.value

        cum_qty: str | Unset = UNSET
        if not isinstance(self.cum_qty, Unset):
            cum_qty = format(self.cum_qty, "f")

        leaves_qty: str | Unset = UNSET
        if not isinstance(self.leaves_qty, Unset):
            leaves_qty = format(self.leaves_qty, "f")

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        system_date: str | Unset = UNSET
        if not isinstance(self.system_date, Unset):
            system_date = self.system_date.isoformat()

        group_id = self.group_id

        ca_id = self.ca_id

        reorg_id = self.reorg_id

        position_date: str | Unset = UNSET
        if not isinstance(self.position_date, Unset):
            position_date = self.position_date.isoformat()

        ex_date: str | Unset = UNSET
        if not isinstance(self.ex_date, Unset):
            ex_date = self.ex_date.isoformat()

        record_date: str | Unset = UNSET
        if not isinstance(self.record_date, Unset):
            record_date = self.record_date.isoformat()

        payable_date: str | Unset = UNSET
        if not isinstance(self.payable_date, Unset):
            payable_date = self.payable_date.isoformat()

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        effective_date: str | Unset = UNSET
        if not isinstance(self.effective_date, Unset):
            effective_date = self.effective_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        due_bill_on_date: str | Unset = UNSET
        if not isinstance(self.due_bill_on_date, Unset):
            due_bill_on_date = self.due_bill_on_date.isoformat()

        due_bill_off_date: str | Unset = UNSET
        if not isinstance(self.due_bill_off_date, Unset):
            due_bill_off_date = self.due_bill_off_date.isoformat()

        due_bill_redemption_date: str | Unset = UNSET
        if not isinstance(self.due_bill_redemption_date, Unset):
            due_bill_redemption_date = self.due_bill_redemption_date.isoformat()

        rate: str | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = format(self.rate, "f")

        cash_rate: str | Unset = UNSET
        if not isinstance(self.cash_rate, Unset):
            cash_rate = format(self.cash_rate, "f")

        cash_payout: str | Unset = UNSET
        if not isinstance(self.cash_payout, Unset):
            cash_payout = format(self.cash_payout, "f")

        entitled_qty: str | Unset = UNSET
        if not isinstance(self.entitled_qty, Unset):
            entitled_qty = format(self.entitled_qty, "f")

        paid_qty: str | Unset = UNSET
        if not isinstance(self.paid_qty, Unset):
            paid_qty = format(self.paid_qty, "f")

        position_qty: str | Unset = UNSET
        if not isinstance(self.position_qty, Unset):
            position_qty = format(self.position_qty, "f")

        removed_qty: str | Unset = UNSET
        if not isinstance(self.removed_qty, Unset):
            removed_qty = format(self.removed_qty, "f")

        qty: str | Unset = UNSET
        if not isinstance(self.qty, Unset):
            qty = format(self.qty, "f")

        foreign = self.foreign

        special = self.special

        old_symbol = self.old_symbol

        old_cusip = self.old_cusip

        old_rate: str | Unset = UNSET
        if not isinstance(self.old_rate, Unset):
            old_rate = format(self.old_rate, "f")

        old_qty: str | Unset = UNSET
        if not isinstance(self.old_qty, Unset):
            old_qty = format(self.old_qty, "f")

        new_symbol = self.new_symbol

        new_cusip = self.new_cusip

        new_rate: str | Unset = UNSET
        if not isinstance(self.new_rate, Unset):
            new_rate = format(self.new_rate, "f")

        new_qty: str | Unset = UNSET
        if not isinstance(self.new_qty, Unset):
            new_qty = format(self.new_qty, "f")

        new_price: str | Unset = UNSET
        if not isinstance(self.new_price, Unset):
            new_price = format(self.new_price, "f")

        source_symbol = self.source_symbol

        source_cusip = self.source_cusip

        source_rate: str | Unset = UNSET
        if not isinstance(self.source_rate, Unset):
            source_rate = format(self.source_rate, "f")

        source_qty: str | Unset = UNSET
        if not isinstance(self.source_qty, Unset):
            source_qty = format(self.source_qty, "f")

        source_price: str | Unset = UNSET
        if not isinstance(self.source_price, Unset):
            source_price = format(self.source_price, "f")

        alternate_symbol = self.alternate_symbol

        alternate_cusip = self.alternate_cusip

        alternate_rate: str | Unset = UNSET
        if not isinstance(self.alternate_rate, Unset):
            alternate_rate = format(self.alternate_rate, "f")

        alternate_qty: str | Unset = UNSET
        if not isinstance(self.alternate_qty, Unset):
            alternate_qty = format(self.alternate_qty, "f")

        acquirer_symbol = self.acquirer_symbol

        acquirer_cusip = self.acquirer_cusip

        acquirer_rate: str | Unset = UNSET
        if not isinstance(self.acquirer_rate, Unset):
            acquirer_rate = format(self.acquirer_rate, "f")

        acquirer_qty: str | Unset = UNSET
        if not isinstance(self.acquirer_qty, Unset):
            acquirer_qty = format(self.acquirer_qty, "f")

        acquiree_symbol = self.acquiree_symbol

        acquiree_cusip = self.acquiree_cusip

        acquiree_rate: str | Unset = UNSET
        if not isinstance(self.acquiree_rate, Unset):
            acquiree_rate = format(self.acquiree_rate, "f")

        acquiree_qty: str | Unset = UNSET
        if not isinstance(self.acquiree_qty, Unset):
            acquiree_qty = format(self.acquiree_qty, "f")

        old_contract_symbol = self.old_contract_symbol

        new_contract_symbol = self.new_contract_symbol

        request_id = self.request_id

        external_id = self.external_id

        hold_date: str | Unset = UNSET
        if not isinstance(self.hold_date, Unset):
            hold_date = self.hold_date.isoformat()

        contra = self.contra

        journal_id = self.journal_id

        bank_transaction_id = self.bank_transaction_id

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if side is not UNSET:
            field_dict["side"] = side
        if execution_type is not UNSET:
            field_dict["execution_type"] = execution_type
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if cum_qty is not UNSET:
            field_dict["cum_qty"] = cum_qty
        if leaves_qty is not UNSET:
            field_dict["leaves_qty"] = leaves_qty
        if commission is not UNSET:
            field_dict["commission"] = commission
        if system_date is not UNSET:
            field_dict["system_date"] = system_date
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if ca_id is not UNSET:
            field_dict["ca_id"] = ca_id
        if reorg_id is not UNSET:
            field_dict["reorg_id"] = reorg_id
        if position_date is not UNSET:
            field_dict["position_date"] = position_date
        if ex_date is not UNSET:
            field_dict["ex_date"] = ex_date
        if record_date is not UNSET:
            field_dict["record_date"] = record_date
        if payable_date is not UNSET:
            field_dict["payable_date"] = payable_date
        if payment_date is not UNSET:
            field_dict["payment_date"] = payment_date
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if due_bill_on_date is not UNSET:
            field_dict["due_bill_on_date"] = due_bill_on_date
        if due_bill_off_date is not UNSET:
            field_dict["due_bill_off_date"] = due_bill_off_date
        if due_bill_redemption_date is not UNSET:
            field_dict["due_bill_redemption_date"] = due_bill_redemption_date
        if rate is not UNSET:
            field_dict["rate"] = rate
        if cash_rate is not UNSET:
            field_dict["cash_rate"] = cash_rate
        if cash_payout is not UNSET:
            field_dict["cash_payout"] = cash_payout
        if entitled_qty is not UNSET:
            field_dict["entitled_qty"] = entitled_qty
        if paid_qty is not UNSET:
            field_dict["paid_qty"] = paid_qty
        if position_qty is not UNSET:
            field_dict["position_qty"] = position_qty
        if removed_qty is not UNSET:
            field_dict["removed_qty"] = removed_qty
        if qty is not UNSET:
            field_dict["qty"] = qty
        if foreign is not UNSET:
            field_dict["foreign"] = foreign
        if special is not UNSET:
            field_dict["special"] = special
        if old_symbol is not UNSET:
            field_dict["old_symbol"] = old_symbol
        if old_cusip is not UNSET:
            field_dict["old_cusip"] = old_cusip
        if old_rate is not UNSET:
            field_dict["old_rate"] = old_rate
        if old_qty is not UNSET:
            field_dict["old_qty"] = old_qty
        if new_symbol is not UNSET:
            field_dict["new_symbol"] = new_symbol
        if new_cusip is not UNSET:
            field_dict["new_cusip"] = new_cusip
        if new_rate is not UNSET:
            field_dict["new_rate"] = new_rate
        if new_qty is not UNSET:
            field_dict["new_qty"] = new_qty
        if new_price is not UNSET:
            field_dict["new_price"] = new_price
        if source_symbol is not UNSET:
            field_dict["source_symbol"] = source_symbol
        if source_cusip is not UNSET:
            field_dict["source_cusip"] = source_cusip
        if source_rate is not UNSET:
            field_dict["source_rate"] = source_rate
        if source_qty is not UNSET:
            field_dict["source_qty"] = source_qty
        if source_price is not UNSET:
            field_dict["source_price"] = source_price
        if alternate_symbol is not UNSET:
            field_dict["alternate_symbol"] = alternate_symbol
        if alternate_cusip is not UNSET:
            field_dict["alternate_cusip"] = alternate_cusip
        if alternate_rate is not UNSET:
            field_dict["alternate_rate"] = alternate_rate
        if alternate_qty is not UNSET:
            field_dict["alternate_qty"] = alternate_qty
        if acquirer_symbol is not UNSET:
            field_dict["acquirer_symbol"] = acquirer_symbol
        if acquirer_cusip is not UNSET:
            field_dict["acquirer_cusip"] = acquirer_cusip
        if acquirer_rate is not UNSET:
            field_dict["acquirer_rate"] = acquirer_rate
        if acquirer_qty is not UNSET:
            field_dict["acquirer_qty"] = acquirer_qty
        if acquiree_symbol is not UNSET:
            field_dict["acquiree_symbol"] = acquiree_symbol
        if acquiree_cusip is not UNSET:
            field_dict["acquiree_cusip"] = acquiree_cusip
        if acquiree_rate is not UNSET:
            field_dict["acquiree_rate"] = acquiree_rate
        if acquiree_qty is not UNSET:
            field_dict["acquiree_qty"] = acquiree_qty
        if old_contract_symbol is not UNSET:
            field_dict["old_contract_symbol"] = old_contract_symbol
        if new_contract_symbol is not UNSET:
            field_dict["new_contract_symbol"] = new_contract_symbol
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if hold_date is not UNSET:
            field_dict["hold_date"] = hold_date
        if contra is not UNSET:
            field_dict["contra"] = contra
        if journal_id is not UNSET:
            field_dict["journal_id"] = journal_id
        if bank_transaction_id is not UNSET:
            field_dict["bank_transaction_id"] = bank_transaction_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        order_id = _data.pop("order_id", UNSET)

        client_order_id = _data.pop("client_order_id", UNSET)

        asset_id = _data.pop("asset_id", UNSET)

        symbol = _data.pop("symbol", UNSET)

        cusip = _data.pop("cusip", UNSET)

        _side = _data.pop("side", UNSET)
        side: OrderSide | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = OrderSide(_side)

        _execution_type = _data.pop("execution_type", UNSET)
        execution_type: ActivityExecutionType | Unset
        if isinstance(_execution_type, Unset):
            execution_type = UNSET
        else:
            execution_type = ActivityExecutionType(_execution_type)

        _order_status = _data.pop("order_status", UNSET)
        order_status: OrderStatus | Unset
        if isinstance(_order_status, Unset):
            order_status = UNSET
        else:
            order_status = OrderStatus(_order_status)

        _cum_qty = _data.pop("cum_qty", UNSET)
        cum_qty: Decimal | Unset
        if isinstance(_cum_qty, Unset):
            cum_qty = UNSET
        else:
            cum_qty = Decimal(str(_cum_qty))

        _leaves_qty = _data.pop("leaves_qty", UNSET)
        leaves_qty: Decimal | Unset
        if isinstance(_leaves_qty, Unset):
            leaves_qty = UNSET
        else:
            leaves_qty = Decimal(str(_leaves_qty))

        _commission = _data.pop("commission", UNSET)
        commission: Decimal | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = Decimal(str(_commission))

        _system_date = _data.pop("system_date", UNSET)
        system_date: datetime.date | Unset
        if isinstance(_system_date, Unset):
            system_date = UNSET
        else:
            system_date = datetime.date.fromisoformat(_system_date)

        group_id = _data.pop("group_id", UNSET)

        ca_id = _data.pop("ca_id", UNSET)

        reorg_id = _data.pop("reorg_id", UNSET)

        _position_date = _data.pop("position_date", UNSET)
        position_date: datetime.date | Unset
        if isinstance(_position_date, Unset):
            position_date = UNSET
        else:
            position_date = datetime.date.fromisoformat(_position_date)

        _ex_date = _data.pop("ex_date", UNSET)
        ex_date: datetime.date | Unset
        if isinstance(_ex_date, Unset):
            ex_date = UNSET
        else:
            ex_date = datetime.date.fromisoformat(_ex_date)

        _record_date = _data.pop("record_date", UNSET)
        record_date: datetime.date | Unset
        if isinstance(_record_date, Unset):
            record_date = UNSET
        else:
            record_date = datetime.date.fromisoformat(_record_date)

        _payable_date = _data.pop("payable_date", UNSET)
        payable_date: datetime.date | Unset
        if isinstance(_payable_date, Unset):
            payable_date = UNSET
        else:
            payable_date = datetime.date.fromisoformat(_payable_date)

        _payment_date = _data.pop("payment_date", UNSET)
        payment_date: datetime.date | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.date.fromisoformat(_payment_date)

        _effective_date = _data.pop("effective_date", UNSET)
        effective_date: datetime.date | Unset
        if isinstance(_effective_date, Unset):
            effective_date = UNSET
        else:
            effective_date = datetime.date.fromisoformat(_effective_date)

        _expiration_date = _data.pop("expiration_date", UNSET)
        expiration_date: datetime.date | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.date.fromisoformat(_expiration_date)

        _due_bill_on_date = _data.pop("due_bill_on_date", UNSET)
        due_bill_on_date: datetime.date | Unset
        if isinstance(_due_bill_on_date, Unset):
            due_bill_on_date = UNSET
        else:
            due_bill_on_date = datetime.date.fromisoformat(_due_bill_on_date)

        _due_bill_off_date = _data.pop("due_bill_off_date", UNSET)
        due_bill_off_date: datetime.date | Unset
        if isinstance(_due_bill_off_date, Unset):
            due_bill_off_date = UNSET
        else:
            due_bill_off_date = datetime.date.fromisoformat(_due_bill_off_date)

        _due_bill_redemption_date = _data.pop("due_bill_redemption_date", UNSET)
        due_bill_redemption_date: datetime.date | Unset
        if isinstance(_due_bill_redemption_date, Unset):
            due_bill_redemption_date = UNSET
        else:
            due_bill_redemption_date = datetime.date.fromisoformat(_due_bill_redemption_date)

        _rate = _data.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = Decimal(str(_rate))

        _cash_rate = _data.pop("cash_rate", UNSET)
        cash_rate: Decimal | Unset
        if isinstance(_cash_rate, Unset):
            cash_rate = UNSET
        else:
            cash_rate = Decimal(str(_cash_rate))

        _cash_payout = _data.pop("cash_payout", UNSET)
        cash_payout: Decimal | Unset
        if isinstance(_cash_payout, Unset):
            cash_payout = UNSET
        else:
            cash_payout = Decimal(str(_cash_payout))

        _entitled_qty = _data.pop("entitled_qty", UNSET)
        entitled_qty: Decimal | Unset
        if isinstance(_entitled_qty, Unset):
            entitled_qty = UNSET
        else:
            entitled_qty = Decimal(str(_entitled_qty))

        _paid_qty = _data.pop("paid_qty", UNSET)
        paid_qty: Decimal | Unset
        if isinstance(_paid_qty, Unset):
            paid_qty = UNSET
        else:
            paid_qty = Decimal(str(_paid_qty))

        _position_qty = _data.pop("position_qty", UNSET)
        position_qty: Decimal | Unset
        if isinstance(_position_qty, Unset):
            position_qty = UNSET
        else:
            position_qty = Decimal(str(_position_qty))

        _removed_qty = _data.pop("removed_qty", UNSET)
        removed_qty: Decimal | Unset
        if isinstance(_removed_qty, Unset):
            removed_qty = UNSET
        else:
            removed_qty = Decimal(str(_removed_qty))

        _qty = _data.pop("qty", UNSET)
        qty: Decimal | Unset
        if isinstance(_qty, Unset):
            qty = UNSET
        else:
            qty = Decimal(str(_qty))

        foreign = _data.pop("foreign", UNSET)

        special = _data.pop("special", UNSET)

        old_symbol = _data.pop("old_symbol", UNSET)

        old_cusip = _data.pop("old_cusip", UNSET)

        _old_rate = _data.pop("old_rate", UNSET)
        old_rate: Decimal | Unset
        if isinstance(_old_rate, Unset):
            old_rate = UNSET
        else:
            old_rate = Decimal(str(_old_rate))

        _old_qty = _data.pop("old_qty", UNSET)
        old_qty: Decimal | Unset
        if isinstance(_old_qty, Unset):
            old_qty = UNSET
        else:
            old_qty = Decimal(str(_old_qty))

        new_symbol = _data.pop("new_symbol", UNSET)

        new_cusip = _data.pop("new_cusip", UNSET)

        _new_rate = _data.pop("new_rate", UNSET)
        new_rate: Decimal | Unset
        if isinstance(_new_rate, Unset):
            new_rate = UNSET
        else:
            new_rate = Decimal(str(_new_rate))

        _new_qty = _data.pop("new_qty", UNSET)
        new_qty: Decimal | Unset
        if isinstance(_new_qty, Unset):
            new_qty = UNSET
        else:
            new_qty = Decimal(str(_new_qty))

        _new_price = _data.pop("new_price", UNSET)
        new_price: Decimal | Unset
        if isinstance(_new_price, Unset):
            new_price = UNSET
        else:
            new_price = Decimal(str(_new_price))

        source_symbol = _data.pop("source_symbol", UNSET)

        source_cusip = _data.pop("source_cusip", UNSET)

        _source_rate = _data.pop("source_rate", UNSET)
        source_rate: Decimal | Unset
        if isinstance(_source_rate, Unset):
            source_rate = UNSET
        else:
            source_rate = Decimal(str(_source_rate))

        _source_qty = _data.pop("source_qty", UNSET)
        source_qty: Decimal | Unset
        if isinstance(_source_qty, Unset):
            source_qty = UNSET
        else:
            source_qty = Decimal(str(_source_qty))

        _source_price = _data.pop("source_price", UNSET)
        source_price: Decimal | Unset
        if isinstance(_source_price, Unset):
            source_price = UNSET
        else:
            source_price = Decimal(str(_source_price))

        alternate_symbol = _data.pop("alternate_symbol", UNSET)

        alternate_cusip = _data.pop("alternate_cusip", UNSET)

        _alternate_rate = _data.pop("alternate_rate", UNSET)
        alternate_rate: Decimal | Unset
        if isinstance(_alternate_rate, Unset):
            alternate_rate = UNSET
        else:
            alternate_rate = Decimal(str(_alternate_rate))

        _alternate_qty = _data.pop("alternate_qty", UNSET)
        alternate_qty: Decimal | Unset
        if isinstance(_alternate_qty, Unset):
            alternate_qty = UNSET
        else:
            alternate_qty = Decimal(str(_alternate_qty))

        acquirer_symbol = _data.pop("acquirer_symbol", UNSET)

        acquirer_cusip = _data.pop("acquirer_cusip", UNSET)

        _acquirer_rate = _data.pop("acquirer_rate", UNSET)
        acquirer_rate: Decimal | Unset
        if isinstance(_acquirer_rate, Unset):
            acquirer_rate = UNSET
        else:
            acquirer_rate = Decimal(str(_acquirer_rate))

        _acquirer_qty = _data.pop("acquirer_qty", UNSET)
        acquirer_qty: Decimal | Unset
        if isinstance(_acquirer_qty, Unset):
            acquirer_qty = UNSET
        else:
            acquirer_qty = Decimal(str(_acquirer_qty))

        acquiree_symbol = _data.pop("acquiree_symbol", UNSET)

        acquiree_cusip = _data.pop("acquiree_cusip", UNSET)

        _acquiree_rate = _data.pop("acquiree_rate", UNSET)
        acquiree_rate: Decimal | Unset
        if isinstance(_acquiree_rate, Unset):
            acquiree_rate = UNSET
        else:
            acquiree_rate = Decimal(str(_acquiree_rate))

        _acquiree_qty = _data.pop("acquiree_qty", UNSET)
        acquiree_qty: Decimal | Unset
        if isinstance(_acquiree_qty, Unset):
            acquiree_qty = UNSET
        else:
            acquiree_qty = Decimal(str(_acquiree_qty))

        old_contract_symbol = _data.pop("old_contract_symbol", UNSET)

        new_contract_symbol = _data.pop("new_contract_symbol", UNSET)

        request_id = _data.pop("request_id", UNSET)

        external_id = _data.pop("external_id", UNSET)

        _hold_date = _data.pop("hold_date", UNSET)
        hold_date: datetime.date | Unset
        if isinstance(_hold_date, Unset):
            hold_date = UNSET
        else:
            hold_date = datetime.date.fromisoformat(_hold_date)

        contra = _data.pop("contra", UNSET)

        journal_id = _data.pop("journal_id", UNSET)

        bank_transaction_id = _data.pop("bank_transaction_id", UNSET)

        parent_id = _data.pop("parent_id", UNSET)

        account_activity_event_details = cls(
            order_id=order_id,
            client_order_id=client_order_id,
            asset_id=asset_id,
            symbol=symbol,
            cusip=cusip,
            side=side,
            execution_type=execution_type,
            order_status=order_status,
            cum_qty=cum_qty,
            leaves_qty=leaves_qty,
            commission=commission,
            system_date=system_date,
            group_id=group_id,
            ca_id=ca_id,
            reorg_id=reorg_id,
            position_date=position_date,
            ex_date=ex_date,
            record_date=record_date,
            payable_date=payable_date,
            payment_date=payment_date,
            effective_date=effective_date,
            expiration_date=expiration_date,
            due_bill_on_date=due_bill_on_date,
            due_bill_off_date=due_bill_off_date,
            due_bill_redemption_date=due_bill_redemption_date,
            rate=rate,
            cash_rate=cash_rate,
            cash_payout=cash_payout,
            entitled_qty=entitled_qty,
            paid_qty=paid_qty,
            position_qty=position_qty,
            removed_qty=removed_qty,
            qty=qty,
            foreign=foreign,
            special=special,
            old_symbol=old_symbol,
            old_cusip=old_cusip,
            old_rate=old_rate,
            old_qty=old_qty,
            new_symbol=new_symbol,
            new_cusip=new_cusip,
            new_rate=new_rate,
            new_qty=new_qty,
            new_price=new_price,
            source_symbol=source_symbol,
            source_cusip=source_cusip,
            source_rate=source_rate,
            source_qty=source_qty,
            source_price=source_price,
            alternate_symbol=alternate_symbol,
            alternate_cusip=alternate_cusip,
            alternate_rate=alternate_rate,
            alternate_qty=alternate_qty,
            acquirer_symbol=acquirer_symbol,
            acquirer_cusip=acquirer_cusip,
            acquirer_rate=acquirer_rate,
            acquirer_qty=acquirer_qty,
            acquiree_symbol=acquiree_symbol,
            acquiree_cusip=acquiree_cusip,
            acquiree_rate=acquiree_rate,
            acquiree_qty=acquiree_qty,
            old_contract_symbol=old_contract_symbol,
            new_contract_symbol=new_contract_symbol,
            request_id=request_id,
            external_id=external_id,
            hold_date=hold_date,
            contra=contra,
            journal_id=journal_id,
            bank_transaction_id=bank_transaction_id,
            parent_id=parent_id,
        )

        account_activity_event_details.additional_properties = _data
        account_activity_event_details.raw = dict(src_dict)
        return account_activity_event_details

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
