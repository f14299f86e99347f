"""Account activities derived from the sandbox state: the initial deposit (CSD) and one FILL
per order that has filled (in part or in full), with Alpaca's sortable ``<time>::<uuid>`` ids."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._format import fmt_decimal, fmt_time_ns
from alpaca.sandbox._state import INITIAL_CASH, Order, State

_ID_NAMESPACE = uuid.UUID("0b6c7f0e-3d1a-4c55-8f2e-6a9d3c1b7e42")
ACTIVITY_TYPES = frozenset(
    {
        "FILL", "TRANS", "MISC", "ACATC", "ACATS", "CFEE", "CGD", "CSD", "CSW", "DIV", "DIVCGL",
        "DIVCGS", "DIVFEE", "DIVFT", "DIVNRA", "DIVROC", "DIVTW", "DIVTXEX", "FEE", "INT",
        "INTNRA", "INTTW", "JNL", "JNLC", "JNLS", "MA", "NC", "OPASN", "OPCA", "OPCSH", "OPEXC",
        "OPEXP", "OPTRD", "PTC", "PTR", "REORG", "SPIN", "SPLIT", "FOPT", "VOF", "WH",
    }
)  # fmt: skip
TRADE_TYPES = frozenset({"FILL"})


@dataclass(frozen=True, slots=True)
class Activity:
    """One activity: its id, type, moment, New York day and JSON body."""

    id: str
    type: str
    at: datetime
    day: date
    body: dict[str, Any]


def _activity_id(at: datetime, key: str, with_time: bool) -> str:
    stamp = f"{at:%Y%m%d%H%M%S}{at.microsecond // 1000:03d}" if with_time else f"{at:%Y%m%d}"
    return f"{stamp.ljust(17, '0')}::{uuid.uuid5(_ID_NAMESPACE, key)}"


def _deposit(state: State) -> Activity:
    at = state.created_at
    day = cal.et_date(at)
    activity_id = _activity_id(at, "initial-deposit", with_time=False)
    body = {
        "id": activity_id,
        "activity_type": "CSD",
        "date": day.isoformat(),
        "created_at": fmt_time_ns(at),
        "net_amount": fmt_decimal(INITIAL_CASH),
        "currency": "USD",
        "description": "initial deposit",
        "status": "executed",
    }
    return Activity(activity_id, "CSD", at, day, body)


def _fill(order: Order) -> Activity:
    at = order.filled_at
    assert at is not None and order.filled_avg_price is not None
    activity_id = _activity_id(at, order.id, with_time=True)
    ordered = order.qty if order.qty is not None else order.filled_qty
    body = {
        "id": activity_id,
        "activity_type": "FILL",
        "transaction_time": fmt_time_ns(at),
        "type": "fill" if order.status == "filled" else "partial_fill",
        "price": fmt_decimal(order.filled_avg_price),
        "qty": fmt_decimal(order.filled_qty),
        "side": order.side,
        "symbol": order.symbol,
        "leaves_qty": fmt_decimal(ordered - order.filled_qty),
        "order_id": order.id,
        "cum_qty": fmt_decimal(order.filled_qty),
        "order_status": order.status,
    }
    return Activity(activity_id, "FILL", at, cal.et_date(at), body)


def activities(state: State) -> list[Activity]:
    """Every activity of the account, oldest first (ids sort the same way)."""
    found = [_deposit(state)]
    found += [
        _fill(order)
        for order in state.orders.values()
        if order.filled_qty > 0 and order.filled_at is not None
    ]
    found.sort(key=lambda activity: activity.id)
    return found
