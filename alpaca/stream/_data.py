"""Market-data streams: stocks, crypto, crypto perpetuals, options and news.

Messages arrive as generated records (``alpaca_client.streams.records``: attributes computed
from the wire mapping when read, ``.raw`` is that mapping) or, with ``raw=True``, as the decoded
dicts themselves. In msgpack (the default) a raw ``t`` is integer epoch nanoseconds; in JSON it
is the RFC 3339 text. Records expose both ``timestamp`` (UTC datetime) and ``timestamp_ns``.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar
from urllib.parse import urlsplit

from alpaca_client._records import Record
from alpaca_client.streams.records import STREAMS

from alpaca._config import check_secure, resolve_config

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
from ._events import TERMINAL_CODES, SubscriptionRefused

if TYPE_CHECKING:
    from typing import Unpack

H = TypeVar("H", bound=Handler)
HandlerArg = Handler | str | None
"""A handler, or None (messages reach ``async for`` only); a string here is taken as the first
symbol, so ``subscribe_trades("AAPL")`` works for ``async for`` users."""

STOCK_FEEDS = {
    "iex": "/v2/iex",
    "sip": "/v2/sip",
    "delayed_sip": "/v2/delayed_sip",
    "test": "/v2/test",
    "boats": "/v1beta1/boats",
    "overnight": "/v1beta1/overnight",
}
CRYPTO_LOCATIONS = ("us", "us-1", "eu-1")
OPTION_FEEDS = ("indicative", "opra")
_CONTROL = frozenset({"success", "error", "subscription"})
_IMPLICIT = {"corrections": "trades", "cancelErrors": "trades"}
"""Stock channels the server sends with ``trades`` (requested as trades)."""
_REPLY_TIMEOUT = 10.0


class _Route:
    """Where messages of one type go: record class, per-symbol handlers, the ``*`` handler."""

    __slots__ = ("by_symbols", "cls", "handlers", "star")

    def __init__(self, channel: str, cls: type[Record]) -> None:
        self.cls = cls
        self.handlers: dict[str, Entry] = {}
        self.star: Entry | None = None
        self.by_symbols = channel == "news"


class DataStream(StreamBase):
    """Base of the market-data streams (use ``Stream``, ``CryptoStream``, ``OptionStream``,
    ``NewsStream``). ``url`` is the stream host (the feed's path is appended) or a full
    endpoint URL; without it: ``DATA_PROXY_WS`` (a stream hub), then ``APCA_API_STREAM_URL``,
    then Alpaca's host. A plain ``ws://`` URL to another machine needs ``allow_insecure=True``."""

    def __init__(
        self,
        kind: str,
        path: str,
        *,
        key_id: str | None,
        secret_key: str | None,
        oauth_token: str | None,
        url: str | None,
        raw: bool,
        encoding: Literal["msgpack", "json"],
        options: StreamOptions,
        allow_insecure: bool = False,
    ) -> None:
        if encoding not in ("msgpack", "json"):
            raise ValueError(f"encoding must be 'msgpack' or 'json', got {encoding!r}")
        config = resolve_config(
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            allow_insecure=allow_insecure,
        )
        host = url or os.environ.get("DATA_PROXY_WS", "").strip() or config.stream_url
        url = endpoint(host, path)
        check_secure("url", url, allow_insecure)
        super().__init__(url, options)
        self._config = config
        self._raw = raw
        self._encoding = encoding
        table = STREAMS[kind]
        self._codes = {channel: code for code, (channel, _) in table.items()}
        self._routes = {code: _Route(channel, cls) for code, (channel, cls) in table.items()}
        self._implicit = {k: v for k, v in _IMPLICIT.items() if k in self._codes}
        self._wanted: dict[str, set[str]] = {channel: set() for channel in self._codes}
        self._confirmed: dict[str, set[str]] = {}
        self._pending: asyncio.Future[Refused | None] | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self.url!r}, encoding={self._encoding!r})"

    @property
    def subscriptions(self) -> dict[str, list[str]]:
        """What the stream wants, per channel (non-empty channels only)."""
        with self._lock:
            return {ch: sorted(symbols) for ch, symbols in self._wanted.items() if symbols}

    # -- subscribing (any thread, any time, never blocks) -------------------------------------

    def _subscribe(self, channel: str, handler: HandlerArg, symbols: Iterable[str]) -> None:
        route = self._route(channel)
        if isinstance(handler, str):
            symbols, handler = (handler, *symbols), None
        entry = None if handler is None else handler_entry(handler)
        names = self._names(symbols)
        with self._lock:
            for name in names:
                if entry is not None and name == "*":
                    route.star = entry
                elif entry is not None:
                    route.handlers[name] = entry
            self._wanted[channel].update(names)
        self._subscriptions_changed()

    def _unsubscribe(self, channel: str, symbols: Iterable[str]) -> None:
        route = self._route(channel)
        names = self._names(symbols)
        with self._lock:
            for name in names:
                if name == "*":
                    route.star = None
                route.handlers.pop(name, None)
            self._wanted[channel].difference_update(names)
        self._subscriptions_changed()

    def _decorator(self, channel: str, symbols: tuple[str, ...]) -> Callable[[H], H]:
        self._route(channel)

        def register(handler: H) -> H:
            self._subscribe(channel, handler, symbols)
            return handler

        return register

    def _route(self, channel: str) -> _Route:
        code = self._codes.get(channel)
        if code is None:
            offered = ", ".join(sorted(self._codes))
            raise ValueError(f"{type(self).__name__} has no {channel} channel (it has: {offered})")
        return self._routes[code]

    def _names(self, symbols: Iterable[str]) -> list[str]:
        names = []
        for symbol in symbols:
            if not isinstance(symbol, str) or not symbol.strip():
                raise ValueError(f"a symbol must be a non-empty string, got {symbol!r}")
            names.append(symbol.strip().upper())
        if not names:
            raise ValueError('give at least one symbol (or "*" for all)')
        return names

    def _request_view(self) -> dict[str, set[str]]:
        """The channels and symbols to ask the server for."""
        with self._lock:
            view = {ch: set(s) for ch, s in self._wanted.items() if ch not in self._implicit}
            for channel, carrier in self._implicit.items():
                view[carrier] |= self._wanted[channel]
        return view

    # -- connection ---------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        return {"Content-Type": f"application/{self._encoding}"}

    def _encode(self, message: dict[str, Any]) -> str | bytes:
        return encode(message, self._encoding)

    def _auth_message(self) -> dict[str, Any]:
        config = self._config
        if config.oauth_token:
            return {"action": "auth", "key": "oauth", "secret": config.oauth_token}
        return {"action": "auth", "key": config.key_id, "secret": config.secret_key}

    async def _recv(self, ws: Any) -> list[Any]:
        try:
            async with asyncio.timeout(self._open_timeout):
                frame = await ws.recv()
        except TimeoutError:
            raise Lost("no answer from the server in time") from None
        content = decode(frame)
        return content if isinstance(content, list) else [content]

    async def _open(self, ws: Any, run: Run) -> None:
        self._confirmed = {}
        self._pending = None
        await ws.send(self._encode(self._auth_message()))
        while not _authenticated(await self._recv(ws)):
            pass
        view = self._request_view()
        if any(view.values()):
            request = {"action": "subscribe", **{ch: sorted(s) for ch, s in view.items() if s}}
            await ws.send(self._encode(request))
            while True:
                messages = await self._recv(ws)
                first = messages[0] if messages else None
                if not isinstance(first, dict) or first.get("T") not in _CONTROL:
                    self._on_frame(messages, run)
                    continue
                if first["T"] == "subscription":
                    self._confirm(first)
                    break
                if first["T"] == "error":
                    refused = Refused(_int(first.get("code")), str(first.get("msg", "")))
                    self._refuse(run, refused, request)
                    break
        run.last_data = time.monotonic()

    def _confirm(self, reply: dict[str, Any]) -> None:
        self._confirmed = {
            channel: set(reply.get(channel) or ())
            for channel in self._codes
            if channel not in self._implicit
        }

    def _refuse(self, run: Run, refused: Refused, request: dict[str, Any]) -> None:
        """A subscription change was refused: terminal codes end the stream; others are
        reported and the refused symbols forgotten (the server kept its previous set)."""
        if refused.code in TERMINAL_CODES:
            raise refused
        changes = {k: list(v) for k, v in request.items() if k != "action"}
        if request.get("action") == "subscribe":
            with self._lock:
                for channel, symbols in changes.items():
                    self._wanted[channel].difference_update(symbols)
                    for implicit, carrier in self._implicit.items():
                        if carrier == channel:
                            self._wanted[implicit].difference_update(symbols)
        self._refused(run, SubscriptionRefused(refused.code or 0, refused.message, changes))

    async def _sync(self, ws: Any, run: Run) -> None:
        view = self._request_view()
        confirmed = self._confirmed
        removals = {ch: sorted(confirmed.get(ch, set()) - s) for ch, s in view.items()}
        additions = {ch: sorted(s - confirmed.get(ch, set())) for ch, s in view.items()}
        for action, change in (("unsubscribe", removals), ("subscribe", additions)):
            change = {ch: symbols for ch, symbols in change.items() if symbols}
            if not change:
                continue
            request = {"action": action, **change}
            self._pending = asyncio.get_running_loop().create_future()
            await ws.send(self._encode(request))
            try:
                async with asyncio.timeout(_REPLY_TIMEOUT):
                    refused = await self._pending
            except TimeoutError:
                raise Lost(f"no answer to a {action} request") from None
            finally:
                self._pending = None
            if refused is not None:
                self._refuse(run, refused, request)

    def _on_frame(self, content: Any, run: Run) -> None:
        if type(content) is not list:
            content = [content]
        first = content[0] if content else None
        if type(first) is dict and first.get("T") in _CONTROL:
            for message in content:
                self._control(message, run)
            return
        run.last_data = time.monotonic()
        self._put(run, content)

    def _control(self, message: dict[str, Any], run: Run) -> None:
        kind = message.get("T")
        if kind == "subscription":
            self._confirm(message)
            if self._pending is not None and not self._pending.done():
                self._pending.set_result(None)
        elif kind == "error":
            refused = Refused(_int(message.get("code")), str(message.get("msg", "")))
            if refused.code in TERMINAL_CODES:
                raise refused
            if self._pending is not None and not self._pending.done():
                self._pending.set_result(refused)
            else:
                log.warning(
                    "stream %s: server error %s %s", self.url, refused.code, refused.message
                )
        elif kind != "success":
            self._put(run, [message])

    def _expects_data(self) -> bool:
        return any(self._confirmed.values())

    # -- dispatch (consumer side) -------------------------------------------------------------

    async def _dispatch(self, messages: list[Any], deliver: bool) -> list[Any] | None:
        routes, raw = self._routes, self._raw
        out: list[Any] | None = [] if deliver else None
        for message in messages:
            handler = None
            try:
                route = routes.get(message["T"])
                if route is None:
                    continue
                record = message if raw else route.cls(message)
                if out is not None:
                    out.append(record)
                if route.by_symbols:
                    await self._dispatch_news(route, message, record)
                    continue
                entry = route.handlers.get(message.get("S")) or route.star
                if entry is None:
                    continue
                handler, is_async = entry
                result = handler(record)
                if is_async:
                    await result
            except Exception:
                if handler is None:
                    log.warning("stream %s: skipped a malformed message", self.url, exc_info=True)
                else:
                    self._handler_failed(handler)
        return out

    async def _dispatch_news(self, route: _Route, message: Any, record: Any) -> None:
        """News has no ``S``: each distinct handler of its symbols, else the ``*`` handler."""
        found = [route.handlers.get(symbol) for symbol in message.get("symbols") or ()]
        entries = {id(e[0]): e for e in found if e is not None} or (
            {0: route.star} if route.star is not None else {}
        )
        for handler, is_async in entries.values():
            await self._call(handler, is_async, record)

    # -- per-channel API ------------------------------------------------------------------------

    def subscribe_trades(self, handler: HandlerArg, *symbols: str) -> None:
        """Send trades of ``symbols`` (``"*"``: every symbol) to ``handler``."""
        self._subscribe("trades", handler, symbols)

    def subscribe_quotes(self, handler: HandlerArg, *symbols: str) -> None:
        """Send quotes of ``symbols`` to ``handler``."""
        self._subscribe("quotes", handler, symbols)

    def subscribe_bars(self, handler: HandlerArg, *symbols: str) -> None:
        """Send minute bars of ``symbols`` to ``handler``."""
        self._subscribe("bars", handler, symbols)

    def subscribe_updated_bars(self, handler: HandlerArg, *symbols: str) -> None:
        """Send corrected minute bars of ``symbols`` to ``handler``."""
        self._subscribe("updatedBars", handler, symbols)

    def subscribe_daily_bars(self, handler: HandlerArg, *symbols: str) -> None:
        """Send daily bars (the session so far) of ``symbols`` to ``handler``."""
        self._subscribe("dailyBars", handler, symbols)

    def subscribe_statuses(self, handler: HandlerArg, *symbols: str) -> None:
        """Send trading status changes (halts, ...) of ``symbols`` to ``handler``."""
        self._subscribe("statuses", handler, symbols)

    def subscribe_lulds(self, handler: HandlerArg, *symbols: str) -> None:
        """Send limit-up/limit-down bands of ``symbols`` to ``handler``."""
        self._subscribe("lulds", handler, symbols)

    def subscribe_imbalances(self, handler: HandlerArg, *symbols: str) -> None:
        """Send auction imbalances of ``symbols`` to ``handler``."""
        self._subscribe("imbalances", handler, symbols)

    def subscribe_corrections(self, handler: HandlerArg, *symbols: str) -> None:
        """Send trade corrections of ``symbols`` to ``handler`` (Alpaca sends them with
        trades, so those symbols' trades are requested too)."""
        self._subscribe("corrections", handler, symbols)

    def subscribe_cancel_errors(self, handler: HandlerArg, *symbols: str) -> None:
        """Send trade cancels and errors of ``symbols`` to ``handler`` (requested as trades)."""
        self._subscribe("cancelErrors", handler, symbols)

    def subscribe_orderbooks(self, handler: HandlerArg, *symbols: str) -> None:
        """Send order books of ``symbols`` to ``handler`` (crypto)."""
        self._subscribe("orderbooks", handler, symbols)

    def subscribe_pricing(self, handler: HandlerArg, *symbols: str) -> None:
        """Send pricing (index, mark, funding) of ``symbols`` to ``handler`` (perpetuals)."""
        self._subscribe("pricing", handler, symbols)

    def subscribe_news(self, handler: HandlerArg, *symbols: str) -> None:
        """Send news about ``symbols`` (``"*"``: all news) to ``handler``."""
        self._subscribe("news", handler, symbols)

    def unsubscribe_trades(self, *symbols: str) -> None:
        """Stop trades of ``symbols``."""
        self._unsubscribe("trades", symbols)

    def unsubscribe_quotes(self, *symbols: str) -> None:
        """Stop quotes of ``symbols``."""
        self._unsubscribe("quotes", symbols)

    def unsubscribe_bars(self, *symbols: str) -> None:
        """Stop minute bars of ``symbols``."""
        self._unsubscribe("bars", symbols)

    def unsubscribe_updated_bars(self, *symbols: str) -> None:
        """Stop updated bars of ``symbols``."""
        self._unsubscribe("updatedBars", symbols)

    def unsubscribe_daily_bars(self, *symbols: str) -> None:
        """Stop daily bars of ``symbols``."""
        self._unsubscribe("dailyBars", symbols)

    def unsubscribe_statuses(self, *symbols: str) -> None:
        """Stop trading statuses of ``symbols``."""
        self._unsubscribe("statuses", symbols)

    def unsubscribe_lulds(self, *symbols: str) -> None:
        """Stop LULD bands of ``symbols``."""
        self._unsubscribe("lulds", symbols)

    def unsubscribe_imbalances(self, *symbols: str) -> None:
        """Stop imbalances of ``symbols``."""
        self._unsubscribe("imbalances", symbols)

    def unsubscribe_corrections(self, *symbols: str) -> None:
        """Stop trade corrections of ``symbols``."""
        self._unsubscribe("corrections", symbols)

    def unsubscribe_cancel_errors(self, *symbols: str) -> None:
        """Stop trade cancels and errors of ``symbols``."""
        self._unsubscribe("cancelErrors", symbols)

    def unsubscribe_orderbooks(self, *symbols: str) -> None:
        """Stop order books of ``symbols``."""
        self._unsubscribe("orderbooks", symbols)

    def unsubscribe_pricing(self, *symbols: str) -> None:
        """Stop pricing of ``symbols``."""
        self._unsubscribe("pricing", symbols)

    def unsubscribe_news(self, *symbols: str) -> None:
        """Stop news about ``symbols``."""
        self._unsubscribe("news", symbols)

    def on_trades(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_trades``."""
        return self._decorator("trades", symbols)

    def on_quotes(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_quotes``."""
        return self._decorator("quotes", symbols)

    def on_bars(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_bars``."""
        return self._decorator("bars", symbols)

    def on_updated_bars(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_updated_bars``."""
        return self._decorator("updatedBars", symbols)

    def on_daily_bars(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_daily_bars``."""
        return self._decorator("dailyBars", symbols)

    def on_statuses(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_statuses``."""
        return self._decorator("statuses", symbols)

    def on_lulds(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_lulds``."""
        return self._decorator("lulds", symbols)

    def on_imbalances(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_imbalances``."""
        return self._decorator("imbalances", symbols)

    def on_corrections(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_corrections``."""
        return self._decorator("corrections", symbols)

    def on_cancel_errors(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_cancel_errors``."""
        return self._decorator("cancelErrors", symbols)

    def on_orderbooks(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_orderbooks``."""
        return self._decorator("orderbooks", symbols)

    def on_pricing(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_pricing``."""
        return self._decorator("pricing", symbols)

    def on_news(self, *symbols: str) -> Callable[[H], H]:
        """Decorator form of ``subscribe_news``."""
        return self._decorator("news", symbols)


class Stream(DataStream):
    """Real-time stock data of one feed: ``iex``, ``sip``, ``delayed_sip``, ``boats``,
    ``overnight`` or ``test`` (symbol ``FAKEPACA``)."""

    def __init__(
        self,
        feed: str = "iex",
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        oauth_token: str | None = None,
        url: str | None = None,
        raw: bool = False,
        encoding: Literal["msgpack", "json"] = "msgpack",
        allow_insecure: bool = False,
        **options: Unpack[StreamOptions],
    ) -> None:
        if feed not in STOCK_FEEDS:
            raise ValueError(f"feed must be one of {', '.join(STOCK_FEEDS)}, got {feed!r}")
        super().__init__(
            "test" if feed == "test" else "stocks",
            STOCK_FEEDS[feed],
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            url=url,
            raw=raw,
            encoding=encoding,
            options=options,
            allow_insecure=allow_insecure,
        )


class CryptoStream(DataStream):
    """Real-time crypto data from one venue: ``us`` (Alpaca), ``us-1`` (Kraken US), ``eu-1``
    (Kraken EU); symbols look like ``BTC/USD``."""

    def __init__(
        self,
        loc: str = "us",
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        oauth_token: str | None = None,
        url: str | None = None,
        raw: bool = False,
        encoding: Literal["msgpack", "json"] = "msgpack",
        allow_insecure: bool = False,
        **options: Unpack[StreamOptions],
    ) -> None:
        if not loc or not all(c.isalnum() or c == "-" for c in loc):
            raise ValueError(f"loc must be a location such as {', '.join(CRYPTO_LOCATIONS)}")
        super().__init__(
            "crypto",
            f"/v1beta3/crypto/{loc}",
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            url=url,
            raw=raw,
            encoding=encoding,
            options=options,
            allow_insecure=allow_insecure,
        )


class CryptoPerpStream(DataStream):
    """Real-time crypto perpetual futures (``BTC-PERP``, ...): the crypto channels plus
    ``pricing``."""

    def __init__(
        self,
        loc: str = "global",
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        oauth_token: str | None = None,
        url: str | None = None,
        raw: bool = False,
        encoding: Literal["msgpack", "json"] = "msgpack",
        allow_insecure: bool = False,
        **options: Unpack[StreamOptions],
    ) -> None:
        super().__init__(
            "crypto-perps",
            f"/v1beta1/crypto-perps/{loc}",
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            url=url,
            raw=raw,
            encoding=encoding,
            options=options,
            allow_insecure=allow_insecure,
        )


class OptionStream(DataStream):
    """Real-time option trades and quotes (``indicative`` or ``opra``); msgpack only."""

    def __init__(
        self,
        feed: str = "indicative",
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        oauth_token: str | None = None,
        url: str | None = None,
        raw: bool = False,
        encoding: Literal["msgpack"] = "msgpack",
        allow_insecure: bool = False,
        **options: Unpack[StreamOptions],
    ) -> None:
        if feed not in OPTION_FEEDS:
            raise ValueError(f"feed must be one of {', '.join(OPTION_FEEDS)}, got {feed!r}")
        if encoding != "msgpack":
            raise ValueError("option streams are msgpack only")
        super().__init__(
            "options",
            f"/v1beta1/{feed}",
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            url=url,
            raw=raw,
            encoding=encoding,
            options=options,
            allow_insecure=allow_insecure,
        )


class NewsStream(DataStream):
    """Real-time news; ``subscribe_news(handler, "*")`` for every article."""

    def __init__(
        self,
        *,
        key_id: str | None = None,
        secret_key: str | None = None,
        oauth_token: str | None = None,
        url: str | None = None,
        raw: bool = False,
        encoding: Literal["msgpack", "json"] = "msgpack",
        allow_insecure: bool = False,
        **options: Unpack[StreamOptions],
    ) -> None:
        super().__init__(
            "news",
            "/v1beta1/news",
            key_id=key_id,
            secret_key=secret_key,
            oauth_token=oauth_token,
            url=url,
            raw=raw,
            encoding=encoding,
            options=options,
            allow_insecure=allow_insecure,
        )


def endpoint(host: str, path: str) -> str:
    """``host`` + ``path``, unless ``host`` already names an endpoint (has a path)."""
    host = host.strip()
    if urlsplit(host).scheme not in ("ws", "wss"):
        raise ValueError(f"a stream URL must start with ws:// or wss://, got {host!r}")
    return host if urlsplit(host).path.strip("/") else host.rstrip("/") + path


def _int(value: Any) -> int | None:
    return value if type(value) is int else None


def _authenticated(messages: list[Any]) -> bool:
    """Whether ``messages`` accept the authentication; raise ``Refused`` if they refuse it."""
    for message in messages:
        kind = message.get("T") if isinstance(message, dict) else None
        if kind == "error":
            code = _int(message.get("code"))
            if code == 403:  # already authenticated
                return True
            raise Refused(code, str(message.get("msg", "")))
        if kind == "success" and message.get("msg") == "authenticated":
            return True
    return False
