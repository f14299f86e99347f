"""The sandbox ASGI app: routing, authentication, metering, error bodies, chaos and control.

Control routes (``/_sandbox/...``) need the sandbox credentials like the API routes:

- ``POST /_sandbox/reset``: fresh account, no chaos rules, request counts cleared.
- ``GET|POST|DELETE /_sandbox/chaos``: list, add (one rule, a list, or ``{"rules": [...]}``)
  or clear fault-injection rules (see :mod:`alpaca.sandbox._chaos`); also lists postponed
  (``when: late``) requests.
- ``GET /_sandbox/stats``: API requests per credential, those refused with 429 and the most
  seen in any 60 s window (see :mod:`alpaca.sandbox._metering`).
- ``GET /_sandbox/time``: the sandbox time, its speed, whether it is stepped and always open.
- ``POST /_sandbox/advance``: on a stepped clock, ``{"minutes": 5}`` (also ``seconds``,
  ``hours``, ``days``) or ``{"to": "<RFC 3339>"}`` moves time forward; it answers once the
  orders have been matched up to the new time.
"""

from __future__ import annotations

import hmac
import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alpaca.sandbox import _persist, _routes_data, _routes_trading, _stream_server
from alpaca.sandbox._chaos import TRANSPORT_KEY, Chaos, ChaosRule, transport_of
from alpaca.sandbox._clock import SandboxClock, SteppedClock, make_clock
from alpaca.sandbox._format import ApiError, bad_request, fmt_time_ns, json_response
from alpaca.sandbox._metering import RateLimiter
from alpaca.sandbox._order_events import OrderEvents, trade_update
from alpaca.sandbox._orders import OrderEngine
from alpaca.sandbox._params import parse_time
from alpaca.sandbox._prices import Prices
from alpaca.sandbox._state import Clock, State

_log = logging.getLogger("alpaca.sandbox")

SANDBOX_KEY_ID = "PKSANDBOX0000000000"
SANDBOX_SECRET_KEY = "SANDBOXSECRET0000000000000000000000000000"
SANDBOX_OAUTH_TOKEN = "SANDBOXOAUTHTOKEN0000000000000000000"
CONTROL_PREFIX = "/_sandbox/"
_UNAUTHORIZED = orjson.dumps({"code": 40110000, "message": "request is not authorized"})
_RATE_LIMITED = orjson.dumps({"code": 42910000, "message": "rate limit exceeded"})


