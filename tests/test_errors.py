from __future__ import annotations

import httpx
import pytest

from alpaca._errors import (
    AlpacaError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    error_from_response,
)

REQUEST = httpx.Request(
    "GET",
    "https://paper-api.alpaca.markets/v2/account",
    headers={"APCA-API-KEY-ID": "PKSECRETID", "APCA-API-SECRET-KEY": "sekrit-value"},
)


def _response(status: int, **kwargs: object) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, APIError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (499, APIError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
    ],
)
def test_status_mapping(status: int, cls: type[APIError]) -> None:
    err = error_from_response(_response(status, json={"code": 12345678, "message": "boom"}))
    assert type(err) is cls
    assert isinstance(err, AlpacaError)
    assert (err.status_code, err.code, err.message) == (status, 12345678, "boom")
    assert err.request is REQUEST
    assert err.response.status_code == status
    assert str(err).startswith(f"{status} ")
    assert str(err).endswith("(code 12345678): boom")


def test_message_format() -> None:
    body = {"code": 40310000, "message": "insufficient buying power"}
    err = error_from_response(_response(403, json=body))
    assert str(err) == "403 Forbidden (code 40310000): insufficient buying power"
    assert err.body == body


def test_non_json_body() -> None:
    err = error_from_response(_response(502, text="<html>bad gateway</html>"))
    assert isinstance(err, InternalServerError)
    assert err.code is None
    assert str(err) == "502 Bad Gateway: <html>bad gateway</html>"


def test_long_text_is_truncated_and_empty_body_ok() -> None:
    err = error_from_response(_response(500, text="x" * 5000))
    assert len(str(err)) < 300
    err = error_from_response(_response(520))
    assert str(err) == "520 HTTP error"
    assert err.message == "" and err.body is None


def test_missing_and_odd_fields() -> None:
    err = error_from_response(_response(422, json={"message": "qty must be > 0"}))
    assert err.code is None and err.message == "qty must be > 0"
    err = error_from_response(_response(400, json={"code": "40010001", "message": 5}))
    assert err.code == 40010001 and err.message == "5"
    err = error_from_response(_response(400, json=["a", "b"]))
    assert err.code is None and "a" in err.message
    err = error_from_response(_response(404, json={"error": "not found"}))
    assert err.message == "not found"


def test_request_fallbacks() -> None:
    err = error_from_response(httpx.Response(404))
    assert isinstance(err.request, httpx.Request)
    other = httpx.Request("POST", "https://x/v2/orders")
    assert error_from_response(httpx.Response(404), request=other).request is other


def test_rate_limit_retry_after() -> None:
    err = error_from_response(_response(429, headers={"Retry-After": "7"}))
    assert isinstance(err, RateLimitError) and err.retry_after == 7.0
    err = error_from_response(_response(429))
    assert isinstance(err, RateLimitError) and err.retry_after is None


def test_unread_streaming_response_is_read() -> None:
    response = httpx.Response(404, stream=httpx.ByteStream(b'{"message": "gone"}'), request=REQUEST)
    assert error_from_response(response).message == "gone"


def test_no_secrets_in_text_or_repr() -> None:
    err = error_from_response(_response(401, json={"message": "unauthorized"}))
    for text in (str(err), repr(err), repr(err.request)):
        assert "sekrit-value" not in text and "PKSECRETID" not in text


def test_connection_errors() -> None:
    err = APITimeoutError("timed out", request=REQUEST)
    assert isinstance(err, APIConnectionError) and isinstance(err, AlpacaError)
    assert err.request is REQUEST and str(err) == "timed out"
