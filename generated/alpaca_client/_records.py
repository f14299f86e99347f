"""Base and helpers of generated records (from ``python -m codegen``; do not edit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SECOND = dt.timedelta(seconds=1)


class _View:
    """A read-only view of one wire mapping under readable attribute names.

    Attributes are computed from ``raw`` when read; keys the schema does not know stay in
    ``raw``. ``WIRE_NAMES`` maps each attribute to its wire key.
    """

    __slots__ = ("raw",)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    raw: Mapping[str, Any]

    def _shown(self) -> list[str]:
        shown = []
        for name, key in self.WIRE_NAMES.items():
            if key in self.raw:
                try:
                    value = getattr(self, name)
                except (TypeError, ValueError, ArithmeticError):
                    value = self.raw[key]
                shown.append(f"{name}={value!r}")
        return shown

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.WIRE_NAMES)


class Record(_View):
    """A view of one wire mapping; records compare equal when their mappings are."""

    __slots__ = ()

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> Self:
        """The record of ``raw`` (no copy, no validation)."""
        return cls(raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(self._shown())})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.raw == self.raw  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]


class KeyedRecord(_View):
    """A view of one row a response files under ``symbol``; records compare by symbol and
    attribute values (keys the schema does not know aside)."""

    __slots__ = ("symbol",)
    raw: dict[str, Any]

    def __init__(self, symbol: str, raw: dict[str, Any]) -> None:
        self.symbol = symbol
        self.raw = raw

    @classmethod
    def from_raw(cls, symbol: str, raw: dict[str, Any]) -> Self:
        """The record of ``raw`` filed under ``symbol`` (no copy, no validation)."""
        return cls(symbol, raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join([f'symbol={self.symbol!r}', *self._shown()])})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KeyedRecord) or type(other) is not type(self):
            return False
        return self.symbol == other.symbol and self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.symbol, self._values()))


def to_decimal(value: Any) -> Decimal:
    """Exact Decimal of a wire number or decimal string."""
    if type(value) is float:
        return Decimal(repr(value))
    return value if isinstance(value, Decimal) else Decimal(value)


def to_size(value: Any) -> int | Decimal:
    """A whole size as ``int``, a fractional one (a JSON float) as an exact Decimal."""
    return value if type(value) is int else to_decimal(value)


def as_list(value: Any) -> list[Any]:
    """A list as it is; a single code (a string) as a one-item list."""
    return [value] if isinstance(value, str) else value


def to_ns(value: Any) -> int:
    """Epoch nanoseconds of an RFC 3339 string, an integer, a datetime or a msgpack Timestamp."""
    if type(value) is int:
        return value
    if isinstance(value, str):
        return _parse_ns(value)
    if isinstance(value, dt.datetime):
        delta = value - _EPOCH
        return (delta.days * 86400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000
    to_unix_nano = getattr(value, "to_unix_nano", None)
    if to_unix_nano is None:
        raise TypeError(f"not a timestamp: {value!r}")
    return int(to_unix_nano())


def to_datetime(value: Any) -> dt.datetime:
    """UTC datetime (microseconds) of a timestamp accepted by ``to_ns``."""
    if type(value) is str:  # fast path: Python's parser (digits past microseconds dropped)
        try:
            moment = _fromisoformat(value)
        except ValueError:
            moment = _NAIVE
        zone = moment.tzinfo
        if zone is _UTC:
            return moment
        if zone is not None:
            return moment.astimezone(_UTC)
    return _EPOCH + dt.timedelta(microseconds=to_ns(value) // 1000)


_fromisoformat = dt.datetime.fromisoformat
_UTC = dt.UTC
_NAIVE = dt.datetime(1970, 1, 1)


def _parse_ns(text: str) -> int:
    head, rest = text[:19], text[19:]
    fraction = 0
    if rest[:1] == ".":
        end = 1
        while end < len(rest) and rest[end].isdigit():
            end += 1
        fraction = int(rest[1:end][:9].ljust(9, "0"))
        rest = rest[end:]
    zone = "+00:00" if rest in ("", "Z", "z") else rest
    moment = dt.datetime.fromisoformat(head + zone)
    return (moment - _EPOCH) // _SECOND * 1_000_000_000 + fraction
