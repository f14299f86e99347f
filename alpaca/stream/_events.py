"""What a stream reports besides messages: its terminal error and lifecycle events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

TERMINAL_CODES = frozenset({402, 409, 410, 411})
"""Refusals that no retry can fix: bad credentials, feed not in the plan, channel not offered,
token without the scope."""


@dataclass(frozen=True, slots=True)
class Reconnected:
    """The connection was down from ``down_since`` until ``up_at`` (subscriptions restored):
    messages of that gap were missed, fetch them over REST if they matter."""

    down_since: dt.datetime
    up_at: dt.datetime

    @property
    def gap(self) -> dt.timedelta:
        """How long the stream was down."""
        return self.up_at - self.down_since


@dataclass(frozen=True, slots=True)
class SubscriptionRefused:
    """The server refused a subscription change (405 symbol limit, 413 star quotes on options,
    ...); the stream keeps running with its previous subscriptions."""

    code: int
    message: str
    request: Mapping[str, list[str]] = field(default_factory=dict)


def utc_now() -> dt.datetime:
    """The current time, tz-aware UTC."""
    return dt.datetime.now(dt.UTC)
