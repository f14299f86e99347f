"""Query-parameter parsing shared by the trading and data routes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from alpaca.sandbox._calendar import NEW_YORK
from alpaca.sandbox._format import ApiError


def parse_time(name: str, raw: str, end_of_day: bool) -> datetime:
    """RFC-3339 timestamp or ``YYYY-MM-DD`` (New York day; its end when ``end_of_day``)."""
    try:
        if len(raw) == 10:
            day = date.fromisoformat(raw)
            if end_of_day:
                following = datetime.combine(day + timedelta(days=1), time(), NEW_YORK)
                return following.astimezone(UTC) - timedelta(microseconds=1)
            return datetime.combine(day, time(), NEW_YORK).astimezone(UTC)
        value = datetime.fromisoformat(raw.replace("z", "Z"))
        if value.tzinfo is None:
            raise ApiError(422, 42210000, f"invalid {name}: {raw!r} has no time zone")
        return value.astimezone(UTC)
    except (ValueError, OverflowError):  # not a time, or beyond year 9999 in UTC
        raise ApiError(
            422, 42210000, f"invalid {name}: {raw!r} is not RFC-3339 or a date"
        ) from None


def parse_date(name: str, raw: str) -> date:
    """A ``YYYY-MM-DD`` date (an RFC-3339 timestamp's date part is accepted too)."""
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        raise ApiError(400, 40010001, f"invalid {name}: {raw!r}") from None
