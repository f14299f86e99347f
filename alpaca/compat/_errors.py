"""Legacy error types, and the translation of the core's HTTP errors into them.

An HTTP error from the typed core becomes a :class:`APIError` that is also the core's class of
the same status, so both ``except tradeapi.rest.APIError`` and ``except alpaca.NotFoundError``
catch it. ``str(error)`` is Alpaca's message and ``code`` its error code, or the HTTP status
when the body has none, as the legacy package had them.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import alpaca

__all__ = ["APIError", "RetryException", "legacy_errors", "translate"]

C = TypeVar("C", bound=type)


class RetryException(Exception):
    """Kept for imports: the legacy package raised it internally between retries (retries
    now happen in the transport, so it is never raised)."""


class APIError(alpaca.APIError):
    """An error answer from Alpaca: ``code`` (Alpaca's code, else the HTTP status),
    ``status_code``, ``request`` and ``response`` (httpx objects, credentials redacted)."""

    def __str__(self) -> str:
        return self.message or super().__str__()


_classes: dict[type[alpaca.APIError], type[APIError]] = {alpaca.APIError: APIError}


def _legacy_class(core: type[alpaca.APIError]) -> type[APIError]:
    found = _classes.get(core)
    if found is None:
        found = type(core.__name__, (APIError, core), {"__module__": __name__})
        _classes[core] = found
    return found


def translate(error: alpaca.APIError) -> APIError:
    """The legacy form of a core HTTP error (same attributes and class of status)."""
    if isinstance(error, APIError):
        return error
    legacy = _legacy_class(type(error)).__new__(_legacy_class(type(error)))
    legacy.__dict__.update(error.__dict__)
    legacy.args = error.args
    legacy.code = error.code if error.code is not None else error.status_code
    return legacy


def _wrap(function: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.isgeneratorfunction(function):

        @functools.wraps(function)
        def generator(*args: Any, **kwargs: Any) -> Iterator[Any]:
            try:
                yield from function(*args, **kwargs)
            except alpaca.APIError as error:
                raise translate(error) from None

        return generator

    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def coroutine(*args: Any, **kwargs: Any) -> Any:
            try:
                return await function(*args, **kwargs)
            except alpaca.APIError as error:
                raise translate(error) from None

        return coroutine

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except alpaca.APIError as error:
            raise translate(error) from None

    return call


def legacy_errors(cls: C) -> C:
    """Class decorator: the public methods of ``cls`` raise legacy :class:`APIError`\\ s."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, _wrap(member))
    return cls
