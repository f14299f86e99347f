"""The code of generated models: field declarations, ``to_dict`` and strict ``from_dict``.

``templates/model.py.jinja`` calls :class:`ModelCode` (a Jinja global) for everything that
depends on a field's type; the rules are listed in the package docstring. Parsing goes through
the generated ``_parsing`` module, imported as ``parsing``.
"""

from __future__ import annotations

import json
import keyword
from collections.abc import Iterable, Iterator
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import AnyProperty, EnumProperty, ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

from ._decimal import DecimalNumberProperty, DecimalProperty
from ._errors import CodegenError

PARSING = "parsing"
"""The name generated modules import their ``_parsing`` module under."""
PARSING_IMPORT = f"from ... import _parsing as {PARSING}"
"""That import, as written in an endpoint module (``api/<tag>/<operation>.py``)."""

_LEAF_PARSERS: dict[type[Any], str] = {
    StringProperty: "string",
    IntProperty: "integer",
    FloatProperty: "number",
    BooleanProperty: "boolean",
    DecimalProperty: "decimal",
    DecimalNumberProperty: "decimal_number",
    DateProperty: "date",
    DateTimeProperty: "date_time",
    UuidProperty: "uuid",
}
_RUNTIME_TYPES: dict[type[Any], str] = {
    StringProperty: "str",
    IntProperty: "int",
    FloatProperty: "float",
    BooleanProperty: "bool",
    DecimalProperty: "Decimal",
    DecimalNumberProperty: "Decimal",
    DateProperty: "datetime.date",
    DateTimeProperty: "datetime.datetime",
    UuidProperty: "UUID",
    ListProperty: "list",
    AnyProperty: "object",
}
_MODEL_ATTRIBUTES = frozenset(
    {"raw", "additional_properties", "additional_keys", "to_dict", "from_dict"}
)
_BUILTIN_CLASS_NAMES = frozenset(name for name in strings.RESERVED_WORDS if name[:1].isupper())


def _suffix_keywords(value: str) -> str:
    """The generator's renaming rule, narrowed: fields keep Alpaca's names (``type``,
    ``open``); only keywords get a ``_`` (``class_``); class names still avoid builtins."""
    if keyword.iskeyword(value) or value in _BUILTIN_CLASS_NAMES:
        return f"{value}_"
    return value


def install_names() -> None:
    """Route the generator's identifier renaming to :func:`_suffix_keywords` (idempotent)."""
    strings.fix_reserved_words = _suffix_keywords


def _alternatives(prop: Property) -> tuple[list[Property], bool]:
    """The non-null types ``prop`` may hold, and whether it may be null."""
    if isinstance(prop, NoneProperty):
        return [], True
    if not isinstance(prop, UnionProperty):
        return [prop], False
    members: list[Property] = []
    nullable = False
    for inner in prop.inner_properties:
        inner_members, inner_nullable = _alternatives(inner)
        members += inner_members
        nullable = nullable or inner_nullable
    return members, nullable


def _additional(model: ModelProperty) -> Property | None:
    """The type of the fields a model allows beyond its named ones (None: not allowed)."""
    extra: Property | bool | None = model.additional_properties
    return None if extra is None or isinstance(extra, bool) else extra


def _typed_additional(model: ModelProperty) -> Property | None:
    extra = _additional(model)
    return None if isinstance(extra, AnyProperty) else extra


def _references(prop: Property) -> Iterator[ModelProperty]:
    if isinstance(prop, ModelProperty):
        yield prop
    elif isinstance(prop, ListProperty):
        yield from _references(prop.inner_property)
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            yield from _references(inner)


def _reachable(roots: Iterable[Property], models: dict[str, ModelProperty]) -> set[str]:
    """Class names of the models ``roots`` lead to, directly or through fields."""
    seen: set[str] = set()
    pending = list(roots)
    while pending:
        for ref in _references(pending.pop()):
            name = ref.class_info.name
            if name in seen:
                continue
            seen.add(name)
            model = models.get(name, ref)
            pending += (model.required_properties or []) + (model.optional_properties or [])
            extra = _additional(model)
            if extra is not None:
                pending.append(extra)
    return seen


def request_models(openapi: GeneratorData) -> frozenset[str]:
    """Class names of the models a request body reaches; fails for a model responses use too."""
    models: dict[str, ModelProperty] = {model.class_info.name: model for model in openapi.models}
    endpoints = [e for c in openapi.endpoint_collections_by_tag.values() for e in c.endpoints]
    requests = _reachable((body.prop for e in endpoints for body in e.bodies), models)
    responses = _reachable((r.prop for e in endpoints for r in e.responses), models)
    shared = sorted(requests & responses)
    if shared:
        raise CodegenError(
            f"schemas used both in a request body and in a response: {', '.join(shared)}. "
            "Split each into a request and a response schema in spec/, so that a request never "
            "sends nulls for fields it was not given."
        )
    return frozenset(requests)


