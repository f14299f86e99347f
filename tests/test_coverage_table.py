"""The README's coverage table is the one ``spec/`` gives, and names the client's namespaces."""

from __future__ import annotations

import inspect

import alpaca
from alpaca._client import Namespaces
from tests import coverage_table


def test_readme_table_is_current() -> None:
    block = coverage_table.readme_block(coverage_table.README.read_text())
    assert block == coverage_table.markdown(), "run `python -m tests.coverage_table --write`"


def test_every_namespace_of_the_table_is_on_both_clients() -> None:
    table = coverage_table.operations()
    assert sum(len(ops) for ops in table.values()) == 118
    with alpaca.Client(key_id="key", secret_key="secret") as client:
        sync_names = {n for n in inspect.get_annotations(Namespaces) if hasattr(client, n)}
    async_client = alpaca.AsyncClient(key_id="key", secret_key="secret")
    async_names = {n for n in inspect.get_annotations(Namespaces) if hasattr(async_client, n)}
    assert set(table) <= sync_names
    assert set(table) <= async_names
