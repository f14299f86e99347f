"""Retry policy: what is retried, and how long to wait (pure decisions, no I/O).

* A status in ``retry_codes`` is retried for idempotent methods; 429 for any method
  (the request was rejected before processing).
* ``ConnectError``/``ConnectTimeout``/``PoolTimeout`` (request never sent) are retried
  for any method; other network errors and timeouts only for idempotent methods.
* ``POST .../v2/orders`` with a ``client_order_id`` is never blindly resent after an
  ambiguous failure: the caller first looks the order up (``Decision.LOOKUP``).
* Delay: ``Retry-After``/``retry-after-ms`` when given (over 60 s: give up), else
  ``min(retry_wait * 2**n, 8)`` seconds times a jitter factor in [0.75, 1].
"""

from __future__ import annotations

import email.utils
import enum
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "MAX_BACKOFF",
    "MAX_RETRY_AFTER",
    "Decision",
    "RetryPolicy",
    "order_client_id",
    "order_lookup_request",
    "parse_retry_after",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRYABLE_ERRORS = (httpx.NetworkError, httpx.TimeoutException, httpx.RemoteProtocolError)

Outcome = httpx.Response | httpx.TransportError


class Decision(enum.Enum):
    DONE = "done"  # hand the outcome back as is
    RESEND = "resend"  # send the same request again
    LOOKUP = "lookup"  # order submission may have landed: look it up before resending


@dataclass(frozen=True)
class RetryPolicy:
    """The retry settings of a ``ClientConfig`` (defaults live there, in one place)."""

    max_retries: int
    retry_wait: float
    retry_codes: frozenset[int]

    def decide(self, request: httpx.Request, outcome: Outcome, *, is_order: bool) -> Decision:
        """Classify one attempt's outcome (ignores the retry budget)."""
        idempotent = request.method in IDEMPOTENT_METHODS
        if isinstance(outcome, httpx.Response):
            if outcome.status_code not in self.retry_codes:
                return Decision.DONE
            if outcome.status_code == 429 or idempotent:
                return Decision.RESEND
        elif isinstance(outcome, _NOT_SENT):
            return Decision.RESEND
        elif not isinstance(outcome, _RETRYABLE_ERRORS):
            return Decision.DONE
        elif idempotent:
            return Decision.RESEND
        return Decision.LOOKUP if is_order else Decision.DONE

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
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def order_client_id(request: httpx.Request) -> str | None:
    """The ``client_order_id`` of an order submission (``POST .../v2/orders`` with a JSON
    body), else ``None``. The request body must already be read."""
    if request.method != "POST" or not request.url.path.rstrip("/").endswith("/v2/orders"):
        return None
    try:
        body = json.loads(request.content)
    except (httpx.RequestNotRead, ValueError):
        return None
    value = body.get("client_order_id") if isinstance(body, dict) else None
    return value if isinstance(value, str) and value else None


def order_lookup_request(request: httpx.Request, client_order_id: str) -> httpx.Request:
    """``GET {base}/v2/orders:by_client_order_id?client_order_id=...`` with the headers
    (auth included) and extensions (timeouts) of the original submission."""
    path = request.url.path.rstrip("/") + ":by_client_order_id"
    url = request.url.copy_with(path=path, params={"client_order_id": client_order_id})
    headers = [
        (name, value)
        for name, value in request.headers.multi_items()
        if name.lower() not in {"content-type", "content-length", "transfer-encoding"}
    ]
    return httpx.Request("GET", url, headers=headers, extensions=request.extensions)
