"""Hypothesis strategies from the OpenAPI schemas in ``spec/*.yaml``, and a check of parsed values.

``valid(schema)`` draws JSON values a server could send within the document: required properties
always, optional ones at random, unknown extra fields, unknown enum values, nulls where allowed,
huge and tiny numbers, decimal strings, RFC 3339 times down to the nanosecond with any offset,
maps and arrays. ``pairs(schema)`` adds a copy with one part broken: a declared value of the
wrong JSON type (or an unreadable time, date or decimal), or a required property left out.
``check(schema, sent, got)`` asserts that a parsed object kept every value exactly.
"""

from __future__ import annotations

import copy
import datetime as dt
import keyword
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from uuid import UUID

from hypothesis import strategies as st
from ruamel.yaml import YAML

SPEC = Path(__file__).resolve().parents[2] / "spec"
Node = Mapping[str, Any]
MAX_DEPTH = 3
"""Nesting below which arrays come out empty and nullable values null (``Order.legs``)."""


@cache
def document(name: str) -> Node:
    """``spec/<name>.yaml``, loaded once."""
    loaded: Node = YAML(typ="safe").load((SPEC / f"{name}.yaml").read_text(encoding="utf-8"))
    return loaded


class Schema:
    """A schema of one document, ``$ref`` and single-part ``allOf`` resolved; nullability kept."""

    def __init__(self, doc: str, node: Node | str) -> None:
        self.doc = doc
        raw = {"$ref": f"#/components/schemas/{node}"} if isinstance(node, str) else node
        self.nullable = bool(raw.get("nullable"))
        self.node = self._resolve(raw)
        self.nullable = self.nullable or bool(self.node.get("nullable"))

    def _resolve(self, node: Node) -> Node:
        while True:
            if "$ref" in node:
                target: Any = document(self.doc)
                for part in str(node["$ref"]).removeprefix("#/").split("/"):
                    target = target[part]
                node = target
            elif "allOf" in node and len(node["allOf"]) == 1:
                node = node["allOf"][0]
            else:
                return node

    def child(self, node: Node) -> Schema:
        return Schema(self.doc, node)

    @property
    def kind(self) -> str:
        if "oneOf" in self.node or "anyOf" in self.node:
            return "choice"
        kind = self.node.get("type")
        if kind is None and ("properties" in self.node or "additionalProperties" in self.node):
            return "object"
        return str(kind)

    @property
    def format(self) -> str | None:
        return self.node.get("format")

    @property
    def choices(self) -> list[Schema]:
        return [self.child(n) for n in self.node.get("oneOf") or self.node.get("anyOf") or []]

    @property
    def properties(self) -> dict[str, Schema]:
        return {k: self.child(v) for k, v in (self.node.get("properties") or {}).items()}

    @property
    def required(self) -> list[str]:
        return list(self.node.get("required") or [])

    @property
    def items(self) -> Schema:
        return self.child(self.node.get("items") or {})

    @property
    def values(self) -> Schema | None:
        """The schema of a map's values (``additionalProperties``), if it is a map."""
        extra = self.node.get("additionalProperties")
        return self.child(extra) if isinstance(extra, Mapping) else None


# --- valid values ------------------------------------------------------------------------------

_NAME = st.sampled_from(["x", "extra", "newField", "beta_flag", "_meta", "Ünïcode", "a" * 40])
_SYMBOL = st.sampled_from(["AAPL", "MSFT", "BRK.B", "SPY", "X", "ZZZZZ", "TSLA", "GOOGL"])
_STRINGS = st.sampled_from(
    ["", "AAPL", "a b", "ünïcödé ✓", 'quote"inside', "line\nbreak", "\u0000nul", "x" * 300]
) | st.text(max_size=8)
_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _STRINGS,
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(_NAME, inner, max_size=2),
    max_leaves=4,
)
"""Any small JSON value (an unknown field's)."""
_OFFSETS = ["Z", "Z", "+00:00", "-05:00", "-04:00", "+05:30", "+01:00", "-12:00", "+14:00"]


