"""Sandbox clocks: wall time, time running faster from a start, or time that moves only on request.

A clock is a callable returning the current aware UTC datetime, so any ``Callable[[], datetime]``
works as the sandbox's ``now``; these classes add speed and stepping.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


def _aware(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return moment.astimezone(UTC)


class SandboxClock:
    """Base of the sandbox clocks: call it for the current sandbox time."""

    speed: float = 1.0

    def __call__(self) -> datetime:
        raise NotImplementedError

    @property
    def stepped(self) -> bool:
        """Whether time moves only through :meth:`SteppedClock.advance`."""
        return False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(now={self().isoformat()}, speed={self.speed:g})"


class WallClock(SandboxClock):
    """The real current time."""

    def __call__(self) -> datetime:
        return datetime.now(UTC)


class AcceleratedClock(SandboxClock):
    """Starts at ``start`` and runs ``speed`` times faster than real time (1: real speed)."""

    def __init__(self, start: datetime, speed: float = 1.0) -> None:
        if not speed > 0:
            raise ValueError("speed must be > 0 (use SteppedClock for a clock that stands still)")
        self.start = _aware(start, "start")
        self.speed = float(speed)
        self._origin = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self._origin) * self.speed)


class SteppedClock(SandboxClock):
    """Stands still at ``start`` until :meth:`advance` or :meth:`set` moves it (never back)."""

    speed = 0.0

    def __init__(self, start: datetime) -> None:
        self._now = _aware(start, "start")
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        return self._now

    @property
    def stepped(self) -> bool:
        return True

    def set(self, moment: datetime) -> datetime:
        """Move to ``moment`` (not earlier than now); returns it."""
        moment = _aware(moment, "to")
        with self._lock:
            if moment < self._now:
                raise ValueError("the sandbox clock cannot go back in time")
            self._now = moment
            return moment

    def advance(self, delta: timedelta) -> datetime:
        """Move ``delta`` forward; returns the new time."""
        if delta < timedelta(0):
            raise ValueError("the sandbox clock cannot go back in time")
        with self._lock:
            self._now += delta
            return self._now


def make_clock(start: datetime | None, speed: float) -> SandboxClock:
    """The clock for ``Sandbox(start=, speed=)``: 0 steps, otherwise runs ``speed`` times faster."""
    if speed < 0:
        raise ValueError("speed must be >= 0")
    if speed == 0:
        return SteppedClock(start or datetime.now(UTC))
    if start is None and speed == 1:
        return WallClock()
    return AcceleratedClock(start or datetime.now(UTC), speed)
