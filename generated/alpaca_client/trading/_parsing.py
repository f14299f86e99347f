"""Strict JSON-to-Python conversions used by the generated ``from_dict`` methods.

Every function raises :class:`~.errors.ResponseParseError` (never a builtin exception) when the
value is not what the spec describes; ``key`` names the field or list index for the error's path.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar
from uuid import UUID

import httpx

from .errors import Key, ResponseParseError

T = TypeVar("T")
StrEnumT = TypeVar("StrEnumT", bound=str)
IntEnumT = TypeVar("IntEnumT", bound=int)

Parser = Callable[[Any, Key], T]


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body of ``response``."""
    try:
        return response.json()
    except ValueError:
        raise ResponseParseError("expected a JSON body", response.text) from None


def mapping(value: Any) -> Mapping[str, Any]:
    """``value`` checked to be a JSON object."""
    if isinstance(value, (dict, Mapping)):
        return value
    raise ResponseParseError("expected an object", value)


def missing(error: KeyError, data: Mapping[str, Any]) -> ResponseParseError:
    """The error for a required field absent from ``data``."""
    key = error.args[0] if error.args else ""
    return ResponseParseError("required field missing from the object", data, key)


def string(value: Any, key: Key) -> str:
    if isinstance(value, str):
        return value
    raise ResponseParseError("expected a string", value, key)


def integer(value: Any, key: Key) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ResponseParseError("expected an integer", value, key)


def number(value: Any, key: Key) -> float:
    if isinstance(value, float):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise ResponseParseError("expected a number", value, key)


def boolean(value: Any, key: Key) -> bool:
    if isinstance(value, bool):
        return value
    raise ResponseParseError("expected a boolean", value, key)


def decimal(value: Any, key: Key) -> Decimal:
    """A finite decimal from a decimal string or a JSON number."""
    if isinstance(value, str):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ResponseParseError("expected a decimal", value, key) from None
    elif isinstance(value, float):
        result = Decimal(repr(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    else:
        raise ResponseParseError("expected a decimal", value, key)
    if result.is_finite():
        return result
    raise ResponseParseError("expected a finite decimal", value, key)


def decimal_number(value: Any, key: Key) -> Decimal:
    """A decimal from a JSON number, exact to its shortest ``repr`` (a string is refused)."""
    if isinstance(value, float):
        if value - value == 0:  # finite
            return Decimal(repr(value))
        raise ResponseParseError("expected a finite number", value, key)
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    raise ResponseParseError("expected a number", value, key)


def date(value: Any, key: Key) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise ResponseParseError("expected a date (YYYY-MM-DD)", value, key)


def date_time(value: Any, key: Key) -> datetime.datetime:
    """An RFC 3339 date-time with a UTC offset; digits past microseconds are dropped."""
    if isinstance(value, str):
        try:
            result = datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if result.tzinfo is not None:
                return result
    raise ResponseParseError("expected a date-time with a UTC offset", value, key)


def uuid(value: Any, key: Key) -> UUID:
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            pass
    raise ResponseParseError("expected a UUID", value, key)


def str_enum(kind: Callable[[str], StrEnumT], value: Any, key: Key) -> StrEnumT:
    """A member of a string enum; values this client does not know yet are kept."""
    if isinstance(value, str):
        return kind(value)
    raise ResponseParseError("expected a string", value, key)


def int_enum(kind: Callable[[int], IntEnumT], value: Any, key: Key) -> IntEnumT:
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return kind(value)
        except ValueError:
            pass
    raise ResponseParseError("expected one of the documented integers", value, key)


def constant(expected: T, value: Any, key: Key) -> T:
    if value == expected and type(value) is type(expected):
        return expected
    raise ResponseParseError(f"expected {expected!r}", value, key)


def null(value: Any, key: Key) -> None:
    if value is not None:
        raise ResponseParseError("expected null", value, key)


def model(from_dict: Callable[[Mapping[str, Any]], T], value: Any, key: Key) -> T:
    """A nested object parsed by a model's ``from_dict``."""
    try:
        return from_dict(value)
    except ResponseParseError as error:
        raise error.within(key) from None


def array(item: Parser[T], value: Any, key: Key) -> list[T]:
    """A JSON array, every element parsed by ``item``."""
    if not isinstance(value, list):
        raise ResponseParseError("expected an array", value, key)
    try:
        result = []
        for index, element in enumerate(value):
            result.append(item(element, index))
        return result
    except ResponseParseError as error:
        raise error.within(key) from None


def entries(item: Parser[T], data: Mapping[str, Any], known: frozenset[str]) -> dict[str, T]:
    """The fields of ``data`` the spec does not name, every value parsed by ``item``."""
    return {name: item(value, name) for name, value in data.items() if name not in known}


def one_of(parsers: tuple[Parser[Any], ...], value: Any, key: Key) -> Any:
    """The first successful parse of ``value`` by one of ``parsers``."""
    for parse in parsers:
        try:
            return parse(value, key)
        except ResponseParseError:
            continue
    raise ResponseParseError("matches none of the documented shapes", value, key)
