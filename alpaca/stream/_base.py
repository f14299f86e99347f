"""The machinery every stream shares: connection thread, reconnects, bounded queue, dispatch.

A running stream owns a thread with its own event loop for the websocket: connecting,
authenticating, keepalive pings, subscription changes and reconnects happen there, so nothing a
handler does (block, sleep, raise) can stall the socket reader. Decoded frames reach the
consumer (``run()``'s thread, ``run_async()``'s task or an ``async for`` loop) through a bounded
queue; the consumer calls handlers, sync or async, in arrival order.

Overflow policy: when more than ``max_queue`` messages wait, the oldest waiting data frames are
dropped (counted in ``stream.dropped``, logged at most every 10 s); lifecycle events
(``Reconnected``, refusals) are never dropped.

Reconnects back off exponentially from ``retry_wait`` to ``retry_wait_max`` with jitter. A 406
(connection limit) waits ten times longer per attempt, since Alpaca holds a dropped connection
for about 90 s, and raises after ``limit_retries`` attempts.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import random
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, TypedDict

import msgpack
import orjson

from alpaca._errors import StreamError

from ._events import TERMINAL_CODES, Reconnected, SubscriptionRefused, utc_now

log = logging.getLogger("alpaca.stream")

Handler = Callable[[Any], Any]
Entry = tuple[Handler, bool]
"""A handler and whether it is a coroutine function."""

_MAX_FRAME = 64 * 1024 * 1024
_DROP_LOG_EVERY = 10.0


class StreamOptions(TypedDict, total=False):
    """Keyword arguments shared by every stream (see the README's Streams section)."""

    max_queue: int
    retry_wait: float
    retry_wait_max: float
    limit_retries: int
    max_reconnects: int | None
    ping_interval: float | None
    ping_timeout: float | None
    silence_timeout: float | None
    open_timeout: float


class Refused(Exception):
    """The server refused the connection or a request with an error code."""

    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Lost(Exception):
    """The connection is no longer usable (the reason is the message)."""


_END = object()


@dataclass
class Run:
    """State of one run: its queue, its I/O loop and how it ended."""

    wake: Callable[[], None]
    queue: deque[Any] = field(default_factory=deque)
    queued: int = 0
    waiting: bool = False
    stopping: bool = False
    error: BaseException | None = None
    loop: asyncio.AbstractEventLoop | None = None
    task: asyncio.Task[None] | None = None
    changed: asyncio.Event | None = None
    last_data: float = field(default_factory=time.monotonic)
    connections: int = 0
    """Connections opened so far (authenticated and subscribed)."""
    lock: threading.Lock = field(default_factory=threading.Lock)


class QuietFrames(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The ``websockets`` logger without its DEBUG frame dumps: auth frames carry secrets."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)


def decode(data: str | bytes) -> Any:
    """A frame's content: JSON (text, or binary starting like JSON) or msgpack."""
    if type(data) is bytes and data[:1] not in (b"{", b"["):
        return msgpack.unpackb(data, timestamp=2)
    return orjson.loads(data)


def encode(message: dict[str, Any], encoding: str) -> bytes | str:
    """A client message: msgpack in a binary frame, or JSON in a text frame."""
    if encoding == "msgpack":
        packed: bytes = msgpack.packb(message)
        return packed
    return orjson.dumps(message).decode()


def handler_entry(handler: Handler) -> Entry:
    """``handler`` with whether it must be awaited."""
    if not callable(handler):
        raise TypeError(f"a handler must be callable, got {type(handler).__name__}")
    return handler, inspect.iscoroutinefunction(handler)


class StreamBase:
    """Lifecycle shared by the market-data and trading streams (see the module docstring)."""

    def __init__(self, url: str, options: StreamOptions) -> None:
        self.url = url
        self._max_queue = _positive(options.get("max_queue", 100_000), "max_queue")
        self._retry_wait = _positive(options.get("retry_wait", 0.5), "retry_wait")
        self._retry_wait_max = _positive(options.get("retry_wait_max", 30.0), "retry_wait_max")
        self._limit_retries = int(_positive(options.get("limit_retries", 6), "limit_retries", True))
        reconnects = options.get("max_reconnects")
        self._max_reconnects = None if reconnects is None else int(reconnects)
        self._ping_interval = options.get("ping_interval", 10.0)
        self._ping_timeout = options.get("ping_timeout", 20.0)
        self._silence_timeout = options.get("silence_timeout")
        self._open_timeout = _positive(options.get("open_timeout", 10.0), "open_timeout")
        self.dropped = 0
        """Messages dropped because the queue was full."""
        self.handler_errors = 0
        """Handler calls that raised (each is logged; reading continues)."""
        self._run: Run | None = None
        self._run_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._reconnect_handlers: list[Entry] = []
        self._refused_handlers: list[Entry] = []
        self._last_drop_log = 0.0

    # -- public lifecycle ---------------------------------------------------------------------

    def run(self) -> None:
        """Connect and dispatch messages until ``stop()`` (blocks; raises ``StreamError`` on a
        terminal failure). Inside a running event loop, use ``await run_async()``."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError(
                "stream.run() blocks and cannot be called inside a running event loop "
                "(Jupyter, async applications): use `await stream.run_async()` instead"
            )
        asyncio.run(self.run_async())
        if self._thread is not None:
            self._thread.join(5.0)

    async def run_async(self) -> None:
        """Like ``run()``, in the current event loop."""
        async for _ in self._consume(deliver=False):
            pass  # pragma: no cover - nothing is yielded without deliver

    def __aiter__(self) -> AsyncIterator[Any]:
        """Run the stream and yield every message (records, or dicts with ``raw=True``) and
        lifecycle event (``Reconnected``, ``SubscriptionRefused``); handlers still run."""
        return self._consume(deliver=True)

    def stop(self) -> None:
        """Close the connection and end ``run``/``run_async``/``async for``; safe from any
        thread or handler, any number of times. Returns at once."""
        with self._run_lock:
            run = self._run
            if run is None or run.stopping:
                return
            run.stopping = True
        self._wake_io(run, cancel=True)

    @property
    def running(self) -> bool:
        """Whether the stream is running (and not yet stopping)."""
        run = self._run
        return run is not None and not run.stopping

    def on_reconnect(self, handler: Handler) -> Handler:
        """Call ``handler(Reconnected)`` after each reconnect; usable as a decorator."""
        self._reconnect_handlers.append(handler_entry(handler))
        return handler

    def on_refused(self, handler: Handler) -> Handler:
        """Call ``handler(SubscriptionRefused)`` when a subscription change is refused."""
        self._refused_handlers.append(handler_entry(handler))
        return handler

    # -- consumer side ------------------------------------------------------------------------

    async def _consume(self, *, deliver: bool) -> AsyncIterator[Any]:
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()

        def wake_consumer() -> None:
            with contextlib.suppress(RuntimeError):  # a closed consumer loop: nobody to wake
                loop.call_soon_threadsafe(wake.set)

        run = self._start(wake_consumer)
        queue, lock = run.queue, run.lock
        try:
            while True:
                if not queue:
                    wake.clear()
                    run.waiting = True
                    if not queue:
                        await wake.wait()
                    run.waiting = False
                    continue
                with lock:
                    item = queue.popleft()
                    if type(item) is list:
                        run.queued -= len(item)
                if type(item) is list:
                    delivered = await self._dispatch(item, deliver)
                    if delivered:
                        for message in delivered:
                            yield message
                    await asyncio.sleep(0)  # let the loop's other tasks run between frames
                elif item is _END:
                    if run.error is not None:
                        raise run.error
                    return
                else:
                    await self._dispatch_event(item)
                    if deliver:
                        yield item
        finally:
            self.stop()
            with self._run_lock:
                if self._run is run:
                    self._run = None

    def _start(self, wake: Callable[[], None]) -> Run:
        with self._run_lock:
            if self._run is not None:
                raise RuntimeError("this stream is already running; stop() it first")
            run = self._run = Run(wake)
        previous = self._thread
        if previous is not None and previous.is_alive():
            previous.join(5.0)
        self._thread = threading.Thread(
            target=self._io_main, args=(run,), name=f"alpaca-{type(self).__name__}", daemon=True
        )
        self._thread.start()
        return run

    async def _dispatch(self, messages: list[Any], deliver: bool) -> list[Any] | None:
        """Call the handlers of ``messages``; with ``deliver``, return what ``async for`` yields."""
        raise NotImplementedError

    async def _dispatch_event(self, event: Any) -> None:
        if isinstance(event, Reconnected):
            entries = self._reconnect_handlers
        elif isinstance(event, SubscriptionRefused):
            entries = self._refused_handlers
        else:
            return
        for handler, is_async in list(entries):
            await self._call(handler, is_async, event)

    async def _call(self, handler: Handler, is_async: bool, argument: Any) -> None:
        try:
            result = handler(argument)
            if is_async:
                await result
        except Exception:
            self._handler_failed(handler)

    def _handler_failed(self, handler: Handler) -> None:
        self.handler_errors += 1
        name = getattr(handler, "__qualname__", repr(handler))
        log.exception("stream handler %s raised; the stream keeps reading", name)

    # -- I/O side -----------------------------------------------------------------------------

    def _io_main(self, run: Run) -> None:
        try:
            asyncio.run(self._io(run))
        except StreamError as exc:
            run.error = exc
        except BaseException as exc:  # a bug must end the run loudly, not hang it
            log.exception("stream connection thread failed")
            run.error = StreamError(f"the stream's connection thread failed: {exc!r}")
        finally:
            with run.lock:
                run.queue.append(_END)
            run.wake()

    async def _io(self, run: Run) -> None:
        run.loop = asyncio.get_running_loop()
        run.task = asyncio.current_task()
        run.changed = asyncio.Event()
        try:
            if not run.stopping:
                await self._connection_loop(run)
        except asyncio.CancelledError:
            if not run.stopping:
                raise
        finally:
            await self._io_closed()

    async def _io_closed(self) -> None:
        """Release what the I/O loop opened (subclasses: REST clients)."""

    def _wake_io(self, run: Run, *, cancel: bool = False) -> None:
        loop = run.loop
        if loop is None:
            return
        if cancel and run.task is not None:
            action: Callable[[], Any] = run.task.cancel
        elif run.changed is not None:
            action = run.changed.set
        else:
            return
        with contextlib.suppress(RuntimeError):  # the I/O loop already closed
            loop.call_soon_threadsafe(action)

    def _subscriptions_changed(self) -> None:
        """Ask the I/O loop to send the subscription changes (from any thread, never blocks)."""
        run = self._run
        if run is not None and not run.stopping:
            self._wake_io(run)

    async def _connection_loop(self, run: Run) -> None:
        from websockets.exceptions import InvalidStatus, WebSocketException

        failures = limit_failures = 0
        down_since = None
        was_up = False
        while not run.stopping:
            reason = "closed by the server"
            wait_factor = 1.0
            try:
                async with self._connect() as ws:
                    try:
                        await self._open(ws, run)
                        run.connections += 1
                        failures = limit_failures = 0
                        if was_up and down_since is not None:
                            await self._reconnected(run, Reconnected(down_since, utc_now()))
                        was_up, down_since = True, None
                        await self._serve(ws, run)
                    finally:
                        if run.stopping:  # a normal closure (1000), not the 1011 of an error
                            await ws.close()
            except Refused as refused:
                if refused.code in TERMINAL_CODES:
                    raise StreamError(refused.message, refused.code) from None
                reason = f"refused: {refused.code} {refused.message}"
                if refused.code == 406:
                    limit_failures += 1
                    if limit_failures > self._limit_retries:
                        raise StreamError(
                            f"{refused.message} (still refused after {limit_failures} attempts)",
                            406,
                        ) from None
                    wait_factor = 10.0 * 2 ** (limit_failures - 1)
            except InvalidStatus as exc:
                status = exc.response.status_code
                if status != 429 and 400 <= status < 500:
                    raise StreamError(f"the server refused the connection: HTTP {status}") from None
                reason = f"HTTP {status} at connect"
                wait_factor = 10.0 if status == 429 else 1.0
            except (OSError, TimeoutError, WebSocketException, Lost) as exc:
                reason = str(exc) or type(exc).__name__
            if run.stopping:
                return
            if was_up and down_since is None:
                down_since = utc_now()
            failures += 1
            if self._max_reconnects is not None and failures > self._max_reconnects:
                raise StreamError(f"gave up after {failures} failed connection attempts: {reason}")
            wait = min(self._retry_wait_max, self._retry_wait * wait_factor * 2 ** (failures - 1))
            wait = random.uniform(wait / 2, wait)
            log.warning("stream %s: %s; reconnecting in %.2f s", self.url, reason, wait)
            await asyncio.sleep(wait)

    def _connect(self) -> Any:
        from websockets.asyncio.client import connect

        return connect(
            self.url,
            additional_headers=self._headers(),
            max_size=_MAX_FRAME,
            ping_interval=self._ping_interval,
            ping_timeout=self._ping_timeout,
            open_timeout=self._open_timeout,
            close_timeout=2.0,
            user_agent_header="alpaca-python",
            logger=QuietFrames(logging.getLogger("websockets.client"), {}),
        )

    def _headers(self) -> dict[str, str]:
        return {}

    async def _open(self, ws: Any, run: Run) -> None:
        """Authenticate and subscribe on a fresh connection; raise ``Refused`` or ``Lost``."""
        raise NotImplementedError

    async def _reconnected(self, run: Run, event: Reconnected) -> None:
        log.info("stream %s: reconnected after %.1f s", self.url, event.gap.total_seconds())
        self._put(run, event)

    async def _serve(self, ws: Any, run: Run) -> None:
        """Read until the connection ends, sending subscription changes as they come."""
        reader = asyncio.ensure_future(self._read(ws, run))
        keeper = asyncio.ensure_future(self._housekeeping(ws, run))
        try:
            done, _ = await asyncio.wait((reader, keeper), return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        finally:
            for task in (reader, keeper):
                task.cancel()
            await asyncio.wait((reader, keeper), timeout=2.0)

    async def _read(self, ws: Any, run: Run) -> None:
        on_frame = self._on_frame
        async for frame in ws:
            on_frame(decode(frame), run)

    def _on_frame(self, content: Any, run: Run) -> None:
        raise NotImplementedError

    async def _housekeeping(self, ws: Any, run: Run) -> None:
        """Send subscription changes when asked; watch for silence."""
        changed = run.changed
        assert changed is not None
        while True:
            await self._sync(ws, run)
            try:
                async with asyncio.timeout(1.0):  # unlike wait_for, never swallows a cancel
                    await changed.wait()
                changed.clear()
            except TimeoutError:
                self._check_silence(run)

    async def _sync(self, ws: Any, run: Run) -> None:
        """Send what differs between the wanted and the confirmed subscriptions."""

    def _check_silence(self, run: Run) -> None:
        limit = self._silence_timeout
        if limit is not None and self._expects_data():
            silent = time.monotonic() - run.last_data
            if silent > limit:
                raise Lost(f"no data for {silent:.0f} s")

    def _expects_data(self) -> bool:
        return False

    def _put(self, run: Run, item: Any) -> None:
        """Queue a data frame (a list) or an event for the consumer; apply the overflow policy."""
        with run.lock:
            run.queue.append(item)
            if type(item) is list:
                run.queued += len(item)
                if run.queued > self._max_queue:
                    self._overflow(run)
        if run.waiting:
            run.waiting = False
            run.wake()

    def _overflow(self, run: Run) -> None:
        queue, dropped, index = run.queue, 0, 0
        while run.queued > self._max_queue and index < len(queue) - 1:
            item = queue[index]
            if type(item) is list:
                del queue[index]
                run.queued -= len(item)
                dropped += len(item)
            else:
                index += 1
        self.dropped += dropped
        now = time.monotonic()
        if dropped and now - self._last_drop_log > _DROP_LOG_EVERY:
            self._last_drop_log = now
            log.warning(
                "stream %s: handlers are too slow, dropped the oldest %d queued messages "
                "(%d in total so far)",
                self.url,
                dropped,
                self.dropped,
            )

    def _refused(self, run: Run, refusal: SubscriptionRefused) -> None:
        log.warning(
            "stream %s: subscription refused: %d %s", self.url, refusal.code, refusal.message
        )
        self._put(run, refusal)


def _positive(value: float, name: str, zero: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"{name} must be a number >= 0, got {value!r}")
    if value == 0 and not zero:
        raise ValueError(f"{name} must be > 0")
    return value
