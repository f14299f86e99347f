"""The sandbox ASGI app: routing, authentication, error bodies, chaos and control endpoints."""

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

from alpaca.sandbox import _routes_data, _routes_trading, _stream_server
from alpaca.sandbox._chaos import Chaos, ChaosRule
from alpaca.sandbox._format import ApiError, bad_request, json_response
from alpaca.sandbox._order_events import ObservedEngine, OrderEvents
from alpaca.sandbox._orders import OrderEngine
from alpaca.sandbox._state import Clock, State, utc_now

SANDBOX_KEY_ID = "PKSANDBOX0000000000"
SANDBOX_SECRET_KEY = "SANDBOXSECRET0000000000000000000000000000"
SANDBOX_OAUTH_TOKEN = "SANDBOXOAUTHTOKEN0000000000000000000"
CONTROL_PREFIX = "/_sandbox/"
_UNAUTHORIZED = orjson.dumps({"code": 40110000, "message": "request is not authorized"})


@dataclass
class Sandbox:
    """Mutable per-app context: credentials, clock, live state and chaos rules."""

    key_id: str
    secret_key: str
    oauth_token: str
    now: Clock
    always_open: bool = False
    chaos: Chaos = field(default_factory=Chaos)
    order_events: OrderEvents = field(default_factory=OrderEvents)
    streams: _stream_server.StreamRegistry = field(default_factory=_stream_server.StreamRegistry)
    state: State = field(init=False)
    engine: OrderEngine = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Fresh account state, no chaos rules."""
        with self._lock:
            self.state = State(self.now)
            self.engine = ObservedEngine(self.state, self.order_events)
            self.chaos.clear()
            self.streams.reset()

    def authorized(self, scope: Scope) -> bool:
        """Whether the request carries the sandbox keys or OAuth token."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("apca-api-key-id") is not None or "authorization" not in headers:
            return (
                headers.get("apca-api-key-id") == self.key_id
                and headers.get("apca-api-secret-key") == self.secret_key
            )
        return bool(headers["authorization"] == f"Bearer {self.oauth_token}")


def _sandbox(request: Request) -> Sandbox:
    sandbox: Sandbox = request.app.state.sandbox
    return sandbox


async def _send_raw(send: Send, status: int, body: bytes, extra: list[tuple[bytes, bytes]]) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + extra})
    await send({"type": "http.response.body", "body": body})


class ChaosMiddleware:
    """Applies chaos rules around API requests (control endpoints are exempt)."""

    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.sandbox = sandbox

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(CONTROL_PREFIX):
            await self.app(scope, receive, send)
            return
        chaos, method, path = self.sandbox.chaos, scope["method"], scope["path"]
        rule = chaos.take(method, path, "before")
        if rule is not None:
            await _send_raw(send, rule.status, orjson.dumps(rule.response_body()), rule.headers())
            return
        if not chaos.pending(method, path, "after"):
            await self.app(scope, receive, send)
            return
        captured: list[Message] = []

        async def capture(message: Message) -> None:
            captured.append(message)

        await self.app(scope, receive, capture)
        rule = chaos.take(method, path, "after")
        if rule is not None:
            await _send_raw(send, rule.status, orjson.dumps(rule.response_body()), rule.headers())
            return
        for message in captured:
            await send(message)


class AuthMiddleware:
    """Rejects API requests without the sandbox credentials (401, Alpaca's body)."""

    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.sandbox = sandbox

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and not scope["path"].startswith(CONTROL_PREFIX)
            and not self.sandbox.authorized(scope)
        ):
            await _send_raw(send, 401, _UNAUTHORIZED, [])
            return
        await self.app(scope, receive, send)


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
    return json_response({"rules": [r.to_json() for r in chaos.rules()]})


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = "endpoint not found" if exc.status_code == 404 else str(exc.detail).lower()
    code = exc.status_code * 100000 + 10000
    return json_response({"code": code, "message": message}, exc.status_code)


def create_app(
    *,
    key_id: str = SANDBOX_KEY_ID,
    secret_key: str = SANDBOX_SECRET_KEY,
    oauth_token: str = SANDBOX_OAUTH_TOKEN,
    now: Clock | None = None,
    always_open: bool = False,
) -> Starlette:
    """Build the sandbox app; ``now`` overrides the wall clock (for tests); ``always_open``
    keeps the stock market open around the clock."""
    sandbox = Sandbox(key_id, secret_key, oauth_token, now or utc_now, always_open)

    def state_of(request: Request) -> State:
        return _sandbox(request).state

    def engine_of(request: Request) -> OrderEngine:
        return _sandbox(request).engine

    control = [
        Route("/_sandbox/reset", _reset, methods=["POST"]),
        Route("/_sandbox/chaos", _chaos, methods=["GET", "POST", "DELETE"]),
    ]
    app = Starlette(
        routes=[
            *_stream_server.routes(always_open),
            *control,
            *_routes_trading.routes(state_of, engine_of),
            *_routes_data.routes(state_of),
        ],
        middleware=[
            Middleware(ChaosMiddleware, sandbox=sandbox),
            Middleware(AuthMiddleware, sandbox=sandbox),
        ],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
    )
    app.state.sandbox = sandbox
    return app
