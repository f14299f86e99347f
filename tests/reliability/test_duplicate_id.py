"""Alpaca's "client_order_id must be unique" (422), over real sockets.

It resolves to the existing order only when this client's own earlier attempt with that id had an
unknown outcome (earlier in the same call, or a call that ended saying the order may exist) and
the existing order is the one asked for (symbol, side, qty/notional, type); otherwise it stays an
``UnprocessableEntityError``.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

import alpaca

from ._figures import Book
from .conftest import LOOKUP, Control, Watched

MINE: dict[str, Any] = {
    "symbol": "AAPL",
    "side": "buy",
    "type": "market",
    "qty": "1",
    "time_in_force": "day",
}
OTHERS: dict[str, dict[str, Any]] = {
    "symbol": {"symbol": "MSFT"},
    "side": {"side": "sell"},
    "qty": {"qty": "2"},
    "notional": {"qty": None, "notional": "100"},
    "type": {"type": "limit", "limit_price": "1.00", "time_in_force": "gtc"},
}
"""How an order already holding the id differs from the one asked for."""
EARLIER = ("no attempt", "open in this call", "open in an earlier call")
NOT_FOUND = {"status": 404, "body": {"code": 40410000, "message": "order not found"}}


def _submit(client: alpaca.Client, client_order_id: str) -> alpaca.Order:
    fields = {k: v for k, v in MINE.items() if v is not None}
    return client.orders.submit(**fields, client_order_id=client_order_id)


def _place(control: Control, client_order_id: str, difference: dict[str, Any]) -> str:
    """Another party's order holding ``client_order_id``; its id."""
    body = {k: v for k, v in {**MINE, **difference}.items() if v is not None}
    answer = control.http.post("/v2/orders", json={**body, "client_order_id": client_order_id})
    answer.raise_for_status()
    order_id: str = answer.json()["id"]
    return order_id


def _case(
    client: alpaca.Client, control: Control, earlier: str, other: str | None
) -> tuple[Any, str]:
    """Run one case: ``other`` names the field in which the existing order differs (None: it
    is this client's own). Returns how the final call ended and the existing order's id."""
    cid = f"dup-{uuid.uuid4()}"
    control.http.delete("/v2/orders").raise_for_status()  # a resting buy would make a sell a wash
    existing = "" if other is None else _place(control, cid, OTHERS[other])
    if other is None and earlier == "no attempt":
        existing = _place(control, cid, {})  # the same order, placed without an open outcome
    post = {"method": "POST", "path": "/v2/orders"}
    # placed, answer lost (own order) / never reached the book (another's holds the id)
    first = {**post, "status": 504, "when": "after"} if other is None else {**post, "status": 503}
    if earlier == "open in an earlier call":
        control.add(first, {"method": "GET", "path": LOOKUP, "status": 503, "times": 4})
        with pytest.raises(alpaca.APIError) as opened:
            _submit(client, cid)
        assert opened.value.may_have_taken_effect and opened.value.client_order_id == cid
        control.leftover()
    elif earlier == "open in this call":
        # the lookups miss it twice, so the order is sent again and refused as a duplicate
        control.add(first, {"method": "GET", "path": LOOKUP, **NOT_FOUND, "times": 2})
    try:
        outcome: Any = _submit(client, cid)
    except alpaca.AlpacaError as exc:
        outcome = exc
    control.leftover()
    held = control.by_client_id(cid)
    assert held is not None
    return outcome, existing or str(held["id"])


def test_a_duplicate_id_resolves_only_to_our_own_open_order(
    sb: Watched, control: Control, book: Book
) -> None:
    started = time.monotonic()
    rows: list[tuple[str, str, str, bool]] = []
    with sb.client(max_retries=3, retry_wait=0.005) as client:
        client.orders.submit(symbol="AAPL", qty=5, side="buy", type="market", time_in_force="day")
        for earlier in EARLIER:
            for other in (None, *OTHERS):
                outcome, existing = _case(client, control, earlier, other)
                resolve = other is None and earlier != "no attempt"
                if isinstance(outcome, alpaca.Order):
                    ok = resolve and outcome.id == existing
                    got = "resolved to the existing order"
                else:
                    ok = not resolve and isinstance(outcome, alpaca.UnprocessableEntityError)
                    got = type(outcome).__name__
                rows.append((earlier, other or "nothing (own order)", got, ok))
    orders = control.orders(("AAPL", "MSFT"))
    ids = [o["client_order_id"] for o in orders if o["client_order_id"].startswith("dup-")]
    wrong = [row for row in rows if not row[3]]
    resolved = sum(1 for row in rows if row[2].startswith("resolved"))
    book.record(
        '"client_order_id must be unique" (422): earlier attempt none / open in this call / '
        "open in an earlier call × existing order the same or differing in symbol, side, qty, "
        "notional, type",
        n=len(rows),
        target="resolved only for an open earlier attempt of the same order, else "
        "UnprocessableEntityError; one order per id",
        met=not wrong and len(ids) == len(set(ids)),
        seconds=time.monotonic() - started,
        resolved=resolved,
        stayed_422=sum(1 for row in rows if row[2] == "UnprocessableEntityError"),
        wrong=len(wrong),
        orders_per_id=max(ids.count(i) for i in ids),
    )
    assert not wrong, wrong
    assert resolved == 2 and len(ids) == len(set(ids)) == len(rows)
