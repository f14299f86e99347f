"""httpx transports carrying all request policy: errors, retries, rate limits, logging, deadlines.

Each policy is a small class whose ``flow(request)`` is a generator: it yields actions
(``Send``, ``Sleep``, ``Drain``, ``ReadBody``, ``ReadResponse``) and receives their results, like
``httpx.Auth.auth_flow``. The decisions therefore live once, with no I/O, and two tiny
drivers run them: ``PolicyTransport`` (sync) and ``AsyncPolicyTransport`` (async).

Stack, outermost first (``build_transport`` / ``build_async_transport``)::

    ErrorMapping    status >= 400 -> APIError subclass; httpx errors -> APIConnectionError;
                    starts the call's deadline (the largest of its timeouts)
    Retrying        backoff + Retry-After; orders are never sent twice (see ``alpaca._retry``)
    RateLimiter     client-side token bucket + X-RateLimit-Remaining/Reset
    RequestLogging  one log line per attempt (credentials redacted)
    AttemptTimeout  cuts each attempt's timeouts to what is left of the deadline and reads the
                    body here, so a server trickling bytes cannot hold a call past it
    inner           httpx.HTTPTransport / AsyncHTTPTransport, a MockTransport, or a user client
"""

from __future__ import annotations

import math
import random
import ssl
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import orjson

from alpaca import __version__
from alpaca._config import ClientConfig
from alpaca._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    UnprocessableEntityError,
    error_from_response,
)
from alpaca._http import httpx
from alpaca._logging import logger, redact_headers, redact_request, setup_logging
from alpaca._retry import (
    READ_METHODS,
    Decision,
    OrderEffect,
    RetryPolicy,
    is_ambiguous,
    order_effect,
    order_lookup_request,
    order_matches,
)

__all__ = [
    "STREAMED",
    "UNJOINED",
    "USER_AGENT",
    "AsyncPolicyTransport",
    "AttemptTimeout",
    "ErrorMapping",
    "OpenOrders",
    "PolicyTransport",
    "RateLimiter",
    "RequestLogging",
    "Retrying",
    "build_async_transport",
    "build_transport",
    "make_async_client",
    "make_sync_client",
]

USER_AGENT = f"alpaca-typed/{__version__}"

MAX_SERVER_WAIT = 60.0  # longest X-RateLimit-Reset wait we believe (guards against odd values)
DEADLINE = "alpaca.deadline"  # request extension: monotonic time by which the call must end
TIMEOUTS = "alpaca.timeouts"  # request extension: the call's own timeouts, before cutting
STREAMED = "alpaca.streamed"  # request extension: the caller reads the body (no deadline then)
UNJOINED = "alpaca.unjoined"  # request extension: read the body here, but leave its chunks for
# the caller's ``response.read()`` to join and decompress (a pool thread fetching for a caller
# that decodes: the big buffers are then made in the caller's thread, not the pool's)
OPEN_ATTEMPT = "alpaca.open_attempt"  # request extension: an attempt may have taken effect

Clock = Callable[[], float]


# --- actions a policy flow yields ------------------------------------------------------


@dataclass(frozen=True)
class Send:
    """Send through the next layer; result: the response or the ``httpx.TransportError``."""

    request: httpx.Request


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Drain:
    """Read (ignoring transport errors) and close a response we will not hand on."""

    response: httpx.Response


@dataclass(frozen=True)
class ReadBody:
    """Load a request body into memory so it can be inspected and resent."""

    request: httpx.Request


@dataclass(frozen=True)
class ReadResponse:
    """Read a response body chunk by chunk, giving up once ``clock()`` passes ``deadline``;
    result: the response with its body loaded, or the ``httpx.TransportError``."""

    response: httpx.Response
    deadline: float | None
    clock: Clock
    joined: bool = True  # False: the body stays in its chunks until read (see UNJOINED)


Action = Send | Sleep | Drain | ReadBody | ReadResponse
Outcome = httpx.Response | httpx.TransportError
Flow = Generator[Action, Outcome | None, httpx.Response]


