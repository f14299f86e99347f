"""The generator fixes in ``codegen/`` work on a small spec, and the committed output is fresh."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from codegen import _generate
from codegen.__main__ import main
from codegen._drift import drift
from codegen._generate import TARGETS

MINI_SPEC = """
openapi: 3.0.3
info: {title: mini, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: getThing
      tags: [things]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: qty, in: query, schema: {type: string, format: decimal}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
components:
  schemas:
    Side: {type: string, enum: [buy, sell]}
    Thing:
      type: object
      required: [price, d]
      properties:
        price: {type: string, format: decimal}
        maybe: {type: string, format: decimal, nullable: true}
        d: {type: string}
        side: {$ref: "#/components/schemas/Side"}
"""


@pytest.fixture(scope="module")
def mini_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    root = tmp_path_factory.mktemp("mini")
    (root / "mini.yaml").write_text(MINI_SPEC)
    saved = _generate.SPEC_DIR, _generate.TARGETS
    _generate.SPEC_DIR, _generate.TARGETS = root, (_generate.Target("mini.yaml", "mini_pkg"),)
    try:
        _generate.generate_into(root / "out")
    finally:
        _generate.SPEC_DIR, _generate.TARGETS = saved
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("mini_pkg.models")
    finally:
        sys.path.remove(str(root / "out"))
        for name in [m for m in sys.modules if m.startswith("mini_pkg")]:
            del sys.modules[name]


def test_decimal_format_becomes_decimal(mini_package: object) -> None:
    thing = mini_package.Thing.from_dict({"price": "187.10", "d": "x", "maybe": None})  # type: ignore[attr-defined]
    assert thing.price == Decimal("187.10") and isinstance(thing.price, Decimal)
    assert thing.maybe is None
    assert thing.to_dict()["price"] == "187.10"


def test_enum_keeps_unknown_values(mini_package: object) -> None:
    side_enum = mini_package.Side  # type: ignore[attr-defined]
    thing = mini_package.Thing.from_dict({"price": "1", "d": "x", "side": "sell_short"})  # type: ignore[attr-defined]
    assert isinstance(thing.side, side_enum)
    assert thing.side == "sell_short"
    assert thing.to_dict()["side"] == "sell_short"
    assert [member.value for member in side_enum] == ["buy", "sell"]


def test_property_named_d_and_raw_mapping(mini_package: object) -> None:
    payload = {"price": "2", "d": "dee", "brand_new": [1, 2]}
    thing = mini_package.Thing.from_dict(payload)  # type: ignore[attr-defined]
    assert thing.d == "dee"
    assert thing.additional_properties == {"brand_new": [1, 2]}
    assert thing.raw == payload


def test_check_reports_a_stale_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "alpaca_client"
    _generate.generate_into(copy)
    (copy / "trading" / "models" / "order.py").write_text("# edited by hand\n")
    (copy / "data" / "models" / "stock_bar.py").unlink()
    monkeypatch.setattr(_generate, "OUTPUT", copy)
    assert main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "changed: trading/models/order.py" in out
    assert "missing: data/models/stock_bar.py" in out


def test_drift_lists_what_spec_lacks(tmp_path: Path) -> None:
    upstream = {
        "openapi": "3.0.3",
        "paths": {
            "/v2/clock": {
                "get": {
                    "parameters": [{"name": "brand_new_param", "in": "query"}],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"is_open": {}, "brand_new_field": {}},
                                    }
                                }
                            }
                        }
                    },
                }
            },
            "/v9/nowhere": {"get": {"responses": {}}},
        },
    }
    path = tmp_path / "upstream.json"
    path.write_text(json.dumps(upstream))
    lines = list(drift(path))
    assert "missing operation: GET /v9/nowhere" in lines
    assert "missing parameter: GET /v2/clock brand_new_param" in lines
    assert "missing response field: GET /v2/clock brand_new_field" in lines
    assert not any("is_open" in line for line in lines)


def test_drift_skips_lines_our_documents_allow(tmp_path: Path) -> None:
    upstream = {"openapi": "3.0.3", "paths": {"/v9/a": {"get": {}}, "/v9/b": {"get": {}}}}
    upstream_path = tmp_path / "upstream.json"
    upstream_path.write_text(json.dumps(upstream))
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    for target in TARGETS:
        allow = ["missing operation: GET /v9/a"] if target.package == "trading" else []
        document = {"openapi": "3.0.3", "paths": {}, "x-drift-allow": allow}
        (spec_dir / target.spec).write_text(json.dumps(document))
    assert list(drift(upstream_path, spec_dir)) == ["missing operation: GET /v9/b"]
