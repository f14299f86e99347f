"""Order events for the trading stream: the engine's :class:`OrderEvent` as Alpaca's trade updates.

The engine publishes each order change (``new``, ``fill``, ``partial_fill``, ``canceled``,
``replaced``, ``expired``, ...) after its state lock is released; :func:`trade_update` renders
one as the ``data`` of a ``trade_updates`` message and :class:`OrderEvents` hands it to the
stream connections.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from alpaca.sandbox._format import fmt_decimal, fmt_time_ns
from alpaca.sandbox._orders import OrderEvent

Event = dict[str, Any]
Observer = Callable[[Event], None]

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


def trade_update(event: OrderEvent) -> Event:
    """The ``data`` of a ``trade_updates`` message for ``event``."""
    at = fmt_time_ns(event.at)
    update: Event = {
        "event": event.event,
        "at": at,
        "event_id": _ulid(),
        "timestamp": at,
        "order": event.order,
    }
    if event.qty is not None and event.price is not None:
        update.update(
            execution_id=str(uuid.uuid4()),
            price=fmt_decimal(event.price),
            qty=fmt_decimal(event.qty),
            position_qty=fmt_decimal(event.position_qty or Decimal(0)),
        )
    return update


def _ulid() -> str:
    """A ULID: 48-bit millisecond time and 80 random bits, Crockford base32."""
    value = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))
