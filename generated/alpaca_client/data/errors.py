"""Errors raised by the generated functions and models."""

from typing import Any

Key = str | int
"""A step of a :attr:`ResponseParseError.path`: a field name or a list index."""

SHOWN_CHARS = 120


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


def _step(key: Key) -> str:
    return f"[{key}]" if isinstance(key, int) else key


class ResponseParseError(ValueError):
    """A response body is not the shape the spec describes.

    ``path`` locates the offending value (e.g. ``legs[0].qty``; empty for the body itself),
    ``value`` is that value, ``message`` says what was expected.
    """

    def __init__(self, message: str, value: Any = None, key: Key = "") -> None:
        super().__init__(message)
        self.message = message
        self.value = value
        self.path = _step(key)

    def within(self, key: Key) -> "ResponseParseError":
        """Prefix the path with the field or index that contains the offending value."""
        step = _step(key)
        if step and self.path and not self.path.startswith("["):
            step += "."
        self.path = step + self.path
        return self

    def __str__(self) -> str:
        shown = repr(self.value)
        if len(shown) > SHOWN_CHARS:
            shown = shown[: SHOWN_CHARS - 3] + "..."
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message}; value: {shown}"


__all__ = ["ResponseParseError", "UnexpectedStatus"]
