"""pytest plugin (registered by the package's ``pytest11`` entry point): sandbox fixtures.

- ``alpaca_sandbox``: a fresh :class:`alpaca.testing.Sandbox` per test, on the real clock with
  the market open around the clock (so marketable orders fill at any hour).
- ``alpaca_client``: an ``alpaca.Client`` on the test's ``alpaca_sandbox``.
- ``alpaca_stepped_sandbox``: a stepped sandbox (``speed=0``) standing at the next regular
  session's open; move it with ``.advance(minutes=...)``.

Mark a test ``@pytest.mark.alpaca_sandbox(**kwargs)`` to build its ``alpaca_sandbox`` with
other ``Sandbox`` arguments (``start=``, ``speed=``, ``always_open=``, ...).

Loading the plugin imports nothing but pytest: the sandbox (and its ``sandbox`` extra) is
imported by the fixtures, when a test asks for one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from alpaca import Client
    from alpaca.testing import Sandbox


def pytest_configure(config: pytest.Config) -> None:
    """Declare the ``alpaca_sandbox`` marker."""
    config.addinivalue_line(
        "markers", "alpaca_sandbox(**kwargs): arguments for the test's alpaca_sandbox fixture"
    )


@pytest.fixture
def alpaca_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A sandbox of its own for one test (always open, unless the marker says otherwise)."""
    from alpaca.testing import Sandbox

    marker = request.node.get_closest_marker("alpaca_sandbox")
    options: dict[str, Any] = {"always_open": True, **(marker.kwargs if marker else {})}
    with Sandbox(**options) as sandbox:
        yield sandbox


@pytest.fixture
def alpaca_client(alpaca_sandbox: Sandbox) -> Iterator[Client]:
    """A client on the test's own sandbox."""
    with alpaca_sandbox.client() as client:
        yield client


@pytest.fixture
def alpaca_stepped_sandbox() -> Iterator[Sandbox]:
    """A stepped sandbox standing at the next regular session's open."""
    from alpaca.sandbox._prices import next_open
    from alpaca.testing import Sandbox

    with Sandbox(start=next_open(datetime.now(UTC)), speed=0) as sandbox:
        yield sandbox