@dataclass
class Sandbox:
    """Mutable per-app context: credentials, clock, live state, chaos rules and metering."""

    key_id: str
    secret_key: str
    oauth_token: str
    now: Clock
    limiter: RateLimiter
    always_open: bool = False
    state_file: Path | None = None
    resume_clock: bool = False
    """Whether a stepped clock continues from the time saved in ``state_file``."""
    chaos: Chaos = field(default_factory=Chaos)
    order_events: OrderEvents = field(default_factory=OrderEvents)
    streams: _stream_server.StreamRegistry = field(default_factory=_stream_server.StreamRegistry)
    prices: Prices = field(init=False)
    state: State = field(init=False)
    engine: OrderEngine = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.prices = Prices(self.always_open)
        self.reset()
        if self.state_file is not None and self.state_file.exists():
            self.load()

    def reset(self) -> None:
        """Fresh account state, no chaos rules or postponed requests, no request counts."""
        with self._lock:
            self._use(State(self.now, self.prices))
            self.chaos.reset()
            self.limiter.clear()
            self.streams.reset()

    def _use(self, state: State) -> None:
        self.state = state
        self.engine = OrderEngine(state)
        self.engine.subscribe(lambda event: self.order_events.publish([trade_update(event)]))

    @property
    def clock(self) -> SandboxClock | None:
        """The clock when it is one of the sandbox's own (None for a bare callable)."""
        return self.now if isinstance(self.now, SandboxClock) else None

    def advance(self, to: datetime) -> datetime:
        """Move a stepped clock to ``to`` and match the orders up to it."""
        clock = self.now
        if not isinstance(clock, SteppedClock):
            raise ApiError(
                422, 42210000, "the sandbox clock is not stepped (start it with speed=0)"
            )
        try:
            clock.set(to)
        except ValueError as exc:
            raise ApiError(422, 42210000, str(exc)) from None
        self.engine.sync()
        self.save()
        return clock()

    def tick(self) -> None:
        """Match the orders up to the current time; save when that changed something."""
        before = self.engine.version
        self.engine.sync()
        if self.engine.version != before:
            self.save()

    def save(self) -> None:
        """Write the state to ``state_file`` (when there is one)."""
        if self.state_file is None:
            return
        with self.state.lock:
            _persist.save(self.state, self.state_file, {"now": self.now()})

    def load(self) -> None:
        """Restore the state saved in ``state_file``."""
        assert self.state_file is not None
        meta = _persist.peek(self.state_file)
        saved_now = meta.get("now")
        if self.resume_clock and isinstance(self.now, SteppedClock) and saved_now is not None:
            self.now = SteppedClock(saved_now)
        state = State(self.now, self.prices)
        _persist.load(state, self.state_file)
        with self._lock:
            self._use(state)
        _log.info("sandbox state loaded from %s", self.state_file)

    def time_json(self) -> dict[str, Any]:
        """The ``/_sandbox/time`` body."""
        clock = self.clock
        return {
            "now": fmt_time_ns(self.now()),
            "speed": clock.speed if clock is not None else None,
            "stepped": clock is not None and clock.stepped,
            "always_open": self.always_open,
        }

    def credential(self, scope: Scope) -> str | None:
        """Who the request authenticates as (the key id, or ``oauth``), None if nobody.
        Credentials are compared in constant time."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        key_id = headers.get("apca-api-key-id")
        if key_id is not None or "authorization" not in headers:
            valid = _same(key_id, self.key_id) & _same(
                headers.get("apca-api-secret-key"), self.secret_key
            )
            return self.key_id if valid else None
        return "oauth" if _same(headers["authorization"], f"Bearer {self.oauth_token}") else None


def _same(given: str | None, expected: str) -> bool:
    return hmac.compare_digest((given or "").encode(), expected.encode())


def _sandbox(request: Request) -> Sandbox:
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox


async def _send_json(
    send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]]
) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + extra})
    await send({"type": "http.response.body", "body": body})


class AccessMiddleware:
    """Admits only the sandbox credentials (401 otherwise), control routes included; meters
    API requests per credential (rate-limit headers on every answer, 429 past the limit)."""

    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.sandbox = sandbox

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        credential = self.sandbox.credential(scope)
        if credential is None:
            await _send_json(send, 401, _UNAUTHORIZED, [])
            return
        if scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        verdict = self.sandbox.limiter.admit(credential)
        if not verdict.allowed:
            await _send_json(send, 429, _RATE_LIMITED, verdict.headers())
            return
        extra = verdict.headers()

        async def metered(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                added = [(k, v) for k, v in extra if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *added]}
            await send(message)

        await self.app(scope, receive, metered)
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            self.sandbox.save()


class ChaosMiddleware:
    """Applies the first matching chaos rule to an API request (control routes are exempt)."""

    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.chaos = sandbox.chaos

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rule = None
        if scope["type"] == "http" and not scope["path"].startswith(CONTROL_PREFIX):
            rule = self.chaos.take(scope["method"], scope["path"])
        if rule is None:
            await self.app(scope, receive, send)
        else:
            await self.chaos.serve(rule, self.app, scope, receive, send)


class _SandboxApp(Starlette):
    """Starlette that remembers each connection's transport, so chaos can cut it."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[TRANSPORT_KEY] = transport_of(send)
        await super().__call__(scope, receive, send)


async def _reset(request: Request) -> Response:
    sandbox = _sandbox(request)
    sandbox.reset()
    sandbox.save()
    return json_response({"reset": True})


async def _time(request: Request) -> Response:
    sandbox = _sandbox(request)
    sandbox.engine.sync()
    return json_response(sandbox.time_json())


_STEPS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