def _timestamp(seconds: int, nanos: int, digits: int, zone: str) -> str:
    moment = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=seconds)
    fraction = f".{nanos:09d}"[: digits + 1] if digits else ""
    return f"{moment:%Y-%m-%dT%H:%M:%S}{fraction}{zone}"


TIMESTAMPS = st.builds(
    _timestamp,
    st.integers(86_400, 7_000_000_000),
    st.integers(0, 999_999_999),
    st.integers(0, 9),
    st.sampled_from(_OFFSETS),
)
"""RFC 3339 with 0 to 9 fractional digits (nanoseconds) and ``Z`` or an offset."""


def _decimal(digits: int, point: int, negative: bool) -> str:
    text = str(digits)
    if point:
        text = text.rjust(point + 1, "0")
        text = f"{text[:-point]}.{text[-point:]}"
    return f"-{text}" if negative else text


DECIMALS = st.builds(
    _decimal, st.integers(0, 10**40), st.integers(0, 25), st.booleans()
) | st.sampled_from(["0", "0.00", "1E+3", "1e-30", "-0", "100000000000000000000000000000.5"])
"""Decimal strings: huge, tiny, signed, with trailing zeros (and now and then an exponent)."""

_NUMBERS = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False),
    st.integers(-(2**53), 2**53),
    st.sampled_from([5e-324, 1.7976931348623157e308, 1e-30, 0.1, 123456789.12345678, -0.0]),
)


def _date(days: int) -> str:
    return (dt.date(1970, 1, 1) + dt.timedelta(days)).isoformat()


def _text(schema: Schema) -> st.SearchStrategy[Any]:
    node = schema.node
    if "enum" in node:
        known = [v for v in node["enum"] if v is not None]
        return st.sampled_from(known) | st.sampled_from(["brand_new", "NEW", "x"])  # kept
    fmt = schema.format
    if fmt == "date-time":
        return TIMESTAMPS
    if fmt == "date":
        return st.integers(-25_000, 80_000).map(
            lambda d: str(dt.date(1970, 1, 1) + dt.timedelta(d))
        )
    if fmt == "decimal":
        return DECIMALS
    if fmt == "uuid":
        return st.uuids().map(str)
    return _STRINGS


_STRATEGIES: dict[tuple[Any, ...], st.SearchStrategy[Any]] = {}


