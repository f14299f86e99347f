"""Mixed requests (GET, POST, PATCH, DELETE) with 30% transient faults, at ``max_retries=10``.

Faults: 429 with ``Retry-After`` in seconds or as an HTTP date, 502/503/504 before or after the
request ran, connections dropped before or after it ran; one to three in a row. Every GET must
succeed; every write must succeed or raise a typed error whose ``may_have_taken_effect`` is never
wrong (checked against the sandbox), and none may take effect twice.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import alpaca

from ._figures import Book, scaled
from .conftest import SYMBOLS, Control, Watched, geometric

CLOSING = "F"
"""The position closed one share at a time."""


@dataclass
class Fault:
    kind: str
    rule: dict[str, Any]
    wait: float = 0.0  # seconds a Retry-After asks for
    until: float = 0.0  # the moment (time.time()) a Retry-After date names


def _http_date(rng: random.Random) -> Fault:
    """429 with Retry-After as an HTTP date: mostly one already past (retry at once), now and
    then one up to a second ahead (dates have whole seconds)."""
    now = time.time()
    if rng.random() < 0.1:
        when = math.floor(now) + 1
        return Fault("429 Retry-After date ahead", _429(when), until=when)
    return Fault("429 Retry-After date past", _429(math.floor(now) - 1))


def _429(when: float) -> dict[str, Any]:
    return {"status": 429, "headers": {"Retry-After": email.utils.formatdate(when, usegmt=True)}}


def _fault(rng: random.Random) -> Fault:
    draw = rng.randrange(9)
    if draw == 0:
        seconds = rng.choice([0.01, 0.02, 0.05])
        return Fault("429 Retry-After seconds", {"status": 429, "retry_after": seconds}, seconds)
    if draw == 1:
        return _http_date(rng)
    if draw < 5:
        status, when = (502, 503, 504)[draw - 2], rng.choice(["before", "after"])
        return Fault(f"{status} {when}", {"status": status, "when": when})
    if draw < 7:
        return Fault("drop before", {"action": "drop"})
    return Fault("drop after", {"action": "drop", "when": "after"})


@dataclass
class Op:
    """One call: what it does, where it goes, and how it ended."""

    name: str
    method: str
    path: str
    run: Callable[[], Any]
    subject: str = ""  # the order id a PATCH/DELETE works on
    faults: list[Fault] = field(default_factory=list)
    result: Any = None
    error: BaseException | None = None
    seconds: float = 0.0
    ended: float = 0.0  # time.time() at the end

    def waited_enough(self) -> bool:
        """Whether the call took at least every wait its Retry-After answers asked for."""
        waits = sum(f.wait for f in self.faults)
        until = max((f.until for f in self.faults), default=0.0)
        return self.seconds >= waits - 0.01 and self.ended >= until - 0.01

    @property
    def may_have_taken_effect(self) -> bool:
        return bool(getattr(self.error, "may_have_taken_effect", False))


class Scenario:
    """Draws calls that keep a pool of resting orders to replace and cancel."""

    def __init__(self, client: alpaca.Client, control: Control, rng: random.Random) -> None:
        self.client, self.control, self.rng = client, control, rng
        self.resting: list[str] = []
        self.count = 0

    def draw(self) -> Op:
        c, rng = self.client, self.rng
        self.count += 1
        roll = rng.random()
        if roll < 0.5:
            return self._read(rng.randrange(7))
        if roll < 0.7 or len(self.resting) < 2:
            symbol = SYMBOLS[self.count % len(SYMBOLS)]
            return Op(
                "submit",
                "POST",
                "/v2/orders",
                lambda: c.orders.submit(
                    symbol=symbol,
                    qty=1,
                    side="buy",
                    type="limit",
                    limit_price="1.00",
                    time_in_force="gtc",
                ),
            )
        if roll < 0.95:
            order_id = self.resting.pop(rng.randrange(len(self.resting)))
            if roll < 0.82:
                price = Decimal(rng.randrange(101, 200)) / 100
                return Op(
                    "replace",
                    "PATCH",
                    f"/v2/orders/{order_id}",
                    lambda: c.orders.replace(order_id, limit_price=price),
                    subject=order_id,
                )
            return Op(
                "cancel",
                "DELETE",
                f"/v2/orders/{order_id}",
                lambda: c.orders.cancel(order_id),
                subject=order_id,
            )
        return Op(
            "close",
            "DELETE",
            f"/v2/positions/{CLOSING}",
            lambda: c.positions.close(CLOSING, qty=1),
        )

    def _read(self, which: int) -> Op:
        c = self.client
        reads: list[tuple[str, str, Callable[[], Any]]] = [
            ("account", "/v2/account", c.account.get),
            ("clock", "/v2/clock", c.clock.get),
            ("orders", "/v2/orders", lambda: c.orders.list(limit=20)),
            ("positions", "/v2/positions", c.positions.list),
            ("asset", "/v2/assets/AAPL", lambda: c.assets.get("AAPL")),
            ("latest trade", "/v2/stocks/trades/latest", lambda: c.stocks.latest_trades("AAPL")),
        ]
        if which < len(reads) or not self.resting:
            name, path, run = reads[which % len(reads)]
            return Op(name, "GET", path, run)
        order_id = self.rng.choice(self.resting)
        return Op("order", "GET", f"/v2/orders/{order_id}", lambda: c.orders.get(order_id))

    def perform(self, op: Op) -> None:
        if self.rng.random() < 0.3:
            op.faults = [_fault(self.rng) for _ in range(1 + geometric(self.rng, 0.3, cap=2))]
        self.control.add(*({"method": op.method, "path": op.path, **f.rule} for f in op.faults))
        started = time.monotonic()
        try:
            op.result = op.run()
        except Exception as exc:  # judged later: typed or not
            op.error = exc
        op.seconds = time.monotonic() - started
        op.ended = time.time()
        if op.faults:
            left = sum(rule["times"] for rule in self.control.leftover())
            del op.faults[len(op.faults) - left :]  # faults the call never met
        if op.name in ("submit", "replace") and op.error is None:
            self.resting.append(op.result.id)


def _took_effect(op: Op, control: Control, taken: dict[int, Decimal]) -> bool:
    """Whether a failed write did what it asked, by the sandbox (``taken``: shares each close
    took, by ``id(op)``)."""
    error_cid = getattr(op.error, "client_order_id", None)
    if op.name == "submit":
        return error_cid is None or control.by_client_id(error_cid) is not None
    if op.name == "replace":
        replaced = control.order(op.subject)["status"] == "replaced"
        return replaced or (error_cid is not None and control.by_client_id(error_cid) is not None)
    if op.name == "cancel":
        return bool(control.order(op.subject)["status"] == "canceled")
    return bool(taken[id(op)])


def test_transient_faults_are_retried_safely(sb: Watched, control: Control, book: Book) -> None:
    n = scaled(400, 10_000)
    rng = random.Random(7)
    started = time.monotonic()
    with sb.client(max_retries=10, retry_wait=0.002) as client:
        sb.fill_whole()  # each close's sell fills at once, so its shares are seen right after
        client.orders.submit(
            symbol=CLOSING, qty=n // 10 + 10, side="buy", type="market", time_in_force="day"
        )
        held = Decimal(str(client.positions.get(CLOSING).qty))
        scenario = Scenario(client, control, rng)
        ops: list[Op] = []
        closes_done: list[tuple[Op, Decimal]] = []
        first_arrival = time.monotonic()
        for _ in range(n):
            op = scenario.draw()
            scenario.perform(op)
            ops.append(op)
            if op.name == "close":
                now = Decimal(str(control.http.get(f"/v2/positions/{CLOSING}").json()["qty"]))
                closes_done.append((op, held - now))
                held = now
    seconds = time.monotonic() - started
    sent = sum(
        1 for a in sb.arrivals.since(first_arrival) if not a.path.startswith("/_sandbox/")
    ) - len(closes_done)

    reads = [op for op in ops if op.method == "GET"]
    writes = [op for op in ops if op.method != "GET"]
    failed_reads = [op for op in reads if op.error is not None]
    untyped = [op for op in ops if op.error and not isinstance(op.error, alpaca.AlpacaError)]
    write_errors = [op for op in writes if op.error is not None]
    shares_taken = {id(op): shares for op, shares in closes_done}
    effective = [op for op in write_errors if _took_effect(op, control, shares_taken)]
    wrong = [op for op in effective if not op.may_have_taken_effect]
    # a close that succeeded took exactly one share
    wrong += [op for op, shares in closes_done if op.error is None and shares != 1]
    placed = Counter(o["client_order_id"] for o in control.orders())
    doubled = [op for op, shares in closes_done if shares > 1] + [
        op
        for op in writes
        if op.name == "submit" and op.error is None and placed[op.result.client_order_id] != 1
    ]
    waits = [op for op in ops if any(f.wait or f.until for f in op.faults) and op.error is None]
    short = [op for op in waits if not op.waited_enough()]
    faults = Counter(f.kind for op in ops for f in op.faults)
    methods = Counter(op.method for op in ops)
    met = not (failed_reads or untyped or wrong or doubled or short)
    book.record(
        "mixed requests, 30% transient faults (429 Retry-After seconds / HTTP date, "
        "502/503/504 before or after running, dropped connections), max_retries=10",
        n=n,
        target="every GET succeeds; each write succeeds or raises a typed error whose "
        "may-have-taken-effect is never wrong; nothing done twice; Retry-After honoured",
        met=met,
        seconds=seconds,
        GET=methods["GET"],
        POST=methods["POST"],
        PATCH=methods["PATCH"],
        DELETE=methods["DELETE"],
        calls_faulted=sum(1 for op in ops if op.faults),
        faults_met=sum(faults.values()),
        requests_sent=sent,
        GET_failed=len(failed_reads),
        writes_succeeded=len(writes) - len(write_errors),
        write_errors_flagged=sum(1 for op in write_errors if op.may_have_taken_effect),
        of_which_took_effect=sum(1 for op in effective if op.may_have_taken_effect),
        write_errors_saying_no_effect=sum(1 for op in write_errors if not op.may_have_taken_effect),
        wrong_flags=len(wrong),
        done_twice=len(doubled),
        retry_after_honoured=f"{len(waits) - len(short)}/{len(waits)}",
        untyped_errors=len(untyped),
    )
    assert not failed_reads, [repr(op.error) for op in failed_reads[:5]]
    assert not untyped, [repr(op.error) for op in untyped[:5]]
    assert not wrong, [(op.name, op.faults, repr(op.error)) for op in wrong[:5]]
    assert not doubled, [(op.name, op.faults) for op in doubled[:5]]
    assert not short, [(op.name, op.seconds, op.faults) for op in short[:5]]
    assert all(faults[kind] for kind in ("429 Retry-After seconds", "drop after", "504 after"))
