"""httpx transports carrying all request policy: errors, retries, rate limits, logging.

Each policy is a small class whose ``flow(request)`` is a generator: it yields actions
(``Send``, ``Sleep``, ``Drain``, ``ReadBody``) and receives their results, like
``httpx.Auth.auth_flow``. The decisions therefore live once, with no I/O, and two tiny
drivers run them: ``PolicyTransport`` (sync) and ``AsyncPolicyTransport`` (async).

Stack, outermost first (``build_transport`` / ``build_async_transport``)::

    ErrorMapping    status >= 400 -> APIError subclass; httpx errors -> APIConnectionError
    Retrying        backoff + Retry-After; order submissions deduplicated by client_order_id
    RateLimiter     client-side token bucket + X-RateLimit-Remaining/Reset
    RequestLogging  one log line per attempt (credentials redacted)
    inner           httpx.HTTPTransport / AsyncHTTPTransport, a MockTransport, or a user client
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import random
import threading
import time
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass
from typing import Protocol

import httpx

from alpaca._config import ClientConfig
from alpaca._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    error_from_response,
)
from alpaca._logging import logger, redact_headers, setup_logging
from alpaca._retry import Decision, RetryPolicy, order_client_id, order_lookup_request

__all__ = [
    "USER_AGENT",
    "AsyncPolicyTransport",
    "ErrorMapping",
    "PolicyTransport",
    "RateLimiter",
    "RequestLogging",
    "Retrying",
    "build_async_transport",
    "build_transport",
    "make_async_client",
    "make_sync_client",
]

try:
    _VERSION = importlib.metadata.version("alpaca")
except importlib.metadata.PackageNotFoundError:  # pragma: no cover - source checkout
    _VERSION = "0.0.0"
USER_AGENT = f"alpaca-py-typed/{_VERSION}"

MAX_SERVER_WAIT = 60.0  # cap on waiting for X-RateLimit-Reset (guards against clock skew)


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


Action = Send | Sleep | Drain | ReadBody
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


# --- policies ---------------------------------------------------------------------------


class ErrorMapping:
    """Raise ``error_from_response`` for status >= 400 (body read, response closed), and
    wrap httpx transport errors in ``APITimeoutError``/``APIConnectionError``."""

    def flow(self, request: httpx.Request) -> Flow:
        outcome = yield from _send(request)
        target = f"{request.method} {request.url}"
        if isinstance(outcome, httpx.TimeoutException):
            raise APITimeoutError(f"{target} timed out", request=request) from outcome
        if isinstance(outcome, httpx.TransportError):
            detail = str(outcome) or type(outcome).__name__
            raise APIConnectionError(f"{target} failed: {detail}", request=request) from outcome
        if outcome.status_code >= 400:
            yield Drain(outcome)
            raise error_from_response(outcome, request=request)
        return outcome


class Retrying:
    """Apply a ``RetryPolicy``; never places an order twice (see ``alpaca._retry``).

    An order submission whose outcome is ambiguous (5xx in ``retry_codes``, read error,
    timeout) is looked up by ``client_order_id``: 200 -> that order is returned as the
    response; 404 -> the same body is resubmitted; lookup failures are retried within the
    budget, and if it runs out the original failure is surfaced.
    """

    def __init__(self, policy: RetryPolicy, *, rand: Callable[[], float] = random.random):
        self.policy = policy
        self._rand = rand

    def flow(self, request: httpx.Request) -> Flow:
        yield ReadBody(request)
        order_id = order_client_id(request)
        lookup = order_lookup_request(request, order_id) if order_id else None
        current, failure = request, None
        retries = 0
        while True:
            outcome = yield from _send(current)
            if current is lookup and isinstance(outcome, httpx.Response):
                if outcome.status_code == 200:
                    logger.warning("Order %s was accepted; not resubmitting it", order_id)
                    return outcome
                if outcome.status_code == 404:
                    yield Drain(outcome)
                    logger.info("Order %s not found; resubmitting it", order_id)
                    current = request
                    continue
            is_order = lookup is not None and current is request
            decision = self.policy.decide(current, outcome, is_order=is_order)
            delay = None
            if decision is not Decision.DONE and retries < self.policy.max_retries:
                delay = self.policy.delay(outcome, retries, self._rand)
            if isinstance(outcome, httpx.Response) and (delay is not None or current is lookup):
                yield Drain(outcome)
            if delay is None:
                if current is lookup:
                    assert failure is not None  # the submission that made us look
                    return _unwrap(failure)
                return _unwrap(outcome)
            if current is request:
                failure = outcome
            retries += 1
            what = (
                f"order {order_id} lookup"
                if decision is Decision.LOOKUP or current is lookup
                else f"{current.method} {current.url}"
            )
            logger.info(
                "Retrying %s in %.2fs (retry %d of %d) after %s",
                what,
                delay,
                retries,
                self.policy.max_retries,
                _describe(outcome),
            )
            if delay > 0:
                yield Sleep(delay)
            if decision is Decision.LOOKUP:
                assert lookup is not None
                current = lookup


class RateLimiter:
    """Client-side token bucket (``per_minute`` requests, burst of one second's worth, at
    least 1) plus the server's ``X-RateLimit-Remaining``/``X-RateLimit-Reset``: when the
    remaining count hits 0, wait until the reset time (epoch seconds, capped at 60 s).

    ``reserve()`` is atomic under a lock, so one instance is safe across threads and,
    since it never awaits, across asyncio tasks.
    """

    def __init__(
        self,
        per_minute: float | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._rate = per_minute / 60.0 if per_minute else None
        self._capacity = max(1.0, self._rate or 0.0)
        self._tokens = self._capacity
        self._clock = clock
        self._wall_clock = wall_clock
        self._updated = clock()
        self._blocked_until = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take a token; return the seconds to wait before sending."""
        with self._lock:
            wait = 0.0
            if self._rate is not None:
                now = self._clock()
                elapsed = now - self._updated
                self._tokens = min(self._capacity, self._tokens + elapsed * self._rate)
                self._updated = now
                self._tokens -= 1.0
                if self._tokens < 0:
                    wait = -self._tokens / self._rate
            server_wait = min(self._blocked_until - self._wall_clock(), MAX_SERVER_WAIT)
            return max(wait, server_wait, 0.0)

    def observe(self, headers: httpx.Headers) -> None:
        """Note the server's rate-limit headers from a response."""
        try:
            remaining = int(headers["x-ratelimit-remaining"])
            reset = float(headers["x-ratelimit-reset"])
        except (KeyError, ValueError):
            return
        if remaining <= 0:
            with self._lock:
                self._blocked_until = max(self._blocked_until, reset)

    def flow(self, request: httpx.Request) -> Flow:
        wait = self.reserve()
        if wait > 0:
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

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
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


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, httpx.Response):
        return f"{outcome.status_code} {outcome.reason_phrase}".rstrip()
    return type(outcome).__name__


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

    def close(self) -> None:
        self.inner.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Run one policy's flow over an async inner transport."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: Policy,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep

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

    async def aclose(self) -> None:
        await self.inner.aclose()


