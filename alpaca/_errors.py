"""Exceptions raised by the Alpaca client.

Everything the client raises derives from ``AlpacaError``::

    AlpacaError
    ├── ConfigurationError (also a ValueError)   missing/invalid credentials or settings
    ├── ClientClosedError (also a RuntimeError)  the client was closed
    ├── StreamError                             a websocket stream failed for good
    ├── APIConnectionError                      the request got no HTTP response
    │   └── APITimeoutError                     ... in time (the call's whole timeout)
    └── APIError                                the server answered with status >= 400
        ├── ResponseValidationError             ... or with success, but not the documented shape
        ├── BadRequestError                     400
        ├── AuthenticationError                 401
        ├── PermissionDeniedError               403
        ├── NotFoundError                       404
        ├── UnprocessableEntityError            422
        ├── RateLimitError                      429
        └── InternalServerError                 >= 500

Other 4xx statuses raise a plain ``APIError``. Error texts never include headers, and the
request attached to an error has its credentials redacted.

``APIError`` and ``APIConnectionError`` say whether a write may have taken effect anyway
(``may_have_taken_effect``: a 5xx, 408, 429 or a lost connection after sending); for an order,
``client_order_id`` names it so it can be looked up before trying again.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # an error comes with a response: by then the client has loaded httpx
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AlpacaError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "StreamError",
    "UnprocessableEntityError",
    "error_from_response",
]

_MAX_BODY_IN_MESSAGE = 200


class AlpacaError(Exception):
    """Base class of every exception raised by this package."""


class ConfigurationError(AlpacaError, ValueError):
    """Missing or invalid credentials or settings."""


class ClientClosedError(AlpacaError, RuntimeError):
    """The client was closed; make a new one."""


class StreamError(AlpacaError):
    """A stream failed for good: a terminal refusal (``code`` 402, 409, 410, 411), a connection
    limit (406) that outlasted the retries, or a trading stream that refused the credentials
    (``code`` None)."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message if code is None else f"{code} {message}")
        self.code = code
        self.message = message


class APIConnectionError(AlpacaError):
    """The request failed before an HTTP response arrived (DNS, connect, reset, ...)."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request,
        may_have_taken_effect: bool = False,
        client_order_id: str | None = None,
        note: str = "",
    ) -> None:
        super().__init__(f"{message}; {note}" if note else message)
        self.message = message
        self.request = request
        self.may_have_taken_effect = may_have_taken_effect
        self.client_order_id = client_order_id


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIError(AlpacaError):
    """The API answered with an HTTP status >= 400.

    ``code`` is Alpaca's numeric error code from the JSON body (e.g. 40310000), ``body``
    the decoded JSON (or the text when it is not JSON). The response body is already read.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        request: httpx.Request,
        code: int | None = None,
        body: object = None,
        may_have_taken_effect: bool = False,
        client_order_id: str | None = None,
        note: str = "",
    ) -> None:
        self.status_code = response.status_code
        self.code = code
        self.message = message
        self.body = body
        self.request = request
        self.response = response
        self.may_have_taken_effect = may_have_taken_effect
        self.client_order_id = client_order_id
        super().__init__(self._describe(note))

    def _describe(self, note: str) -> str:
        from ._http import httpx

        reason = httpx.codes.get_reason_phrase(self.status_code) or "HTTP error"
        text = f"{self.status_code} {reason}"
        if self.code is not None:
            text += f" (code {self.code})"
        if self.message:
            text += f": {self.message}"
        return f"{text}; {note}" if note else text


