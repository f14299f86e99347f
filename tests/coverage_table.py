"""The README's coverage table: each client namespace and the operations of ``spec/`` it serves.

    python -m tests.coverage_table           # print the table
    python -m tests.coverage_table --write   # rewrite it in README.md

An operation belongs to the namespace of its first tag (a tag's ``x-namespace`` names the
namespace where it differs from the tag); an operation marked ``x-served-by`` is reached through
that other operation. ``tests/test_coverage_table.py`` fails when the README is out of date.
"""

from __future__ import annotations

import functools
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = (("trading.yaml", "trading"), ("market-data.yaml", "market data"))
README = ROOT / "README.md"
START = "<!-- coverage:start (python -m tests.coverage_table --write) -->"
END = "<!-- coverage:end -->"
METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def _documents() -> list[tuple[str, Any]]:
    return [
        (label, YAML(typ="safe").load((ROOT / "spec" / file).read_text()))
        for file, label in DOCUMENTS
    ]


def _served_by() -> dict[str, str]:
    return {
        op["operationId"]: op["x-served-by"]
        for _, document in _documents()
        for item in document["paths"].values()
        for method, op in item.items()
        if method in METHODS and "x-served-by" in op
    }


SERVED_BY = _served_by()
"""operationId → the operation that serves it (``x-served-by`` in spec/)."""


def operations() -> dict[str, list[tuple[str, str, str, str]]]:
    """Namespace → (document, METHOD, path, operationId), in document order."""
    table: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for label, document in _documents():
        namespace_of = {t["name"]: t.get("x-namespace", t["name"]) for t in document["tags"]}
        for path, item in document["paths"].items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    entry = (label, method.upper(), path, op["operationId"])
                    table[namespace_of[op["tags"][0]]].append(entry)
    return dict(table)


def markdown() -> str:
    """The table, as it stands in the README between the markers."""
    table = operations()
    total = sum(len(ops) for ops in table.values())
    lines = [
        f"{total} operations ({', '.join(f'{label}: {n}' for label, n in _per_document(table))}),",
        "all reachable from `Client` and `AsyncClient` (tests/contract proves it); *via X*: served",
        "by operation X (a single-symbol operation through its multi-symbol twin).",
        "",
        "| namespace | operations |",
        "|---|---|",
    ]
    for namespace in sorted(table):
        cells = "<br>".join(
            f"`{m} {p}` {op_id}" + (f" *via {SERVED_BY[op_id]}*" if op_id in SERVED_BY else "")
            for _, m, p, op_id in table[namespace]
        )
        lines.append(f"| `{namespace}` | {cells} |")
    return "\n".join(lines)


def _per_document(table: dict[str, list[tuple[str, str, str, str]]]) -> list[tuple[str, int]]:
    counts: dict[str, int] = defaultdict(int)
    for ops in table.values():
        for label, *_ in ops:
            counts[label] += 1
    return [(label, counts[label]) for _, label in DOCUMENTS]


def readme_block(text: str) -> str:
    """What the README holds between the markers."""
    _, start, rest = text.partition(START)
    block, end, _ = rest.partition(END)
    if not (start and end):
        raise SystemExit(f"README.md lacks the coverage markers {START!r} … {END!r}")
    return block.strip("\n")


def write() -> None:
    text = README.read_text()
    readme_block(text)  # both markers are there
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    README.write_text(f"{head}{START}\n{markdown()}\n{END}{tail}")


if __name__ == "__main__":
    if "--write" in sys.argv[1:]:
        write()
    else:
        print(markdown())