def valid(schema: Schema, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values the schema allows (built once per schema and depth)."""
    key = (schema.doc, id(schema.node), schema.nullable, depth)
    found = _STRATEGIES.get(key)
    if found is None:
        found = _STRATEGIES[key] = _nullable(schema, depth)
    return found


def _nullable(schema: Schema, depth: int) -> st.SearchStrategy[Any]:
    base = _valid(schema, depth)
    if not schema.nullable:
        return base
    return st.none() if depth >= MAX_DEPTH else st.none() | base


def _valid(schema: Schema, depth: int) -> st.SearchStrategy[Any]:
    kind = schema.kind
    if kind == "choice":
        return st.one_of([valid(part, depth) for part in schema.choices])
    if kind == "string":
        return _text(schema)
    if kind == "integer":
        if "enum" in schema.node:
            return st.sampled_from(schema.node["enum"])
        return st.integers(-(2**63), 2**63 - 1)
    if kind == "number":
        return _NUMBERS
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        if depth >= MAX_DEPTH:
            return st.just([])
        return st.lists(valid(schema.items, depth + 1), max_size=3)
    if kind == "object":
        return _object(schema, depth)
    return _JSON  # a schema that says nothing: anything


def _object(schema: Schema, depth: int) -> st.SearchStrategy[dict[str, Any]]:
    properties = schema.properties
    required = {k: valid(properties[k], depth + 1) for k in schema.required if k in properties}
    optional = {k: valid(v, depth + 1) for k, v in properties.items() if k not in required}
    declared = st.fixed_dictionaries(required, optional=optional)
    values = schema.values
    if values is not None:
        entries = st.dictionaries(_SYMBOL, valid(values, depth + 1), max_size=3)
    else:
        entries = st.dictionaries(_NAME.filter(lambda k: k not in properties), _JSON, max_size=2)
    return st.builds(lambda d, e: {**e, **d}, declared, entries)


# --- invalid values ----------------------------------------------------------------------------

_NOT_STRINGS = st.sampled_from([12, True, [], {"a": 1}, 1.5])


_WRONG: dict[tuple[Any, ...], st.SearchStrategy[Any]] = {}


def wrong(schema: Schema) -> st.SearchStrategy[Any]:
    """Values of the wrong JSON type (or unreadable text) for ``schema``; never null."""
    key = (schema.doc, id(schema.node))
    found = _WRONG.get(key)
    if found is None:
        found = _WRONG[key] = _wrong(schema)
    return found


def _wrong(schema: Schema) -> st.SearchStrategy[Any]:
    kind, fmt = schema.kind, schema.format
    if kind == "string" and fmt == "date-time":
        return _NOT_STRINGS | st.sampled_from(
            ["not a time", "2024-01-02T03:04:05", "2024-13-45T00:00:00Z", ""]
        )
    if kind == "string" and fmt == "date":
        return _NOT_STRINGS | st.sampled_from(["2024-02-30", "yesterday", ""])
    if fmt == "decimal":  # a decimal string or a JSON number is fine; anything else is not
        return st.sampled_from(["abc", "NaN", "Infinity", "1.2.3", "", True, [], {"a": 1}])
    if kind == "string" and fmt == "uuid":
        return _NOT_STRINGS | st.just("not-a-uuid")
    if kind == "string":
        return _NOT_STRINGS
    if kind == "integer":
        return st.sampled_from(["12", 1.5, True, [], {"a": 1}])
    if kind == "number":
        return st.sampled_from(["1.5", True, [], {"a": 1}])
    if kind == "boolean":
        return st.sampled_from(["true", 1, [], {"a": 1}])
    if kind == "array":
        return st.sampled_from(["x", 5, {"a": 1}, True])
    if kind == "object":
        return st.sampled_from(["x", 5, [1], True])
    return st.nothing()


_BREAKABLE = frozenset({"string", "integer", "number", "boolean", "array", "object"})


def _spots(schema: Schema, value: Any) -> list[tuple[tuple[Any, ...], Schema]]:
    """Every place in ``value`` a declared schema governs, as (path, schema); a path ending in
    ``None`` means "leave out the required property before it"."""
    found: list[tuple[tuple[Any, ...], Schema]] = []
    kind = schema.kind
    if kind == "object" and isinstance(value, dict):
        properties = schema.properties
        for key, item in value.items():
            sub = properties.get(key) or schema.values
            if sub is None:
                continue
            if sub.kind in _BREAKABLE:
                found.append(((key,), sub))
            found += [((key, *path), s) for path, s in _spots(sub, item)]
        found += [((key, None), schema) for key in schema.required if key in value]
    elif kind == "array" and isinstance(value, list):
        for index, item in enumerate(value):
            if schema.items.kind in _BREAKABLE:
                found.append(((index,), schema.items))
            found += [((index, *path), s) for path, s in _spots(schema.items, item)]
    return found


@st.composite
def pairs(draw: st.DrawFn, schema: Schema) -> tuple[Any, tuple[Any, str] | None]:
    """A valid value, and a copy with one declared part broken (with where), if it has one."""
    value = draw(valid(schema))
    spots = _spots(schema, value)
    if not spots:
        return value, None
    broken = copy.deepcopy(value)
    path, target = draw(st.sampled_from(spots))
    leave_out = path[-1] is None
    holder: Any = broken
    for step in path[:-2] if leave_out else path[:-1]:
        holder = holder[step]
    if leave_out:
        del holder[path[-2]]
        return value, (broken, f"{'.'.join(map(str, path[:-1]))} left out")
    holder[path[-1]] = draw(wrong(target))
    return value, (broken, f"{'.'.join(map(str, path))} = {holder[path[-1]]!r}")


# --- checking parsed values --------------------------------------------------------------------


def attribute(name: str) -> str:
    """The attribute a generated model gives the JSON property ``name``."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    snake = re.sub(r"\W", "_", snake)
    return f"{snake}_" if keyword.iskeyword(snake) else snake


_RFC3339 = re.compile(r"(.+T\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)")


def instant(text: str) -> dt.datetime:
    """The moment an RFC 3339 text names, cut to the microsecond."""
    match = _RFC3339.fullmatch(text)
    assert match is not None, text
    base, digits, zone = match.groups()
    micro = int(((digits or "") + "000000")[:6])
    offset = dt.timedelta() if zone == "Z" else _delta(zone)
    moment = dt.datetime.fromisoformat(base).replace(microsecond=micro)
    return moment.replace(tzinfo=dt.timezone(offset))


def _delta(text: str) -> dt.timedelta:
    sign = -1 if text[0] == "-" else 1
    return sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[4:6]))


