"""Retry policy: what may be sent again, and how long to wait (pure decisions, no I/O).

Money safety comes first: a request is sent again only when that cannot do anything twice.

* Reads (``GET``, ``HEAD``, ``OPTIONS``) and idempotent writes (``PUT``, ``DELETE`` of one order,
  a watchlist, ...) are resent after a status in ``retry_codes`` or a network error.
* Other writes (``POST``, ``PATCH``) are resent only when the request certainly never left
  (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``).
* Requests that place or change orders (:func:`order_effect`) never go out blindly twice:
  a submission or replacement carries a ``client_order_id`` and, after any answer that leaves
  its fate open (408, 429, 5xx, a network error after sending), is looked up by that id
  (``Decision.LOOKUP``); closing positions, cancelling all orders and exercising options have
  no such id, so they are not resent once they may have reached the server.
* Delay: ``Retry-After``/``retry-after-ms`` when given (over 60 s: give up), else
  ``min(retry_wait * 2**n, 8)`` seconds times a jitter factor in [0.75, 1].
"""

from __future__ import annotations

import email.utils
import enum
import json
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ._http import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "MAX_BACKOFF",
    "MAX_RETRY_AFTER",
    "Decision",
    "Effect",
    "OrderEffect",
    "RetryPolicy",
    "is_ambiguous",
    "order_effect",
    "order_lookup_request",
    "order_matches",
    "parse_retry_after",
]

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
IDEMPOTENT_METHODS = READ_METHODS | {"PUT", "DELETE"}
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRYABLE_ERRORS = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)
_AMBIGUOUS_STATUSES = frozenset({408, 429})

Outcome = httpx.Response | httpx.TransportError


class Decision(enum.Enum):
    DONE = "done"  # hand the outcome back as is
    RESEND = "resend"  # send the same request again
    LOOKUP = "lookup"  # an order may have been placed: look it up by client_order_id first


class Effect(enum.Enum):
    """How a request can touch orders."""

    SUBMIT = "submit"  # POST /v2/orders
    REPLACE = "replace"  # PATCH /v2/orders/{id}
    UNKEYED = "unkeyed"  # close position(s), cancel all orders, exercise: no id to look up


@dataclass(frozen=True)
class OrderEffect:
    """A request that places or changes orders, with the id to look its result up by."""

    kind: Effect
    client_order_id: str | None
    body: Mapping[str, Any]

    def describe(self) -> str:
        """How an error message names what may have happened."""
        if self.client_order_id:
            return f"the order may have been placed (client_order_id={self.client_order_id!r})"
        return "this request may have placed or cancelled orders"


_ORDER_PATHS: tuple[tuple[str, re.Pattern[str], Effect], ...] = (
    ("POST", re.compile(r"/v2/orders/?$"), Effect.SUBMIT),
    ("PATCH", re.compile(r"/v2/orders/[^/:]+/?$"), Effect.REPLACE),
    ("DELETE", re.compile(r"/v2/orders/?$"), Effect.UNKEYED),
    ("DELETE", re.compile(r"/v2/positions(/[^/]+)?/?$"), Effect.UNKEYED),
    ("POST", re.compile(r"/v2/positions/[^/]+/exercise/?$"), Effect.UNKEYED),
)


def order_effect(request: httpx.Request) -> OrderEffect | None:
    """The order effect of ``request`` (its body must already be read), else ``None``."""
    path = request.url.path
    for method, pattern, kind in _ORDER_PATHS:
        if request.method == method and pattern.search(path):
            body = _json_body(request)
            if kind is Effect.UNKEYED:
                return OrderEffect(kind, None, body)
            value = body.get("client_order_id")
            client_order_id = value if isinstance(value, str) and value else None
            return OrderEffect(kind if client_order_id else Effect.UNKEYED, client_order_id, body)
    return None


def _json_body(request: httpx.Request) -> Mapping[str, Any]:
    try:
        body = json.loads(request.content) if request.content else {}
    except (httpx.RequestNotRead, ValueError):
        return {}
    return body if isinstance(body, dict) else {}


