"""Wire formatting shared by the sandbox: decimals, timestamps, error bodies."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import orjson
from starlette.responses import Response


def fmt_decimal(value: Decimal) -> str:
    """Render a Decimal the way Alpaca renders money: plain digits, no trailing zeros."""
    if value == 0:
        return "0"
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_optional(value: Decimal | None) -> str | None:
    """Render an optional Decimal."""
    return None if value is None else fmt_decimal(value)


def fmt_time_ns(value: datetime) -> str:
    """RFC-3339 UTC with nine fractional digits, e.g. ``2026-11-27T15:04:05.123456000Z``."""
    value = value.astimezone(UTC)
    return f"{value:%Y-%m-%dT%H:%M:%S}.{value.microsecond:06d}000Z"


def fmt_optional_time(value: datetime | None) -> str | None:
    """Render an optional timestamp."""
    return None if value is None else fmt_time_ns(value)


def fmt_epoch_ns(ns: int) -> str:
    """RFC-3339 UTC with nine fractional digits from epoch nanoseconds."""
    seconds, frac = divmod(ns, 1_000_000_000)
    return f"{datetime.fromtimestamp(seconds, UTC):%Y-%m-%dT%H:%M:%S}.{frac:09d}Z"


def fmt_epoch_s(seconds: int) -> str:
    """RFC-3339 UTC without fraction from epoch seconds (bar timestamps)."""
    return f"{datetime.fromtimestamp(seconds, UTC):%Y-%m-%dT%H:%M:%S}Z"


def json_response(content: Any, status_code: int = 200) -> Response:
    """A compact, deterministic JSON response."""
    return Response(orjson.dumps(content), status_code, media_type="application/json")


class ApiError(Exception):
    """An Alpaca-style error: HTTP status plus ``{"code", "message"}`` body."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def response(self) -> Response:
        """The JSON error response."""
        return json_response({"code": self.code, "message": self.message}, self.status)


def unprocessable(message: str) -> ApiError:
    """422 for an invalid parameter value."""
    return ApiError(422, 42210000, message)


def bad_request(message: str) -> ApiError:
    """400 for a malformed or missing parameter."""
    return ApiError(400, 40010001, message)


def not_found(message: str) -> ApiError:
    """404 for an unknown resource."""
    return ApiError(404, 40410000, message)


def forbidden(message: str) -> ApiError:
    """403 for a request the account cannot afford."""
    return ApiError(403, 40310000, message)
