"""Lists of models as the API returns them, with ``.df``; parsing helpers that locate failures."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from . import _frames

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")


class ParseFailure(ValueError):
    """A part of a response body that does not fit (``path``, ``value``); the runner turns it
    into a ``ResponseValidationError``."""

    def __init__(self, message: str, path: str, value: object) -> None:
        super().__init__(message)
        self.path = path
        self.value = value


def _located(exc: Exception, prefix: str, value: object) -> ParseFailure:
    inner = str(getattr(exc, "path", ""))
    path = prefix + ("" if not inner else inner if inner.startswith("[") else f".{inner}")
    return ParseFailure(str(exc) or type(exc).__name__, path, getattr(exc, "value", value))


class Records(list[T]):
    """A ``list`` of models; ``.df`` is a pandas DataFrame with one column per field
    (decimals as float64, datetimes as UTC, enums as their values)."""

    @property
    def df(self) -> pd.DataFrame:
        return _frames.models_frame(self)


def records(make: Callable[[Any], T]) -> Callable[[Any], Records[T]]:
    """Parse a JSON array with ``make`` per item."""

    def parse(body: Any) -> Records[T]:
        if not isinstance(body, list):
            raise ParseFailure(f"expected a JSON array, got {type(body).__name__}", "", body)
        result: Records[T] = Records()
        for index, item in enumerate(body):
            try:
                result.append(make(item))
            except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as exc:
                raise _located(exc, f"[{index}]", item) from exc
        return result

    return parse


def mapping(make: Callable[[Any], T], key: str | None = None) -> Callable[[Any], dict[str, T]]:
    """Parse a JSON object of items keyed by symbol (under ``key`` when given)."""

    def parse(body: Any) -> dict[str, T]:
        items = body.get(key) if key is not None and isinstance(body, Mapping) else body
        where = key or ""
        if not isinstance(items, Mapping):
            kind = type(items).__name__
            raise ParseFailure(f"expected a JSON object, got {kind}", where, items)
        result: dict[str, T] = {}
        for name, item in items.items():
            try:
                result[str(name)] = make(item)
            except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as exc:
                raise _located(exc, f"{where}.{name}" if where else str(name), item) from exc
        return result

    return parse
