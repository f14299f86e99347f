"""The generator rules in ``codegen/`` hold on a small spec, and the committed output is fresh."""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen import _generate
from codegen.__main__ import main
from codegen._drift import drift
from codegen._errors import CodegenError
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
        - {name: strike, in: query, schema: {type: number, format: decimal}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
  /things:
    get:
      operationId: listThings
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
    post:
      operationId: makeThing
      tags: [things]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: "#/components/schemas/ThingRequest"}}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
components:
  schemas:
    Side: {type: string, enum: [buy, sell]}
    Leg:
      type: object
      required: [qty]
      properties:
        qty: {type: string, format: decimal}
    Thing:
      type: object
      required: [price, d, type, open, class, at]
      properties:
        price: {type: string, format: decimal}
        maybe: {type: string, format: decimal, nullable: true}
        d: {type: string}
        type: {type: string}
        open: {type: string}
        class: {type: string}
        at: {type: string, format: date-time}
        day: {type: string, format: date}
        count: {type: integer}
        ratio: {type: number}
        mark: {type: number, format: decimal}
        bid: {type: number, format: decimal, nullable: true}
        active: {type: boolean}
        side: {$ref: "#/components/schemas/Side"}
        note: {type: string}
        legs: {type: array, items: {$ref: "#/components/schemas/Leg"}}
        bars:
          type: object
          additionalProperties: {type: array, items: {$ref: "#/components/schemas/Leg"}}
    LegRequest:
      type: object
      properties:
        qty: {type: string, format: decimal}
    ThingRequest:
      type: object
      required: [type]
      properties:
        type: {type: string}
        qty: {type: string, format: decimal}
        note: {type: string, nullable: true}
        leg: {$ref: "#/components/schemas/LegRequest"}
