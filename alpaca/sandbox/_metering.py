"""Per-credential request metering: Alpaca's rate-limit headers, 429s and usage statistics.

Requests are counted over a sliding 60-second window. ``limit=None`` never refuses a request
and reports :data:`UNLIMITED` as the limit, so clients that pace themselves on the headers
never wait. Refused requests count in the statistics but not against the budget, so a client
that waits ``Retry-After`` seconds gets through.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

WINDOW_SECONDS = 60.0
UNLIMITED = 1_000_000


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether one request may run, and the rate-limit headers to answer with."""

    allowed: bool
    limit: int
    remaining: int
    reset: int
    retry_after: int

    def headers(self) -> list[tuple[bytes, bytes]]:
        """``X-RateLimit-*`` headers (plus ``Retry-After`` when refused)."""
        found = [
            (b"x-ratelimit-limit", str(self.limit).encode()),
            (b"x-ratelimit-remaining", str(self.remaining).encode()),
            (b"x-ratelimit-reset", str(self.reset).encode()),
        ]
        if not self.allowed:
            found.append((b"retry-after", str(self.retry_after).encode()))
        return found


@dataclass(slots=True)
class _Usage:
    seen: deque[float] = field(default_factory=deque)
    admitted: deque[float] = field(default_factory=deque)
    requests: int = 0
    limited: int = 0
    max_per_minute: int = 0

    def prune(self, now: float) -> None:
        for window in (self.seen, self.admitted):
            while window and window[0] <= now - WINDOW_SECONDS:
                window.popleft()


class RateLimiter:
    """Counts requests per credential; refuses them past ``limit`` per minute (thread-safe)."""

    def __init__(self, limit: int | None, clock: Callable[[], float] = time.time) -> None:
        if limit is not None and limit < 1:
            raise ValueError("rate_limit must be >= 1 (or None for no limit)")
        self.limit = limit
        self._clock = clock
        self._lock = threading.Lock()
        self._usage: dict[str, _Usage] = {}

    def admit(self, credential: str) -> Verdict:
        """Count one request of ``credential`` and decide whether it runs."""
        now = self._clock()
        with self._lock:
            usage = self._usage.setdefault(credential, _Usage())
            usage.prune(now)
            usage.seen.append(now)
            usage.requests += 1
            usage.max_per_minute = max(usage.max_per_minute, len(usage.seen))
            limit = UNLIMITED if self.limit is None else self.limit
            allowed = self.limit is None or len(usage.admitted) < limit
            if allowed:
                usage.admitted.append(now)
            else:
                usage.limited += 1
            reset = usage.admitted[0] + WINDOW_SECONDS
            return Verdict(
                allowed,
                limit,
                max(0, limit - len(usage.admitted)),
                math.ceil(reset),
                max(1, math.ceil(reset - now)),
            )

    def clear(self) -> None:
        """Forget every count."""
        with self._lock:
            self._usage.clear()

    def stats(self) -> dict[str, Any]:
        """Requests, refusals and the busiest 60 s window, per credential."""
        with self._lock:
            return {
                "rate_limit": self.limit,
                "window_seconds": WINDOW_SECONDS,
                "credentials": {
                    name: {
                        "requests": usage.requests,
                        "limited": usage.limited,
                        "max_per_minute": usage.max_per_minute,
                    }
                    for name, usage in sorted(self._usage.items())
                },
            }
