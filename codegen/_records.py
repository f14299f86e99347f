"""Fast record classes from ``x-record`` schemas of ``spec/`` documents.

A schema marked ``x-record: true`` becomes a class holding only the mapping it was read from
(``.raw``); each property is a read-only attribute computed when read, named by its ``x-name``
(default: the wire key), so building a record costs one allocation and unknown keys are kept.

Types: ``format: date-time`` gives a UTC ``datetime`` plus ``<name>_ns`` (exact integer
nanoseconds from an RFC 3339 string, integer nanoseconds or a msgpack ``Timestamp``);
``format: decimal`` gives ``Decimal`` (a float becomes the Decimal of its shortest repr, which is
exact to what was sent); ``x-model: {module, name}`` parses an object with that model's
``from_dict``; arrays of ``$ref`` records give lists of records. Optional properties are
``X | None`` unless the schema has a ``default``.

A document's top-level ``x-streams`` (``{kind: {T code: {channel, schema}}}``) becomes the
``STREAMS`` routing table of its records module.
"""

from __future__ import annotations

import keyword
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ._errors import CodegenError

Schema = Mapping[str, Any]

RECORDS_ONLY = (("streams.yaml", "streams"),)
"""Documents that only describe records (no operations): (spec file, package)."""

SUPPORT = '''"""Base and helpers of generated records (from ``python -m codegen``; do not edit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SECOND = dt.timedelta(seconds=1)


class Record:
    """A read-only view of one wire mapping under readable attribute names.

    Attributes are computed from ``raw`` when read; keys the schema does not know stay in
    ``raw``. ``WIRE_NAMES`` maps each attribute to its wire key.
    """

    __slots__ = ("raw",)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> Self:
        """The record of ``raw`` (no copy, no validation)."""
        return cls(raw)

    def __repr__(self) -> str:
        shown = []
        for name, key in self.WIRE_NAMES.items():
            if key in self.raw:
                try:
                    value = getattr(self, name)
                except (TypeError, ValueError, ArithmeticError):
                    value = self.raw[key]
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.raw == self.raw  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]


def to_decimal(value: Any) -> Decimal:
    """Exact Decimal of a wire number or decimal string."""
    if type(value) is float:
        return Decimal(repr(value))
    return value if isinstance(value, Decimal) else Decimal(value)


def to_ns(value: Any) -> int:
    """Epoch nanoseconds of an RFC 3339 string, an integer, a datetime or a msgpack Timestamp."""
    if type(value) is int:
        return value
    if isinstance(value, str):
        return _parse_ns(value)
    if isinstance(value, dt.datetime):
        delta = value - _EPOCH
        return (delta.days * 86400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000
    to_unix_nano = getattr(value, "to_unix_nano", None)
    if to_unix_nano is None:
        raise TypeError(f"not a timestamp: {value!r}")
    return int(to_unix_nano())


def to_datetime(value: Any) -> dt.datetime:
    """UTC datetime (microseconds) of a timestamp accepted by ``to_ns``."""
    return _EPOCH + dt.timedelta(microseconds=to_ns(value) // 1000)


def _parse_ns(text: str) -> int:
    head, rest = text[:19], text[19:]
    fraction = 0
    if rest[:1] == ".":
        end = 1
        while end < len(rest) and rest[end].isdigit():
            end += 1
        fraction = int(rest[1:end][:9].ljust(9, "0"))
        rest = rest[end:]
    zone = "+00:00" if rest in ("", "Z", "z") else rest
    moment = dt.datetime.fromisoformat(head + zone)
    return (moment - _EPOCH) // _SECOND * 1_000_000_000 + fraction
'''


def _load(path: Path) -> Schema:
    loaded = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    if not isinstance(loaded, Mapping):
        raise CodegenError(f"{path.name}: not an OpenAPI document")
    return loaded


