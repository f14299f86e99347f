"""The stream hub: many local clients share one upstream connection per feed.

``alpaca stream-hub --port N`` listens on ``127.0.0.1:N`` and speaks Alpaca's market-data
protocol (JSON or msgpack, as each client asks). The first client of a path (``/v2/iex``,
``/v1beta3/crypto/us``, ...) opens the upstream connection for it; the upstream subscriptions
are the union of the clients' and each message goes to the clients subscribed to it. The last
client leaving closes the upstream (Alpaca allows one connection per feed and key, so strategies
sharing a hub never fight over it).

Clients authenticate with the hub's own credentials (``APCA_API_KEY_ID``/... as for the
client), so the hub serves no one else. When the upstream reconnects, the hub closes its
clients' connections (code 1012): each client reconnects and reports its own ``Reconnected``,
so no gap goes unnoticed. Point clients at the hub with ``DATA_PROXY_WS=ws://127.0.0.1:N``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import msgpack
import orjson
from alpaca_client.streams.records import STREAMS

from alpaca._config import ClientConfig, resolve_config
from alpaca._errors import StreamError

from ._base import QuietFrames, decode, log
from ._data import DataStream
from ._events import Reconnected

_TIME_KEYS = ("t", "r", "ft", "created_at", "updated_at")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_STOCK_PATHS = ("/v2/iex", "/v2/sip", "/v2/delayed_sip", "/v1beta1/boats", "/v1beta1/overnight")


def kind_of(path: str) -> str | None:
    """The stream kind served at ``path`` (None: not a market-data stream)."""
    if path in _STOCK_PATHS or path in ("/v2/boats", "/v2/overnight", "/v2/otc"):
        return "stocks"
    if path == "/v2/test":
        return "test"
    if path in ("/v1beta1/indicative", "/v1beta1/opra"):
        return "options"
    if path == "/v1beta1/news":
        return "news"
    parts = path.strip("/").split("/")
    if len(parts) == 3 and parts[:2] == ["v1beta3", "crypto"]:
        return "crypto"
    if len(parts) == 3 and parts[:2] == ["v1beta1", "crypto-perps"]:
        return "crypto-perps"
    return None


class _Upstream(DataStream):
    """The hub's connection to Alpaca for one path; yields whole frames."""

    async def _dispatch(self, messages: list[Any], deliver: bool) -> list[Any] | None:
        return [messages]


@dataclass(eq=False)
class _Client:
    connection: Any
    packed: bool
    subscriptions: dict[str, set[str]] = field(default_factory=dict)

    async def send(self, messages: list[dict[str, Any]]) -> None:
        await self.connection.send(_encode(messages, self.packed))

    def wants(self, channel: str, message: Mapping[str, Any]) -> bool:
        if channel in ("corrections", "cancelErrors"):
            channel = "trades"
        symbols = self.subscriptions.get(channel)
        if not symbols:
            return False
        if "*" in symbols:
            return True
        if channel == "news":
            return any(s in symbols for s in message.get("symbols") or ())
        return message.get("S") in symbols


class _Feed:
    """One path: its upstream, its clients and the union of their subscriptions."""

    def __init__(self, hub: StreamHub, path: str, kind: str) -> None:
        self.hub = hub
        self.path = path
        self.kind = kind
        self.channels = {code: channel for code, (channel, _) in STREAMS[kind].items()}
        self.clients: set[_Client] = set()
        config = hub.config
        self.upstream = _Upstream(
            kind,
            path,
            key_id=config.key_id,
            secret_key=config.secret_key,
            oauth_token=config.oauth_token,
            url=hub.upstream_url,
            raw=True,
            encoding="msgpack",
            options=hub.options,
            allow_insecure=config.allow_insecure,
        )
        self.task = asyncio.ensure_future(self._pump())

    def update(self) -> None:
        """Make the upstream's subscriptions the union of the clients'."""
        union: dict[str, set[str]] = {channel: set() for channel in self.channels.values()}
        for client in self.clients:
            for channel, symbols in client.subscriptions.items():
                union[channel] |= symbols
        current = self.upstream.subscriptions
        for channel, symbols in union.items():
            have = set(current.get(channel, ()))
            if symbols - have:
                self.upstream._subscribe(channel, None, sorted(symbols - have))
            if have - symbols:
                self.upstream._unsubscribe(channel, sorted(have - symbols))

    async def _pump(self) -> None:
        try:
            async for item in self.upstream:
                if isinstance(item, Reconnected):
                    await self._close_clients(
                        1012, "upstream reconnected; reconnect to resubscribe"
                    )
                elif isinstance(item, list):
                    await self._fan_out(item)
        except StreamError as exc:
            log.warning("stream hub: upstream %s failed: %s", self.path, exc)
            error = {"T": "error", "code": exc.code or 500, "msg": exc.message}
            for client in list(self.clients):
                with contextlib.suppress(Exception):
                    await client.send([error])
            await self._close_clients(1011, "upstream failed")
        finally:
            if self.hub.feeds.get(self.path) is self:
                del self.hub.feeds[self.path]

    async def _fan_out(self, frame: list[Any]) -> None:
        channels = self.channels
        for client in list(self.clients):
            picked = [
                m
                for m in frame
                if isinstance(m, dict)
                and (channel := channels.get(m.get("T", ""))) is not None
                and client.wants(channel, m)
            ]
            if picked:
                with contextlib.suppress(Exception):
                    await client.send(picked)

    async def _close_clients(self, code: int, reason: str) -> None:
        for client in list(self.clients):
            with contextlib.suppress(Exception):
                await client.connection.close(code, reason)

    def leave(self, client: _Client) -> None:
        self.clients.discard(client)
        if self.clients:
            self.update()
            return
        if self.hub.feeds.get(self.path) is self:
            del self.hub.feeds[self.path]
        self.upstream.stop()