"""

THING: dict[str, Any] = {
    "price": "187.10",
    "d": "dee",
    "type": "limit",
    "open": "09:30",
    "class": "us_equity",
    "at": "2024-01-02T15:04:05.123456789Z",
}


def _generate_package(root: Path, spec: str, package: str) -> Path:
    (root / f"{package}.yaml").write_text(spec)
    saved = _generate.SPEC_DIR, _generate.TARGETS
    _generate.SPEC_DIR, _generate.TARGETS = root, (_generate.Target(f"{package}.yaml", package),)
    try:
        _generate.generate_into(root / "out")
    finally:
        _generate.SPEC_DIR, _generate.TARGETS = saved
    return root / "out"


@pytest.fixture(scope="module")
def mini_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = _generate_package(tmp_path_factory.mktemp("mini"), MINI_SPEC, "mini_pkg")
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("mini_pkg")
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m.startswith("mini_pkg")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def models(mini_package: ModuleType) -> ModuleType:
    return importlib.import_module("mini_pkg.models")


@pytest.fixture(scope="module")
def parse_error(mini_package: ModuleType) -> type[ValueError]:
    error: type[ValueError] = importlib.import_module("mini_pkg.errors").ResponseParseError
    assert issubclass(error, ValueError)
    return error


def test_decimal_format_becomes_decimal(models: ModuleType) -> None:
    thing = models.Thing.from_dict({**THING, "maybe": None})
    assert thing.price == Decimal("187.10") and isinstance(thing.price, Decimal)
    assert thing.maybe is None
    assert thing.to_dict()["price"] == "187.10"


def test_decimal_number_format_reads_json_numbers_exactly(
    models: ModuleType, parse_error: type[ValueError]
) -> None:
    thing = models.Thing.from_dict({**THING, "mark": 0.1, "bid": 187})
    assert (thing.mark, thing.bid) == (Decimal("0.1"), Decimal(187))
    assert isinstance(thing.mark, Decimal)
    assert models.Thing.__annotations__["mark"] == "Decimal | None"
    assert models.Thing.from_dict({**THING, "bid": None}).bid is None
    assert thing.to_dict()["mark"] == 0.1 and thing.to_dict()["bid"] == 187.0
    for wrong in ("0.1", True, float("nan"), float("inf")):
        with pytest.raises(parse_error) as caught:
            models.Thing.from_dict({**THING, "mark": wrong})
        error: Any = caught.value
        assert error.path == "mark"


def test_decimal_number_query_parameter_is_sent_as_decimal_text(
    mini_package: ModuleType,
) -> None:
    get_thing = importlib.import_module("mini_pkg.api.things.get_thing")
    kwargs = get_thing._get_kwargs("x", strike=Decimal("187.50"))
    assert kwargs["params"] == {"strike": "187.50"}


def test_enum_keeps_unknown_values(models: ModuleType) -> None:
    thing = models.Thing.from_dict({**THING, "side": "sell_short"})
    assert isinstance(thing.side, models.Side)
    assert thing.side == "sell_short"
    assert thing.to_dict()["side"] == "sell_short"
    assert [member.value for member in models.Side] == ["buy", "sell"]


def test_property_named_d_unknown_fields_and_raw_mapping(models: ModuleType) -> None:
    payload = {**THING, "brand_new": [1, 2]}
    thing = models.Thing.from_dict(payload)
    assert thing.d == "dee"
    assert thing.additional_properties == {"brand_new": [1, 2]}
    assert thing.raw == payload
    assert thing.to_dict()["brand_new"] == [1, 2]


def test_response_optional_fields_are_none(models: ModuleType) -> None:
    thing = models.Thing.from_dict({**THING, "note": None})
    optional = ["maybe", "day", "count", "ratio", "mark", "bid", "active", "side", "note"]
    optional += ["legs", "bars"]
    assert all(getattr(thing, name) is None for name in optional)
    annotations = models.Thing.__annotations__
    assert annotations["count"] == "int | None" and annotations["maybe"] == "Decimal | None"
    assert annotations["price"] == "Decimal"
    assert not any("Unset" in text for text in annotations.values())
    assert "Unset" not in repr(thing) and " object at " not in repr(thing)
    assert "note" not in thing.to_dict() and "maybe" not in thing.to_dict()


def test_request_bodies_omit_what_was_not_given(models: ModuleType) -> None:
    body = models.ThingRequest(type="limit")
    assert body.to_dict() == {"type": "limit"}
    assert repr(body).startswith("ThingRequest(type='limit', qty=UNSET, note=UNSET, leg=UNSET,")
    body.note = None
    body.leg = models.LegRequest()
    assert body.to_dict() == {"type": "limit", "note": None, "leg": {}}
    assert "Unset" in models.ThingRequest.__annotations__["qty"]
    parsed = models.ThingRequest.from_dict({"type": "limit", "qty": "1.5"})
    assert parsed.qty == Decimal("1.5") and parsed.to_dict() == {"type": "limit", "qty": "1.5"}


def test_attributes_carry_alpacas_names(models: ModuleType) -> None:
    thing = models.Thing.from_dict(THING)
    assert (thing.type, thing.open, thing.class_) == ("limit", "09:30", "us_equity")
    assert {"type", "open", "class"} <= set(thing.to_dict())
    assert not hasattr(thing, "type_") and not hasattr(thing, "open_")


def test_accepted_values(models: ModuleType) -> None:
    thing = models.Thing.from_dict(
        {
            **THING,
            "price": 187.1,
            "maybe": 3,
            "ratio": 2,
            "count": 7,
            "active": False,
            "day": "2024-01-02",
            "legs": [{"qty": "1"}, {"qty": 2}],
            "bars": {"AAPL": [{"qty": "0.5"}], "MSFT": []},
        }
    )
    assert (thing.price, thing.maybe) == (Decimal("187.1"), Decimal(3))
    assert thing.ratio == 2.0 and isinstance(thing.ratio, float)
    assert (thing.count, thing.active, thing.day) == (7, False, dt.date(2024, 1, 2))
    assert thing.at == dt.datetime(2024, 1, 2, 15, 4, 5, 123456, tzinfo=dt.UTC)
    assert thing.raw["at"] == THING["at"]
    assert [leg.qty for leg in thing.legs] == [Decimal(1), Decimal(2)]
    assert thing.bars["AAPL"][0].qty == Decimal("0.5") and thing.bars["MSFT"] == []
    assert thing.to_dict()["bars"] == {"AAPL": [{"qty": "0.5"}], "MSFT": []}


def _with(**changes: Any) -> dict[str, Any]:
    payload = copy.deepcopy(THING)
    for key, value in changes.items():
        if value is _DROP:
            del payload[key]
        else:
            payload[key] = value
    return payload


_DROP = object()

MALFORMED = [
    pytest.param([], "", [], "expected an object", id="array-for-object"),
    pytest.param(None, "", None, "expected an object", id="null-body"),
    pytest.param("text", "", "text", "expected an object", id="string-body"),
    pytest.param(_with(price=_DROP), "price", _with(price=_DROP), "missing", id="missing-required"),
    pytest.param(_with(price=None), "price", None, "expected a decimal", id="null-required"),
    pytest.param(_with(d=1), "d", 1, "expected a string", id="int-for-string"),
    pytest.param(_with(count=True), "count", True, "expected an integer", id="bool-for-int"),
    pytest.param(_with(count="3"), "count", "3", "expected an integer", id="string-for-int"),
    pytest.param(_with(count=1.5), "count", 1.5, "expected an integer", id="float-for-int"),
    pytest.param(_with(ratio="1.5"), "ratio", "1.5", "expected a number", id="string-for-float"),
    pytest.param(_with(ratio=False), "ratio", False, "expected a number", id="bool-for-float"),
    pytest.param(_with(active="true"), "active", "true", "expected a boolean", id="string-bool"),
    pytest.param(_with(active=1), "active", 1, "expected a boolean", id="int-for-bool"),
    pytest.param(_with(price="string"), "price", "string", "decimal", id="decimal-string"),
    pytest.param(_with(price="NaN"), "price", "NaN", "finite", id="decimal-nan"),
    pytest.param(_with(price="-Infinity"), "price", "-Infinity", "finite", id="decimal-inf"),
    pytest.param(_with(price=True), "price", True, "decimal", id="decimal-bool"),
    pytest.param(_with(price=["1"]), "price", ["1"], "decimal", id="decimal-list"),
    pytest.param(_with(at="yesterday"), "at", "yesterday", "date-time", id="datetime-text"),
    pytest.param(
        _with(at="2024-01-02T10:00:00"), "at", "2024-01-02T10:00:00", "offset", id="naive"
    ),
    pytest.param(_with(at=1704207600), "at", 1704207600, "date-time", id="datetime-number"),
    pytest.param(_with(day="2024-13-01"), "day", "2024-13-01", "date", id="bad-date"),
    pytest.param(_with(side=1), "side", 1, "expected a string", id="enum-not-string"),
    pytest.param(_with(legs={}), "legs", {}, "expected an array", id="object-for-array"),
    pytest.param(_with(legs=[[1]]), "legs[0]", [1], "expected an object", id="list-for-object"),
    pytest.param(
        _with(legs=[{"qty": "1"}, {"qty": "x"}]), "legs[1].qty", "x", "decimal", id="nested-path"
    ),
    pytest.param(_with(legs=[{}]), "legs[0].qty", {}, "missing", id="nested-missing"),
    pytest.param(
        _with(bars={"AAPL": [{"qty": "1"}, {"qty": None}]}),
        "bars.AAPL[1].qty",
        None,
        "decimal",
        id="map-path",
    ),
    pytest.param(_with(bars={"AAPL": {}}), "bars.AAPL", {}, "array", id="map-value"),
]


@pytest.mark.parametrize(("payload", "path", "value", "message"), MALFORMED)
def test_malformed_bodies_raise_one_error_with_a_path(
    models: ModuleType,
    parse_error: type[ValueError],
    payload: Any,
    path: str,
    value: Any,
    message: str,
) -> None:
    with pytest.raises(parse_error) as caught:
        models.Thing.from_dict(payload)
    error: Any = caught.value
    assert error.path == path
    assert error.value == value
    assert message in error.message
    assert str(error).startswith(f"{path}: " if path else error.message)


def test_error_text_is_truncated(models: ModuleType, parse_error: type[ValueError]) -> None:
    with pytest.raises(parse_error) as caught:
        models.Thing.from_dict(_with(d=["x" * 1000]))
    assert len(str(caught.value)) < 200 and str(caught.value).endswith("...")


@pytest.mark.parametrize(
    ("content", "path", "message"),
    [
        (b"<html>oops</html>", "", "expected a JSON body"),
        (b'{"truncated": ', "", "expected a JSON body"),
        (b"null", "", "expected an array"),
        (b"{}", "", "expected an array"),
        (b'[{"price": "1"}]', "[0].d", "missing"),
    ],
)
def test_endpoints_parse_responses_strictly(
    mini_package: ModuleType,
    parse_error: type[ValueError],
    content: bytes,
    path: str,
    message: str,
) -> None:
    list_things = importlib.import_module("mini_pkg.api.things.list_things")
    client = importlib.import_module("mini_pkg.client").Client(base_url="http://mini")
    with pytest.raises(parse_error) as caught:
        list_things._parse_response(client=client, response=httpx.Response(200, content=content))
    error: Any = caught.value
    assert (error.path, message in error.message) == (path, True)


def test_a_schema_shared_by_request_and_response_fails(tmp_path: Path) -> None:
    shared = MINI_SPEC.replace(
        '{$ref: "#/components/schemas/ThingRequest"}', '{$ref: "#/components/schemas/Thing"}'
    )
    with pytest.raises(CodegenError, match=r"Leg, Thing, ThingBars\. Split each"):
        _generate_package(tmp_path, shared, "shared_pkg")


def test_check_reports_a_stale_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_dir = tmp_path / "alpaca_client"
    _generate.generate_into(copy_dir)
    (copy_dir / "trading" / "models" / "order.py").write_text("# edited by hand\n")
    (copy_dir / "data" / "models" / "stock_bar.py").unlink()
    monkeypatch.setattr(_generate, "OUTPUT", copy_dir)
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


def test_success_statuses_come_from_the_spec_and_refuse_ambiguity() -> None:
    from alpaca._operation import success_status

    assert success_status("trading", "DELETE", "/v2/orders/7f3c") == 204
    assert success_status("trading", "DELETE", "/v2/orders") == 207
    assert success_status("trading", "POST", "/v1/locates") == 201
    assert success_status("trading", "GET", "/v2/orders/7f3c") == 200
    assert success_status("trading", "DELETE", "/v2/orders/7f3c/legs") == 200
    assert success_status("data", "GET", "/v2/stocks/bars") == 200
    two: dict[str, Any] = {"paths": {"/x": {"post": {"responses": {"200": {}, "201": {}}}}}}
    with pytest.raises(CodegenError, match="one success status"):
        _generate.success_statuses(two)