class Policy(Protocol):
    def flow(self, request: httpx.Request) -> Flow: ...


def _send(request: httpx.Request) -> Generator[Action, Outcome | None, Outcome]:
    outcome = yield Send(request)
    assert outcome is not None
    return outcome


def _unwrap(outcome: Outcome) -> httpx.Response:
    if isinstance(outcome, httpx.TransportError):
        raise outcome
    return outcome


def _ok(outcome: Outcome) -> bool:
    return isinstance(outcome, httpx.Response) and outcome.status_code < 400


def _deadline(request: httpx.Request) -> float | None:
    value = request.extensions.get(DEADLINE)
    return value if isinstance(value, float) else None


# --- policies ---------------------------------------------------------------------------


class OpenOrders:
    """Client order ids this client left open: a call with that id ended saying the order
    may exist. A later call with the same id that Alpaca refuses as a duplicate is then
    resolved by a lookup, like a refusal after an open attempt within one call. Thread-safe;
    the oldest ids are forgotten past ``limit``."""

    def __init__(self, limit: int = 10_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def add(self, client_order_id: str) -> None:
        with self._lock:
            self._ids[client_order_id] = None
            self._ids.move_to_end(client_order_id)
            while len(self._ids) > self._limit:
                self._ids.popitem(last=False)

    def discard(self, client_order_id: str) -> None:
        with self._lock:
            self._ids.pop(client_order_id, None)

    def __contains__(self, client_order_id: object) -> bool:
        with self._lock:
            return client_order_id in self._ids


class ErrorMapping:
    """Raise ``error_from_response`` for status >= 400 (body read, response closed), and
    wrap httpx transport errors in ``APITimeoutError``/``APIConnectionError``.

    Errors carry a copy of the request with credentials redacted, and say whether a write
    may have taken effect (``may_have_taken_effect``; for orders, their ``client_order_id``).
    The call's deadline starts here: the largest of its timeouts (``None`` means none).
    An order left open is noted in ``open_orders``.
    """

    def __init__(self, clock: Clock = time.monotonic, open_orders: OpenOrders | None = None):
        self._clock = clock
        self._open_orders = open_orders

    def flow(self, request: httpx.Request) -> Flow:
        self._start_deadline(request)
        outcome = yield from _send(request)
        if _ok(outcome):
            return _unwrap(outcome)
        effect = order_effect(request)
        unknown = request.method not in READ_METHODS and (
            is_ambiguous(outcome) or bool(request.extensions.get(OPEN_ATTEMPT))
        )
        note = ""
        if unknown:
            note = effect.describe() if effect else "the request may have taken effect"
        if unknown and effect and effect.client_order_id and self._open_orders is not None:
            self._open_orders.add(effect.client_order_id)
        details: dict[str, Any] = {
            "request": redact_request(request),
            "may_have_taken_effect": unknown,
            "client_order_id": effect.client_order_id if effect else None,
            "note": note,
        }
        target = f"{request.method} {request.url}"
        if isinstance(outcome, httpx.TransportError):
            outcome.request = details["request"]
            if isinstance(outcome, httpx.TimeoutException):
                raise APITimeoutError(f"{target} timed out", **details) from outcome
            detail = str(outcome) or type(outcome).__name__
            raise APIConnectionError(f"{target} failed: {detail}", **details) from outcome
        yield Drain(outcome)
        outcome.request = details["request"]
        raise error_from_response(outcome, **details)

    def _start_deadline(self, request: httpx.Request) -> None:
        extensions = request.extensions
        if DEADLINE in extensions:
            return
        timeouts = dict(extensions.get("timeout") or {})
        limits = [float(value) for value in timeouts.values() if value is not None]
        extensions[TIMEOUTS] = timeouts
        extensions[DEADLINE] = self._clock() + max(limits) if limits else None


class _Budget:
    """Extra requests one call may still make (resends and lookups alike)."""

    def __init__(self, limit: int) -> None:
        self.used = 0
        self.limit = limit


class _Verdict:
    """What looking an order up by its ``client_order_id`` established."""

    ABSENT = "absent"
    UNKNOWN = "unknown"


class Retrying:
    """Apply a ``RetryPolicy``; never places an order twice (see ``alpaca._retry``).

    A submission or replacement whose outcome is open is looked up by its ``client_order_id``:
    found (and matching what was asked) -> that order is the answer; not found twice in a row,
    after a pause -> sent again with the same id (Alpaca refuses a duplicate id, so an attempt
    that lands late cannot double it; such a refusal is resolved by one more lookup, as is a
    refusal of an id an earlier call left open, see ``OpenOrders``). If the budget
    (``max_retries`` extra requests) or the deadline runs out, the open failure is surfaced and
    says the order may exist.
    """

    def __init__(
        self,
        policy: RetryPolicy,
        *,
        rand: Callable[[], float] = random.random,
        clock: Clock = time.monotonic,
        open_orders: OpenOrders | None = None,
    ):
        self.policy = policy
        self._rand = rand
        self._clock = clock
        self._open_orders = open_orders if open_orders is not None else OpenOrders()

    def flow(self, request: httpx.Request) -> Flow:
        yield ReadBody(request)
        effect = order_effect(request)
        budget = _Budget(self.policy.max_retries)
        if effect is not None and effect.client_order_id is not None:
            return (yield from self._keyed(request, effect, effect.client_order_id, budget))
        while True:
            outcome = yield from _send(request)
            if self.policy.decide(request, outcome, effect) is Decision.DONE:
                return _unwrap(outcome)
            if request.method not in READ_METHODS and is_ambiguous(outcome):
                # a write resent after an open outcome: if a later attempt fails (say, 422
                # "already canceled"), the earlier one may still have taken effect
                request.extensions[OPEN_ATTEMPT] = True
            if not (yield from self._pause(request, outcome, budget)):
                return _unwrap(outcome)

    def _keyed(
        self, request: httpx.Request, effect: OrderEffect, client_order_id: str, budget: _Budget
    ) -> Flow:
        lookup = order_lookup_request(request, client_order_id)
        open_failure: Outcome | None = None  # an attempt that may have landed
        left_open = client_order_id in self._open_orders  # by an earlier call
        while True:
            outcome = yield from _send(request)
            if _ok(outcome):
                self._open_orders.discard(client_order_id)
                return _unwrap(outcome)
            if (open_failure is not None or left_open) and not is_ambiguous(outcome):
                # refused now, perhaps because the open attempt landed after all: one more
                # lookup than the budget allows, since the refusal alone would mislead
                budget.limit += 1
                found = yield from self._look_up(lookup, effect, outcome, budget, confirmations=1)
                if isinstance(found, httpx.Response):
                    self._open_orders.discard(client_order_id)
                    return found
                return _unwrap(outcome)
            decision = self.policy.decide(request, outcome, effect)
            if decision is Decision.DONE:
                return _unwrap(outcome)
            if decision is Decision.RESEND:  # never left: safe to send as is
                if not (yield from self._pause(request, outcome, budget)):
                    return _unwrap(open_failure or outcome)
                continue
            open_failure = outcome
            request.extensions[OPEN_ATTEMPT] = True
            found = yield from self._look_up(lookup, effect, outcome, budget, confirmations=2)
            if isinstance(found, httpx.Response):
                self._open_orders.discard(client_order_id)
                return found
            resend = found == _Verdict.ABSENT and self.policy.resendable(outcome)
            if not resend or budget.used >= budget.limit:
                return _unwrap(outcome)
            budget.used += 1
            logger.info("Order %s not found; sending it again", client_order_id)

    def _look_up(
        self,
        lookup: httpx.Request,
        effect: OrderEffect,
        after: Outcome,
        budget: _Budget,
        *,
        confirmations: int,
    ) -> Generator[Action, Outcome | None, httpx.Response | str]:
        """The order as the lookup answered it, ``ABSENT`` after ``confirmations`` 404s in a
        row, or ``UNKNOWN`` when the budget or the deadline ran out."""
        absent = 0
        last = after
        while True:
            if not (yield from self._pause(lookup, last, budget, drain=last is not after)):
                return _Verdict.UNKNOWN
            answer = yield from _send(lookup)
            if isinstance(answer, httpx.Response) and answer.status_code == 200:
                found = _json(answer)
                if order_matches(effect.body, found):
                    logger.warning(
                        "Order %s was placed; not sending it again", effect.client_order_id
                    )
                    return answer
                raise _conflict(lookup, answer, effect, found)
            if isinstance(answer, httpx.Response) and answer.status_code == 404:
                absent += 1
                if absent >= confirmations:
                    yield Drain(answer)
                    return _Verdict.ABSENT
            else:
                absent = 0
            last = answer

    def _pause(
        self, request: httpx.Request, outcome: Outcome, budget: _Budget, *, drain: bool = True
    ) -> Generator[Action, Outcome | None, bool]:
        """Wait before the next attempt; ``False`` when the budget, the server's
        ``Retry-After`` or the call's deadline says to stop."""
        if budget.used >= budget.limit:
            return False
        delay = self.policy.delay(outcome, budget.used, self._rand)
        deadline = _deadline(request)
        if delay is None or (deadline is not None and self._clock() + delay >= deadline):
            return False
        if drain and isinstance(outcome, httpx.Response):
            yield Drain(outcome)
        budget.used += 1
        logger.info(
            "Retrying %s %s in %.2fs (retry %d of %d) after %s",
            request.method,
            request.url,
            delay,
            budget.used,
            budget.limit,
            _describe(outcome),
        )
        if delay > 0:
            yield Sleep(delay)
        return True


def _json(response: httpx.Response) -> object:
    try:
        return orjson.loads(response.content)
    except (orjson.JSONDecodeError, httpx.ResponseNotRead):
        return None


def _conflict(
    lookup: httpx.Request, answer: httpx.Response, effect: OrderEffect, found: object
) -> UnprocessableEntityError:
    """The ``client_order_id`` belongs to an order other than the one asked for."""
    other = found if isinstance(found, dict) else {}
    summary = ", ".join(f"{k}={other.get(k)!r}" for k in ("id", "symbol", "side", "qty", "type"))
    safe = redact_request(lookup)
    answer.request = safe
    return UnprocessableEntityError(
        f"client_order_id {effect.client_order_id!r} already belongs to another order "
        f"({summary}); this order was not placed",
        response=answer,
        request=safe,
        client_order_id=effect.client_order_id,
    )


class RateLimiter:
    """Client-side token bucket (``per_minute`` requests, one at a time: no burst, so no
    sliding minute of the server's sees more than the budget, not even the first) plus the
    server's ``X-RateLimit-Remaining``/``X-RateLimit-Reset``: when the remaining count hits 0,
    wait until the reset time (epoch seconds). A reset time that makes no sense (past,
    non-finite, more than 60 s away) is ignored, and a later response with
    requests remaining lifts the wait.

    ``reserve()`` is atomic under a lock, so one instance is safe across threads and,
    since it never awaits, across asyncio tasks.
    """

    def __init__(
        self,
        per_minute: float | None,
        *,
        clock: Clock = time.monotonic,
        wall_clock: Clock = time.time,
    ) -> None:
        # a hair under the budget: float rounding must never let a minute hold one more
        self._rate = per_minute / 60.0 * (1 - 1e-6) if per_minute else None
        self._capacity = 1.0  # a burst would overshoot a server counting a sliding minute
        self._tokens = self._capacity
        self._clock = clock
        self._wall_clock = wall_clock
        self._updated = clock()
        self._blocked_until = 0.0  # on ``clock``
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take a token; return the seconds to wait before sending."""
        with self._lock:
            wait = 0.0
            now = self._clock()
            if self._rate is not None:
                elapsed = now - self._updated
                self._tokens = min(self._capacity, self._tokens + elapsed * self._rate)
                self._updated = now
                self._tokens -= 1.0
                if self._tokens < 0:
                    wait = -self._tokens / self._rate
            return max(wait, self._blocked_until - now, 0.0)

    def observe(self, headers: httpx.Headers) -> None:
        """Note the server's rate-limit headers from a response."""
        try:
            remaining = int(headers["x-ratelimit-remaining"])
        except (KeyError, ValueError):
            return
        with self._lock:
            if remaining > 0:
                self._blocked_until = 0.0
                return
            try:
                wait = float(headers["x-ratelimit-reset"]) - self._wall_clock()
            except (KeyError, ValueError):
                return
            if not math.isfinite(wait) or wait <= 0 or wait > MAX_SERVER_WAIT:
                logger.debug("Ignoring X-RateLimit-Reset %r", headers.get("x-ratelimit-reset"))
                return
            self._blocked_until = self._clock() + wait

    def flow(self, request: httpx.Request) -> Flow:
        wait = self.reserve()
        if wait > 0:
            deadline = _deadline(request)
            if deadline is not None and self._clock() + wait >= deadline:
                raise httpx.PoolTimeout(
                    "waiting for the rate limit would outlast the call's timeout", request=request
                )
            logger.debug(
                "Rate limit: waiting %.2fs before %s %s", wait, request.method, request.url
            )
            yield Sleep(wait)
        outcome = yield from _send(request)
        if isinstance(outcome, httpx.Response):
            self.observe(outcome.headers)
        return _unwrap(outcome)


class RequestLogging:
    """Log each attempt: method, URL, status, elapsed; headers (redacted) at debug."""

    def __init__(self, clock: Clock = time.perf_counter) -> None:
        self._clock = clock

    def flow(self, request: httpx.Request) -> Flow:
        start = self._clock()
        outcome = yield from _send(request)
        elapsed = self._clock() - start
        logger.info(
            "HTTP %s %s -> %s (%.3fs)", request.method, request.url, _describe(outcome), elapsed
        )
        logger.debug("Request headers: %s", redact_headers(request.headers))
        if isinstance(outcome, httpx.Response):
            logger.debug("Response headers: %s", redact_headers(outcome.headers))
        return _unwrap(outcome)


class AttemptTimeout:
    """Give each attempt only what is left of the call's deadline, and read the response body
    here (chunk by chunk, checking the deadline) unless the caller streams it."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock

    def flow(self, request: httpx.Request) -> Flow:
        deadline = _deadline(request)
        if deadline is not None:
            remaining = deadline - self._clock()
            if remaining <= 0:
                raise httpx.PoolTimeout("the call's timeout ran out", request=request)
            timeouts: dict[str, float | None] = request.extensions.get(TIMEOUTS) or {}
            request.extensions["timeout"] = {
                name: remaining if value is None else min(value, remaining)
                for name, value in timeouts.items()
            }
        outcome = yield from _send(request)
        if isinstance(outcome, httpx.Response) and not request.extensions.get(STREAMED):
            joined = not request.extensions.get(UNJOINED)
            read = yield ReadResponse(outcome, deadline, self._clock, joined)
            assert read is not None
            return _unwrap(read)
        return _unwrap(outcome)


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, httpx.Response):
        return f"{outcome.status_code} {outcome.reason_phrase}".rstrip()
    return type(outcome).__name__


def _loaded(response: httpx.Response, chunks: list[bytes], joined: bool) -> httpx.Response:
    if not joined:
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_Chunks(chunks),
            extensions=response.extensions,
        )
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=b"".join(chunks),
        extensions=response.extensions,
    )


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body already read, in the chunks it arrived in; handed over once (a response reads
    its stream once), then let go, so the response keeps only its joined content."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def _take(self) -> list[bytes]:
        chunks, self._chunks = self._chunks, []
        return chunks

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._take())

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._take():
            yield chunk


def _past(action: ReadResponse) -> httpx.ReadTimeout | None:
    if action.deadline is not None and action.clock() > action.deadline:
        return httpx.ReadTimeout("the call's timeout ran out while reading the response")
    return None


# --- drivers ----------------------------------------------------------------------------


class PolicyTransport(httpx.BaseTransport):
    """Run one policy's flow over a sync inner transport."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: Policy,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        flow = self.policy.flow(request)
        try:
            action = next(flow)
            while True:
                action = flow.send(self._perform(action))
        except StopIteration as stop:
            response: httpx.Response = stop.value
            return response
        finally:
            flow.close()

    def _perform(self, action: Action) -> Outcome | None:
        if isinstance(action, Send):
            try:
                return self.inner.handle_request(action.request)
            except httpx.TransportError as exc:
                return exc
        if isinstance(action, ReadResponse):
            return self._read(action)
        if isinstance(action, Sleep):
            self._sleep(action.seconds)
        elif isinstance(action, Drain):
            try:
                action.response.read()
            except httpx.TransportError:
                pass
            finally:
                action.response.close()
        else:
            action.request.read()
        return None

    @staticmethod
    def _read(action: ReadResponse) -> Outcome:
        response = action.response
        try:
            response.content  # noqa: B018 - already loaded (e.g. a MockTransport response)
            return response
        except httpx.ResponseNotRead:
            pass
        chunks: list[bytes] = []
        try:
            for chunk in response.iter_raw():
                chunks.append(chunk)
                late = _past(action)
                if late is not None:
                    return late
        except httpx.TransportError as exc:
            return exc
        finally:
            response.close()
        return _loaded(response, chunks, action.joined)

    def close(self) -> None:
        self.inner.close()


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio  # here, so that ``import alpaca`` does not pay for asyncio

    await asyncio.sleep(seconds)


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Run one policy's flow over an async inner transport."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: Policy,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep or _asyncio_sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        flow = self.policy.flow(request)
        try:
            action = next(flow)
            while True:
                action = flow.send(await self._perform(action))
        except StopIteration as stop:
            response: httpx.Response = stop.value
            return response
        finally:
            flow.close()

    async def _perform(self, action: Action) -> Outcome | None:
        if isinstance(action, Send):
            try:
                return await self.inner.handle_async_request(action.request)
            except httpx.TransportError as exc:
                return exc
        if isinstance(action, ReadResponse):
            return await self._read(action)
        if isinstance(action, Sleep):
            await self._sleep(action.seconds)
        elif isinstance(action, Drain):
            try:
                await action.response.aread()
            except httpx.TransportError:
                pass
            finally:
                await action.response.aclose()
        else:
            await action.request.aread()
        return None

    @staticmethod
    async def _read(action: ReadResponse) -> Outcome:
        response = action.response
        try:
            response.content  # noqa: B018 - already loaded (e.g. a MockTransport response)
            return response
        except httpx.ResponseNotRead:
            pass
        chunks: list[bytes] = []
        try:
            async for chunk in response.aiter_raw():
                chunks.append(chunk)
                late = _past(action)
                if late is not None:
                    return late
        except httpx.TransportError as exc:
            return exc
        finally:
            await response.aclose()
        return _loaded(response, chunks, action.joined)

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- assembly ---------------------------------------------------------------------------


def _policies(
    config: ClientConfig,
    rate_limit: float | None,
    clock: Clock,
    wall_clock: Clock,
    rand: Callable[[], float],
) -> list[Policy]:
    """The stack, outermost first: one ``RateLimiter`` (and one ``OpenOrders``) per HTTP
    client, so one budget (and one memory) for every thread and task that shares it."""
    limiter = RateLimiter(rate_limit, clock=clock, wall_clock=wall_clock)
    retry = RetryPolicy(config.max_retries, config.retry_wait, config.retry_codes)
    open_orders = OpenOrders()
    return [
        ErrorMapping(clock, open_orders),
        Retrying(retry, rand=rand, clock=clock, open_orders=open_orders),
        limiter,
        RequestLogging(),
        AttemptTimeout(clock),
    ]


def build_transport(
    config: ClientConfig,
    inner: httpx.BaseTransport,
    *,
    rate_limit: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Clock = time.monotonic,
    wall_clock: Clock = time.time,
    rand: Callable[[], float] = random.random,
) -> httpx.BaseTransport:
    """Wrap ``inner`` in the policy stack; ``rate_limit`` is this host's budget in requests
    per minute (the clocks, sleep and rand are test seams)."""
    transport = inner
    for policy in reversed(_policies(config, rate_limit, clock, wall_clock, rand)):
        transport = PolicyTransport(transport, policy, sleep=sleep)
    return transport


def build_async_transport(
    config: ClientConfig,
    inner: httpx.AsyncBaseTransport,
    *,
    rate_limit: float | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    clock: Clock = time.monotonic,
    wall_clock: Clock = time.time,
    rand: Callable[[], float] = random.random,
) -> httpx.AsyncBaseTransport:
    """Async twin of ``build_transport``."""
    transport = inner
    for policy in reversed(_policies(config, rate_limit, clock, wall_clock, rand)):
        transport = AsyncPolicyTransport(transport, policy, sleep=sleep)
    return transport


class _ClientTransport(httpx.BaseTransport):
    """Sends through a user's ``httpx.Client`` (its pool, proxies, mounts, hooks).
    Closing does not close the user's client: they own it."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.client.send(request, stream=True)


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True)


def _headers(config: ClientConfig) -> dict[str, str]:
    return {"User-Agent": USER_AGENT, "Accept": "application/json", **config.auth_headers()}


def _tls_context(base_url: str) -> ssl.SSLContext | bool:
    """Certificate checks as httpx makes them (``True``) for an https host; for a plain http
    one (the sandbox, a local cache), a context without CA certificates: loading them takes
    ~20 ms, and an https request through it would fail verification rather than pass."""
    if base_url.lower().startswith("https:"):
        return True
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def make_sync_client(
    config: ClientConfig,
    base_url: str,
    *,
    rate_limit: float | None = None,
    transport: httpx.BaseTransport | None = None,
    http_client: httpx.Client | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` for ``base_url`` whose calls return a response < 400 or raise
    an ``AlpacaError``, within ``rate_limit`` requests per minute (``None``: no cap).
    ``transport`` replaces the innermost network transport. With
    ``http_client``, requests are sent through that client (its connection pool, proxies,
    mounts and event hooks) and its timeout is used; it is not closed with ours.
    """
    if transport is not None and http_client is not None:
        raise ConfigurationError("Pass either transport= or http_client=, not both.")
    setup_logging()
    inner = transport or (
        _ClientTransport(http_client)
        if http_client
        else httpx.HTTPTransport(verify=_tls_context(base_url))
    )
    return httpx.Client(
        base_url=base_url,
        headers=_headers(config),
        timeout=http_client.timeout if http_client else config.timeout,
        transport=build_transport(config, inner, rate_limit=rate_limit),
    )


def make_async_client(
    config: ClientConfig,
    base_url: str,
    *,
    rate_limit: float | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    http_client: httpx.AsyncClient | None = None,
) -> httpx.AsyncClient:
    """Async twin of ``make_sync_client``."""
    if transport is not None and http_client is not None:
        raise ConfigurationError("Pass either transport= or http_client=, not both.")
    setup_logging()
    inner = transport or (
        _AsyncClientTransport(http_client)
        if http_client
        else httpx.AsyncHTTPTransport(verify=_tls_context(base_url))
    )
    return httpx.AsyncClient(
        base_url=base_url,
        headers=_headers(config),
        timeout=http_client.timeout if http_client else config.timeout,
        transport=build_async_transport(config, inner, rate_limit=rate_limit),
    )