class StreamHub:
    """Serves local clients from shared upstream connections (see the module docstring)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        upstream_url: str | None = None,
        key_id: str | None = None,
        secret_key: str | None = None,
        oauth_token: str | None = None,
        options: Mapping[str, Any] | None = None,
        allow_insecure: bool = False,
    ) -> None:
        self.config: ClientConfig = resolve_config(
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            stream_url=upstream_url,
            allow_insecure=allow_insecure,
        )
        self.upstream_url = self.config.stream_url
        self.host = host
        self.port = port
        self.options: Any = dict(options or {})
        self.feeds: dict[str, _Feed] = {}
        self._server: Any = None

    async def start(self) -> StreamHub:
        """Listen; ``port`` is the bound port afterwards."""
        from websockets.asyncio.server import serve

        quiet = QuietFrames(logging.getLogger("websockets.server"), {})
        self._server = await serve(self._serve, self.host, self.port, max_size=2**26, logger=quiet)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        """Close every client and upstream connection and stop listening."""
        for feed in list(self.feeds.values()):
            feed.upstream.stop()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def serve_forever(self) -> None:
        """Start and serve until cancelled."""
        await self.start()
        try:
            await asyncio.Future()
        finally:
            await self.close()

    def _authorized(self, key: Any, secret: Any) -> bool:
        config = self.config
        if config.oauth_token:
            return bool(key == "oauth" and secret == config.oauth_token)
        return bool(key == config.key_id and secret == config.secret_key)

    async def _serve(self, connection: Any) -> None:
        path = connection.request.path.split("?")[0].rstrip("/")
        kind = kind_of(path)
        content_type = connection.request.headers.get("Content-Type", "").lower()
        client = _Client(connection, "msgpack" in content_type or kind == "options")
        if kind is None:
            await connection.close(1008, "no stream at this path")
            return
        await client.send([{"T": "success", "msg": "connected"}])
        feed: _Feed | None = None
        try:
            async for frame in connection:
                try:
                    request = decode(frame)
                except ValueError:
                    request = None
                action = request.get("action") if isinstance(request, dict) else None
                if action == "auth" and feed is None:
                    if not self._authorized(request.get("key"), request.get("secret")):
                        await client.send([{"T": "error", "code": 402, "msg": "auth failed"}])
                        continue
                    feed = self.feeds.get(path)
                    if feed is None:
                        feed = self.feeds[path] = _Feed(self, path, kind)
                    feed.clients.add(client)
                    await client.send([{"T": "success", "msg": "authenticated"}])
                elif action in ("subscribe", "unsubscribe") and feed is not None:
                    await self._subscription(feed, client, request, action == "subscribe")
                elif action == "auth":
                    await client.send([{"T": "error", "code": 403, "msg": "already authenticated"}])
                elif action in ("subscribe", "unsubscribe"):
                    await client.send([{"T": "error", "code": 401, "msg": "not authenticated"}])
                else:
                    await client.send([{"T": "error", "code": 400, "msg": "invalid syntax"}])
        except Exception as exc:  # a client's trouble must not take the hub down
            log.debug("stream hub: client on %s ended: %r", path, exc)
        finally:
            if feed is not None:
                feed.leave(client)

    async def _subscription(
        self, feed: _Feed, client: _Client, request: dict[str, Any], adding: bool
    ) -> None:
        offered = set(feed.channels.values())
        changes: dict[str, set[str]] = {}
        for channel, symbols in request.items():
            if channel == "action" or not symbols or channel in ("corrections", "cancelErrors"):
                continue
            if channel not in offered or not isinstance(symbols, list):
                code, msg = (410, "invalid subscribe action for this feed")
                await client.send([{"T": "error", "code": code, "msg": msg}])
                return
            changes[channel] = {str(s) for s in symbols}
        for channel, symbols in changes.items():
            current = client.subscriptions.setdefault(channel, set())
            if adding:
                current |= symbols
            else:
                current -= symbols
        reply: dict[str, Any] = {"T": "subscription"}
        for channel in dict.fromkeys(feed.channels.values()):
            if channel in ("corrections", "cancelErrors"):
                continue
            reply[channel] = sorted(client.subscriptions.get(channel, ()))
        if feed.kind == "stocks":
            reply["corrections"] = reply["cancelErrors"] = reply["trades"]
        await client.send([reply])
        feed.update()


def _encode(messages: list[dict[str, Any]], packed: bool) -> bytes | str:
    """Messages decoded from msgpack (timestamps as integer ns) re-encoded for a client."""
    converted = [
        {k: _time(v, packed) if k in _TIME_KEYS and type(v) is int else v for k, v in m.items()}
        for m in messages
    ]
    if packed:
        data: bytes = msgpack.packb(converted)
        return data
    return orjson.dumps(converted).decode()


def _time(ns: int, packed: bool) -> Any:
    if packed:
        return msgpack.Timestamp.from_unix_nano(ns)
    seconds, fraction = divmod(ns, 1_000_000_000)
    text = (_EPOCH + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")
    digits = f"{fraction:09d}".rstrip("0")
    return f"{text}.{digits}Z" if digits else f"{text}Z"
