"""Serving the sandbox with uvicorn in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from alpaca.sandbox._app import SANDBOX_KEY_ID, SANDBOX_SECRET_KEY, Sandbox, create_app
from alpaca.sandbox._state import Clock

TICK_SECONDS = 0.2
"""How often (real seconds) a running clock's orders are matched without any request."""


def _config(app: Any, log_level: str) -> uvicorn.Config:
    """Uvicorn settings; the host application's logging configuration is left alone."""
    return uvicorn.Config(
        app, log_level=log_level, log_config=None, access_log=False, lifespan="off"
    )


class SandboxServer:
    """The sandbox on ``127.0.0.1:port`` in a daemon thread (``port=0`` picks a free one).

    ``rate_limit`` is the requests per minute allowed to each credential (None: no limit);
    ``now``, ``start``, ``speed``, ``always_open`` and ``state_file`` are
    :func:`~alpaca.sandbox.create_app`'s.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        key_id: str = SANDBOX_KEY_ID,
        secret_key: str = SANDBOX_SECRET_KEY,
        now: Clock | None = None,
        start: datetime | None = None,
        speed: float = 1.0,
        rate_limit: int | None = None,
        always_open: bool = False,
        state_file: str | Path | None = None,
        log_level: str = "warning",
    ) -> None:
        self.host = host
        self.key_id = key_id
        self.secret_key = secret_key
        self.app = create_app(
            key_id=key_id,
            secret_key=secret_key,
            now=now,
            start=start,
            speed=speed,
            rate_limit=rate_limit,
            always_open=always_open,
            state_file=state_file,
        )
        self._requested_port = port
        self._log_level = log_level
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._ticker: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def sandbox(self) -> Sandbox:
        """The app's live context: clock, state, order engine, chaos."""
        sandbox: Sandbox = self.app.state.sandbox
        return sandbox

    @property
    def port(self) -> int:
        """The bound port (only once started)."""
        if self._socket is None:
            raise RuntimeError("the sandbox server is not running")
        port: int = self._socket.getsockname()[1]
        return port

    @property
    def url(self) -> str:
        """``http://host:port``."""
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 5.0) -> SandboxServer:
        """Bind, serve in a background thread and wait until it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the sandbox server is already running")
        sock = self._socket = _bound(self.host, self._requested_port)
        server = uvicorn.Server(_config(self.app, self._log_level))
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="alpaca-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the sandbox server failed to start")
            time.sleep(0.005)
        clock = self.sandbox.clock
        if clock is None or not clock.stepped:
            self._stopping.clear()
            self._ticker = threading.Thread(
                target=self._tick, name="alpaca-sandbox-clock", daemon=True
            )
            self._ticker.start()
        return self

    def _tick(self) -> None:
        """Match orders as the clock runs, so fills and expiries happen without requests."""
        while not self._stopping.wait(TICK_SECONDS):
            self.sandbox.tick()

    def stop(self, timeout: float = 5.0) -> None:
        """Shut down and join the server thread."""
        self._stopping.set()
        if self._ticker is not None:
            self._ticker.join(timeout)
            self._ticker = None
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
            self.sandbox.save()
        if self._socket is not None:
            self._socket.close()
        self._server = self._thread = self._socket = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _bound(host: str, port: int) -> socket.socket:
    # An explicit IPPROTO_TCP lets asyncio enable TCP_NODELAY (no 40 ms Nagle stalls).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock
