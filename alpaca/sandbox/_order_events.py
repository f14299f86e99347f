"""Order events for the trading stream: what changed in the account, as Alpaca's trade updates.

:class:`ObservedEngine` wraps every mutating call of the order engine: it notes each order's
status and filled quantity before the call, compares after it, and publishes one event per
change (``new``, ``fill``, ``partial_fill``, ``canceled``, ``replaced``, ``expired``, ...) to
the :class:`OrderEvents` observers. Diffing keeps the engine itself unaware of the stream.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from alpaca.sandbox._format import fmt_decimal, fmt_time_ns
from alpaca.sandbox._orders import OrderEngine
from alpaca.sandbox._state import Order, State

Event = dict[str, Any]
Observer = Callable[[Event], None]

_EVENT_OF_STATUS = {"filled": "fill", "partially_filled": "partial_fill"}
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class OrderEvents:
    """Observers of order events (thread-safe; observers must not block)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._observers: list[Observer] = []

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(event)`` for every event; returns the function that unsubscribes."""
        with self._lock:
            self._observers.append(observer)

        def unsubscribe() -> None:
            with self._lock:
                if observer in self._observers:
                    self._observers.remove(observer)

        return unsubscribe

    def publish(self, events: list[Event]) -> None:
        """Hand ``events`` to every observer, in order."""
        with self._lock:
            observers = list(self._observers)
        for event in events:
            for observer in observers:
                observer(event)


Snapshot = dict[str, tuple[str, Decimal, Decimal | None]]


class ObservedEngine(OrderEngine):
    """An :class:`OrderEngine` that publishes the trade updates of each of its changes."""

    def __init__(self, state: State, events: OrderEvents) -> None:
        super().__init__(state)
        self.events = events
        self._depth = 0

    @contextmanager
    def _observed(self) -> Iterator[None]:
        with self.state.lock:
            self._depth += 1
            before = _snapshot(self.state) if self._depth == 1 else None
            try:
                yield
            finally:
                self._depth -= 1
                found = _changes(self.state, before) if before is not None else []
        if found:
            self.events.publish(found)

    def submit(self, body: dict[str, Any]) -> Order:
        with self._observed():
            return super().submit(body)

    def cancel(self, order_id: str) -> None:
        with self._observed():
            super().cancel(order_id)

    def cancel_all(self) -> list[dict[str, Any]]:
        with self._observed():
            return super().cancel_all()

    def replace(self, order_id: str, body: dict[str, Any]) -> Order:
        with self._observed():
            return super().replace(order_id, body)

    def close_position(self, symbol_or_id: str, qty: str | None, percentage: str | None) -> Order:
        with self._observed():
            return super().close_position(symbol_or_id, qty, percentage)

    def close_all(self, cancel_orders: bool) -> list[dict[str, Any]]:
        with self._observed():
            return super().close_all(cancel_orders)


def _snapshot(state: State) -> Snapshot:
    return {
        order_id: (order.status, order.filled_qty, order.filled_avg_price)
        for order_id, order in state.orders.items()
    }


def _changes(state: State, before: Snapshot) -> list[Event]:
    """Events for orders that changed since ``before``: known orders first, then new ones."""
    known, created = [], []
    for order_id, order in state.orders.items():
        was = before.get(order_id)
        if was is None:
            if order.status == "held":  # exit legs speak once they are activated
                continue
            created.append(_new_event(state, order))
            if order.status != "new":
                created.append(_status_event(state, order, ("new", Decimal(0), None)))
        elif (was[0], was[1]) != (order.status, order.filled_qty):
            known.append(_status_event(state, order, was))
    return known + created


def _new_event(state: State, order: Order) -> Event:
    """The ``new`` event, showing the order as it was before filling or cancelling."""
    event = _event(state, order, "new")
    event["order"].update(
        status="new",
        filled_qty="0",
        filled_avg_price=None,
        filled_at=None,
        canceled_at=None,
        updated_at=event["order"]["submitted_at"],
    )
    return event


def _status_event(state: State, order: Order, was: tuple[str, Decimal, Decimal | None]) -> Event:
    event = _event(state, order, _EVENT_OF_STATUS.get(order.status, order.status))
    if was[0] == "held" and order.status == "new":
        return event
    filled = order.filled_qty - was[1]
    if filled > 0 and order.filled_avg_price is not None:
        cost = order.filled_avg_price * order.filled_qty - (was[2] or Decimal(0)) * was[1]
        held = state.positions.get(order.symbol)
        event.update(
            execution_id=str(uuid.uuid4()),
            price=fmt_decimal(cost / filled),
            qty=fmt_decimal(filled),
            position_qty=fmt_decimal(held.qty if held is not None else Decimal(0)),
        )
    return event


def _event(state: State, order: Order, name: str) -> Event:
    at = fmt_time_ns(order.updated_at or state.now())
    return {
        "event": name,
        "at": at,
        "event_id": _ulid(),
        "timestamp": at,
        "order": order.to_json(),
    }


def _ulid() -> str:
    """A ULID: 48-bit millisecond time and 80 random bits, Crockford base32."""
    value = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))
