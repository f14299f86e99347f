"""Test helpers: run the offline sandbox and get clients wired to it.

    with Sandbox() as sb:
        client = sb.client()

Time: by default the sandbox runs on the real clock, and the stock market keeps NYSE hours
(market orders placed while it is closed wait for the open). ``Sandbox(always_open=True)``
keeps the market open around the clock; ``Sandbox(start=moment, speed=60)`` starts at
``moment`` and runs 60 times faster; ``Sandbox(start=moment, speed=0)`` stands still until
:meth:`Sandbox.advance` moves it, matching every order over the time that passed::

    with Sandbox(start=datetime(2024, 3, 12, 13, 30, tzinfo=UTC), speed=0) as sb:
        ...
        sb.advance(minutes=5)            # or sb.advance(to=<aware datetime>)

``Sandbox(now=callable)`` uses any callable returning an aware datetime as the clock; the
clock types (:class:`SteppedClock`, :class:`AcceleratedClock`, :class:`WallClock`) are
exported here. ``Sandbox(state_file="sandbox.json")`` keeps the account across restarts.

The pytest plugin (installed with the package, no ``pytest_plugins`` line needed) offers the
fixtures ``alpaca_sandbox`` (a fresh always-open sandbox per test), ``alpaca_client`` (a client
on it) and ``alpaca_stepped_sandbox`` (stepped, starting at the next session's open); see
:mod:`alpaca.pytest_plugin`.

Fault injection (each rule applies to ``times`` matching requests, in the order added)::

    sb.add_chaos(method="POST", path="/v2/orders", status=503, retry_after=2)  # error at once
    sb.add_chaos(method="POST", path="/v2/orders", status=504, when="after")   # placed, reply lost
    sb.add_chaos(method="POST", path="/v2/orders", action="drop", when="after")  # placed, cut
    sb.add_chaos(method="POST", path="/v2/orders", status=504, when="late", delay=2)
    sb.add_chaos(method="GET", path="/v2/orders*", action="delay", delay=3)    # prefix match
    sb.add_chaos(method="GET", path="/v2/account", action="trickle",
                 trickle_bytes=10, trickle_interval=0.5)                       # slow body
    sb.add_chaos(method="GET", path="/v2/account", action="headers",
                 headers={"X-RateLimit-Remaining": "0"})                       # odd headers

``action`` is ``status`` (answer ``status``), ``drop`` (no response, the connection is cut),
``delay`` (wait ``delay`` seconds), ``trickle`` (the real response, slowly) or ``headers``
(the real response plus ``headers``). ``when`` is ``before`` (the request does not run, or runs
after the delay), ``after`` (it runs, then the fault hits its response) or ``late`` (``status``
or ``drop`` at once, and the request runs ``delay`` seconds later). ``headers`` and
``retry_after`` also apply to error answers. ``probability=0.2`` (with ``seed``) makes a rule
strike a seeded, reproducible fifth of its matching requests, and ``sequence`` scripts
consecutive requests exactly (``None`` lets one through)::

    sb.add_chaos(method="POST", path="/v2/orders", status=504, when="after", probability=0.2)
    sb.add_chaos(method="GET", path="/v2/account",
                 sequence=[{"status": 503}, None, {"action": "drop"}])
    sb.add_chaos_spec("POST /v2/orders 504 after p=0.2")   # the CLI's --chaos syntax

:meth:`Sandbox.chaos` lists the rules left and how postponed (``late``) requests ended. See
:mod:`alpaca.sandbox._chaos`.

Every API response carries ``X-RateLimit-Limit``/``-Remaining``/``-Reset``. ``Sandbox()`` does not
limit (it reports a limit of a million a minute); ``Sandbox(rate_limit=200)`` behaves like
Alpaca's trading API and answers 429 with ``Retry-After`` past 200 requests a minute.
:meth:`Sandbox.stats` tells how many requests each credential made and the most in any minute.

The control routes behind these helpers (``/_sandbox/...``) need the sandbox credentials, like the
API; the helpers send them.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from alpaca import AsyncClient, Client
from alpaca._http import httpx
from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_SECRET_KEY, SandboxServer
from alpaca.sandbox._chaos import parse_spec
from alpaca.sandbox._clock import AcceleratedClock, SandboxClock, SteppedClock, WallClock
from alpaca.sandbox._prices import OptionPricer, register_option_pricer
from alpaca.sandbox._state import Clock

__all__ = [
    "AcceleratedClock",
    "Clock",
    "OptionPricer",
    "Sandbox",
    "SandboxClock",
    "SteppedClock",
    "WallClock",
    "register_option_pricer",
]

pytest_plugins = ["alpaca.pytest_plugin"]
"""Listing ``alpaca.testing`` in ``pytest_plugins`` still works: it loads the plugin once."""


class Sandbox:
    """A started sandbox server plus the URLs and keys to reach it."""

    def __init__(
        self,
        port: int = 0,
        *,
        start: datetime | None = None,
        speed: float = 1.0,
        always_open: bool = False,
        now: Clock | None = None,
        rate_limit: int | None = None,
        state_file: str | Path | None = None,
    ) -> None:
        self.key_id = SANDBOX_KEY_ID
        self.secret_key = SANDBOX_SECRET_KEY
        self._server = SandboxServer(
            port=port,
            now=now,
            start=start,
            speed=speed,
            rate_limit=rate_limit,
            always_open=always_open,
            state_file=state_file,
        )

    def now(self) -> datetime:
        """The sandbox's current time."""
        return self._server.sandbox.now()

    def advance(
        self,
        *,
        to: datetime | None = None,
        seconds: float = 0,
        minutes: float = 0,
        hours: float = 0,
        days: float = 0,
    ) -> datetime:
        """Move a stepped sandbox's clock (``speed=0``) forward by the amounts given, or to
        ``to``; returns the new time once every order was matched up to it."""
        step = timedelta(seconds=seconds, minutes=minutes, hours=hours, days=days)
        if to is not None and step:
            raise ValueError("advance: give either to or an amount of time, not both")
        if to is not None and (to.tzinfo is None or to.utcoffset() is None):
            raise ValueError("advance: to must be timezone-aware")
        return self._server.sandbox.advance(to if to is not None else self.now() + step)

    @property
    def base_url(self) -> str:
        """Trading API base URL."""
        return self._server.url

    @property
    def data_url(self) -> str:
        """Market Data API base URL (same server)."""
        return self._server.url

    @property
    def stream_url(self) -> str:
        """Websocket base URL (same server)."""
        return f"ws://{self._server.host}:{self._server.port}"

    @property
    def headers(self) -> dict[str, str]:
        """Authentication headers for raw HTTP calls."""
        return {"APCA-API-KEY-ID": self.key_id, "APCA-API-SECRET-KEY": self.secret_key}

    def start(self) -> Sandbox:
        """Start serving."""
        self._server.start()
        return self

    def stop(self) -> None:
        """Stop serving."""
        self._server.stop()

    def _control(self, method: str, route: str, rule: dict[str, Any] | None = None) -> Any:
        url = f"{self.base_url}/_sandbox/{route}"
        response = httpx.request(method, url, json=rule, headers=self.headers)
        response.raise_for_status()
        return response.json()

    def reset(self) -> None:
        """Fresh account, no chaos rules, request counts cleared (``POST /_sandbox/reset``)."""
        self._control("POST", "reset")

    def add_chaos(
        self,
        *,
        method: str,
        path: str,
        status: int | None = None,
        action: str = "status",
        when: str = "before",
        times: int | None = None,
        delay: float | None = None,
        retry_after: float | None = None,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        trickle_bytes: int | None = None,
        trickle_interval: float | None = None,
        probability: float | None = None,
        seed: int | None = None,
        sequence: list[dict[str, Any] | None] | None = None,
    ) -> None:
        """Install one chaos rule (``POST /_sandbox/chaos``); see the module docstring.

        ``times`` defaults to 1, or to unlimited with ``probability``; ``sequence`` replaces
        the fault fields (each step carries its own)."""
        rule = {
            "probability": probability,
            "seed": seed,
            "method": method,
            "path": path,
            "status": status,
            "action": action,
            "when": when,
            "times": times,
            "delay": delay,
            "retry_after": retry_after,
            "body": body,
            "headers": headers,
            "trickle_bytes": trickle_bytes,
            "trickle_interval": trickle_interval,
        }
        found: dict[str, Any] = {k: v for k, v in rule.items() if v is not None}
        if sequence is not None:
            found = {"method": method, "path": path, "sequence": sequence}
        self._control("POST", "chaos", found)

    def add_chaos_spec(self, spec: str) -> None:
        """Install a rule written as on the command line, e.g. ``"POST /v2/orders 504 p=0.2"``."""
        self._control("POST", "chaos", parse_spec(spec))

    def clear_chaos(self) -> None:
        """Remove every chaos rule (``DELETE /_sandbox/chaos``)."""
        self._control("DELETE", "chaos")

    def chaos(self) -> dict[str, Any]:
        """Active rules and postponed requests (``GET /_sandbox/chaos``)."""
        found: dict[str, Any] = self._control("GET", "chaos")
        return found

    def stats(self) -> dict[str, Any]:
        """Requests per credential, 429s and the most in any 60 s (``GET /_sandbox/stats``)."""
        found: dict[str, Any] = self._control("GET", "stats")
        return found

    def drop_streams(self, path: str = "/", *, hold: float = 0.0) -> int:
        """Close the websocket connections whose path starts with ``path`` (``hold``: seconds
        they keep counting against the connection limit); how many were closed."""
        dropped: int = self._control("POST", "streams/drop", {"path": path, "hold": hold})[
            "dropped"
        ]
        return dropped

    def stream_settings(self, **settings: Any) -> dict[str, Any]:
        """Set ``connection_limit``, ``symbol_limit`` or ``tick_interval`` of the stream servers;
        returns the settings and open connections."""
        result: dict[str, Any] = self._control("POST", "streams", settings)
        return result

    def _endpoints(self) -> dict[str, str]:
        return {
            "key_id": self.key_id,
            "secret_key": self.secret_key,
            "base_url": self.base_url,
            "data_url": self.data_url,
            "stream_url": self.stream_url,
        }

    def client(self, **kwargs: Any) -> Client:
        """An ``alpaca.Client`` pointed at this sandbox (``kwargs`` as for ``Client``)."""
        return Client(**{**self._endpoints(), **kwargs})

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """An ``alpaca.AsyncClient`` pointed at this sandbox."""
        return AsyncClient(**{**self._endpoints(), **kwargs})

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
