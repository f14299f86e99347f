"""Fault injection: rules that disturb matching API requests.

A rule matches ``method`` and ``path`` (a trailing ``*`` matches every path with that prefix),
applies to ``times`` requests, then goes away. Rules apply in the order they were added, at most
one per request. ``action`` says what the rule does:

- ``status`` (default): answer ``status`` with ``body`` (by default Alpaca's error body).
- ``drop``: cut the connection; the client gets no HTTP response at all.
- ``delay``: wait ``delay`` seconds, otherwise serve the request normally.
- ``trickle``: send the real response ``trickle_bytes`` bytes (16) every ``trickle_interval``
  seconds (0.5), the headers at once.
- ``headers``: serve the request normally, only with the rule's ``headers`` added.

``when`` places the fault relative to running the request:

- ``before`` (default): ``status`` and ``drop`` never run the request; ``delay`` waits first
  (the request then runs even if the client gave up meanwhile).
- ``after``: the request runs and its state changes stay, then ``status`` replaces the response,
  ``drop`` cuts the connection or ``delay`` holds the response back (a reply lost on its way).
- ``late`` (``status`` and ``drop`` only): the fault strikes at once and the request runs
  ``delay`` seconds later in the background, like an order that lands after the client gave up.

``trickle`` and ``headers`` always run the request first. ``headers`` (names to values) and
``retry_after`` (seconds, sent as ``Retry-After``) go on every response the rule shapes,
replacing headers of the same name (the rate-limit ones included).

``probability`` (0 < p <= 1) makes a rule strike only that share of its matching requests,
drawn from a generator seeded with ``seed`` (default 0), so a run is reproducible; such a rule
stays until cleared unless ``times`` limits its strikes (``"times": null`` never runs out for
any rule). A request the draw spares goes on to the next rule. ``sequence`` scripts
consecutive matching requests exactly: a list whose items are a rule's fault fields (status,
action, when, delay, ...) or ``null`` for a request let through untouched; the rule is used up
at the end of the list.

:func:`parse_spec` reads the command line's compact form: ``METHOD PATH`` then, in any order,
a status code, an action, a ``when``, and ``key=value`` items (``p``/``probability``, ``seed``,
``times``, ``delay``, ``retry_after``, ``trickle_bytes``, ``trickle_interval``, and ``seq``: a
comma-separated list of ``503``, ``503/after``, ``drop``, ``delay:2`` or ``ok``).
"""

from __future__ import annotations

import asyncio
import random
import re
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alpaca.sandbox._format import ApiError

ACTIONS = ("status", "drop", "delay", "trickle", "headers")
WHENS = ("before", "after", "late")
TRANSPORT_KEY = "alpaca.sandbox.transport"
"""Scope key under which the app stores the connection's transport, when the server has one."""

_FIELDS = frozenset(
    {
        "method",
        "path",
        "action",
        "status",
        "times",
        "when",
        "delay",
        "retry_after",
        "body",
        "headers",
        "trickle_bytes",
        "trickle_interval",
        "probability",
        "seed",
        "sequence",
    }
)
_SEQUENCE_FIELDS = frozenset({"method", "path", "sequence"})
_MAX_SEQUENCE = 1000
_MAX_DELAY = 600.0
_MAX_INTERVAL = 60.0
_MAX_TRICKLE_BYTES = 1 << 20
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
_BODYLESS = (204, 304)
_FRAMING = frozenset({"content-length", "transfer-encoding", "connection"})


def _invalid(message: str) -> ApiError:
    return ApiError(422, 42210000, message)


def _number(raw: dict[str, Any], name: str, high: float, *, zero: bool = False) -> float | None:
    """An optional number within ``(0, high]`` (``[0, high]`` when ``zero``)."""
    value = raw.get(name)
    if value is None:
        return None
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok or not (0 <= value <= high if zero else 0 < value <= high):
        low = "0 <=" if zero else "0 <"
        raise _invalid(f"{name} must be a number with {low} {name} <= {high:g}")
    return float(value)


