"""Checking and converting call arguments into query values, before any request is sent.

Every failure is a ``ValueError`` (or ``TypeError`` for a wrong type) that names the parameter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar, overload

TimeLike = dt.datetime | dt.date | str
DecimalLike = Decimal | int | str | float
E = TypeVar("E", bound=Enum)


def symbols_param(symbols: str | Iterable[str], name: str = "symbols") -> list[str]:
    """A symbol or several (list, tuple or ``"A,B"``), upper-cased, de-duplicated in order."""
    items = symbols.split(",") if isinstance(symbols, str) else list(symbols)
    cleaned: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{name}: expected str symbols, got {type(item).__name__}")
        symbol = item.strip().upper()
        if not symbol:
            raise ValueError(f"{name}: empty symbol in {symbols!r}")
        if symbol not in cleaned:
            cleaned.append(symbol)
    if not cleaned:
        raise ValueError(f"{name}: at least one symbol is required")
    return cleaned


def time_param(value: TimeLike, name: str) -> str:
    """RFC-3339 text for a timezone-aware datetime, ``YYYY-MM-DD`` for a date, ISO text as given.

    Naive datetimes are rejected: Alpaca reads times as UTC and we never guess a zone for you.
    """
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{name}: naive datetime {value.isoformat()} is ambiguous; pass a timezone-aware "
                "datetime (e.g. tzinfo=datetime.timezone.utc) or a date"
            )
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not an ISO-8601 date or datetime") from None
        if len(text) > 10 and parsed.tzinfo is None:
            raise ValueError(
                f"{name}: {value!r} has no UTC offset; add 'Z' or an offset like '-05:00'"
            )
        return text
    raise TypeError(f"{name}: expected datetime, date or ISO string, got {type(value).__name__}")


def decimal_param(value: DecimalLike, name: str, *, positive: bool = True) -> Decimal:
    """An exact ``Decimal`` from a Decimal, int, str or float (floats go through their repr)."""
    if isinstance(value, bool):
        raise TypeError(f"{name}: expected a number, got bool")
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"{name}: {value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{name}: {value!r} is not a finite number")
    if positive and number <= 0:
        raise ValueError(f"{name}: must be greater than 0, got {value!r}")
    return number


@overload
def enum_param(value: None, enum: type[E], name: str) -> None: ...
@overload
def enum_param(value: E | str, enum: type[E], name: str) -> E: ...
def enum_param(value: E | str | None, enum: type[E], name: str) -> E | None:
    """One of the enum's declared values (values only the server has sent are not accepted);
    ``None`` stays ``None`` (not given)."""
    if value is None:
        return None
    known = {member.value: member for member in enum if member.value != ""}
    key = value.value if isinstance(value, Enum) else value
    if key == "":
        raise ValueError(f"{name}: must not be empty")
    if isinstance(key, str):
        for candidate in (key, key.lower(), key.upper()):
            if candidate in known:
                return known[candidate]
    raise ValueError(f"{name}: {value!r} is not one of {', '.join(map(str, known))}")


def bool_param(value: bool, name: str) -> bool:
    """A real bool (``"false"`` is not quietly taken as True)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name}: expected bool, got {type(value).__name__}")
    return value


def limit_param(limit: int | None, name: str = "limit") -> int | None:
    """A positive int or None (meaning everything)."""
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"{name}: expected int or None, got {type(limit).__name__}")
    if limit < 1:
        raise ValueError(f"{name}: must be at least 1, got {limit}")
    return limit


@overload
def datetime_param(value: None, name: str) -> None: ...
@overload
def datetime_param(value: dt.datetime | str, name: str) -> dt.datetime: ...
def datetime_param(value: dt.datetime | str | None, name: str) -> dt.datetime | None:
    """A timezone-aware datetime from a datetime or ISO text with an offset (naive is rejected);
    ``None`` stays ``None``."""
    if value is None:
        return None
    text = time_param(value, name)
    if len(text) <= 10:
        raise ValueError(f"{name}: expected a date and time, got the date {text!r}")
    return dt.datetime.fromisoformat(text)


@overload
def date_param(value: None, name: str) -> None: ...
@overload
def date_param(value: dt.date | str, name: str) -> dt.date: ...
def date_param(value: dt.date | str | None, name: str) -> dt.date | None:
    """A calendar date from a date or ``YYYY-MM-DD`` text (a datetime is rejected as ambiguous);
    ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        raise TypeError(f"{name}: expected a date, got a datetime (use .date() explicitly)")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name}: {value!r} is not a YYYY-MM-DD date") from None
    raise TypeError(f"{name}: expected date or str, got {type(value).__name__}")


def path_param(value: str, name: str) -> str:
    """A non-empty id or symbol (the generated endpoints percent-encode it as one path segment)."""
    if not isinstance(value, str):
        raise TypeError(f"{name}: expected str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name}: must not be empty")
    return value.strip()


def symbol_param(value: str, name: str = "symbol") -> str:
    """Exactly one symbol, upper-cased."""
    symbols = symbols_param(value, name)
    if len(symbols) != 1:
        raise ValueError(f"{name}: expected one symbol, got {value!r}")
    return symbols[0]


def enums_param(value: E | str | Iterable[E | str], enum: type[E], name: str) -> list[E]:
    """One enum value or several (a list or comma-separated text), each one of the enum's
    declared values, de-duplicated in order."""
    items: list[E | str]
    if isinstance(value, Enum):
        items = [value]
    elif isinstance(value, str):
        items = [*value.split(",")]
    else:
        items = list(value)
    members: list[E] = []
    for item in items:
        if not isinstance(item, str | Enum):
            raise TypeError(f"{name}: expected {enum.__name__} values, got {type(item).__name__}")
        member = enum_param(item.strip() if isinstance(item, str) else item, enum, name)
        if member not in members:
            members.append(member)
    if not members:
        raise ValueError(f"{name}: at least one value is required")
    return members


def path_pattern(template: str) -> re.Pattern[str]:
    """What the paths of a spec path template match (``/v2/orders/{order_id}``: any one
    segment for the parameter; generated endpoints quote ``/`` inside values)."""
    return re.compile(re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)))