def _literal(prop: Property) -> str:
    return json.dumps(prop.name.get_untrusted_value())


def _parser(prop: Property, depth: int) -> str:
    """A callable ``(value, key) -> parsed value`` for ``prop``."""
    members, nullable = _alternatives(prop)
    if not nullable and len(members) == 1 and type(members[0]) in _LEAF_PARSERS:
        return f"{PARSING}.{_LEAF_PARSERS[type(members[0])]}"
    value, key = f"value{depth}", f"key{depth}"
    return f"lambda {value}, {key}: {parse(prop, value, key, depth + 1)}"


def _parse_one(prop: Property, value: str, key: str, depth: int) -> str:
    kind = type(prop)
    if kind in _LEAF_PARSERS:
        return f"{PARSING}.{_LEAF_PARSERS[kind]}({value}, {key})"
    if isinstance(prop, EnumProperty):
        parser = "str_enum" if prop.value_type is str else "int_enum"
        return f"{PARSING}.{parser}({prop.class_info.name}, {value}, {key})"
    if isinstance(prop, ModelProperty):
        return f"{PARSING}.model({prop.class_info.name}.from_dict, {value}, {key})"
    if isinstance(prop, ListProperty):
        return f"{PARSING}.array({_parser(prop.inner_property, depth)}, {value}, {key})"
    if isinstance(prop, ConstProperty):
        expected = prop.value.python_code.as_unembedded_code()
        return f"{PARSING}.constant({expected}, {value}, {key})"
    if isinstance(prop, AnyProperty):
        return value
    raise CodegenError(
        f"field {prop.name.get_untrusted_value()!r}: unsupported type {kind.__name__}"
    )


def parse(prop: Property, value: str, key: str, depth: int = 0) -> str:
    """An expression converting the JSON value held by the name ``value`` into ``prop``'s type;
    a mismatch raises ``ResponseParseError`` at ``key``."""
    members, nullable = _alternatives(prop)
    if not members:
        return f"{PARSING}.null({value}, {key})"
    if len(members) == 1:
        parsed = _parse_one(members[0], value, key, depth)
    else:
        parsers = ", ".join(_parser(member, depth) for member in members)
        parsed = f"{PARSING}.one_of(({parsers},), {value}, {key})"
    return f"None if {value} is None else {parsed}" if nullable else parsed


def _runtime_type(prop: Property) -> str:
    if isinstance(prop, EnumProperty | ModelProperty):
        return prop.class_info.name
    if isinstance(prop, ConstProperty):
        return type(prop.value.raw_value).__name__
    return _RUNTIME_TYPES[type(prop)]


def _dump_one(prop: Property, value: str, depth: int) -> str:
    if isinstance(prop, DecimalNumberProperty):
        return f"float({value})"
    if isinstance(prop, DecimalProperty):
        return f'format({value}, "f")'
    if isinstance(prop, DateProperty | DateTimeProperty):
        return f"{value}.isoformat()"
    if isinstance(prop, UuidProperty):
        return f"str({value})"
    if isinstance(prop, EnumProperty):
        return f"{value}.value"
    if isinstance(prop, ModelProperty):
        return f"{value}.to_dict()"
    if isinstance(prop, ListProperty):
        item = f"item{depth}"
        dumped = dump(prop.inner_property, item, depth + 1)
        return f"list({value})" if dumped == item else f"[{dumped} for {item} in {value}]"
    return value


def _dump_members(members: list[Property], value: str, depth: int) -> str:
    dumped = _dump_one(members[-1], value, depth)
    for member in reversed(members[:-1]):
        own = _dump_one(member, value, depth)
        dumped = f"{own} if isinstance({value}, {_runtime_type(member)}) else {dumped}"
    return dumped


def dump(prop: Property, value: str, depth: int = 0) -> str:
    """An expression converting ``value`` (of ``prop``'s type) into its JSON form."""
    members, nullable = _alternatives(prop)
    if not members:
        return "None"
    dumped = _dump_members(members, value, depth)
    return f"None if {value} is None else {dumped}" if nullable else dumped