async def _advance(request: Request) -> Response:
    """``POST /_sandbox/advance``: ``{"minutes": 5}`` & co. or ``{"to": "<RFC 3339>"}``."""
    sandbox = _sandbox(request)
    try:
        raw: Any = orjson.loads(await request.body() or b"{}")
    except orjson.JSONDecodeError:
        raise bad_request("request body format is invalid") from None
    if not isinstance(raw, dict) or not raw or set(raw) - {"to", *_STEPS}:
        raise bad_request(f"give to or an amount of {', '.join(_STEPS)}")
    if "to" in raw:
        if len(raw) > 1 or not isinstance(raw["to"], str):
            raise bad_request("to is an RFC 3339 time and comes alone")
        target = parse_time("to", raw["to"], end_of_day=False)
    else:
        seconds = 0.0
        for name, value in raw.items():
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise bad_request(f"{name} must be a number >= 0")
            seconds += value * _STEPS[name]
        if seconds > 400 * 86400:
            raise bad_request("advance at most 400 days at a time")
        target = sandbox.now() + timedelta(seconds=seconds)
    sandbox.advance(target)
    return json_response(sandbox.time_json())


async def _chaos(request: Request) -> Response:
    chaos = _sandbox(request).chaos
    if request.method == "POST":
        try:
            raw: Any = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            raise bad_request("request body format is invalid") from None
        if isinstance(raw, dict) and "rules" in raw:
            raw = raw["rules"]
        items = raw if isinstance(raw, list) else [raw]
        chaos.add([ChaosRule.parse(item) for item in items])
    elif request.method == "DELETE":
        chaos.clear()
    return json_response(chaos.to_json())


async def _stats(request: Request) -> Response:
    return json_response(_sandbox(request).limiter.stats())


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = "endpoint not found" if exc.status_code == 404 else str(exc.detail).lower()
    code = exc.status_code * 100000 + 10000
    return json_response({"code": code, "message": message}, exc.status_code)


async def _internal_error(request: Request, exc: Exception) -> Response:
    """A sandbox bug still answers Alpaca's error shape (the server logs the traceback)."""
    return json_response({"code": 50010000, "message": "internal server error"}, 500)


def create_app(
    *,
    key_id: str = SANDBOX_KEY_ID,
    secret_key: str = SANDBOX_SECRET_KEY,
    oauth_token: str = SANDBOX_OAUTH_TOKEN,
    now: Clock | None = None,
    start: datetime | None = None,
    speed: float = 1.0,
    rate_limit: int | None = None,
    always_open: bool = False,
    state_file: str | Path | None = None,
) -> Starlette:
    """Build the sandbox app.

    Time: ``now`` (any callable returning an aware datetime) wins; otherwise the clock starts
    at ``start`` (default: now) and runs ``speed`` times faster than real time, ``speed=0``
    standing still until advanced. ``rate_limit`` is the requests per minute each credential
    may make (Alpaca's trading API allows 200); None never refuses a request. ``always_open``
    keeps the stock market open around the clock. ``state_file`` keeps the state across
    restarts (loaded at start, saved after every change).
    """
    limiter = RateLimiter(rate_limit)
    clock = now if now is not None else make_clock(start, speed)
    sandbox = Sandbox(
        key_id,
        secret_key,
        oauth_token,
        clock,
        limiter,
        always_open,
        Path(state_file) if state_file is not None else None,
        resume_clock=now is None and start is None,
    )

    def state_of(request: Request) -> State:
        found = _sandbox(request)
        found.engine.sync()
        return found.state

    def engine_of(request: Request) -> OrderEngine:
        found = _sandbox(request)
        found.engine.sync()
        return found.engine

    control = [
        Route("/_sandbox/reset", _reset, methods=["POST"]),
        Route("/_sandbox/chaos", _chaos, methods=["GET", "POST", "DELETE"]),
        Route("/_sandbox/stats", _stats, methods=["GET"]),
        Route("/_sandbox/time", _time, methods=["GET"]),
        Route("/_sandbox/advance", _advance, methods=["POST"]),
    ]
    app = _SandboxApp(
        routes=[
            *_stream_server.routes(always_open),
            *control,
            *_routes_trading.routes(state_of, engine_of),
            *_routes_data.routes(state_of),
        ],
        middleware=[
            Middleware(AccessMiddleware, sandbox=sandbox),
            Middleware(ChaosMiddleware, sandbox=sandbox),
        ],
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
    )
    app.state.sandbox = sandbox
    return app
