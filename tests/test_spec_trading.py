"""Structural facts of ``spec/trading.yaml`` that the generator and the facade rely on."""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from codegen._generate import SKIP, without_skipped_operations

SPEC = Path(__file__).resolve().parent.parent / "spec" / "trading.yaml"
METHODS = ("get", "put", "post", "delete", "patch")
ERROR_SCHEMAS = {"#/components/schemas/Error", "#/components/schemas/LocateError"}
# Share counts of locates are whole numbers in Alpaca's API.
INTEGER_QUANTITIES = {"requested_qty", "located_qty", "available_qty", "qty@LocateRequest"}
# Numbers that are neither money nor quantities: bond liquidity scores and a deprecated ratio.
PLAIN_NUMBERS = {
    "maintenance_margin_requirement",
    *(
        f"liquidity_{who}_{side}"
        for who in ("institutional", "retail", "micro")
        for side in ("aggregate", "buy", "sell")
    ),
}
MONEY_WORDS = {
    "amount", "balance", "basis", "cash", "collateral", "commission", "coupon", "equity", "fee",
    "fees", "interest", "loss", "margin", "notional", "payout", "percentage", "pl", "plpc",
    "power", "price", "qty", "rate", "value",
}  # fmt: skip

Document = Mapping[str, Any]


@pytest.fixture(scope="module")
def spec() -> Document:
    loaded = YAML(typ="safe").load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(loaded, Mapping)
    return loaded


