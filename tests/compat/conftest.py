"""Fixtures for the compat tests: the legacy environment variables pointing at the sandbox."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

import alpaca.compat as tradeapi
from alpaca.testing import Sandbox

_VARIABLES = ("APCA_", "ALPACA_", "DATA_PROXY_WS")


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No Alpaca variable from the machine running the tests."""
    for name in list(os.environ):
        if name.startswith(_VARIABLES):
            monkeypatch.delenv(name)
    return monkeypatch


def point_at(monkeypatch: pytest.MonkeyPatch, sb: Sandbox) -> None:
    """Set the variables a legacy script reads to the sandbox's."""
    monkeypatch.setenv("APCA_API_KEY_ID", sb.key_id)
    monkeypatch.setenv("APCA_API_SECRET_KEY", sb.secret_key)
    monkeypatch.setenv("APCA_API_BASE_URL", sb.base_url)
    monkeypatch.setenv("APCA_API_DATA_URL", sb.data_url)
    monkeypatch.setenv("APCA_API_STREAM_URL", sb.stream_url)


@pytest.fixture
def legacy_env(fresh_sandbox: Sandbox, clean_env: pytest.MonkeyPatch) -> Sandbox:
    """A freshly reset sandbox, named by the ``APCA_*`` variables."""
    point_at(clean_env, fresh_sandbox)
    return fresh_sandbox


@pytest.fixture
def api(legacy_env: Sandbox) -> Iterator[tradeapi.REST]:
    """``tradeapi.REST()`` built from the environment, as legacy scripts do."""
    with tradeapi.REST() as rest:
        yield rest


@pytest.fixture
def raw_api(legacy_env: Sandbox) -> Iterator[tradeapi.REST]:
    """``tradeapi.REST(raw_data=True)``."""
    with tradeapi.REST(raw_data=True) as rest:
        yield rest
