"""``client.logos`` on the sandbox: PNG bytes, placeholders, missing logos."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import alpaca
from alpaca.testing import Sandbox

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header chunk, after checking its checksum."""
    assert png.startswith(PNG_SIGNATURE)
    length, kind = struct.unpack(">I4s", png[8:16])
    data, crc = png[16 : 16 + length], struct.unpack(">I", png[16 + length : 20 + length])[0]
    assert kind == b"IHDR" and zlib.crc32(kind + data) == crc
    width, height = struct.unpack(">II", data[:8])
    return width, height


def test_logos_are_png_images(client: alpaca.Client) -> None:
    apple, btc = client.logos.get("AAPL"), client.logos.get("btc")
    assert _size(apple) == _size(btc) == (1, 1)
    assert apple != btc  # each company has its own
    placeholder = client.logos.get("NOPE")
    assert _size(placeholder) == (1, 1) and placeholder not in (apple, btc)
    assert client.logos.get("ZZZZ", placeholder=True) == placeholder


def test_without_placeholder_a_missing_logo_is_not_found(client: alpaca.Client) -> None:
    with pytest.raises(alpaca.NotFoundError):
        client.logos.get("NOPE", placeholder=False)
    assert client.logos.get("MSFT", placeholder=False).startswith(PNG_SIGNATURE)


def test_raw_response_carries_the_content_type(client: alpaca.Client) -> None:
    raw = client.with_raw_response.logos.get("AAPL")
    assert raw.headers["content-type"] == "image/png" and raw.parse() == client.logos.get("AAPL")


async def test_async_client(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        image = await client.logos.get("TSLA")
    assert image.startswith(PNG_SIGNATURE)


@pytest.mark.parametrize(
    ("call", "error", "name"),
    [
        (lambda c: c.logos.get(""), ValueError, "symbol"),
        (lambda c: c.logos.get("AAPL,MSFT"), ValueError, "symbol"),
        (lambda c: c.logos.get("AAPL", placeholder="no"), TypeError, "placeholder"),
    ],
)
def test_bad_arguments_fail_before_any_request(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: Callable[[alpaca.Client], Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        call(client)
    assert sent == []
