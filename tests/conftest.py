"""Shared fixtures: one offline sandbox per test session, reset per test on request."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from alpaca.testing import Sandbox

pytest_plugins = ["alpaca.testing"]


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """A started sandbox shared by the whole session, its market open around the clock (so
    marketable orders fill at once whatever the hour the suite runs)."""
    with Sandbox(always_open=True) as sb:
        yield sb


@pytest.fixture
def fresh_sandbox(sandbox: Sandbox) -> Sandbox:
    """The session sandbox with fresh state (``POST /_sandbox/reset``) for this test."""
    sandbox.reset()
    return sandbox


@pytest.fixture
def sandbox_http(fresh_sandbox: Sandbox) -> Iterator[httpx.Client]:
    """An authenticated raw HTTP client against a freshly reset sandbox."""
    with httpx.Client(base_url=fresh_sandbox.base_url, headers=fresh_sandbox.headers) as client:
        yield client
