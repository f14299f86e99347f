"""Structural invariants of ``spec/market-data.yaml``, the source of the generated data client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = YAML(typ="safe").load((ROOT / "spec" / "market-data.yaml").read_text())
CONFIG: dict[str, Any] = YAML(typ="safe").load((ROOT / "codegen" / "config.yaml").read_text())
COMPONENTS: dict[str, dict[str, Any]] = SPEC["components"]
SCHEMAS: dict[str, dict[str, Any]] = COMPONENTS["schemas"]
OPERATIONS = {
    f"{method.upper()} {path}": op
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
}
# Names the facade (alpaca/resources) imports from alpaca_client.data: renaming them breaks it.
FACADE_OPERATIONS = {
    "getStockLatestBars",
    "getStockLatestQuotes",
    "getStockLatestTrades",
    "getStockSnapshots",
}
FACADE_SCHEMAS = {
    "Adjustment",
    "Feed",
    "HistoricalFeed",
    "Sort",
    "StockLatestBarsResponse",
    "StockLatestQuotesResponse",
    "StockLatestTradesResponse",
    "StockSnapshotsResponse",
}
LIST_PARAMETERS = {"symbols", "isins", "cusips", "ids", "types", "currency_pairs", "adjustment"}


def resolve(node: Any) -> Any:
    """Follow local ``$ref`` pointers."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def nodes(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every mapping in the document with its JSON-pointer-like path."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from nodes(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from nodes(value, f"{path}/{index}")


def parameters(op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in map(resolve, op.get("parameters", []))}


def success(op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The media type and schema of the single 2xx response."""
    ok = [resolve(r) for status, r in op["responses"].items() if str(status).startswith("2")]
    assert len(ok) == 1
    ((media, content),) = ok[0]["content"].items()
    return media, content["schema"]


def test_every_market_data_operation_is_described() -> None:
    assert len(OPERATIONS) == 50
    assert all(key.startswith("GET ") for key in OPERATIONS)
    ids = [op["operationId"] for op in OPERATIONS.values()]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"get[A-Z][A-Za-z]+", op_id) for op_id in ids)
    assert set(ids) >= FACADE_OPERATIONS
    assert set(SCHEMAS) >= FACADE_SCHEMAS


def test_each_operation_has_one_declared_tag_and_each_tag_is_used() -> None:
    declared = [tag["name"] for tag in SPEC["tags"]]
    used = set()
    for key, op in OPERATIONS.items():
        assert len(op["tags"]) == 1, key
        used.add(op["tags"][0])
        assert op.get("summary"), key
    assert used == set(declared)
    assert all(re.fullmatch(r"[a-z_]+", tag) for tag in declared)  # they become module names


@pytest.mark.parametrize("key", sorted(OPERATIONS))
def test_success_response_has_a_named_schema(key: str) -> None:
    media, schema = success(OPERATIONS[key])
    if media == "application/json":
        assert schema["$ref"].startswith("#/components/schemas/")
    else:  # binary bodies (logos) need a media type the generator understands
        assert schema == {"type": "string", "format": "binary"}
        assert media in CONFIG["content_type_overrides"]


def test_every_error_response_carries_the_error_body() -> None:
    for key, op in OPERATIONS.items():
        errors = {s: r for s, r in op["responses"].items() if not str(s).startswith("2")}
        assert {"400", "401", "403", "429", "500"} <= set(errors), key
        for response in errors.values():
            ((media, content),) = resolve(response)["content"].items()
            assert (media, content["schema"]) == (
                "application/json",
                {"$ref": "#/components/schemas/Error"},
            ), key
    assert set(SCHEMAS["Error"]["properties"]) >= {"code", "message"}


def test_paginated_responses_carry_a_nullable_next_page_token() -> None:
    paginated = 0
    for key, op in OPERATIONS.items():
        fields = resolve(success(op)[1]).get("properties", {})
        if "page_token" in parameters(op):
            paginated += 1
            assert fields["next_page_token"] == {
                "type": "string",
                "nullable": True,
                "description": fields["next_page_token"]["description"],
            }, key
        else:
            assert "next_page_token" not in fields, key
    assert paginated >= 19


def test_path_parameters_match_the_path_template() -> None:
    for key, op in OPERATIONS.items():
        in_path = {n for n, p in parameters(op).items() if p["in"] == "path"}
        assert in_path == set(re.findall(r"{(\w+)}", key)), key
        assert all(parameters(op)[n]["required"] for n in in_path), key


def test_list_parameters_are_plain_comma_separated_strings() -> None:
    for key, op in OPERATIONS.items():
        for name, param in parameters(op).items():
            schema = resolve(param["schema"])
            assert schema.get("type") != "array", f"{key} {name}"  # the generator repeats keys
            if name in LIST_PARAMETERS:
                assert schema == {"type": "string"}, f"{key} {name}"


def test_no_defaults_titles_or_formats_the_generator_would_misuse() -> None:
    for path, node in nodes(SPEC):
        if path.startswith("/info"):
            continue
        assert "default" not in node, path  # the generator would send it on every call
        assert "title" not in node, path  # titles rename models and can collide
        assert node.get("format") not in {"uuid", "uri", "double", "float"}, path


def test_every_number_is_an_exact_decimal() -> None:
    numbers = [(path, node) for path, node in nodes(SPEC) if node.get("type") == "number"]
    assert len(numbers) > 80
    for path, node in numbers:
        assert node.get("format") == "decimal", path  # generated as Decimal, not float


def test_enums_are_named_open_string_schemas() -> None:
    for path, node in nodes(SPEC):
        if "enum" in node:
            assert re.fullmatch(r"/components/schemas/\w+", path), path  # named model class
            assert node["type"] == "string", path
            assert len(set(node["enum"])) == len(node["enum"]) > 0, path


def test_every_ref_resolves_and_every_component_is_used() -> None:
    text = repr(SPEC)
    for _, node in nodes(SPEC):
        if "$ref" in node:
            resolve(node)  # raises KeyError when dangling
    referenced = set(re.findall(r"#/components/(\w+)/(\w+)", text))
    descriptions = " ".join(
        p.get("description", "") for op in OPERATIONS.values() for p in parameters(op).values()
    )
    for kind in ("schemas", "parameters", "responses", "headers"):
        for name, node in COMPONENTS[kind].items():
            if (kind, name) in referenced:
                continue
            # An enum no field uses lists the values of a comma-separated parameter.
            assert kind == "schemas" and "enum" in node, f"unused {kind}: {name}"
            assert f"{name} values" in descriptions, name


def test_every_schema_and_parameter_says_what_it_is() -> None:
    for name, schema in SCHEMAS.items():
        assert schema.get("description"), name
        assert re.fullmatch(r"[A-Z][A-Za-z]+", name), name
    for key, op in OPERATIONS.items():
        for name, param in parameters(op).items():
            assert param.get("description"), f"{key} {name}"


def test_records_require_only_their_time() -> None:
    """A record with a missing field must still parse; only ``t`` is guaranteed."""
    for name, schema in SCHEMAS.items():
        props = schema.get("properties", {})
        if props.get("t", {}).get("format") == "date-time":
            assert schema["required"] == ["t"], name


def test_drift_allow_list_is_a_list_of_drift_lines() -> None:
    allowed = SPEC["x-drift-allow"]
    assert isinstance(allowed, list)
    assert all(re.match(r"missing (operation|parameter|response field): ", a) for a in allowed)
