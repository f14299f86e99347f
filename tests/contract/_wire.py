"""The operations of spec/, and the exchanges a client had with the sandbox.

:data:`OPERATIONS` maps ``(METHOD, path template)`` of both documents to the document and the
operationId; :func:`operation` finds the one a sent request reached (a literal path segment
beats a parameter). :class:`Recorder` keeps every request and response of the clients built
with its ``http_client`` (event hooks read each body, so it can be validated afterwards).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import httpx
from ruamel.yaml import YAML

SPEC = Path(__file__).resolve().parents[2] / "spec"
DOCUMENTS = (SPEC / "trading.yaml", SPEC / "market-data.yaml")
METHODS = ("get", "put", "post", "delete", "patch")


class Operation(NamedTuple):
    document: Path
    method: str
    template: str
    operation_id: str
    statuses: frozenset[int]


def _load() -> dict[tuple[str, str], Operation]:
    found: dict[tuple[str, str], Operation] = {}
    for document in DOCUMENTS:
        paths: dict[str, Any] = YAML(typ="safe").load(document.read_text())["paths"]
        for template, item in paths.items():
            for method in METHODS:
                if method in item:
                    declared = item[method]
                    statuses = frozenset(int(code) for code in declared["responses"])
                    key = (method.upper(), template)
                    assert key not in found, f"{key} is in both documents"
                    found[key] = Operation(
                        document, method.upper(), template, declared["operationId"], statuses
                    )
    return found


OPERATIONS = _load()


def _literal_segments(template: str, path: str) -> int | None:
    """How many segments of ``template`` are literal, if ``path`` matches it (None: no)."""
    parts, actual = template.strip("/").split("/"), path.strip("/").split("/")
    if len(parts) != len(actual):
        return None
    literal = 0
    for part, value in zip(parts, actual, strict=True):
        if part.startswith("{") and part.endswith("}"):
            continue
        if part != value:
            return None
        literal += 1
    return literal


def operation(method: str, path: str) -> Operation | None:
    """The operation of spec/ that ``method path`` reaches (None: none)."""
    best: tuple[int, Operation] | None = None
    for (verb, template), found in OPERATIONS.items():
        if verb != method:
            continue
        score = _literal_segments(template, path)
        if score is not None and (best is None or score > best[0]):
            best = (score, found)
    return None if best is None else best[1]


@dataclass
class Recorder:
    """The answers (each with its request) the HTTP clients of :meth:`sync` and :meth:`async_`
    received; pass one as a client's ``http_client``."""

    exchanges: list[httpx.Response] = field(default_factory=list)

    def _keep(self, response: httpx.Response) -> None:
        self.exchanges.append(response)

    def sync(self) -> httpx.Client:
        def hook(response: httpx.Response) -> None:
            response.read()
            self._keep(response)

        return httpx.Client(event_hooks={"response": [hook]})

    def async_(self) -> httpx.AsyncClient:
        async def hook(response: httpx.Response) -> None:
            await response.aread()
            self._keep(response)

        return httpx.AsyncClient(event_hooks={"response": [hook]})

    def reached(self) -> set[str]:
        """The operationIds of spec/ the recorded requests reached."""
        found = (operation(r.request.method, r.request.url.path) for r in self.exchanges)
        return {op.operation_id for op in found if op is not None}