class ResponseValidationError(APIError):
    """The server answered with success, but the body is not the shape the API documents.

    ``path`` locates the offending part (``"legs[0].qty"``; empty for the whole body) and
    ``value`` is what was found there. The response is kept whole in ``response``; its
    ``request``, like the error's, has its credentials redacted.
    """

    def __init__(
        self, message: str, *, response: httpx.Response, path: str = "", value: object = None
    ) -> None:
        from ._logging import redact_request

        self.path = path
        self.value = value
        request = redact_request(_request_of(response, None))
        response.request = request
        super().__init__(message, response=response, request=request)

    def _describe(self, note: str) -> str:
        where = f" at {self.path!r}" if self.path else ""
        return (
            f"unexpected response body from {self.request.method} {self.request.url.path} "
            f"(HTTP {self.status_code}){where}: {self.message}"
        )

    @classmethod
    def from_value(
        cls, response: httpx.Response, path: str, value: object, reason: str
    ) -> ResponseValidationError:
        """For ``value`` found at ``path``, with why it does not fit."""
        shown = repr(value)
        if len(shown) > _MAX_BODY_IN_MESSAGE // 2:
            shown = shown[: _MAX_BODY_IN_MESSAGE // 2] + "..."
        return cls(f"{reason} (got {shown})", response=response, path=path, value=value)

    @classmethod
    def from_exception(cls, response: httpx.Response, exc: Exception) -> ResponseValidationError:
        """From a parsing failure (a generated model's error carries ``path`` and ``value``)."""
        path, value = getattr(exc, "path", ""), getattr(exc, "value", None)
        reason = str(exc) or type(exc).__name__
        return cls.from_value(response, str(path), value, reason)


class BadRequestError(APIError):
    """400 Bad Request."""


class AuthenticationError(APIError):
    """401: missing or wrong API key / token."""


class PermissionDeniedError(APIError):
    """403: e.g. insufficient buying power, or the key may not do this."""


class NotFoundError(APIError):
    """404 Not Found."""


class UnprocessableEntityError(APIError):
    """422: the request was understood but its parameters are invalid."""


class RateLimitError(APIError):
    """429 Too Many Requests."""

    @property
    def retry_after(self) -> float | None:
        """The server's requested delay in seconds, if it sent one."""
        from ._retry import parse_retry_after

        return parse_retry_after(self.response.headers)


class InternalServerError(APIError):
    """Status >= 500."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_from_response(
    response: httpx.Response,
    *,
    request: httpx.Request | None = None,
    may_have_taken_effect: bool = False,
    client_order_id: str | None = None,
    note: str = "",
) -> APIError:
    """Build the ``APIError`` subclass matching ``response`` (status >= 400 expected).

    Tolerates non-JSON bodies, missing fields and unusual statuses. The body is read here
    if it was not already (sync responses only; async callers should ``aread()`` first).
    ``request`` defaults to ``response.request``.
    """
    body = _body_of(response)
    code: int | None = None
    message = ""
    if isinstance(body, dict):
        code = _as_int(body.get("code"))
        raw = body.get("message", body.get("error", ""))
        message = raw if isinstance(raw, str) else json.dumps(raw)
    elif isinstance(body, str):
        message = body.strip()
        if len(message) > _MAX_BODY_IN_MESSAGE:
            message = message[:_MAX_BODY_IN_MESSAGE] + "..."
    elif body is not None:
        message = json.dumps(body)[:_MAX_BODY_IN_MESSAGE]

    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIError)
    return cls(
        message,
        response=response,
        request=_request_of(response, request),
        code=code,
        body=body,
        may_have_taken_effect=may_have_taken_effect,
        client_order_id=client_order_id,
        note=note,
    )


def _body_of(response: httpx.Response) -> Any:
    from ._http import httpx

    try:
        content = response.content
    except httpx.ResponseNotRead:
        try:
            content = response.read()
        except Exception:  # async stream or broken connection: describe without a body
            return None
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode(response.encoding or "utf-8", errors="replace")


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _request_of(response: httpx.Response, request: httpx.Request | None) -> httpx.Request:
    from ._http import httpx

    if request is not None:
        return request
    try:
        return response.request
    except RuntimeError:  # a bare Response built without a request
        return httpx.Request("GET", "http://unknown.invalid/")
