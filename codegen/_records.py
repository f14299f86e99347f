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

``x-record`` may name the class instead (``x-record: Bar``): schemas sharing a name merge into
one class (stock, crypto and option bars are one ``Bar``). A property some of them lack is
optional; an integer in one and a decimal in another reads as ``int`` or ``Decimal``
(``to_size``); a string in one and a list of strings in another reads as a list (``as_list``).
``x-record-key: symbol`` makes a keyed record (``KeyedRecord``): built from ``(symbol, raw)``,
for rows a response files under their symbol; records nested in it share its symbol, and keyed
records compare by symbol and attribute values (unknown keys aside).

A document's top-level ``x-streams`` (``{kind: {T code: {channel, schema}}}``) becomes the
``STREAMS`` routing table of its records module.
"""

from __future__ import annotations

import keyword
import subprocess
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from ruamel.yaml import YAML

from ._errors import CodegenError

Schema = Mapping[str, Any]

RECORDS_ONLY = (("streams.yaml", "streams"),)
"""Documents that only describe records (no operations): (spec file, package); their records
go to ``alpaca_client/<package>/records.py``, those of operation documents to
``alpaca_client/records/<package>.py`` (importing them does not load the generated client)."""

SUPPORT = '''"""Base and helpers of generated records (from ``python -m codegen``; do not edit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Self

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_SECOND = dt.timedelta(seconds=1)


class _View:
    """A read-only view of one wire mapping under readable attribute names.

    Attributes are computed from ``raw`` when read; keys the schema does not know stay in
    ``raw``. ``WIRE_NAMES`` maps each attribute to its wire key.
    """

    __slots__ = ("raw",)
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    raw: Mapping[str, Any]

    def _shown(self) -> list[str]:
        shown = []
        for name, key in self.WIRE_NAMES.items():
            if key in self.raw:
                try:
                    value = getattr(self, name)
                except (TypeError, ValueError, ArithmeticError):
                    value = self.raw[key]
                shown.append(f"{name}={value!r}")
        return shown

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.WIRE_NAMES)


class Record(_View):
    """A view of one wire mapping; records compare equal when their mappings are."""

    __slots__ = ()

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> Self:
        """The record of ``raw`` (no copy, no validation)."""
        return cls(raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(self._shown())})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.raw == self.raw  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]


class KeyedRecord(_View):
    """A view of one row a response files under ``symbol``; records compare by symbol and
    attribute values (keys the schema does not know aside)."""

    __slots__ = ("symbol",)
    raw: dict[str, Any]

    def __init__(self, symbol: str, raw: dict[str, Any]) -> None:
        self.symbol = symbol
        self.raw = raw

    @classmethod
    def from_raw(cls, symbol: str, raw: dict[str, Any]) -> Self:
        """The record of ``raw`` filed under ``symbol`` (no copy, no validation)."""
        return cls(symbol, raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join([f'symbol={self.symbol!r}', *self._shown()])})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KeyedRecord) or type(other) is not type(self):
            return False
        return self.symbol == other.symbol and self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.symbol, self._values()))


def to_decimal(value: Any) -> Decimal:
    """Exact Decimal of a wire number or decimal string."""
    if type(value) is float:
        return Decimal(repr(value))
    return value if isinstance(value, Decimal) else Decimal(value)


def to_size(value: Any) -> int | Decimal:
    """A whole size as ``int``, a fractional one (a JSON float) as an exact Decimal."""
    return value if type(value) is int else to_decimal(value)


