"""The legacy ``Stream``: one object for trade updates, stock, crypto and news data, running
on the core's streams (``alpaca.TradingStream``, ``alpaca.Stream``, ``alpaca.CryptoStream``,
``alpaca.NewsStream``), so it reconnects with backoff, resubscribes and never stalls on a slow
handler.

Handlers are coroutine functions, as before. They receive legacy entities (long names:
``trade.price``, ``bar.close``; trade and quote ``timestamp`` read as New York Timestamps, a
bar's ``timestamp`` is integer nanoseconds) or, with ``raw_data=True``, the message dicts
(short keys, ``t`` a ``msgpack.Timestamp``; trade updates as the whole ``{"stream", "data"}``
frame). ``run()`` connects every kind that has a subscription and blocks until ``stop()``; a
kind subscribed while running connects then.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import os
import threading
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, TypeVar

import msgpack

import alpaca
from alpaca.stream import StreamOptions

from ._common import pandas
from ._entity import Bar, Entity, Quote, Trade
from ._entity_v2 import (
    LULDV2,
    CancelErrorV2,
    CorrectionV2,
    NewsV2,
    OrderbookV2,
    StatusV2,
    bar_mapping_v2,
    cancel_error_mapping_v2,
    correction_mapping_v2,
    luld_mapping_v2,
    orderbook_mapping_v2,
    quote_mapping_v2,
    renamed,
    status_mapping_v2,
    trade_mapping_v2,
)
from ._market import crypto_pair

__all__ = ["Stream"]

Handler = Callable[[Any], Coroutine[Any, Any, Any]]
H = TypeVar("H", bound=Handler)
_STOP_WAIT = 10.0

# channel -> (legacy entity, key mapping) for messages of the data streams
_MESSAGES: dict[str, tuple[type[Entity], dict[str, str]]] = {
    "trades": (Trade, trade_mapping_v2),
    "quotes": (Quote, quote_mapping_v2),
    "bars": (Bar, bar_mapping_v2),
    "updated_bars": (Bar, bar_mapping_v2),
    "daily_bars": (Bar, bar_mapping_v2),
    "statuses": (StatusV2, status_mapping_v2),
    "lulds": (LULDV2, luld_mapping_v2),
    "cancel_errors": (CancelErrorV2, cancel_error_mapping_v2),
    "corrections": (CorrectionV2, correction_mapping_v2),
    "orderbooks": (OrderbookV2, orderbook_mapping_v2),
    "news": (NewsV2, {}),
}


def _ws(url: str) -> str:
    for plain, secure in (("http://", "ws://"), ("https://", "wss://")):
        if url.startswith(plain):
            return secure + url[len(plain) :]
    return url


def _checked(handler: Any) -> Handler:
    if not inspect.iscoroutinefunction(handler):
        raise ValueError("handler must be a coroutine function")
    checked: Handler = handler
    return checked


_TIMES = ("t", "created_at", "updated_at")
"""Keys whose integer nanoseconds the legacy stream received as msgpack timestamps."""


def _legacy_raw(message: dict[str, Any]) -> dict[str, Any]:
    """A raw message as the legacy stream handed it over (times as ``msgpack.Timestamp``)."""
    stamps = {
        key: msgpack.Timestamp.from_unix_nano(message[key])
        for key in _TIMES
        if isinstance(message.get(key), int)
    }
    return {**message, **stamps} if stamps else message


def _entity(channel: str, message: dict[str, Any]) -> Entity:
    cls, mapping = _MESSAGES[channel]
    fields = {key: value for key, value in message.items() if key != "T"}
    if channel == "news":  # article times as RFC 3339 text, which entities read as UTC
        for key in ("created_at", "updated_at"):
            if isinstance(fields.get(key), int):
                fields[key] = pandas().Timestamp(fields[key], unit="ns", tz="UTC").isoformat()
    return cls(renamed(fields, mapping))


class Stream:
    """``Stream(key_id, secret_key, base_url, data_stream_url, data_feed, raw_data,
    crypto_exchanges, websocket_params)`` as before, plus ``allow_insecure=``.

    ``base_url`` is the trading host for trade updates (``APCA_API_BASE_URL``, else **paper**);
    ``data_stream_url`` the market-data stream host (``APCA_API_STREAM_URL``, else Alpaca's);
    ``http(s)`` URLs are read as ``ws(s)``. Crypto uses Alpaca's current endpoint, so
    ``crypto_exchanges`` is ignored, and ``BTCUSD`` means ``BTC/USD``. Of
    ``websocket_params``, ``ping_interval`` and ``ping_timeout`` apply.
    """

    def __init__(
        self,
        key_id: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        data_stream_url: str | None = None,
        data_feed: str = "iex",
        raw_data: bool = False,
        crypto_exchanges: Iterable[str] | None = None,
        websocket_params: dict[str, Any] | None = None,
        *,
        allow_insecure: bool = False,
    ) -> None:
        params = websocket_params or {}
        options: StreamOptions = {}
        if "ping_interval" in params:
            options["ping_interval"] = params["ping_interval"]
        if "ping_timeout" in params:
            options["ping_timeout"] = params["ping_timeout"]
        data_url = data_stream_url or os.environ.get("APCA_API_STREAM_URL") or None
        common: dict[str, Any] = {
            "key_id": key_id or None,
            "secret_key": secret_key or None,
            "raw": True,
            "allow_insecure": allow_insecure,
            **options,
        }
        data = {**common, "url": None if data_url is None else _ws(data_url.rstrip("/"))}
        trading_url = base_url or os.environ.get("APCA_API_BASE_URL") or None
        self._raw_data = raw_data
        self._trading = alpaca.TradingStream(
            url=None if trading_url is None else _ws(str(trading_url).rstrip("/")), **common
        )
        self._data: dict[str, alpaca.Stream | alpaca.CryptoStream | alpaca.NewsStream] = {
            "stocks": alpaca.Stream(data_feed.lower(), **data),
            "crypto": alpaca.CryptoStream("us", **data),
            "news": alpaca.NewsStream(**data),
        }
        self._trade_updates = False
        self._wrappers: dict[tuple[str, Handler], Handler] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None
        self._changed: asyncio.Event | None = None
        self._stopping = False
        self._finished = threading.Event()
        self._finished.set()

    def __repr__(self) -> str:
        return f"Stream(trading={self._trading.url!r}, stocks={self._data['stocks'].url!r})"

    # -- running ------------------------------------------------------------------------------

    def run(self) -> None:
        """Connect and deliver messages until ``stop()`` (blocks). Ctrl-C ends it quietly."""
        try:
            asyncio.run(self._run_forever())
        except KeyboardInterrupt:
            print("keyboard interrupt, bye")

    async def _run_forever(self) -> None:
        """``run()`` as a coroutine, for an event loop you already have."""
        self._loop = asyncio.get_running_loop()
        self._loop_thread = threading.get_ident()
        self._changed = asyncio.Event()
        self._stopping = False
        self._finished.clear()
        tasks: dict[str, asyncio.Future[None]] = {}
        try:
            while not self._stopping:
                self._changed.clear()
                for name, stream in self._wanted().items():
                    if name not in tasks:
                        tasks[name] = asyncio.ensure_future(stream.run_async())
                changed: asyncio.Future[Any] = asyncio.ensure_future(self._changed.wait())
                waiting: list[asyncio.Future[Any]] = [*tasks.values(), changed]
                await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                changed.cancel()
                for name, task in list(tasks.items()):
                    if task.done():
                        del tasks[name]
                        task.result()  # a stream that failed for good ends the run
        finally:
            self._stopping = True
            for stream in (self._trading, *self._data.values()):
                stream.stop()
            await asyncio.gather(*tasks.values(), return_exceptions=True)
            self._loop = self._changed = self._loop_thread = None
            self._finished.set()

    def _wanted(self) -> dict[str, Any]:
        wanted: dict[str, Any] = {
            name: stream for name, stream in self._data.items() if stream.subscriptions
        }
        if self._trade_updates:
            wanted["trading"] = self._trading
        return wanted

    def _notify(self) -> None:
        loop, changed = self._loop, self._changed
        if loop is not None and changed is not None:
            with contextlib.suppress(RuntimeError):  # the loop just closed
                loop.call_soon_threadsafe(changed.set)

    def stop(self) -> None:
        """End ``run()``; from another thread it waits (up to 10 s) until ``run()`` returned."""
        self._stopping = True
        self._notify()
        if self._loop_thread not in (None, threading.get_ident()):
            self._finished.wait(_STOP_WAIT)

    async def stop_ws(self) -> None:
        """End ``run()`` (from a coroutine; returns at once)."""
        self._stopping = True
        self._notify()

    def is_open(self) -> bool:
        """Whether ``run()`` is running."""
        return self._loop is not None and not self._stopping

    # -- handlers -----------------------------------------------------------------------------

    def _wrapped(self, channel: str, handler: Handler) -> Handler:
        """One wrapper per channel and handler (news dispatches each handler once)."""
        key = (channel, handler)
        found = self._wrappers.get(key)
        if found is None:
            raw = self._raw_data

            async def deliver(message: dict[str, Any]) -> None:
                await handler(_legacy_raw(message) if raw else _entity(channel, message))

            found = self._wrappers[key] = deliver
        return found

    def _subscribe(self, kind: str, channel: str, handler: Any, symbols: Iterable[str]) -> None:
        names = [crypto_pair(s) if kind == "crypto" else s for s in symbols]
        wrapper = self._wrapped(channel, _checked(handler))
        getattr(self._data[kind], f"subscribe_{channel}")(wrapper, *names)
        self._notify()

    def _unsubscribe(self, kind: str, channel: str, symbols: Iterable[str]) -> None:
        names = [crypto_pair(s) if kind == "crypto" else s for s in symbols]
        if names:
            getattr(self._data[kind], f"unsubscribe_{channel}")(*names)

    def subscribe_trade_updates(self, handler: Handler) -> None:
        """Send order events to ``handler`` (an ``Entity`` of the event: ``event``,
        ``order`` as a dict, ``timestamp``, ``price``, ``qty``, ``position_qty``)."""
        checked = _checked(handler)
        raw = self._raw_data

        async def deliver(data: dict[str, Any]) -> None:
            await checked({"stream": "trade_updates", "data": data} if raw else Entity(data))

        self._trading.subscribe_trade_updates(deliver)
        self._trade_updates = True
        self._notify()

    def subscribe_trades(
        self,
        handler: Handler,
        *symbols: str,
        handler_cancel_errors: Handler | None = None,
        handler_corrections: Handler | None = None,
    ) -> None:
        """Stock trades of ``symbols`` (``"*"``: all); cancels/errors and corrections of those
        symbols go to their own handlers when given."""
        self._subscribe("stocks", "trades", handler, symbols)
        if handler_cancel_errors is not None:
            self._subscribe("stocks", "cancel_errors", handler_cancel_errors, symbols)
        if handler_corrections is not None:
            self._subscribe("stocks", "corrections", handler_corrections, symbols)

    def subscribe_quotes(self, handler: Handler, *symbols: str) -> None:
        """Stock quotes of ``symbols``."""
        self._subscribe("stocks", "quotes", handler, symbols)

    def subscribe_bars(self, handler: Handler, *symbols: str) -> None:
        """Stock minute bars of ``symbols``."""
        self._subscribe("stocks", "bars", handler, symbols)

    def subscribe_updated_bars(self, handler: Handler, *symbols: str) -> None:
        """Corrected stock minute bars of ``symbols``."""
        self._subscribe("stocks", "updated_bars", handler, symbols)

    def subscribe_daily_bars(self, handler: Handler, *symbols: str) -> None:
        """Stock daily bars of ``symbols``."""
        self._subscribe("stocks", "daily_bars", handler, symbols)

    def subscribe_statuses(self, handler: Handler, *symbols: str) -> None:
        """Trading status changes of ``symbols``."""
        self._subscribe("stocks", "statuses", handler, symbols)

    def subscribe_lulds(self, handler: Handler, *symbols: str) -> None:
        """Limit-up/limit-down bands of ``symbols``."""
        self._subscribe("stocks", "lulds", handler, symbols)

    def subscribe_crypto_trades(self, handler: Handler, *symbols: str) -> None:
        """Crypto trades of ``symbols`` (``BTCUSD`` or ``BTC/USD``)."""
        self._subscribe("crypto", "trades", handler, symbols)

    def subscribe_crypto_quotes(self, handler: Handler, *symbols: str) -> None:
        """Crypto quotes of ``symbols``."""
        self._subscribe("crypto", "quotes", handler, symbols)

    def subscribe_crypto_bars(self, handler: Handler, *symbols: str) -> None:
        """Crypto minute bars of ``symbols``."""
        self._subscribe("crypto", "bars", handler, symbols)

    def subscribe_crypto_updated_bars(self, handler: Handler, *symbols: str) -> None:
        """Corrected crypto minute bars of ``symbols``."""
        self._subscribe("crypto", "updated_bars", handler, symbols)

    def subscribe_crypto_daily_bars(self, handler: Handler, *symbols: str) -> None:
        """Crypto daily bars of ``symbols``."""
        self._subscribe("crypto", "daily_bars", handler, symbols)

    def subscribe_crypto_orderbooks(self, handler: Handler, *symbols: str) -> None:
        """Crypto order books of ``symbols``."""
        self._subscribe("crypto", "orderbooks", handler, symbols)

    def subscribe_news(self, handler: Handler, *symbols: str) -> None:
        """News about ``symbols`` (``"*"``: all news)."""
        self._subscribe("news", "news", handler, symbols)

    # -- unsubscribing ------------------------------------------------------------------------

    def unsubscribe_trades(self, *symbols: str) -> None:
        """Stop stock trades (and their cancel/correction handlers) of ``symbols``."""
        for channel in ("trades", "cancel_errors", "corrections"):
            self._unsubscribe("stocks", channel, symbols)

    def unsubscribe_quotes(self, *symbols: str) -> None:
        """Stop stock quotes of ``symbols``."""
        self._unsubscribe("stocks", "quotes", symbols)

    def unsubscribe_bars(self, *symbols: str) -> None:
        """Stop stock minute bars of ``symbols``."""
        self._unsubscribe("stocks", "bars", symbols)

    def unsubscribe_updated_bars(self, *symbols: str) -> None:
        """Stop corrected stock bars of ``symbols``."""
        self._unsubscribe("stocks", "updated_bars", symbols)

    def unsubscribe_daily_bars(self, *symbols: str) -> None:
        """Stop stock daily bars of ``symbols``."""
        self._unsubscribe("stocks", "daily_bars", symbols)

    def unsubscribe_statuses(self, *symbols: str) -> None:
        """Stop trading statuses of ``symbols``."""
        self._unsubscribe("stocks", "statuses", symbols)

    def unsubscribe_lulds(self, *symbols: str) -> None:
        """Stop LULD bands of ``symbols``."""
        self._unsubscribe("stocks", "lulds", symbols)

    def unsubscribe_crypto_trades(self, *symbols: str) -> None:
        """Stop crypto trades of ``symbols``."""
        self._unsubscribe("crypto", "trades", symbols)

    def unsubscribe_crypto_quotes(self, *symbols: str) -> None:
        """Stop crypto quotes of ``symbols``."""
        self._unsubscribe("crypto", "quotes", symbols)

    def unsubscribe_crypto_bars(self, *symbols: str) -> None:
        """Stop crypto minute bars of ``symbols``."""
        self._unsubscribe("crypto", "bars", symbols)

    def unsubscribe_crypto_updated_bars(self, *symbols: str) -> None:
        """Stop corrected crypto bars of ``symbols``."""
        self._unsubscribe("crypto", "updated_bars", symbols)

    def unsubscribe_crypto_daily_bars(self, *symbols: str) -> None:
        """Stop crypto daily bars of ``symbols``."""
        self._unsubscribe("crypto", "daily_bars", symbols)

    def unsubscribe_crypto_orderbooks(self, *symbols: str) -> None:
        """Stop crypto order books of ``symbols``."""
        self._unsubscribe("crypto", "orderbooks", symbols)

    def unsubscribe_news(self, *symbols: str) -> None:
        """Stop news about ``symbols``."""
        self._unsubscribe("news", "news", symbols)

    # -- decorators ---------------------------------------------------------------------------

    def _decorator(
        self, subscribe: Callable[..., None], symbols: tuple[str, ...]
    ) -> Callable[[H], H]:
        def register(handler: H) -> H:
            subscribe(handler, *symbols)
            return handler

        return register

    def on_trade_update(self, handler: H) -> H:
        """``@stream.on_trade_update`` (no parentheses): subscribe to order events."""
        self.subscribe_trade_updates(handler)
        return handler

    def on_trade(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_trade("AAPL")``: subscribe to stock trades."""
        return self._decorator(self.subscribe_trades, symbols)

    def on_quote(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_quote(...)``: subscribe to stock quotes."""
        return self._decorator(self.subscribe_quotes, symbols)

    def on_bar(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_bar(...)``: subscribe to stock minute bars."""
        return self._decorator(self.subscribe_bars, symbols)

    def on_updated_bar(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_updated_bar(...)``: subscribe to corrected stock bars."""
        return self._decorator(self.subscribe_updated_bars, symbols)

    def on_daily_bar(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_daily_bar(...)``: subscribe to stock daily bars."""
        return self._decorator(self.subscribe_daily_bars, symbols)

    def on_status(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_status(...)``: subscribe to trading statuses."""
        return self._decorator(self.subscribe_statuses, symbols)

    def on_luld(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_luld(...)``: subscribe to LULD bands."""
        return self._decorator(self.subscribe_lulds, symbols)

    def on_cancel_error(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_cancel_error(...)``: subscribe to trade cancels and errors."""

        def subscribe(handler: Handler, *names: str) -> None:
            self._subscribe("stocks", "cancel_errors", handler, names)

        return self._decorator(subscribe, symbols)

    def on_correction(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_correction(...)``: subscribe to trade corrections."""

        def subscribe(handler: Handler, *names: str) -> None:
            self._subscribe("stocks", "corrections", handler, names)

        return self._decorator(subscribe, symbols)

    def on_news(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_news(...)``: subscribe to news."""
        return self._decorator(self.subscribe_news, symbols)

    def on_crypto_trade(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_crypto_trade(...)``: subscribe to crypto trades."""
        return self._decorator(self.subscribe_crypto_trades, symbols)

    def on_crypto_quote(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_crypto_quote(...)``: subscribe to crypto quotes."""
        return self._decorator(self.subscribe_crypto_quotes, symbols)

    def on_crypto_bar(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_crypto_bar(...)``: subscribe to crypto minute bars."""
        return self._decorator(self.subscribe_crypto_bars, symbols)

    def on_crypto_updated_bar(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_crypto_updated_bar(...)``: subscribe to corrected crypto bars."""
        return self._decorator(self.subscribe_crypto_updated_bars, symbols)

    def on_crypto_daily_bar(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_crypto_daily_bar(...)``: subscribe to crypto daily bars."""
        return self._decorator(self.subscribe_crypto_daily_bars, symbols)

    def on_crypto_orderbook(self, *symbols: str) -> Callable[[H], H]:
        """``@stream.on_crypto_orderbook(...)``: subscribe to crypto order books."""
        return self._decorator(self.subscribe_crypto_orderbooks, symbols)
