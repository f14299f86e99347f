"""Fault injection: rules that answer matching requests with an error status.

A rule matches ``method`` + exact ``path`` and is consumed ``times`` times. ``before`` answers
without running the request; ``after`` runs it (state changes are kept) and then replaces the
response, simulating a reply lost on the way back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from alpaca.sandbox._format import ApiError

_WHEN = ("before", "after")


@dataclass(slots=True)
class ChaosRule:
    """One fault-injection rule."""

    method: str
    path: str
    status: int
    times: int = 1
    when: str = "before"
    retry_after: float | None = None
    body: dict[str, Any] | None = None

    @classmethod
    def parse(cls, raw: Any) -> ChaosRule:
        """Validate a rule from its JSON form."""
        if not isinstance(raw, dict):
            raise ApiError(422, 42210000, "a chaos rule must be a JSON object")
        unknown = set(raw) - {"method", "path", "status", "times", "when", "retry_after", "body"}
        if unknown:
            raise ApiError(422, 42210000, f"unknown chaos rule field(s): {sorted(unknown)}")
        method, path, status = raw.get("method"), raw.get("path"), raw.get("status")
        times, when = raw.get("times", 1), raw.get("when", "before")
        retry_after, body = raw.get("retry_after"), raw.get("body")
        checks = (
            (isinstance(method, str) and method != "", "method must be an HTTP method"),
            (isinstance(path, str) and path.startswith("/"), "path must start with /"),
            (type(status) is int and 100 <= status <= 599, "status must be an HTTP status"),
            (type(times) is int and times >= 1, "times must be an integer >= 1"),
            (when in _WHEN, "when must be before or after"),
            (
                retry_after is None
                or (
                    isinstance(retry_after, int | float)
                    and not isinstance(retry_after, bool)
                    and retry_after >= 0
                ),
                "retry_after must be >= 0",
            ),
            (body is None or isinstance(body, dict), "body must be a JSON object"),
        )
        for ok, message in checks:
            if not ok:
                raise ApiError(422, 42210000, message)
        return cls(
            str(method).upper(),
            str(path),
            int(str(status)),
            int(str(times)),
            str(when),
            retry_after,
            body,
        )

    def response_body(self) -> dict[str, Any]:
        """The error body sent for this rule."""
        if self.body is not None:
            return self.body
        try:
            phrase = HTTPStatus(self.status).phrase.lower()
        except ValueError:
            phrase = "injected error"
        return {"code": self.status * 100000, "message": phrase}

    def headers(self) -> list[tuple[bytes, bytes]]:
        """Extra response headers (``Retry-After``)."""
        if self.retry_after is None:
            return []
        value = self.retry_after
        text = str(int(value)) if float(value).is_integer() else str(value)
        return [(b"retry-after", text.encode())]

    def to_json(self) -> dict[str, Any]:
        """The rule as the control endpoint lists it."""
        return {
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "times": self.times,
            "when": self.when,
            "retry_after": self.retry_after,
            "body": self.body,
        }


class Chaos:
    """The active rules (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[ChaosRule] = []

    def add(self, rules: list[ChaosRule]) -> None:
        """Append rules; earlier rules match first."""
        with self._lock:
            self._rules.extend(rules)

    def clear(self) -> None:
        """Drop every rule."""
        with self._lock:
            self._rules.clear()

    def rules(self) -> list[ChaosRule]:
        """A snapshot of the active rules."""
        with self._lock:
            return list(self._rules)

    def pending(self, method: str, path: str, when: str) -> bool:
        """Whether some rule would match, without consuming it."""
        with self._lock:
            return any(self._matches(r, method, path, when) for r in self._rules)

    def take(self, method: str, path: str, when: str) -> ChaosRule | None:
        """Consume one use of the first matching rule."""
        with self._lock:
            for rule in self._rules:
                if self._matches(rule, method, path, when):
                    rule.times -= 1
                    if rule.times == 0:
                        self._rules.remove(rule)
                    return rule
            return None

    @staticmethod
    def _matches(rule: ChaosRule, method: str, path: str, when: str) -> bool:
        return rule.when == when and rule.method == method and rule.path == path