def as_list(value: Any) -> list[Any]:
    """A list as it is; a single code (a string) as a one-item list."""
    return [value] if isinstance(value, str) else value


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
    if type(value) is str:  # fast path: Python's parser (digits past microseconds dropped)
        try:
            moment = _fromisoformat(value)
        except ValueError:
            moment = _NAIVE
        zone = moment.tzinfo
        if zone is _UTC:
            return moment
        if zone is not None:
            return moment.astimezone(_UTC)
    return _EPOCH + dt.timedelta(microseconds=to_ns(value) // 1000)


_fromisoformat = dt.datetime.fromisoformat
_UTC = dt.UTC
_NAIVE = dt.datetime(1970, 1, 1)


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


class _Kind(NamedTuple):
    """How one property reads: its annotation and conversion (a template over ``{v}``, the
    raw value); ``stamp`` adds the ``<name>_ns`` twin of a timestamp."""

    annotation: str
    convert: str
    stamp: bool = False


_MERGED = {
    frozenset({_Kind("int", "{v}"), _Kind("Decimal", "to_decimal({v})")}): _Kind(
        "int | Decimal", "to_size({v})"
    ),
    frozenset({_Kind("list[str]", "{v}"), _Kind("str", "{v}")}): _Kind("list[str]", "as_list({v})"),
}
"""Kinds that schemas merged into one class may disagree on, and what the class reads."""


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

    def class_of(self, schema: str) -> str | None:
        """The record class a schema is part of (None: not a record)."""
        marker = self.schemas[schema].get("x-record")
        if not marker:
            return None
        return schema if marker is True else str(marker)

    def ref_name(self, node: Schema) -> str | None:
        """The record class a property refers to (``$ref`` or a single ``allOf``), if any."""
        parts = node.get("allOf")
        if isinstance(parts, list) and len(parts) == 1:
            node = parts[0]
        ref = node.get("$ref")
        return None if ref is None else self.class_of(str(ref).rsplit("/", 1)[-1])

    def records(self) -> dict[str, list[str]]:
        """Record classes in order, each with the schemas merged into it."""
        classes: dict[str, list[str]] = {}
        for name in self.schemas:
            record = self.class_of(name)
            if record is not None:
                classes.setdefault(record, []).append(name)
        return classes

    def keyed(self, record: str) -> bool:
        members = self.records()[record]
        keys = {self.schemas[name].get("x-record-key") for name in members}
        if len(keys) > 1:
            raise CodegenError(f"{record}: {', '.join(members)} disagree on x-record-key")
        key = keys.pop()
        if key not in (None, "symbol"):
            raise CodegenError(f"{record}: x-record-key {key!r} is not supported (symbol)")
        return key is not None

    def render(self) -> str:
        classes = [self.render_class(name, members) for name, members in self.records().items()]
        imports = ["from __future__ import annotations", ""]
        typing = ["Any", "ClassVar"]
        if self.models:
            typing.append("TYPE_CHECKING")
        helpers = "KeyedRecord, Record, as_list, to_datetime, to_decimal, to_ns, to_size"
        imports += [
            "import datetime as dt",
            "from collections.abc import Mapping",
            "from decimal import Decimal",
            f"from typing import {', '.join(sorted(typing))}",
            "",
            f"from .._records import {helpers}",
        ]
        if self.models:
            imports += ["", "if TYPE_CHECKING:"]
            imports += [f"    from {module} import {name}" for name, module in self.models.items()]
        header = (
            f'"""Records generated by ``python -m codegen`` from ``spec/{self.source}``; '
            'do not edit."""'
        )
        pages = self.page_rows()
        names = list(self.records()) + (["STREAMS"] if "x-streams" in self.doc else [])
        names += ["PAGE_ROWS"] if pages else []
        parts = [header, "", *imports, "", f"__all__ = {sorted(names)!r}", "", *classes]
        if "x-streams" in self.doc:
            parts.append(self.render_streams())
        if pages:
            annotation = "dict[str, dict[str, dict[str, tuple[str, bool]]]]"
            parts.append(f"PAGE_ROWS: {annotation} = {pages!r}")
            parts.append(
                '"""Paged operations with rows per symbol (path) -> ``page`` (the page\'s own'
                " properties) and ``rows`` (each row's) -> wire key -> (check, required): a"
                " check is a JSON type (``string``, ``number``, ``integer``, ``object``,"
                ' ``strings``: a list of strings) or ``time`` (an RFC 3339 string)."""'
            )
        return "\n".join(parts) + "\n"

    def page_rows(self) -> dict[str, dict[str, dict[str, tuple[str, bool]]]]:
        """For each GET whose answer pages rows of a keyed record per symbol
        (``{key: {symbol: [row]}, next_page_token}``), what the page (``page``: its
        properties, the rows' one an ``object``) and each row (``rows``) must hold."""
        found: dict[str, dict[str, dict[str, tuple[str, bool]]]] = {}
        for path, item in self.doc.get("paths", {}).items():
            answer = item.get("get", {}).get("responses", {}).get("200", {})
            schema = answer.get("content", {}).get("application/json", {}).get("schema")
            if schema is None:
                continue
            page = self.resolve(schema)
            properties = page.get("properties", {})
            if "next_page_token" not in properties:
                continue
            for key, prop in properties.items():
                rows = self.resolve(prop).get("additionalProperties")
                if not isinstance(rows, Mapping) or rows.get("type") != "array":
                    continue
                ref = rows.get("items", {}).get("$ref")
                member = None if ref is None else str(ref).rsplit("/", 1)[-1]
                record = None if member is None else self.class_of(member)
                if member is not None and record is not None and self.keyed(record):
                    fields = {**self.row_checks(page, skip=str(key)), str(key): ("object", True)}
                    found[str(path)] = {"page": fields, "rows": self.row_checks(member)}
        return found

    def row_checks(self, member: str | Schema, skip: str = "") -> dict[str, tuple[str, bool]]:
        schema = self.schemas[member] if isinstance(member, str) else member
        required = set(schema.get("required", ()))
        checks = {}
        for key, prop in schema.get("properties", {}).items():
            if key == skip:
                continue
            node = self.resolve(prop)
            kind = str(node.get("type"))
            if kind == "string" and node.get("format") == "date-time":
                kind = "time"
            elif kind == "array" and self.resolve(node.get("items", {})).get("type") == "string":
                kind = "strings"
            elif kind not in ("string", "number", "integer", "object"):
                raise CodegenError(f"{member}.{key}: no row check for type {kind!r}")
            checks[str(key)] = (kind, key in required)
        return checks

    def render_streams(self) -> str:
        lines = ["STREAMS: dict[str, dict[str, tuple[str, type[Record]]]] = {"]
        for kind, codes in self.doc["x-streams"].items():
            lines.append(f"    {kind!r}: {{")
            for code, entry in codes.items():
                schema = entry["schema"]
                if schema not in self.schemas or self.class_of(schema) != schema:
                    raise CodegenError(f"x-streams {kind}.{code}: {schema} is not an x-record")
                lines.append(f"        {code!r}: ({entry['channel']!r}, {schema}),")
            lines.append("    },")
        lines.append("}")
        lines.append('"""Per stream kind: message type code (``T``) -> (channel, record class)."""')
        return "\n".join(lines) + "\n"

    def render_class(self, name: str, members: list[str]) -> str:
        first = self.schemas[members[0]]
        description = " ".join(str(first.get("description", name)).split())
        keyed = self.keyed(name)
        # wire key -> (attribute, property node per member that has it)
        found: dict[str, tuple[str, list[tuple[Schema, bool]]]] = {}
        for member in members:
            schema = self.schemas[member]
            required = set(schema.get("required", ()))
            for key, prop in schema.get("properties", {}).items():
                attr = str(prop.get("x-name", key))
                if keyword.iskeyword(attr) or not attr.isidentifier():
                    attr = f"{attr}_" if attr.isidentifier() else attr
                if not attr.isidentifier():
                    raise CodegenError(f"{member}.{key}: give it an x-name that is an identifier")
                known = found.setdefault(str(key), (attr, []))
                if known[0] != attr:
                    raise CodegenError(f"{name}.{key}: {member} names it {attr}, not {known[0]}")
                known[1].append((prop, key in required))
        body: list[str] = []
        for key, (attr, props) in found.items():
            everywhere = len(props) == len(members) and all(flag for _, flag in props)
            body += self.render_property(name, attr, key, props, everywhere, keyed)
        mapping = ", ".join(f"{attr!r}: {key!r}" for key, (attr, _) in found.items())
        lines = [
            "",
            f"class {name}({'KeyedRecord' if keyed else 'Record'}):",
            f'    """{_docstring(description)}"""',
            "",
            "    __slots__ = ()",
            f"    WIRE_NAMES: ClassVar[Mapping[str, str]] = {{{mapping}}}",
            *body,
            "",
        ]
        return "\n".join(lines)

    def render_property(
        self,
        owner: str,
        attr: str,
        key: str,
        props: list[tuple[Schema, bool]],
        required: bool,
        keyed: bool,
    ) -> list[str]:
        """The property (or two, for timestamps) reading wire key ``key``, whose schema is
        each of ``props`` (one per merged schema that has it).

        An optional property returns None when the key is absent (or its ``default``, when
        the schema gives one).
        """
        prop = props[0][0]
        node = prop if self.ref_name(prop) is not None else self.resolve(prop)
        has_default = "default" in node or "default" in prop
        if required:
            getter = f"self.raw[{key!r}]"
        elif has_default:
            getter = f"self.raw.get({key!r}, {node.get('default', prop.get('default'))!r})"
        else:
            getter = f"self.raw.get({key!r})"
        optional = not required and not has_default
        doc = node.get("description") or prop.get("description")
        kinds = {self.kind(owner, attr, p, keyed) for p, _ in props}
        if len(kinds) == 1:
            kind = kinds.pop()
        elif frozenset(kinds) in _MERGED:
            kind = _MERGED[frozenset(kinds)]
        else:
            raise CodegenError(f"{owner}.{attr}: merged schemas disagree on its type")
        prelude = ""
        if kind.annotation in self.models:
            module = self.models[kind.annotation]
            prelude = f"from {module} import {kind.annotation}  # loaded on first use"
        lines = _property(attr, kind.annotation, kind.convert, getter, optional, doc, prelude)
        if kind.stamp:
            nanos = f"``{attr}`` in epoch nanoseconds."
            lines += _property(f"{attr}_ns", "int", "to_ns({v})", getter, optional, nanos, "")
        return lines

    def kind(self, owner: str, attr: str, prop: Schema, keyed: bool) -> _Kind:
        record = self.ref_name(prop)
        if record is not None:
            if keyed and not self.keyed(record):
                raise CodegenError(f"{owner}.{attr}: a keyed record nests only keyed ones")
            return _Kind(record, f"{record}(self.symbol, {{v}})" if keyed else f"{record}({{v}})")
        node = self.resolve(prop)
        kind, fmt = node.get("type"), node.get("format")
        if "x-model" in node:
            model = node["x-model"]
            self.models[str(model["name"])] = str(model["module"])
            return _Kind(str(model["name"]), f"{model['name']}.from_dict({{v}})")
        if kind == "string" and fmt == "date-time":
            return _Kind("dt.datetime", "to_datetime({v})", stamp=True)
        if fmt == "decimal" and kind in ("string", "number"):
            return _Kind("Decimal", "to_decimal({v})")
        if kind == "array":
            items = node.get("items", {})
            item_record = self.ref_name(items)
            if item_record is not None:
                make = f"{item_record}(self.symbol, item)" if keyed else f"{item_record}(item)"
                return _Kind(f"list[{item_record}]", f"[{make} for item in {{v}}]")
            return _Kind(f"list[{_scalar(owner, attr, self.resolve(items))}]", "{v}")
        if kind == "object" and isinstance(node.get("additionalProperties"), Mapping):
            values = node["additionalProperties"]
            if values.get("format") == "decimal":
                convert = "{{name: to_decimal(amount) for name, amount in {v}.items()}}"
                return _Kind("dict[str, Decimal]", convert)
            return _Kind(f"dict[str, {_scalar(owner, attr, values)}]", "{v}")
        return _Kind(_scalar(owner, attr, node), "{v}")


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


_GENERATED = "generated by ``python -m codegen``; do not edit."


def write_records(spec_dir: Path, out_dir: Path, targets: Iterable[tuple[str, str]]) -> None:
    """Write the records of each document with ``x-record`` schemas (see ``RECORDS_ONLY`` for
    where), plus the shared ``_records.py`` support; new packages get an ``__init__``."""
    written = False
    present = [(spec, package) for spec, package in RECORDS_ONLY if (spec_dir / spec).exists()]
    records_only = {package for _, package in present}
    for spec, package in [*targets, *present]:
        module = _Module(_load(spec_dir / spec), spec)
        if not module.records():
            continue
        if package in records_only:
            package_dir, target = out_dir / package, out_dir / package / "records.py"
            about = f"Records of ``spec/{spec}``, {_GENERATED}\n\nSee ``records``.\n"
        else:
            package_dir, target = out_dir / "records", out_dir / "records" / f"{package}.py"
            about = f"Records of the operation documents, one module per package, {_GENERATED}"
        if not package_dir.exists():
            package_dir.mkdir(parents=True)
            (package_dir / "__init__.py").write_text(
                f'"""{about}"""\n',
                encoding="utf-8",
            )
        target.write_text(module.render(), encoding="utf-8")
        _format(target)
        written = True
    if written:
        support = out_dir / "_records.py"
        support.write_text(SUPPORT, encoding="utf-8")
        _format(support)
