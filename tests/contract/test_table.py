"""The call table covers every public method of both clients, and names nothing else."""

from __future__ import annotations

import alpaca

from ._calls import ROWS, public_methods


def test_every_public_method_has_a_row() -> None:
    sync = public_methods(alpaca.Client(key_id="PKTABLE", secret_key="table-secret"))
    async_ = public_methods(alpaca.AsyncClient(key_id="PKTABLE", secret_key="table-secret"))
    assert sync == async_
    assert len(sync) > 100
    assert sorted(set(sync) - {row.method for row in ROWS}) == []
    assert sorted({row.method for row in ROWS} - set(sync)) == []


def test_rows_are_told_apart() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))
