"""An answer with a status spec/ does not document never passes for a result: every row,
answered 418 (an undocumented error) or 299 (an undocumented success) by the sandbox's chaos
rules, raises an ``APIError``."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import alpaca
from alpaca._operation import SUCCESS
from alpaca.testing import Sandbox

from ._calls import ROWS, AnyIds, acall, call
from ._wire import METHODS, OPERATIONS

UNDOCUMENTED = [418, 299]


@pytest.fixture(params=UNDOCUMENTED)
def status(request: pytest.FixtureRequest, fresh_sandbox: Sandbox) -> Iterator[int]:
    """Every API request of ``fresh_sandbox`` answered with this status."""
    code: int = request.param
    assert all(code not in op.statuses for op in OPERATIONS.values())
    for method in METHODS:
        fresh_sandbox.add_chaos(method=method.upper(), path="/v*", status=code, probability=1.0)
    yield code
    fresh_sandbox.clear_chaos()


def test_every_row_raises_on_an_undocumented_status(fresh_sandbox: Sandbox, status: int) -> None:
    returned: dict[str, str] = {}
    with fresh_sandbox.client(max_retries=0) as client:
        for row in ROWS:
            try:
                result = call(client, row, AnyIds())
            except alpaca.APIError as exc:
                assert exc.status_code == status, row.id
                continue
            returned[row.id] = repr(result)[:80]
    assert returned == {}


def test_async_rows_raise_on_an_undocumented_status(fresh_sandbox: Sandbox, status: int) -> None:
    async def run() -> dict[str, str]:
        returned: dict[str, str] = {}
        async with fresh_sandbox.async_client(max_retries=0) as client:
            for row in ROWS:
                try:
                    result = await acall(client, row, AnyIds())
                except alpaca.APIError as exc:
                    assert exc.status_code == status, row.id
                    continue
                returned[row.id] = repr(result)[:80]
        return returned

    assert asyncio.run(run()) == {}


def test_the_client_accepts_exactly_the_documented_success_statuses() -> None:
    documented = {code for op in OPERATIONS.values() for code in op.statuses if code < 400}
    assert documented == SUCCESS