class _Module:
    """The source of one records module, built from one document."""

    def __init__(self, doc: Schema, source: str) -> None:
        self.doc = doc
        self.source = source
        self.schemas: Mapping[str, Schema] = doc.get("components", {}).get("schemas", {})
        self.models: dict[str, str] = {}

    def resolve(self, node: Schema) -> Schema:
        while "$ref" in node:
            node = self.schemas[str(node["$ref"]).rsplit("/", 1)[-1]]
        return node

    def ref_name(self, node: Schema) -> str | None:
        ref = node.get("$ref")
        if ref is None:
            return None
        name = str(ref).rsplit("/", 1)[-1]
        return name if self.schemas[name].get("x-record") else None

    def records(self) -> list[str]:
        return [name for name, schema in self.schemas.items() if schema.get("x-record")]

    def render(self) -> str:
        classes = [self.render_class(name, self.schemas[name]) for name in self.records()]
        imports = ["from __future__ import annotations", ""]
        typing = ["Any", "ClassVar"]
        if self.models:
            typing.append("TYPE_CHECKING")
        imports += [
            "import datetime as dt",
            "from collections.abc import Mapping",
            "from decimal import Decimal",
            f"from typing import {', '.join(sorted(typing))}",
            "",
            "from .._records import Record, to_datetime, to_decimal, to_ns",
        ]
        if self.models:
            imports += ["", "if TYPE_CHECKING:"]
            imports += [f"    from {module} import {name}" for name, module in self.models.items()]
        header = (
            f'"""Records generated by ``python -m codegen`` from ``spec/{self.source}``; '
            'do not edit."""'
        )
        names = self.records() + (["STREAMS"] if "x-streams" in self.doc else [])
        parts = [header, "", *imports, "", f"__all__ = {sorted(names)!r}", "", *classes]
        if "x-streams" in self.doc:
            parts.append(self.render_streams())
        return "\n".join(parts) + "\n"

    def render_streams(self) -> str:
        lines = ["STREAMS: dict[str, dict[str, tuple[str, type[Record]]]] = {"]
        for kind, codes in self.doc["x-streams"].items():
            lines.append(f"    {kind!r}: {{")
            for code, entry in codes.items():
                schema = entry["schema"]
                if schema not in self.schemas or not self.schemas[schema].get("x-record"):
                    raise CodegenError(f"x-streams {kind}.{code}: {schema} is not an x-record")
                lines.append(f"        {code!r}: ({entry['channel']!r}, {schema}),")
            lines.append("    },")
        lines.append("}")
        lines.append('"""Per stream kind: message type code (``T``) -> (channel, record class)."""')
        return "\n".join(lines) + "\n"

    def render_class(self, name: str, schema: Schema) -> str:
        description = " ".join(str(schema.get("description", name)).split())
        required = set(schema.get("required", ()))
        body: list[str] = []
        wire_names: list[tuple[str, str]] = []
        for key, prop in schema.get("properties", {}).items():
            attr = str(prop.get("x-name", key))
            if keyword.iskeyword(attr) or not attr.isidentifier():
                attr = f"{attr}_" if attr.isidentifier() else attr
            if not attr.isidentifier():
                raise CodegenError(f"{name}.{key}: give it an x-name that is an identifier")
            wire_names.append((attr, str(key)))
            body += self.render_property(name, attr, str(key), prop, key in required)
        mapping = ", ".join(f"{attr!r}: {key!r}" for attr, key in wire_names)
        lines = [
            "",
            f"class {name}(Record):",
            f'    """{_docstring(description)}"""',
            "",
            "    __slots__ = ()",
            f"    WIRE_NAMES: ClassVar[Mapping[str, str]] = {{{mapping}}}",
            *body,
            "",
        ]
        return "\n".join(lines)

    def render_property(
        self, owner: str, attr: str, key: str, prop: Schema, required: bool
    ) -> list[str]:
        """The property (or two, for timestamps) reading wire key ``key``.

        Conversions are templates over ``{v}``, the raw value; an optional property returns
        None when the key is absent (or its ``default``, when the schema gives one).
        """
        record = self.ref_name(prop)
        node = prop if record is not None else self.resolve(prop)
        has_default = "default" in node or "default" in prop
        if required:
            getter = f"self.raw[{key!r}]"
        elif has_default:
            getter = f"self.raw.get({key!r}, {node.get('default', prop.get('default'))!r})"
        else:
            getter = f"self.raw.get({key!r})"
        optional = not required and not has_default
        doc = node.get("description") or prop.get("description")

        def one(name: str, annotation: str, convert: str, text: str | None = doc) -> list[str]:
            return _property(name, annotation, convert, getter, optional, text, prelude)

        prelude = ""

        kind, fmt = node.get("type"), node.get("format")
        if record is not None:
            return one(attr, record, f"{record}({{v}})")
        if "x-model" in node:
            model = node["x-model"]
            self.models[str(model["name"])] = str(model["module"])
            prelude = f"from {model['module']} import {model['name']}  # loaded on first use"
            return one(attr, str(model["name"]), f"{model['name']}.from_dict({{v}})")
        if kind == "string" and fmt == "date-time":
            nanos = f"``{attr}`` in epoch nanoseconds."
            return one(attr, "dt.datetime", "to_datetime({v})") + one(
                f"{attr}_ns", "int", "to_ns({v})", nanos
            )
        if fmt == "decimal" and kind in ("string", "number"):
            return one(attr, "Decimal", "to_decimal({v})")
        if kind == "array":
            items = node.get("items", {})
            item_record = self.ref_name(items)
            if item_record is not None:
                return one(attr, f"list[{item_record}]", f"[{item_record}(item) for item in {{v}}]")
            return one(attr, f"list[{_scalar(owner, attr, self.resolve(items))}]", "{v}")
        if kind == "object" and isinstance(node.get("additionalProperties"), Mapping):
            values = node["additionalProperties"]
            if values.get("format") == "decimal":
                convert = "{{name: to_decimal(amount) for name, amount in {v}.items()}}"
                return one(attr, "dict[str, Decimal]", convert)
            return one(attr, f"dict[str, {_scalar(owner, attr, values)}]", "{v}")
        return one(attr, _scalar(owner, attr, node), "{v}")