def _operations(doc: Document) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def _resolve(doc: Document, node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = doc
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _walk(node: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """Every mapping in ``node`` with a dotted location."""
    if isinstance(node, Mapping):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}[{index}]")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def test_operations_have_unique_ids_one_declared_tag_and_a_summary(spec: Document) -> None:
    declared = {tag["name"] for tag in spec["tags"]}
    ids = [op["operationId"] for _, _, op in _operations(spec)]
    assert len(ids) == 68
    assert len(set(ids)) == len(ids)
    for method, path, op in _operations(spec):
        assert re.fullmatch(r"[a-z][A-Za-z]+", op["operationId"]), (method, path)
        assert len(op["tags"]) == 1 and op["tags"][0] in declared, (method, path)
        assert op.get("summary"), (method, path)
    assert declared == {op["tags"][0] for _, _, op in _operations(spec)}


def test_every_operation_has_a_success_with_a_schema_or_no_content(spec: Document) -> None:
    for method, path, op in _operations(spec):
        successes = {s: _resolve(spec, r) for s, r in op["responses"].items() if str(s)[0] == "2"}
        assert len(successes) == 1, (method, path)
        (response,) = successes.values()
        for media in response.get("content", {}).values():
            assert "schema" in media, (method, path)


def test_every_error_response_carries_an_error_body(spec: Document) -> None:
    for method, path, op in _operations(spec):
        for status, response in op["responses"].items():
            if str(status)[0] in "45":
                schema = _resolve(spec, response)["content"]["application/json"]["schema"]
                assert schema.get("$ref") in ERROR_SCHEMAS, (method, path, status)
                if schema["$ref"].endswith("LocateError"):
                    assert op["tags"] == ["locates"], (method, path, status)


def test_parameters_are_described_and_lists_are_plain_strings(spec: Document) -> None:
    for method, path, op in _operations(spec):
        params = [*spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
        for param in (_resolve(spec, p) for p in params):
            assert param.get("description"), (method, path, param["name"])
            schema = _resolve(spec, param["schema"])
            # the generator sends arrays as repeated keys; Alpaca wants a,b
            assert schema.get("type") != "array", (method, path, param["name"])


def test_no_titles_uuid_formats_defaults_or_dangling_refs(spec: Document) -> None:
    schemas = spec["components"]["schemas"]
    assert not [name for name, schema in schemas.items() if "title" in schema]
    for where, node in _walk({"paths": spec["paths"], "components": spec["components"]}):
        assert node.get("format") != "uuid", where
        assert "default" not in node or where.endswith(".properties"), where
        if "$ref" in node:
            _resolve(spec, node)  # raises KeyError when dangling


def test_enums_and_objects_are_named_components(spec: Document) -> None:
    """Inline enums or objects would become generated classes with made-up names."""
    for model, schema in spec["components"]["schemas"].items():
        inner = [*schema.get("properties", {}).values(), schema.get("additionalProperties")]
        for where, node in _walk(inner, model):
            assert "enum" not in node and "properties" not in node, where
    for where, node in _walk(spec["paths"]):
        assert "enum" not in node and "properties" not in node, where


def _property_schemas(spec: Document) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for model, schema in spec["components"]["schemas"].items():
        for name, prop in schema.get("properties", {}).items():
            while prop.get("type") == "array":
                prop = prop["items"]
            yield model, name, prop
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            yield model, "*", extra.get("items", extra)


def test_money_and_quantities_are_decimal_strings(spec: Document) -> None:
    numbers = set()
    for model, name, prop in _property_schemas(spec):
        if prop.get("type") == "number":
            numbers.add(name)
        last_word = name.rsplit("_", 1)[-1]
        if "$ref" in prop:  # a nested model such as stop_loss
            continue
        if last_word in MONEY_WORDS and not {name, f"{name}@{model}"} & INTEGER_QUANTITIES:
            assert (prop.get("type"), prop.get("format")) == ("string", "decimal"), (model, name)
    assert numbers == PLAIN_NUMBERS
    for method, path, op in _operations(spec):
        for param in (_resolve(spec, p) for p in op.get("parameters", [])):
            if re.search(r"(^|_)(price|qty|amount|percentage)(_|$)", param["name"]):
                assert param["schema"].get("format") == "decimal", (method, path, param["name"])


def _refs_in(spec: Document, node: Any, seen: set[str]) -> set[str]:
    for _, mapping in _walk(node):
        ref = mapping.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/") and ref not in seen:
            seen.add(ref)
            _refs_in(spec, _resolve(spec, mapping), seen)
    return seen


def test_request_bodies_are_their_own_schemas_without_nulls(spec: Document) -> None:
    """An update never sends a null, and no response model doubles as a request."""
    bodies: set[str] = set()
    responses: set[str] = set()
    for _, _, op in _operations(spec):
        if "requestBody" in op:
            schema = op["requestBody"]["content"]["application/json"]["schema"]
            assert op["requestBody"]["required"] is True
            bodies.add(schema["$ref"])
        for status, response in op["responses"].items():
            if str(status)[0] == "2":
                for media in _resolve(spec, response).get("content", {}).values():
                    responses |= _refs_in(spec, media["schema"], set())
    assert not bodies & responses
    for ref in _refs_in(spec, [{"$ref": ref} for ref in bodies], set()):
        for where, node in _walk(_resolve(spec, {"$ref": ref})):
            assert node.get("nullable") is not True, (ref, where)


def test_event_streams_are_described_but_skipped_by_codegen(spec: Document) -> None:
    streams = {
        (method, path)
        for method, path, op in _operations(spec)
        if any("text/event-stream" in r.get("content", {}) for r in op["responses"].values())
    }
    skipped = {(method, path) for method, path, op in _operations(spec) if op.get(SKIP) is True}
    assert streams == skipped == {("GET", "/v2beta1/events/activities")}


def test_generated_package_follows_tags_and_operation_ids(spec: Document) -> None:
    for _, _, op in _operations(spec):
        module = f"alpaca_client.trading.api.{op['tags'][0]}.{_snake(op['operationId'])}"
        if op.get(SKIP) is True:
            assert importlib.util.find_spec(module.rsplit(".", 1)[0]) is None, module
        else:
            assert hasattr(importlib.import_module(module), "sync_detailed"), module
    models = importlib.import_module("alpaca_client.trading.models")
    missing = [name for name in spec["components"]["schemas"] if not hasattr(models, name)]
    assert missing == []  # event payload models exist although their operation is skipped


def test_without_skipped_operations_keeps_components_and_other_operations() -> None:
    document: dict[str, Any] = {
        "paths": {
            "/stream": {"parameters": [], "get": {SKIP: True, "responses": {}}},
            "/both": {"get": {SKIP: True}, "post": {"responses": {}}},
            "/plain": {"get": {"responses": {}}},
        },
        "components": {"schemas": {"Event": {"type": "object"}}},
    }
    filtered = without_skipped_operations(document)
    assert filtered["paths"] == {
        "/both": {"post": {"responses": {}}},
        "/plain": document["paths"]["/plain"],
    }
    assert filtered["components"] == document["components"]
    assert "/stream" in document["paths"]  # the input is left alone
