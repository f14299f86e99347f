"""Report what ``spec/`` lacks compared with a published OpenAPI document.

Each of our documents may list accepted gaps under a top-level ``x-drift-allow`` key: exact drift
lines (``"missing parameter: GET /v2/assets attributes"``), each commented in the YAML with why.
Those lines are not reported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ._generate import SPEC_DIR, TARGETS

_METHODS = ("get", "put", "post", "delete", "patch")
Document = Mapping[str, Any]


def _load(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    loaded = json.loads(text) if path.suffix == ".json" else YAML(typ="safe").load(text)
    if not isinstance(loaded, Mapping):
        raise ValueError(f"{path}: not an OpenAPI document")
    return loaded


def _resolve(doc: Document, node: Any) -> Any:
    """Follow local ``$ref`` pointers until a concrete node."""
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = doc
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(doc: Document) -> dict[tuple[str, str], Mapping[str, Any]]:
    return {
        (method.upper(), path): op
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in _METHODS
    }


def _parameters(doc: Document, op: Mapping[str, Any]) -> set[str]:
    return {str(_resolve(doc, p)["name"]) for p in op.get("parameters", [])}


def _fields(doc: Document, schema: Any, depth: int = 0) -> set[str]:
    """Dotted property names of a schema, following refs, arrays, maps and combinators."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, Mapping) or depth > 2:
        return set()
    names: set[str] = set()
    for combinator in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(combinator, []):
            names |= _fields(doc, part, depth)
    if "items" in schema:
        return names | _fields(doc, schema["items"], depth)
    if isinstance(schema.get("additionalProperties"), Mapping):
        names |= _fields(doc, schema["additionalProperties"], depth)
    for name, sub in schema.get("properties", {}).items():
        names.add(name)
        names |= {f"{name}.{inner}" for inner in _fields(doc, sub, depth + 1)}
    return names


def _success_schema(doc: Document, op: Mapping[str, Any]) -> Any:
    for status, response in op.get("responses", {}).items():
        if str(status).startswith("2"):
            content = _resolve(doc, response).get("content", {})
            for media in content.values():
                return media.get("schema")
    return None


def drift(upstream_path: Path, spec_dir: Path = SPEC_DIR) -> Iterator[str]:
    """Yield one line per operation, parameter or response field that ``spec/`` lacks,
    except those our documents allow under ``x-drift-allow``."""
    upstream = _load(upstream_path)
    ours: dict[tuple[str, str], tuple[Document, Mapping[str, Any]]] = {}
    allowed: set[str] = set()
    for target in TARGETS:
        doc = _load(spec_dir / target.spec)
        ours.update({key: (doc, op) for key, op in _operations(doc).items()})
        allowed.update(str(line) for line in doc.get("x-drift-allow", []))
    for line in _gaps(upstream, ours):
        if line not in allowed:
            yield line


def _gaps(
    upstream: Document, ours: Mapping[tuple[str, str], tuple[Document, Mapping[str, Any]]]
) -> Iterator[str]:
    for key, their_op in sorted(_operations(upstream).items()):
        label = f"{key[0]} {key[1]}"
        if key not in ours:
            yield f"missing operation: {label}"
            continue
        doc, our_op = ours[key]
        for name in sorted(_parameters(upstream, their_op) - _parameters(doc, our_op)):
            yield f"missing parameter: {label} {name}"
        theirs = _fields(upstream, _success_schema(upstream, their_op))
        for name in sorted(theirs - _fields(doc, _success_schema(doc, our_op))):
            yield f"missing response field: {label} {name}"