class ModelCode:
    """What ``model.py.jinja`` renders for each model, given which models are request bodies."""

    def __init__(self, request_models: frozenset[str]) -> None:
        self.request_models = request_models

    def is_request(self, model: ModelProperty) -> bool:
        return model.class_info.name in self.request_models

    def fields(self, model: ModelProperty) -> list[Property]:
        """The model's properties, those without a default first (attrs needs that order)."""
        props: list[Property] = [
            *(model.required_properties or []),
            *(model.optional_properties or []),
        ]
        for prop in props:
            if prop.python_name in _MODEL_ATTRIBUTES:
                raise CodegenError(
                    f"{model.class_info.name}.{prop.python_name}: the name is taken by every model"
                )
        request = self.is_request(model)

        def mandatory(prop: Property) -> bool:
            return prop.required and (prop.default is None or not request)

        return [p for p in props if mandatory(p)] + [p for p in props if not mandatory(p)]

    def declaration(self, model: ModelProperty, prop: Property) -> str:
        """``name: type [= default]``: ``X | Unset`` on request bodies, ``X | None`` elsewhere."""
        if self.is_request(model):
            return prop.to_string().as_unembedded_code()
        members, nullable = _alternatives(prop)
        types = {m.get_type_string(no_optional=True).as_unembedded_code() for m in members}
        names = sorted(types, key=str.lower)
        if nullable or not prop.required:
            names.append("None")
        declared = f"{prop.python_name}: {' | '.join(names)}"
        return declared if prop.required else f"{declared} = None"

    def known_keys(self, model: ModelProperty) -> str:
        """A ``frozenset`` expression of the JSON names of the model's fields."""
        keys = ", ".join(_literal(prop) for prop in self.fields(model))
        return f"frozenset({{{keys}}})" if keys else "frozenset()"

    def to_dict_body(self, model: ModelProperty) -> str:
        lines = []
        extra = _typed_additional(model)
        if extra is not None:
            dumped = dump(extra, "value")
            lines.append(
                "field_dict: dict[str, Any] = "
                f"{{name: {dumped} for name, value in self.additional_properties.items()}}"
            )
        elif model.additional_properties:
            lines.append("field_dict: dict[str, Any] = dict(self.additional_properties)")
        else:
            lines.append("field_dict: dict[str, Any] = {}")
        request = self.is_request(model)
        for prop in self.fields(model):
            attribute, target = f"self.{prop.python_name}", f"field_dict[{_literal(prop)}]"
            if prop.required:
                lines.append(f"{target} = {dump(prop, attribute)}")
            elif request:
                lines.append(f"if not isinstance({attribute}, Unset):")
                lines.append(f"    {target} = {dump(prop, attribute)}")
            else:
                members, _ = _alternatives(prop)
                lines.append(f"if {attribute} is not None:")
                lines.append(f"    {target} = {_dump_members(members, attribute, 0)}")
        lines.append("return field_dict")
        return "\n".join(lines)

    def from_dict_body(self, model: ModelProperty) -> str:
        request = self.is_request(model)
        fields = self.fields(model)
        lines = [f"data = {PARSING}.mapping(src_dict)"]
        required = [prop for prop in fields if prop.required]
        if required:
            lines.append("try:")
            lines += [f"    _{prop.python_name} = data[{_literal(prop)}]" for prop in required]
            lines.append("except KeyError as error:")
            lines.append(f"    raise {PARSING}.missing(error, data) from None")
        arguments = []
        for prop in fields:
            local, key = f"_{prop.python_name}", _literal(prop)
            members, nullable = _alternatives(prop)
            if prop.required:
                value = parse(prop, local, key)
            elif request and nullable:
                lines.append(f"{local} = data.get({key}, UNSET)")
                value = f"{local} if {local} is None or {local} is UNSET else "
                value += parse(_without_null(prop, members), local, key)
            else:
                lines.append(f"{local} = data.get({key})")
                absent = "UNSET" if request else "None"
                value = f"{absent} if {local} is None else "
                value += parse(_without_null(prop, members), local, key)
            arguments.append(f"    {prop.python_name}={value},")
        lines += ["result = cls(", *arguments, ")"] if arguments else ["result = cls()"]
        extra = _typed_additional(model)
        if extra is not None:
            parser = _parser(extra, 0)
            lines.append(f"result.additional_properties = {PARSING}.entries({parser}, data, _KEYS)")
        elif model.additional_properties:
            lines.append(
                "result.additional_properties = "
                "{name: value for name, value in data.items() if name not in _KEYS}"
            )
        lines.append("result.raw = dict(data)")
        lines.append("return result")
        return "\n".join(lines)

    def parse_json_response(self, prop: Property) -> str:
        """The body of an endpoint's ``_parse_response`` branch for a JSON response."""
        parsed = parse(prop, "body", '""')
        return f"body = {PARSING}.json_body(response)\nreturn {parsed}"


def _without_null(prop: Property, members: list[Property]) -> Property:
    """``prop`` itself, or its one non-null alternative when it is a nullable union."""
    return members[0] if isinstance(prop, UnionProperty) and len(members) == 1 else prop


def add_parsing_imports(openapi: GeneratorData) -> None:
    """Let every endpoint module import ``_parsing`` (the formatter drops unused imports)."""
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoint.relative_imports.add(PARSING_IMPORT)
