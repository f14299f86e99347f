"""The sandbox's websocket servers: market-data streams and the trading stream.

Market data is served at Alpaca's stream paths (``/v2/{feed}``, ``/v1beta1/{boats,overnight,
indicative,opra,news}``, ``/v1beta3/crypto/{loc}``, ``/v1beta1/crypto-perps/{loc}``), trade
updates at ``/stream`` (and ``/stream/``), in JSON or msgpack as the upgrade's ``Content-Type``
asks (options: msgpack unless JSON is asked for, which gets 412). The wire follows
``spec/streams.yaml`` and the compatibility rules of Alpaca's own clients: ``T`` first,
one-element control replies, ``connected`` first, msgpack timestamps as extension -1, client
frames parsed by content, auth accepted before ``connected``.

Control (sandbox credentials required): ``GET /_sandbox/streams`` lists connections and
settings; ``POST /_sandbox/streams`` sets ``connection_limit`` (per endpoint and key; None: no
limit), ``symbol_limit`` and ``tick_interval`` (seconds between data frames);
``POST /_sandbox/streams/drop`` closes connections (``path``: only those whose path starts so;
``hold``: seconds the dropped connections keep counting against the limit, like Alpaca's ~90 s).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import msgpack
import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._format import bad_request, json_response
from alpaca.sandbox._stream_data import NS, TIME_KEYS, Feed, Message, feed_for

if TYPE_CHECKING:
    from alpaca.sandbox._app import Sandbox

_AUTH_TIMEOUT = 10.0
_FRAME_MESSAGES = 1000
_UNAUTHORIZED = {"code": 40110000, "message": "request is not authorized"}
_DROP_CODE = 1011


@dataclass(eq=False)
class Connection:
    """One open stream connection."""

    websocket: WebSocket
    path: str
    group: str
    msgpack: bool
    key: str | None = None
    subscriptions: dict[str, set[str]] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def send(self, content: Any) -> None:
        """Send one frame (a list of messages for market data, an object for trading)."""
        async with self.lock:
            if self.msgpack:
                await self.websocket.send_bytes(msgpack.packb(_encoded(content, True)))
            elif self.group == "trading":
                await self.websocket.send_bytes(orjson.dumps(content))
            else:
                await self.websocket.send_text(orjson.dumps(_encoded(content, False)).decode())

    async def close(self) -> None:
        """Close with an error code, as a network failure would end it."""
        with contextlib.suppress(Exception):
            await self.websocket.close(_DROP_CODE, "dropped by the sandbox")


class StreamRegistry:
    """The open connections and stream settings of one sandbox."""

    def __init__(self) -> None:
        self.connections: set[Connection] = set()
        self.held: list[tuple[float, str, str]] = []
        """(until, group, key) of dropped connections that still count against the limit."""
        self.reset()

    def reset(self) -> None:
        """Default settings."""
        self.connection_limit: int | None = None
        self.symbol_limit: int | None = None
        self.tick_interval = 0.05
        self.held.clear()

    def over_limit(self, group: str, key: str) -> bool:
        """Whether one more connection of ``key`` to ``group`` exceeds the limit."""
        if self.connection_limit is None:
            return False
        now = time.monotonic()
        self.held = [h for h in self.held if h[0] > now]
        count = sum(1 for c in self.connections if c.group == group and c.key == key)
        count += sum(1 for _, g, k in self.held if g == group and k == key)
        return count >= self.connection_limit

    async def drop(self, prefix: str, hold: float) -> int:
        """Close the connections whose path starts with ``prefix``; their number."""
        dropped = [c for c in self.connections if c.path.startswith(prefix)]
        until = time.monotonic() + hold
        for conn in dropped:
            self.connections.discard(conn)
            if hold > 0 and conn.key is not None:
                self.held.append((until, conn.group, conn.key))
        await asyncio.gather(*(conn.close() for conn in dropped))
        return len(dropped)

    def to_json(self) -> dict[str, Any]:
        """Settings and connections, for the control route."""
        return {
            "connection_limit": self.connection_limit,
            "symbol_limit": self.symbol_limit,
            "tick_interval": self.tick_interval,
            "connections": [
                {
                    "path": c.path,
                    "authenticated": c.key is not None,
                    "encoding": "msgpack" if c.msgpack else "json",
                    "subscriptions": {ch: sorted(s) for ch, s in c.subscriptions.items() if s},
                }
                for c in self.connections
            ],
        }


def _encoded(content: Any, packed: bool) -> Any:
    """Timestamps (integer ns under ``TIME_KEYS``) as msgpack Timestamps or RFC 3339 text."""
    if not isinstance(content, list):
        return content
    convert = msgpack.Timestamp.from_unix_nano if packed else _rfc3339
    return [
        {k: convert(v) if k in TIME_KEYS and type(v) is int else v for k, v in message.items()}
        for message in content
    ]


def _rfc3339(ns: int) -> str:
    """RFC 3339 UTC, nanoseconds with trailing zeros trimmed (Go's RFC3339Nano)."""
    seconds, fraction = divmod(ns, NS)
    text = f"{datetime.fromtimestamp(seconds, UTC):%Y-%m-%dT%H:%M:%S}"
    digits = f"{fraction:09d}".rstrip("0")
    return f"{text}.{digits}Z" if digits else f"{text}Z"


def _decode(message: Mapping[str, Any]) -> Any:
    """A client frame by its content: JSON (text or binary) or msgpack."""
    data = message.get("bytes")
    if data is None:
        return orjson.loads(message.get("text") or "")
    if data[:1] in (b"{", b"["):
        return orjson.loads(data)
    return msgpack.unpackb(data)


def _now_ns(sandbox: Sandbox) -> int:
    delta = sandbox.now() - datetime(1970, 1, 1, tzinfo=UTC)
    return delta // timedelta(microseconds=1) * 1000


def _header_key(websocket: WebSocket, sandbox: Sandbox) -> str | None:
    """The key id when the upgrade request carries valid credentials."""
    return sandbox.credential(websocket.scope)


def _key_for(sandbox: Sandbox, key: Any, secret: Any) -> str | None:
    """The identity of valid credentials (key pair, or an OAuth/broker token), else None.
    Secrets are compared in constant time."""
    if _same(key, sandbox.key_id) & _same(secret, sandbox.secret_key):
        return sandbox.key_id
    if key in ("oauth", "access_token") and _same(secret, sandbox.oauth_token):
        return "oauth"
    return None


def _same(given: Any, expected: str) -> bool:
    text = given if isinstance(given, str) else ""
    return hmac.compare_digest(text.encode(), expected.encode())


def _error(code: int, message: str) -> list[Message]:
    return [{"T": "error", "code": code, "msg": message}]


# -- market data --------------------------------------------------------------------------------


class _DataSession:
    """The protocol of one market-data connection."""

    def __init__(self, sandbox: Sandbox, conn: Connection, feed: Feed) -> None:
        self.sandbox = sandbox
        self.conn = conn
        self.feed = feed
        self.ticker: asyncio.Task[None] | None = None

    async def run(self) -> None:
        conn = self.conn
        await conn.send([{"T": "success", "msg": "connected"}])
        key = _header_key(conn.websocket, self.sandbox)
        if key is not None and not await self._authenticate(key):
            return
        deadline = time.monotonic() + _AUTH_TIMEOUT
        try:
            while True:
                timeout = None if conn.key is not None else deadline - time.monotonic()
                try:
                    message = await asyncio.wait_for(conn.websocket.receive(), timeout)
                except TimeoutError:
                    await conn.send(_error(404, "auth timeout"))
                    return
                if message["type"] == "websocket.disconnect":
                    return
                try:
                    request = _decode(message)
                except (ValueError, msgpack.UnpackException):
                    await conn.send(_error(400, "invalid syntax"))
                    continue
                if not await self._handle(request):
                    return
        finally:
            if self.ticker is not None:
                self.ticker.cancel()

    async def _handle(self, request: Any) -> bool:
        """Answer one client message; False ends the connection."""
        conn = self.conn
        action = request.get("action") if isinstance(request, dict) else None
        if action == "auth":
            if conn.key is not None:
                await conn.send(_error(403, "already authenticated"))
                return True
            key = _key_for(self.sandbox, request.get("key"), request.get("secret"))
            if key is None:
                await conn.send(_error(402, "auth failed"))
                return True
            return await self._authenticate(key)
        if action in ("subscribe", "unsubscribe"):
            if conn.key is None:
                await conn.send(_error(401, "not authenticated"))
            else:
                await self._subscribe(request, action == "subscribe")
            return True
        await conn.send(_error(400, "invalid syntax"))
        return True

    async def _authenticate(self, key: str) -> bool:
        registry = self.sandbox.streams
        if registry.over_limit(self.conn.group, key):
            await self.conn.send(_error(406, "connection limit exceeded"))
            return False
        self.conn.key = key
        await self.conn.send([{"T": "success", "msg": "authenticated"}])
        self.ticker = asyncio.ensure_future(self._tick())
        return True

    async def _subscribe(self, request: dict[str, Any], adding: bool) -> None:
        feed, conn = self.feed, self.conn
        changes: dict[str, list[str]] = {}
        for channel, value in request.items():
            if channel == "action" or value is None or value == []:
                continue
            if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
                await conn.send(_error(400, "invalid syntax"))
                return
            if feed.kind == "stocks" and channel in ("corrections", "cancelErrors"):
                continue  # implicit with trades
            if channel not in feed.channels:
                await conn.send(_error(410, "invalid subscribe action for this feed"))
                return
            if not all(s == "*" or feed.valid(s) for s in value):
                await conn.send(_error(400, "invalid syntax"))
                return
            if adding and feed.kind == "options" and channel == "quotes" and "*" in value:
                await conn.send(_error(413, "star subscription is not allowed for option quotes"))
                return
            changes[channel] = value
        updated = {ch: set(conn.subscriptions.get(ch, ())) for ch in feed.channels}
        for channel, symbols in changes.items():
            if adding:
                updated[channel] |= set(symbols)
            else:
                updated[channel] -= set(symbols)
        limit = self.sandbox.streams.symbol_limit
        distinct = set().union(*updated.values()) - {"*"}
        if adding and limit is not None and len(distinct) > limit:
            await conn.send(_error(405, "symbol limit exceeded"))
            return
        conn.subscriptions = updated
        reply: Message = {"T": "subscription"}
        for channel in feed.channels:
            reply[channel] = sorted(updated[channel])
        if feed.kind == "stocks":
            reply["corrections"] = reply["cancelErrors"] = sorted(updated["trades"])
        await conn.send([reply])
        if adding:
            now = _now_ns(self.sandbox)
            for channel, symbols in changes.items():
                expanded = feed.universe() if "*" in symbols else symbols
                snapshots = feed.on_subscribe(channel, expanded, now)
                if snapshots:
                    await conn.send(snapshots)

    async def _tick(self) -> None:
        """Send what the feed published since the last tick, as the sandbox clock moves."""
        sandbox, conn, feed = self.sandbox, self.conn, self.feed
        last = _now_ns(sandbox)
        while True:
            await asyncio.sleep(sandbox.streams.tick_interval)
            now = _now_ns(sandbox)
            if now <= last:
                continue
            subscriptions = {ch: set(s) for ch, s in conn.subscriptions.items() if s}
            if subscriptions:
                messages = feed.messages(subscriptions, last, now)
                for start in range(0, len(messages), _FRAME_MESSAGES):
                    await conn.send(messages[start : start + _FRAME_MESSAGES])
            last = now


async def _data_stream(websocket: WebSocket) -> None:
    sandbox: Sandbox = websocket.app.state.sandbox
    path = websocket.url.path
    feed = feed_for(path, sandbox.always_open)
    if feed is None:
        await websocket.close(1008, "no stream at this path")
        return
    content_type = websocket.headers.get("content-type", "").lower()
    packed = "msgpack" in content_type or (feed.kind == "options" and "json" not in content_type)
    await websocket.accept()
    conn = Connection(websocket, path, path, packed)
    if feed.kind == "options" and not packed:
        await conn.send(_error(412, "option messages are only available in MsgPack format"))
        await websocket.close()
        return
    await _serve(sandbox, conn, _DataSession(sandbox, conn, feed).run)


async def _serve(sandbox: Sandbox, conn: Connection, session: Callable[[], Any]) -> None:
    registry = sandbox.streams
    registry.connections.add(conn)
    try:
        await session()
    except (WebSocketDisconnect, RuntimeError, OSError):
        pass  # the client went away (or was dropped) mid-send
    finally:
        registry.connections.discard(conn)
        with contextlib.suppress(Exception):
            await conn.websocket.close()


# -- trading ------------------------------------------------------------------------------------


async def _trading_stream(websocket: WebSocket) -> None:
    sandbox: Sandbox = websocket.app.state.sandbox
    packed = "msgpack" in websocket.headers.get("content-type", "").lower()
    await websocket.accept()
    conn = Connection(websocket, websocket.url.path, "trading", packed)
    await _serve(sandbox, conn, lambda: _trading_session(sandbox, conn))


async def _trading_session(sandbox: Sandbox, conn: Connection) -> None:
    loop = asyncio.get_running_loop()
    updates: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    listening = False

    def observe(event: dict[str, Any]) -> None:
        loop.call_soon_threadsafe(updates.put_nowait, event)

    async def forward() -> None:
        while True:
            event = await updates.get()
            if listening:
                await conn.send({"stream": "trade_updates", "data": event})

    unsubscribe = sandbox.order_events.subscribe(observe)
    sender = asyncio.ensure_future(forward())
    try:
        conn.key = _header_key(conn.websocket, sandbox)
        while True:
            message = await conn.websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            try:
                request = _decode(message)
            except (ValueError, msgpack.UnpackException):
                request = None
            action = request.get("action") if isinstance(request, dict) else None
            data = request.get("data") if isinstance(request, dict) else None
            data = data if isinstance(data, dict) else {}
            if action in ("auth", "authenticate"):
                if not await _trading_auth(sandbox, conn, request, data):
                    return
            elif action == "listen":
                if conn.key is None:
                    reply = {"status": "unauthorized", "action": "listen"}
                    await conn.send({"stream": "authorization", "data": reply})
                    continue
                streams = data.get("streams")
                wanted = (
                    [s for s in streams if s == "trade_updates"]
                    if isinstance(streams, list)
                    else []
                )
                listening = bool(wanted)
                conn.subscriptions = {"streams": set(wanted)}
                await conn.send({"stream": "listening", "data": {"streams": wanted}})
            else:
                error = {"error_message": "invalid action"}
                await conn.send({"action": "error", "data": error})
    finally:
        unsubscribe()
        sender.cancel()


async def _trading_auth(
    sandbox: Sandbox, conn: Connection, request: dict[str, Any], data: dict[str, Any]
) -> bool:
    """Accept ``auth`` (key/secret) and ``authenticate`` (key_id/secret_key or oauth_token)."""
    if request.get("action") == "auth":
        key = _key_for(sandbox, request.get("key"), request.get("secret"))
    elif "oauth_token" in data:
        key = _key_for(sandbox, "oauth", data.get("oauth_token"))
    else:
        key = _key_for(sandbox, data.get("key_id"), data.get("secret_key"))
    if key is None:
        reply = {
            "action": "authenticate",
            "message": "access key verification failed",
            "status": "unauthorized",
        }
        await conn.send({"stream": "authorization", "data": reply})
        return False
    if conn.key is None and sandbox.streams.over_limit("trading", key):
        reply = {
            "action": "authenticate",
            "message": "connection limit exceeded",
            "status": "exceeded",
        }
        await conn.send({"stream": "authorization", "data": reply})
        return False
    conn.key = key
    await conn.send(
        {"stream": "authorization", "data": {"status": "authorized", "action": "authenticate"}}
    )
    return True


# -- control and clock --------------------------------------------------------------------------


async def _control(request: Request) -> Response:
    sandbox: Sandbox = request.app.state.sandbox
    if sandbox.credential(request.scope) is None:
        return json_response(_UNAUTHORIZED, 401)
    registry = sandbox.streams
    if request.method == "GET":
        return json_response(registry.to_json())
    body = await _body(request)
    drop = request.url.path.endswith("/drop")
    allowed = {"path", "hold"} if drop else {"connection_limit", "symbol_limit", "tick_interval"}
    unknown = set(body) - allowed
    if unknown:
        raise bad_request(f"unknown field(s): {sorted(unknown)}")
    if drop:
        prefix, hold = body.get("path", "/"), body.get("hold", 0)
        if not isinstance(prefix, str) or not _number(hold, allow_zero=True):
            raise bad_request("path must be a string and hold a number of seconds >= 0")
        return json_response({"dropped": await registry.drop(prefix, float(hold))})
    for name in ("connection_limit", "symbol_limit"):
        if name in body:
            value = body[name]
            if value is not None and (type(value) is not int or value < 1):
                raise bad_request(f"{name} must be an integer >= 1 or null")
            setattr(registry, name, value)
    if "tick_interval" in body:
        interval = body["tick_interval"]
        if not _number(interval) or interval > 60:
            raise bad_request("tick_interval must be a number of seconds in (0, 60]")
        registry.tick_interval = float(interval)
    return json_response(registry.to_json())


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = orjson.loads(raw) if raw else {}
    except orjson.JSONDecodeError:
        raise bad_request("request body format is invalid") from None
    if not isinstance(body, dict):
        raise bad_request("request body format is invalid")
    return body


def _number(value: Any, allow_zero: bool = False) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return value >= 0 if allow_zero else value > 0


async def _always_open_clock(request: Request) -> Response:
    """``/v2/clock`` of an always-open sandbox: open now, closing at the next ET midnight."""
    sandbox: Sandbox = request.app.state.sandbox
    now = sandbox.now()
    regular = cal.clock(now)
    midnight = datetime.combine(cal.et_date(now) + timedelta(days=1), datetime.min.time())
    next_close = midnight.replace(tzinfo=cal.NEW_YORK)
    return json_response(
        {**regular, "is_open": True, "next_close": next_close.isoformat(timespec="seconds")}
    )


def routes(always_open: bool) -> list[BaseRoute]:
    """The stream endpoints, their control routes and (``always_open``) the clock that
    overrides the trading one (so these routes go first)."""
    found: list[BaseRoute] = [
        Route("/_sandbox/streams", _control, methods=["GET", "POST"]),
        Route("/_sandbox/streams/drop", _control, methods=["POST"]),
        WebSocketRoute("/stream", _trading_stream),
        WebSocketRoute("/stream/", _trading_stream),
        WebSocketRoute("/v2/{feed}", _data_stream),
        WebSocketRoute("/v1beta1/{feed}", _data_stream),
        WebSocketRoute("/v1beta3/crypto/{loc}", _data_stream),
        WebSocketRoute("/v1beta1/crypto-perps/{loc}", _data_stream),
    ]
    if always_open:
        found.insert(0, Route("/v2/clock", _always_open_clock, methods=["GET"]))
    return found