def _headers(raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _invalid("headers must be a JSON object of strings")
    for name, value in raw.items():
        if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
            raise _invalid(f"header {name!r} must have a printable ASCII string value")
        if not _TOKEN.fullmatch(name) or name.lower() in _FRAMING:
            raise _invalid(f"header name {name!r} cannot be set")
    return {str(name): str(value) for name, value in raw.items()}


@dataclass(slots=True)
class ChaosRule:
    """One fault-injection rule (see the module docstring)."""

    method: str
    path: str
    status: int | None = None
    times: int | None = 1
    """Strikes left (None: unlimited)."""
    when: str = "before"
    retry_after: float | None = None
    body: dict[str, Any] | None = None
    action: str = "status"
    delay: float | None = None
    headers: dict[str, str] = field(default_factory=dict)
    trickle_bytes: int = 16
    trickle_interval: float = 0.5
    probability: float | None = None
    seed: int = 0
    sequence: list[ChaosRule | None] | None = None
    """Scripted steps for consecutive matching requests (None in it: let one through)."""
    _draws: random.Random = field(default_factory=random.Random)

    @classmethod
    def parse(cls, raw: Any) -> ChaosRule:
        """Validate a rule from its JSON form (422 with the reason when invalid)."""
        if not isinstance(raw, dict):
            raise _invalid("a chaos rule must be a JSON object")
        unknown = sorted(set(raw) - _FIELDS)
        if unknown:
            raise _invalid(f"unknown chaos rule field(s): {unknown}")
        if "sequence" in raw:
            return cls._parse_sequence(raw)
        method, path, status = raw.get("method"), raw.get("path"), raw.get("status")
        probability = _number(raw, "probability", 1.0)
        seed = raw.get("seed", 0)
        action, when, times = (
            raw.get("action", "status"),
            raw.get("when", "before"),
            raw.get("times", None if probability is not None else 1),
        )
        trickle_bytes, body = raw.get("trickle_bytes"), raw.get("body")
        trickling = trickle_bytes is not None or raw.get("trickle_interval") is not None
        checks = (
            (isinstance(method, str) and _TOKEN.fullmatch(method), "method must be an HTTP method"),
            (isinstance(path, str) and path.startswith("/"), "path must start with /"),
            (action in ACTIONS, f"action must be one of {', '.join(ACTIONS)}"),
            (when in WHENS, f"when must be one of {', '.join(WHENS)}"),
            (
                times is None or (type(times) is int and times >= 1),
                "times must be an integer >= 1 or null",
            ),
            (type(seed) is int, "seed must be an integer"),
            (
                trickle_bytes is None
                or (type(trickle_bytes) is int and 1 <= trickle_bytes <= _MAX_TRICKLE_BYTES),
                f"trickle_bytes must be an integer from 1 to {_MAX_TRICKLE_BYTES}",
            ),
            (
                not trickling or action == "trickle",
                "trickle_* fields are used by action trickle only",
            ),
            (body is None or isinstance(body, dict), "body must be a JSON object"),
            (
                (status is None) != (action == "status"),
                "status is required by action status and used by no other action",
            ),
            (
                status is None or (type(status) is int and 200 <= status <= 599),
                "status must be an HTTP status from 200 to 599",
            ),
            (status not in _BODYLESS, "status must allow a body (not 204 or 304)"),
            (body is None or action == "status", "body is used by action status only"),
            (
                when != "late" or action in ("status", "drop"),
                "when late needs action status or drop",
            ),
        )
        for ok, message in checks:
            if not ok:
                raise _invalid(message)
        delay = _number(raw, "delay", _MAX_DELAY)
        if (delay is not None) != (action == "delay" or when == "late"):
            raise _invalid("delay is required by action delay and when late, used by nothing else")
        rule = cls(
            method=str(method).upper(),
            path=str(path),
            status=status,
            times=None if times is None else int(str(times)),
            when=str(when),
            retry_after=_number(raw, "retry_after", 86400.0, zero=True),
            body=body,
            action=str(action),
            delay=delay,
            headers=_headers(raw.get("headers")),
            trickle_bytes=16 if trickle_bytes is None else int(str(trickle_bytes)),
            trickle_interval=_number(raw, "trickle_interval", _MAX_INTERVAL) or 0.5,
            probability=probability,
            seed=int(str(seed)),
        )
        rule._draws.seed(rule.seed)
        if action == "drop" and rule.extra_headers():
            raise _invalid("a dropped connection carries no headers")
        if action == "headers" and not rule.extra_headers():
            raise _invalid("action headers needs headers or retry_after")
        return rule

    @classmethod
    def _parse_sequence(cls, raw: dict[str, Any]) -> ChaosRule:
        unknown = sorted(set(raw) - _SEQUENCE_FIELDS)
        if unknown:
            raise _invalid(f"a sequence rule has only method, path and sequence, not {unknown}")
        steps = raw["sequence"]
        if not isinstance(steps, list) or not 1 <= len(steps) <= _MAX_SEQUENCE:
            raise _invalid(f"sequence must be a list of 1 to {_MAX_SEQUENCE} steps")
        where = {"method": raw.get("method"), "path": raw.get("path")}
        parsed: list[ChaosRule | None] = []
        for step in steps:
            if step is None:
                parsed.append(None)
                continue
            if not isinstance(step, dict) or set(step) & {"times", "probability", "seed", *where}:
                raise _invalid("a sequence step is null or an object of fault fields")
            parsed.append(cls.parse({**step, **where}))
        first = cls.parse({**where, "action": "delay", "delay": 1})
        return cls(first.method, first.path, times=len(parsed), sequence=parsed)

    def take(self) -> tuple[bool, ChaosRule | None]:
        """Use up one application: whether the rule claims the request, and the fault to apply
        (None: serve it untouched)."""
        if self.sequence is not None:
            return True, self.sequence.pop(0)
        if self.probability is not None and self._draws.random() >= self.probability:
            return False, None
        return True, self

    @property
    def used_up(self) -> bool:
        """Whether the rule has no application left."""
        if self.sequence is not None:
            return not self.sequence
        return self.times is not None and self.times <= 0

    def matches(self, method: str, path: str) -> bool:
        """Whether the rule applies to a request."""
        if self.method != method:
            return False
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path

    def response_body(self) -> dict[str, Any]:
        """The error body sent by a ``status`` rule."""
        if self.body is not None:
            return self.body
        assert self.status is not None
        try:
            phrase = HTTPStatus(self.status).phrase.lower()
        except ValueError:
            phrase = "injected error"
        return {"code": self.status * 100000, "message": phrase}

    def extra_headers(self) -> list[tuple[bytes, bytes]]:
        """``headers`` plus ``Retry-After``, as ASGI header pairs (lower-case names)."""
        found = [(k.lower().encode(), v.encode()) for k, v in self.headers.items()]
        if self.retry_after is not None:
            value = self.retry_after
            text = str(int(value)) if value.is_integer() else str(value)
            found.append((b"retry-after", text.encode()))
        return found

    def to_json(self) -> dict[str, Any]:
        """The rule as the control endpoint lists it."""
        return {
            "method": self.method,
            "path": self.path,
            "action": self.action,
            "status": self.status,
            "times": self.times,
            "when": self.when,
            "delay": self.delay,
            "retry_after": self.retry_after,
            "body": self.body,
            "headers": self.headers,
            "trickle_bytes": self.trickle_bytes,
            "trickle_interval": self.trickle_interval,
            "probability": self.probability,
            "seed": self.seed,
            "sequence": None
            if self.sequence is None
            else [None if step is None else step.to_json() for step in self.sequence],
        }


class Chaos:
    """The active rules and the requests they postponed (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[ChaosRule] = []
        self._late: set[asyncio.Task[None]] = set()
        self._landed: list[dict[str, Any]] = []

    def add(self, rules: list[ChaosRule]) -> None:
        """Append rules; earlier rules match first."""
        with self._lock:
            self._rules.extend(rules)

    def clear(self) -> None:
        """Drop every rule (postponed requests still land)."""
        with self._lock:
            self._rules.clear()

    def reset(self) -> None:
        """Drop every rule, cancel postponed requests and forget the landed ones.

        Call it on the event loop's thread.
        """
        self.clear()
        with self._lock:
            late, self._late = self._late, set()
            self._landed.clear()
        for task in late:
            task.cancel()

    def rules(self) -> list[ChaosRule]:
        """A snapshot of the active rules."""
        with self._lock:
            return list(self._rules)

    def take(self, method: str, path: str) -> ChaosRule | None:
        """Use up one application of the first rule matching the request."""
        with self._lock:
            for rule in self._rules:
                if not rule.matches(method, path):
                    continue
                claimed, fault = rule.take()
                if not claimed:
                    continue
                if rule.times is not None:
                    rule.times -= 1
                if rule.used_up:
                    self._rules.remove(rule)
                return fault
            return None

    def to_json(self) -> dict[str, Any]:
        """The rules plus the postponed requests: how many are pending and how landed ones ended."""
        with self._lock:
            late = {"pending": len(self._late), "landed": list(self._landed)}
            return {"rules": [r.to_json() for r in self._rules], "late": late}

    def _postpone(self, run: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(run)
        with self._lock:
            self._late.add(task)
        task.add_done_callback(self._forget)

    def _forget(self, task: asyncio.Task[None]) -> None:
        with self._lock:
            self._late.discard(task)

    def _record(self, scope: Scope, status: int) -> None:
        with self._lock:
            self._landed.append(
                {"method": scope["method"], "path": scope["path"], "status": status}
            )

    async def serve(
        self, rule: ChaosRule, app: ASGIApp, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """Serve one request through ``app`` as ``rule`` says."""
        if rule.when == "late":
            body = await _read_body(receive)
            assert rule.delay is not None
            self._postpone(self._land(rule.delay, app, dict(scope), body))
            await _fault(rule, scope, receive, send)
            return
        if rule.action in ("status", "drop") and rule.when == "before":
            await _fault(rule, scope, receive, send)
            return
        if rule.action == "headers":
            await app(scope, receive, _adding(send, rule.extra_headers()))
            return
        if rule.action == "delay" and rule.when == "before":
            body = await _read_body(receive)  # the request runs even if the client gives up
            assert rule.delay is not None
            await asyncio.sleep(rule.delay)
            await app(scope, _replay(body), _adding(send, rule.extra_headers()))
            return
        start, body = await _capture(app, scope, receive)
        if rule.action in ("status", "drop"):
            await _fault(rule, scope, receive, send)
            return
        if rule.delay is not None:
            await asyncio.sleep(rule.delay)
        headers = _merged(start.get("headers", []), rule.extra_headers())
        await send({**start, "headers": headers})
        step = rule.trickle_bytes if rule.action == "trickle" else max(1, len(body))
        chunks = [body[i : i + step] for i in range(0, len(body), step)] or [b""]
        for index, chunk in enumerate(chunks):
            if index:
                await asyncio.sleep(rule.trickle_interval)
            more = index < len(chunks) - 1
            await send({"type": "http.response.body", "body": chunk, "more_body": more})

    async def _land(self, delay: float, app: ASGIApp, scope: Scope, body: bytes) -> None:
        """Run a postponed request; its response goes nowhere, its status is recorded."""
        await asyncio.sleep(delay)
        start, _ = await _capture(app, scope, _replay(body))
        self._record(scope, int(start.get("status", 500)))


async def _read_body(receive: Receive) -> bytes:
    parts = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _replay(body: bytes) -> Receive:
    """A ``receive`` that hands out ``body`` once, then reports a disconnect."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> Message:
        return pending.pop() if pending else {"type": "http.disconnect"}

    return receive


async def _capture(app: ASGIApp, scope: Scope, receive: Receive) -> tuple[Message, bytes]:
    """Run ``app`` and keep its response: the start message and the whole body."""
    start: Message = {}
    parts: list[bytes] = []

    async def keep(message: Message) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
        elif message["type"] == "http.response.body":
            parts.append(message.get("body", b""))

    await app(scope, receive, keep)
    return start, b"".join(parts)


def _merged(headers: Any, extra: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """``headers`` with ``extra`` replacing those of the same name."""
    replaced = {name for name, _ in extra}
    return [(k, v) for k, v in headers if k.lower() not in replaced] + extra


def _adding(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    async def sender(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": _merged(message.get("headers", []), extra)}
        await send(message)

    return sender


async def _fault(rule: ChaosRule, scope: Scope, receive: Receive, send: Send) -> None:
    if rule.action == "drop":
        await _cut(scope, receive, send)
        return
    assert rule.status is not None
    body = orjson.dumps(rule.response_body())
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers = _merged(headers, rule.extra_headers())
    await send({"type": "http.response.start", "status": rule.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _cut(scope: Scope, receive: Receive, send: Send) -> None:
    """Close the connection without a response (servers that hide it: an unfinished one)."""
    transport = scope.get(TRANSPORT_KEY)
    if transport is None:
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]}
        )
        return
    transport.close()
    while (await receive())["type"] != "http.disconnect":
        pass


def transport_of(send: Send) -> Any:
    """The connection's transport behind a server's ``send`` (uvicorn), else None."""
    return getattr(getattr(send, "__self__", None), "transport", None)


_WORDS = {**{action: "action" for action in ACTIONS}, **{when: "when" for when in WHENS}}
_KEYS = {
    "p": "probability",
    "probability": "probability",
    "seed": "seed",
    "times": "times",
    "delay": "delay",
    "retry_after": "retry_after",
    "trickle_bytes": "trickle_bytes",
    "trickle_interval": "trickle_interval",
}


def _spec_number(key: str, text: str) -> int | float | None:
    if key == "times" and text in ("inf", "forever"):
        return None
    try:
        return int(text) if key in ("seed", "times", "trickle_bytes") else float(text)
    except ValueError:
        raise _invalid(f"{key}={text} is not a number") from None


def _spec_step(item: str) -> dict[str, Any] | None:
    """One ``seq=`` item: ``503``, ``503/after``, ``drop``, ``delay:2`` or ``ok``."""
    if item in ("ok", "-", "pass"):
        return None
    head, _, when = item.partition("/")
    step: dict[str, Any] = {"when": when} if when else {}
    name, _, amount = head.partition(":")
    if name.isdigit():
        step["status"] = int(name)
    elif name in ACTIONS:
        step["action"] = name
        if amount:
            step["delay"] = _spec_number("delay", amount)
    else:
        raise _invalid(f"sequence step {item!r}: a status code, an action or ok")
    return step


def parse_spec(text: str) -> dict[str, Any]:
    """A rule's JSON form from its compact command-line form (see the module docstring)."""
    words = text.split()
    if len(words) < 2:
        raise _invalid("a chaos spec starts with METHOD PATH")
    rule: dict[str, Any] = {"method": words[0].upper(), "path": words[1]}
    for word in words[2:]:
        key, sep, value = word.partition("=")
        if sep and key == "seq":
            rule["sequence"] = [_spec_step(item) for item in value.split(",") if item]
        elif sep and key in _KEYS:
            rule[_KEYS[key]] = _spec_number(_KEYS[key], value)
        elif word.isdigit():
            rule["status"] = int(word)
        elif word in _WORDS:
            rule[_WORDS[word]] = word
        else:
            raise _invalid(f"chaos spec: cannot read {word!r}")
    if "status" not in rule and rule.get("action", "status") == "status" and "sequence" not in rule:
        raise _invalid("chaos spec: give a status code or an action")
    return rule
