"""The sandbox ASGI app: routing, authentication, metering, error bodies, chaos and control.

Control routes (``/_sandbox/...``) need the sandbox credentials like the API routes:

- ``POST /_sandbox/reset``: fresh account, no chaos rules, request counts cleared.
- ``GET|POST|DELETE /_sandbox/chaos``: list, add (one rule, a list, or ``{"rules": [...]}``)
  or clear fault-injection rules (see :mod:`alpaca.sandbox._chaos`); also lists postponed
  (``when: late``) requests.
- ``GET /_sandbox/stats``: API requests per credential, those refused with 429 and the most
  seen in any 60 s window (see :mod:`alpaca.sandbox._metering`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alpaca.sandbox import (
    _routes_crypto,
    _routes_data,
    _routes_options,
    _routes_reference,
    _routes_trading,
)
from alpaca.sandbox._chaos import TRANSPORT_KEY, Chaos, ChaosRule, transport_of
from alpaca.sandbox._format import ApiError, bad_request, json_response
from alpaca.sandbox._metering import RateLimiter
from alpaca.sandbox._orders import OrderEngine
from alpaca.sandbox._state import Clock, State, utc_now

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
    chaos: Chaos = field(default_factory=Chaos)
    state: State = field(init=False)
    engine: OrderEngine = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Fresh account state, no chaos rules or postponed requests, no request counts."""
        with self._lock:
            self.state = State(self.now)
            self.engine = OrderEngine(self.state)
            self.chaos.reset()
            self.limiter.clear()

    def credential(self, scope: Scope) -> str | None:
        """Who the request authenticates as (the key id, or ``oauth``), None if nobody."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        key_id = headers.get("apca-api-key-id")
        if key_id is not None or "authorization" not in headers:
            valid = key_id == self.key_id and headers.get("apca-api-secret-key") == self.secret_key
            return self.key_id if valid else None
        return "oauth" if headers["authorization"] == f"Bearer {self.oauth_token}" else None


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
    _sandbox(request).reset()
    return json_response({"reset": True})


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
    rate_limit: int | None = None,
) -> Starlette:
    """Build the sandbox app; ``now`` overrides the wall clock (for tests).

    ``rate_limit`` is the requests per minute each credential may make (Alpaca's trading API
    allows 200); None never refuses a request.
    """
    limiter = RateLimiter(rate_limit)
    sandbox = Sandbox(key_id, secret_key, oauth_token, now or utc_now, limiter)

    def state_of(request: Request) -> State:
        return _sandbox(request).state

    def engine_of(request: Request) -> OrderEngine:
        return _sandbox(request).engine

    control = [
        Route("/_sandbox/reset", _reset, methods=["POST"]),
        Route("/_sandbox/chaos", _chaos, methods=["GET", "POST", "DELETE"]),
        Route("/_sandbox/stats", _stats, methods=["GET"]),
    ]
    app = _SandboxApp(
        routes=control
        + _routes_trading.routes(state_of, engine_of)
        + _routes_data.routes(state_of)
        + _routes_crypto.routes(state_of)
        + _routes_options.routes(state_of)
        + _routes_reference.routes(state_of),
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
