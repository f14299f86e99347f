"""Every row of the call table against the sandbox, from ``Client`` and ``AsyncClient``: each
call answers as the row expects, every exchange (the request the client sent, the sandbox's
answer and its status) is valid against spec/ (openapi-core), and every operation of spec/ is
reached from both clients."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

import alpaca
from alpaca.testing import Sandbox
from tests._contract import validate, validate_request
from tests.coverage_table import SERVED_BY

from ._calls import ROWS, Row, acall, call, prepare
from ._wire import OPERATIONS, Recorder, operation

SINGLE_SYMBOL_STOCKS = set(SERVED_BY)
"""Operations of spec/ no public method reaches, on purpose (marked ``x-served-by`` there): the
eight single-symbol stock operations, served by the multi-symbol calls asked for one symbol."""


@dataclass
class Run:
    """What one client's pass over the table did: the exchanges and each row's failure."""

    recorder: Recorder = field(default_factory=Recorder)
    failures: dict[str, str] = field(default_factory=dict)


def _judge(run: Run, row: Row, error: Exception | None) -> None:
    expected = row.raises
    if error is None and expected is not None:
        run.failures[row.id] = f"returned, expected {expected.__name__}"
    elif error is not None and (expected is None or not isinstance(error, expected)):
        run.failures[row.id] = f"{type(error).__name__}: {error}"


def sync_run(sandbox: Sandbox) -> Run:
    """The table called once by a ``Client`` on a freshly prepared ``sandbox``."""
    run = Run()
    ids = prepare(sandbox)
    with run.recorder.sync() as hooked, sandbox.client(http_client=hooked) as client:
        for row in ROWS:
            try:
                result = call(client, row, ids)
            except Exception as exc:  # judged below
                _judge(run, row, exc)
                continue
            _judge(run, row, None)
            if row.keep is not None:
                ids.update(row.keep(result))
    return run


async def async_run(sandbox: Sandbox) -> Run:
    """:func:`sync_run` with an ``AsyncClient``."""
    run = Run()
    ids = prepare(sandbox)
    async with run.recorder.async_() as hooked, sandbox.async_client(http_client=hooked) as client:
        for row in ROWS:
            try:
                result = await acall(client, row, ids)
            except Exception as exc:  # judged below
                _judge(run, row, exc)
                continue
            _judge(run, row, None)
            if row.keep is not None:
                ids.update(row.keep(result))
    return run


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[str, Run]]:
    """The table run once by each client, on a freshly prepared stepped sandbox each."""
    start = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with Sandbox(start=start, speed=0, always_open=True) as sandbox:
        yield {"Client": sync_run(sandbox), "AsyncClient": asyncio.run(async_run(sandbox))}


@pytest.mark.parametrize("kind", ["Client", "AsyncClient"])
def test_every_row_answers_as_expected(runs: dict[str, Run], kind: str) -> None:
    assert runs[kind].failures == {}


@pytest.mark.parametrize("kind", ["Client", "AsyncClient"])
def test_every_exchange_is_valid_against_spec(runs: dict[str, Run], kind: str) -> None:
    exchanges = runs[kind].recorder.exchanges
    problems: dict[str, list[str]] = {}
    for response in exchanges:
        request = response.request
        found = operation(request.method, request.url.path)
        where = f"{request.method} {request.url.path} -> {response.status_code}"
        if found is None:
            problems[where] = ["no operation of spec/"]
            continue
        if response.status_code not in found.statuses:
            problems[where] = [f"status not documented for {found.operation_id}"]
            continue
        found_problems = validate_request(found.document, request)
        found_problems += validate(found.document, request, response)
        if found_problems:
            problems[where] = found_problems
    assert len(exchanges) >= len(ROWS)
    assert problems == {}


def test_every_operation_is_reached_from_both_clients(runs: dict[str, Run]) -> None:
    every = {op.operation_id for op in OPERATIONS.values()}
    assert every >= SINGLE_SYMBOL_STOCKS
    for kind, run in runs.items():
        reached = run.recorder.reached()
        assert sorted(every - reached - SINGLE_SYMBOL_STOCKS) == [], kind
        assert reached & SINGLE_SYMBOL_STOCKS == set(), f"{kind}: allow-list out of date"


def test_the_table_reaches_documented_errors_too(runs: dict[str, Run]) -> None:
    """Rows that expect an error got it from the sandbox (so its error bodies are validated)."""
    expecting = [row for row in ROWS if row.raises is not None]
    assert expecting
    statuses = {r.status_code for r in runs["Client"].recorder.exchanges}
    assert any(status >= 400 for status in statuses)
    assert all(issubclass(row.raises, alpaca.APIError) for row in expecting if row.raises)
