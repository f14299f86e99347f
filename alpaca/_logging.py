"""The ``"alpaca"`` logger, ``ALPACA_LOG`` set-up and header redaction."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from ._http import httpx

__all__ = ["SENSITIVE_HEADERS", "logger", "redact_headers", "redact_request", "setup_logging"]

logger = logging.getLogger("alpaca")

SENSITIVE_HEADERS = frozenset(
    {
        "apca-api-key-id",
        "apca-api-secret-key",
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
    }
)
REDACTED = "<redacted>"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_handler: logging.Handler | None = None


def setup_logging(environ: Mapping[str, str] | None = None) -> None:
    """If ``ALPACA_LOG`` is ``debug`` or ``info``, log to stderr at that level (once)."""
    global _handler
    level = _LEVELS.get((os.environ if environ is None else environ).get("ALPACA_LOG", "").lower())
    if level is None:
        return
    if _handler is None:
        _handler = logging.StreamHandler()
        _handler.setFormatter(
            logging.Formatter(
                "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s",
                "%Y-%m-%d %H:%M:%S",
            )
        )
        logger.addHandler(_handler)
    logger.setLevel(level)


def redact_headers(headers: httpx.Headers) -> dict[str, str]:
    """Headers as a dict, credentials replaced by ``<redacted>``."""
    return {
        name: REDACTED if name.lower() in SENSITIVE_HEADERS else value
        for name, value in headers.multi_items()
    }


def redact_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` with credentials redacted, safe to attach to an exception."""
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    return httpx.Request(
        request.method,
        request.url,
        headers=redact_headers(request.headers),
        content=content,
    )