def is_ambiguous(outcome: Outcome) -> bool:
    """Whether the server may have acted on a request that ended with ``outcome``."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code in _AMBIGUOUS_STATUSES or outcome.status_code >= 500
    return not isinstance(outcome, (*NOT_SENT, httpx.UnsupportedProtocol))


@dataclass(frozen=True)
class RetryPolicy:
    """The retry settings of a ``ClientConfig`` (defaults live there, in one place)."""

    max_retries: int
    retry_wait: float
    retry_codes: frozenset[int]

    def decide(
        self, request: httpx.Request, outcome: Outcome, effect: OrderEffect | None
    ) -> Decision:
        """Classify one attempt's outcome (ignores the retry budget)."""
        if isinstance(outcome, httpx.Response) and outcome.status_code < 400:
            return Decision.DONE
        if isinstance(outcome, NOT_SENT):
            return Decision.RESEND
        if isinstance(outcome, httpx.TransportError) and not isinstance(outcome, _RETRYABLE_ERRORS):
            return Decision.DONE
        if effect is not None:
            keyed = effect.kind is not Effect.UNKEYED
            return Decision.LOOKUP if keyed and is_ambiguous(outcome) else Decision.DONE
        if request.method not in IDEMPOTENT_METHODS:
            return Decision.DONE
        if isinstance(outcome, httpx.Response) and outcome.status_code not in self.retry_codes:
            return Decision.DONE
        return Decision.RESEND

    def resendable(self, outcome: Outcome) -> bool:
        """Whether an order request whose result was looked up and not found may go again."""
        if isinstance(outcome, httpx.Response):
            return outcome.status_code in self.retry_codes
        return isinstance(outcome, _RETRYABLE_ERRORS)

    def delay(
        self, outcome: Outcome, retry_index: int, rand: Callable[[], float] = random.random
    ) -> float | None:
        """Seconds to wait before retry number ``retry_index`` (0-based); ``None`` when the
        server asks for more than ``MAX_RETRY_AFTER`` seconds (not worth retrying)."""
        if isinstance(outcome, httpx.Response):
            requested = parse_retry_after(outcome.headers)
            if requested is not None:
                return requested if requested <= MAX_RETRY_AFTER else None
        return min(self.retry_wait * 2.0**retry_index, MAX_BACKOFF) * (0.75 + 0.25 * rand())


def parse_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asks us to wait: ``retry-after-ms``, else ``Retry-After``
    (seconds or an HTTP date). ``None`` when absent or unparsable."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if seconds == seconds else None  # NaN
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def order_lookup_request(request: httpx.Request, client_order_id: str) -> httpx.Request:
    """``GET {base}/v2/orders:by_client_order_id?client_order_id=...`` with the headers
    (auth included) and extensions (timeouts, deadline) of the original request."""
    path = re.sub(r"/v2/orders(/[^/]*)?/?$", "/v2/orders:by_client_order_id", request.url.path)
    url = request.url.copy_with(path=path, params={"client_order_id": client_order_id})
    headers = [
        (name, value)
        for name, value in request.headers.multi_items()
        if name.lower() not in {"content-type", "content-length", "transfer-encoding"}
    ]
    return httpx.Request("GET", url, headers=headers, extensions=request.extensions)


_MATCHED_FIELDS = ("symbol", "side", "type", "qty", "notional", "limit_price", "stop_price")
_SIZE_FIELDS = frozenset({"qty", "notional"})


def order_matches(body: Mapping[str, Any], found: object) -> bool:
    """Whether an order found by ``client_order_id`` is the one ``body`` asked for: every
    identifying field (symbol, side, type, quantities, prices) that both give agrees, and
    the order is not sized the other way (``qty`` asked, ``notional`` found, or the reverse)."""
    if not isinstance(found, dict):
        return False
    for name in _MATCHED_FIELDS:
        wanted, got = body.get(name), found.get(name)
        if wanted is None:
            continue
        if got is None:
            if name in _SIZE_FIELDS and name in found:  # asked for shares, found dollars
                return False  # (or the reverse): the order says so with an explicit null
        elif _normal(wanted) != _normal(got):
            return False
    return True


def _normal(value: object) -> object:
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            return value.upper()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(repr(value))
    return value
