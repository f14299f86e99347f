"""The account activity event journal behind ``/v2beta1/events/activities``.

Events are derived from the orders: whenever an order's filled quantity has grown since the
journal last looked, one ``FILL`` event records the new part (its quantity and price), so
partial fills give one event each. Event ids are ULIDs: the event time in milliseconds, then a
counter, so they increase strictly in the order events are journaled. The journal holds only
plain data (it is saved with the rest of the state).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._format import fmt_decimal, fmt_time_ns

if TYPE_CHECKING:
    from alpaca.sandbox._state import Order

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_EXECUTION_NAMESPACE = uuid.UUID("9b2e4c7a-1f3d-4a8b-b6e5-0c7d2f9a3e18")
_PRICE_PLACES = Decimal("0.000000001")


def ulid(millis: int, counter: int) -> str:
    """The 26-character ULID of a millisecond time and an 80-bit counter."""
    number = (millis << 80) | counter
    return "".join(_CROCKFORD[(number >> shift) & 31] for shift in range(125, -1, -5))


@dataclass(slots=True)
class ActivityEvent:
    """One journaled event: id, time and the JSON body sent."""

    id: str
    at: datetime
    body: dict[str, Any]


@dataclass(slots=True)
class EventJournal:
    """Activity events in id order, and how much of each order they account for."""

    events: list[ActivityEvent] = field(default_factory=list)
    filled: dict[str, Decimal] = field(default_factory=dict)
    """Per order id: the filled quantity the journal has events for."""
    cost: dict[str, Decimal] = field(default_factory=dict)
    """Per order id: quantity times price of those events."""
    last_millis: int = 0
    last_counter: int = 0

    def catch_up(self, orders: Iterable[Order]) -> None:
        """Journal the fills the orders show and the journal has not seen yet (``orders`` in
        the order they were placed: fills of one instant are journaled in that order)."""
        grown = [
            order
            for order in orders
            if order.filled_at is not None
            and order.filled_avg_price is not None
            and order.filled_qty > self.filled.get(order.id, Decimal(0))
        ]
        grown.sort(key=lambda order: order.filled_at or order.created_at)  # stable: ties by age
        for order in grown:
            self._record(order)

    def _next_id(self, at: datetime) -> str:
        millis = int(at.timestamp() * 1000)
        if millis > self.last_millis:
            self.last_millis, self.last_counter = millis, 0
        else:
            self.last_counter += 1
        return ulid(self.last_millis, self.last_counter)

    def _record(self, order: Order) -> None:
        at, average = order.filled_at, order.filled_avg_price
        assert at is not None and average is not None
        before = self.filled.get(order.id, Decimal(0))
        cost_before = self.cost.get(order.id, Decimal(0))
        qty = order.filled_qty - before
        total = order.filled_qty * average
        price = ((total - cost_before) / qty).quantize(_PRICE_PLACES).normalize()
        self.filled[order.id], self.cost[order.id] = order.filled_qty, total
        event_id = self._next_id(at)
        ordered = order.qty if order.qty is not None else order.filled_qty
        amount = qty * price
        body = {
            "event_id": event_id,
            "at": fmt_time_ns(at),
            "activity_type": "FILL",
            "executed_at": fmt_time_ns(at),
            "settle_date": cal.settlement_date(cal.et_date(at)).isoformat(),
            "status": "executed",
            "currency": "USD",
            "ref_id": str(uuid.uuid5(_EXECUTION_NAMESPACE, f"{order.id}:{order.filled_qty}")),
            "net_amount": fmt_decimal(-amount if order.side == "buy" else amount),
            "price": fmt_decimal(price),
            "qty": fmt_decimal(qty),
            "details": {
                "order_id": order.id,
                "client_order_id": order.client_order_id,
                "asset_id": order.asset_id,
                "symbol": order.symbol,
                "side": order.side,
                "execution_type": "fill",
                "order_status": order.status,
                "cum_qty": fmt_decimal(order.filled_qty),
                "leaves_qty": fmt_decimal(max(ordered - order.filled_qty, Decimal(0))),
                "commission": "0",
            },
        }
        self.events.append(ActivityEvent(event_id, at, body))