def number(value: Any) -> Decimal:
    """A JSON number as the exact decimal it was written as."""
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


Getter = Callable[[Any, str], Any]


def model_getter(obj: Any, name: str) -> Any:
    return getattr(obj, attribute(name))


def check(schema: Schema, sent: Any, got: Any, where: str = "", get: Getter = model_getter) -> None:
    """Assert that ``got`` (a generated model, or what ``get`` reads) kept ``sent`` exactly."""
    if sent is None:
        assert got is None, f"{where}: null became {got!r}"
        return
    kind = schema.kind
    if kind == "object":
        _check_object(schema, sent, got, where, get)
    elif kind == "array":
        assert len(got) == len(sent), f"{where}: {len(sent)} items became {len(got)}"
        for index, (one, parsed) in enumerate(zip(sent, got, strict=True)):
            check(schema.items, one, parsed, f"{where}[{index}]", get)
    else:
        _check_scalar(schema, sent, got, where)


def _check_object(schema: Schema, sent: Any, got: Any, where: str, get: Getter) -> None:
    properties, values = schema.properties, schema.values
    extra = getattr(got, "additional_properties", None)
    for key, value in sent.items():
        if key in properties:
            check(properties[key], value, get(got, key), f"{where}.{key}", get)
        elif values is not None:
            assert extra is not None, f"{where}: map entries lost"
            check(values, value, extra[key], f"{where}.{key}", get)
        elif extra is not None:
            assert extra.get(key) == value, f"{where}.{key}: unknown field not kept"
    raw = getattr(got, "raw", None)
    if isinstance(raw, dict):
        assert raw == sent, f"{where}: raw differs from what was sent"


def _check_scalar(schema: Schema, sent: Any, got: Any, where: str) -> None:
    fmt, kind = schema.format, schema.kind
    if fmt == "date-time":
        assert isinstance(got, dt.datetime) and got.tzinfo is not None, f"{where}: {got!r}"
        assert got == instant(sent), f"{where}: {sent!r} became {got!r}"
    elif fmt == "date":
        assert got == dt.date.fromisoformat(sent), f"{where}: {sent!r} became {got!r}"
    elif fmt == "decimal":
        assert isinstance(got, Decimal), f"{where}: {got!r} is not a Decimal"
        assert got == (Decimal(sent) if isinstance(sent, str) else number(sent)), where
    elif fmt == "uuid":
        assert got == UUID(sent) or str(got) == sent, f"{where}: {sent!r} became {got!r}"
    elif kind == "number":
        exact = got if isinstance(got, Decimal) else number(got)
        assert exact == number(sent), f"{where}: {sent!r} became {got!r}"
    elif isinstance(sent, bool):
        assert got is sent, f"{where}: {sent!r} became {got!r}"
    else:
        assert got == sent and not isinstance(got, bool), f"{where}: {sent!r} became {got!r}"