def _property(
    name: str,
    annotation: str,
    convert: str,
    getter: str,
    optional: bool,
    doc: str | None,
    prelude: str,
) -> list[str]:
    returns = f"{annotation} | None" if optional else annotation
    lines = ["", "    @property", f"    def {name}(self) -> {returns}:"]
    if doc:
        lines.append(f'        """{_docstring(" ".join(str(doc).split()))}"""')
    if prelude:
        lines.append(f"        {prelude}")
    if optional and convert != "{v}":
        lines += [f"        value = {getter}", "        if value is None:"]
        lines.append("            return None")
        lines.append("        return " + convert.format(v="value"))
    else:
        lines.append("        return " + convert.format(v=getter))
    return lines


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _scalar(owner: str, attr: str, node: Schema) -> str:
    found = _SCALARS.get(str(node.get("type")))
    if found is None:
        raise CodegenError(f"{owner}.{attr}: unsupported record property type {node.get('type')!r}")
    return found


def _docstring(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', "'''").rstrip('"')


def _format(path: Path) -> None:
    from ruff.__main__ import find_ruff_bin

    ruff = find_ruff_bin()
    isolated = ["--isolated", "--no-cache", "--line-length", "100", "--target-version", "py311"]
    fix = ["check", *isolated, "--fix-only", "--select", "I,F401", "--quiet", str(path)]
    subprocess.run([ruff, *fix], check=True)
    subprocess.run([ruff, "format", *isolated, "--quiet", str(path)], check=True)


def write_records(spec_dir: Path, out_dir: Path, targets: Iterable[tuple[str, str]]) -> None:
    """Write ``<package>/records.py`` for each document with ``x-record`` schemas, plus the
    shared ``_records.py`` support; packages of records-only documents get an ``__init__``."""
    written = False
    present = [(spec, package) for spec, package in RECORDS_ONLY if (spec_dir / spec).exists()]
    for spec, package in [*targets, *present]:
        module = _Module(_load(spec_dir / spec), spec)
        if not module.records():
            continue
        package_dir = out_dir / package
        if not package_dir.exists():
            package_dir.mkdir(parents=True)
            (package_dir / "__init__.py").write_text(
                f'"""Records of ``spec/{spec}``, generated by ``python -m codegen``; do not edit.'
                '\n\nSee ``records``.\n"""\n',
                encoding="utf-8",
            )
        target = package_dir / "records.py"
        target.write_text(module.render(), encoding="utf-8")
        _format(target)
        written = True
    if written:
        support = out_dir / "_records.py"
        support.write_text(SUPPORT, encoding="utf-8")
        _format(support)