# --- assembly ---------------------------------------------------------------------------


def _policies(
    config: ClientConfig,
    clock: Callable[[], float],
    wall_clock: Callable[[], float],
    rand: Callable[[], float],
) -> list[Policy]:
    """The stack, outermost first. One ``RateLimiter`` per client."""
    retry = RetryPolicy(config.max_retries, config.retry_wait, config.retry_codes)
    return [
        ErrorMapping(),
        Retrying(retry, rand=rand),
        RateLimiter(config.rate_limit, clock=clock, wall_clock=wall_clock),
        RequestLogging(),
    ]


def build_transport(
    config: ClientConfig,
    inner: httpx.BaseTransport,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
    rand: Callable[[], float] = random.random,
) -> httpx.BaseTransport:
    """Wrap ``inner`` in the policy stack (the clocks, sleep and rand are test seams)."""
    transport = inner
    for policy in reversed(_policies(config, clock, wall_clock, rand)):
        transport = PolicyTransport(transport, policy, sleep=sleep)
    return transport


def build_async_transport(
    config: ClientConfig,
    inner: httpx.AsyncBaseTransport,
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
    rand: Callable[[], float] = random.random,
) -> httpx.AsyncBaseTransport:
    """Async twin of ``build_transport``."""
    transport = inner
    for policy in reversed(_policies(config, clock, wall_clock, rand)):
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


def make_sync_client(
    config: ClientConfig,
    base_url: str,
    *,
    transport: httpx.BaseTransport | None = None,
    http_client: httpx.Client | None = None,
) -> httpx.Client:
    """An ``httpx.Client`` for ``base_url`` whose calls return a response < 400 or raise
    an ``AlpacaError``. ``transport`` replaces the innermost network transport. With
    ``http_client``, requests are sent through that client (its connection pool, proxies,
    mounts and event hooks) and its timeout is used; it is not closed with ours.
    """
    if transport is not None and http_client is not None:
        raise ConfigurationError("Pass either transport= or http_client=, not both.")
    setup_logging()
    inner = transport or (_ClientTransport(http_client) if http_client else httpx.HTTPTransport())
    return httpx.Client(
        base_url=base_url,
        headers=_headers(config),
        timeout=http_client.timeout if http_client else config.timeout,
        transport=build_transport(config, inner),
    )


def make_async_client(
    config: ClientConfig,
    base_url: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    http_client: httpx.AsyncClient | None = None,
) -> httpx.AsyncClient:
    """Async twin of ``make_sync_client``."""
    if transport is not None and http_client is not None:
        raise ConfigurationError("Pass either transport= or http_client=, not both.")
    setup_logging()
    inner = transport or (
        _AsyncClientTransport(http_client) if http_client else httpx.AsyncHTTPTransport()
    )
    return httpx.AsyncClient(
        base_url=base_url,
        headers=_headers(config),
        timeout=http_client.timeout if http_client else config.timeout,
        transport=build_async_transport(config, inner),
    )
