"""The trading stream: ``trade_updates`` (order events) with reconciliation after reconnects.

Alpaca does not replay what a dropped connection missed. After a reconnect the stream asks the
REST API (a client of its own, made from the same settings) for the orders created since the
drop (``orders.list(status="all", after=drop - margin)``) and for every order it knew to be open
(``orders.get``), compares status and filled quantity with what it last knew, and delivers the
differences as ``TradeUpdate``s with ``reconciled`` true, right after the ``Reconnected`` event.
A reconciled fill carries the filled quantity since the last known state as ``qty``; its price
per fill is unknown (the order's ``filled_avg_price`` is on ``update.order``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit

from alpaca_client.streams.records import TradeUpdate

from alpaca._config import check_secure, resolve_config
from alpaca._errors import StreamError

from ._base import (
    Entry,
    Handler,
    Lost,
    Refused,
    Run,
    StreamBase,
    StreamOptions,
    decode,
    encode,
    handler_entry,
    log,
)
from ._events import Reconnected

if TYPE_CHECKING:
    from typing import Unpack

    from alpaca._client import AsyncClient

H = TypeVar("H", bound=Handler)

RECONCILE_MARGIN = dt.timedelta(minutes=1)
"""How far before the drop reconciliation looks for new orders (clock skew, in-flight orders)."""

_OPEN = frozenset(
    {
        "new", "partially_filled", "accepted", "pending_new", "held", "accepted_for_bidding",
        "pending_cancel", "pending_replace", "done_for_day", "stopped", "calculated", "suspended",
    }
)  # fmt: skip
_EVENTS = {"filled": "fill", "partially_filled": "partial_fill", "pending_new": "pending_new"}
"""Order status -> the trade-update event that reports it (others are spelled alike)."""


class TradingStream(StreamBase):
    """Updates of your orders (``trade_updates``). ``url`` is the trading host with a ws/wss
    scheme (``/stream`` is appended); by default it follows the trading base URL (paper unless
    ``paper=False``), and the REST client used for reconciliation follows ``url``. A plain
    ``ws://`` URL to another machine needs ``allow_insecure=True``."""

    def __init__(
        self,
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        oauth_token: str | None = None,
        paper: bool = True,
        url: str | None = None,
        raw: bool = False,
        encoding: Literal["json", "msgpack"] = "json",
        reconcile: bool = True,
        allow_insecure: bool = False,
        **options: Unpack[StreamOptions],
    ) -> None:
        if encoding not in ("msgpack", "json"):
            raise ValueError(f"encoding must be 'json' or 'msgpack', got {encoding!r}")
        if url:
            check_secure("url", _ws_url(url), allow_insecure)
        base_url = _http_url(url) if url else None
        config = resolve_config(
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            paper=None if base_url else paper,
            base_url=base_url,
            allow_insecure=allow_insecure,
        )
        super().__init__(_ws_url(url or config.base_url).rstrip("/") + "/stream", options)
        self._config = config
        self._raw = raw
        self._encoding = encoding
        self._reconcile_enabled = reconcile
        self._handler: Entry | None = None
        self._known: dict[str, tuple[str, Decimal]] = {}
        """Order id -> (status, filled qty) as last seen on the stream or over REST."""
        self._rest: AsyncClient | None = None

    def __repr__(self) -> str:
        return f"TradingStream(url={self.url!r})"

    def subscribe_trade_updates(self, handler: Handler) -> None:
        """Send every order event (``TradeUpdate``) to ``handler``."""
        self._handler = handler_entry(handler)

    def unsubscribe_trade_updates(self) -> None:
        """Stop sending order events to the handler (``async for`` still gets them)."""
        self._handler = None

    def on_trade_updates(self) -> Callable[[H], H]:
        """Decorator form of ``subscribe_trade_updates``."""

        def register(handler: H) -> H:
            self.subscribe_trade_updates(handler)
            return handler

        return register

    # -- connection ---------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        return {"Content-Type": "application/msgpack"} if self._encoding == "msgpack" else {}

    def _encode(self, message: dict[str, Any]) -> bytes | str:
        return encode(message, self._encoding)

    async def _recv(self, ws: Any) -> dict[str, Any]:
        try:
            async with asyncio.timeout(self._open_timeout):
                content = decode(await ws.recv())
        except TimeoutError:
            raise Lost("no answer from the server in time") from None
        if not isinstance(content, dict):
            raise Lost(f"unexpected message from the trading stream: {type(content).__name__}")
        return content

    async def _open(self, ws: Any, run: Run) -> None:
        config = self._config
        auth: dict[str, Any]
        if config.oauth_token:
            auth = {"action": "authenticate", "data": {"oauth_token": config.oauth_token}}
        else:
            auth = {"action": "auth", "key": config.key_id, "secret": config.secret_key}
        await ws.send(self._encode(auth))
        while (reply := await self._recv(ws)).get("stream") != "authorization":
            pass
        data = reply.get("data") or {}
        if data.get("status") == "exceeded":
            raise Refused(406, str(data.get("message") or "connection limit exceeded"))
        if data.get("status") != "authorized":
            reason = data.get("message") or data.get("status") or "unauthorized"
            raise StreamError(f"the trading stream refused the credentials: {reason}")
        await ws.send(self._encode({"action": "listen", "data": {"streams": ["trade_updates"]}}))
        while (reply := await self._recv(ws)).get("stream") != "listening":
            self._on_frame(reply, run)
        if self._reconcile_enabled and run.connections == 0:
            await self._remember_open_orders()

    def _on_frame(self, content: Any, run: Run) -> None:
        if not isinstance(content, dict):
            return
        stream = content.get("stream")
        if stream == "trade_updates":
            data = content.get("data")
            if isinstance(data, dict):
                self._track(data.get("order"))
                run.last_data = time.monotonic()
                self._put(run, [data])
        elif content.get("action") == "error" or stream == "error":
            detail = (content.get("data") or {}).get("error_message", "server error")
            raise Lost(f"the trading stream reported: {detail}")

    def _track(self, order: Any) -> None:
        if isinstance(order, dict) and isinstance(order.get("id"), str):
            self._known[order["id"]] = (str(order.get("status")), _qty(order.get("filled_qty")))

    # -- reconciliation -----------------------------------------------------------------------

    def _client(self) -> AsyncClient:
        if self._rest is None:
            from alpaca._client import AsyncClient

            config = self._config
            self._rest = AsyncClient(
                key_id=config.key_id,
                secret_key=config.secret_key,
                oauth_token=config.oauth_token,
                base_url=config.base_url,
                paper=config.paper,
                allow_insecure=config.allow_insecure,
            )
        return self._rest

    async def _io_closed(self) -> None:
        if self._rest is not None:
            await self._rest.close()
            self._rest = None

    async def _remember_open_orders(self) -> None:
        try:
            orders = await self._client().orders.list(status="open", limit=500)
        except Exception as exc:  # reconciliation is best effort; the stream itself works
            log.warning("trading stream: could not list open orders: %s", exc)
            return
        for order in orders:
            self._track(order.raw)

    async def _reconnected(self, run: Run, event: Reconnected) -> None:
        await super()._reconnected(run, event)
        if self._reconcile_enabled:
            try:
                updates = await self._reconcile(event.down_since - RECONCILE_MARGIN)
            except Exception as exc:
                log.warning("trading stream: reconciliation after the reconnect failed: %s", exc)
                return
            if updates:
                self._put(run, updates)

    async def _reconcile(self, since: dt.datetime) -> list[dict[str, Any]]:
        """Trade updates for every order whose state changed unseen since ``since``."""
        client = self._client()
        recent = await client.orders.list(status="all", after=since, limit=500, direction="asc")
        seen = {order.id for order in recent}
        still_open = [oid for oid, (status, _) in self._known.items() if status in _OPEN]
        fresh = [order.raw for order in recent]
        for order_id in still_open:
            if order_id not in seen:
                fresh.append((await client.orders.get(order_id)).raw)
        updates = []
        for order in fresh:
            status, filled = str(order.get("status")), _qty(order.get("filled_qty"))
            before = self._known.get(str(order.get("id")))
            if before == (status, filled):
                continue
            update: dict[str, Any] = {
                "event": _EVENTS.get(status, status),
                "order": order,
                "timestamp": order.get("updated_at"),
                "reconciled": True,
            }
            earlier_fill = before[1] if before is not None else Decimal(0)
            if filled > earlier_fill:
                update["qty"] = str(filled - earlier_fill)
            if before is None and status in _OPEN and status != "new":
                updates.append({**update, "event": "new"})
            updates.append(update)
            self._track(order)
        return updates

    # -- dispatch -----------------------------------------------------------------------------

    async def _dispatch(self, messages: list[Any], deliver: bool) -> list[Any] | None:
        out: list[Any] | None = [] if deliver else None
        for data in messages:
            update = data if self._raw else TradeUpdate(data)
            if out is not None:
                out.append(update)
            entry = self._handler
            if entry is not None:
                await self._call(entry[0], entry[1], update)
        return out


def _qty(value: Any) -> Decimal:
    try:
        return Decimal(str(value)) if value is not None else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def _ws_url(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    if scheme not in ("ws", "wss"):
        raise ValueError(f"a trading stream URL must start with ws:// or wss://, got {url!r}")
    return urlunsplit((scheme, parts.netloc, parts.path.removesuffix("/stream"), "", ""))


def _http_url(url: str) -> str:
    parts = urlsplit(_ws_url(url))
    scheme = "https" if parts.scheme == "wss" else "http"
    return urlunsplit((scheme, parts.netloc, parts.path, "", ""))
