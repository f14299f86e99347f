"""An answer with a status spec/ does not document for its operation never passes for a
result: every row, answered by the sandbox's chaos rules with 418 (an undocumented error),
299, or 201 / 207 (success statuses other operations document), raises an ``APIError`` —
unless the operation it reached documents that status."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import alpaca
from alpaca.testing import Sandbox

from ._calls import ROWS, AnyIds, Row, acall, call
from ._wire import METHODS, Recorder, operation

UNDOCUMENTED = [418, 299, 201, 207]


@pytest.fixture(params=UNDOCUMENTED)
def status(request: pytest.FixtureRequest, fresh_sandbox: Sandbox) -> Iterator[int]:
    """Every API request of ``fresh_sandbox`` answered with this status."""
    code: int = request.param
    for method in METHODS:
        fresh_sandbox.add_chaos(method=method.upper(), path="/v*", status=code, probability=1.0)
    yield code
    fresh_sandbox.clear_chaos()


def _documented(recorder: Recorder, start: int, status: int) -> bool:
    """Whether an operation reached since exchange ``start`` documents ``status``."""
    for response in recorder.exchanges[start:]:
        found = operation(response.request.method, response.request.url.path)
        if found is not None and status in found.statuses:
            return True
    return False


def _judge(row: Row, status: int, error: Exception | None) -> str | None:
    """What is wrong with the outcome of a call that got an undocumented status."""
    if error is None:
        return "returned"
    if not isinstance(error, alpaca.APIError):
        return f"{type(error).__name__}: {error}"
    return None if error.status_code == status else f"status {error.status_code}"


def test_every_row_raises_on_an_undocumented_status(fresh_sandbox: Sandbox, status: int) -> None:
    wrong: dict[str, str] = {}
    recorder = Recorder()
    with recorder.sync() as http, fresh_sandbox.client(max_retries=0, http_client=http) as client:
        for row in ROWS:
            start, error = len(recorder.exchanges), None
            try:
                call(client, row, AnyIds())
            except Exception as exc:  # judged below
                error = exc
            problem = _judge(row, status, error)
            if problem and not _documented(recorder, start, status):
                wrong[row.id] = problem
    assert wrong == {}
    assert len(recorder.exchanges) >= len(ROWS)


def test_async_rows_raise_on_an_undocumented_status(fresh_sandbox: Sandbox, status: int) -> None:
    recorder = Recorder()

    async def run() -> dict[str, str]:
        wrong: dict[str, str] = {}
        async with (
            recorder.async_() as http,
            fresh_sandbox.async_client(max_retries=0, http_client=http) as client,
        ):
            for row in ROWS:
                start, error = len(recorder.exchanges), None
                try:
                    await acall(client, row, AnyIds())
                except Exception as exc:  # judged below
                    error = exc
                problem = _judge(row, status, error)
                if problem and not _documented(recorder, start, status):
                    wrong[row.id] = problem
        return wrong

    assert asyncio.run(run()) == {}
