"""Teach openapi-python-client that ``format: decimal`` means ``decimal.Decimal``.

The Trading API sends money and quantities as decimal strings (``type: string, format: decimal``);
the Market Data API sends prices and sizes as JSON numbers (``type: number, format: decimal``).
The pinned generator (``_generate.PINNED``) has no such format, so we add property classes
modelled on its ``UuidProperty`` and route the format to them: :class:`DecimalProperty` reads a
decimal string (or a number) and writes a string; :class:`DecimalNumberProperty` reads only a
JSON number (exactly, through its shortest ``repr``) and writes a float. In a query both are sent
as plain decimal text. The template is ``templates/property_templates/decimal_property.py.jinja``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from attr import define, field
from openapi_python_client import schema as oai
from openapi_python_client.parser import bodies as _bodies
from openapi_python_client.parser import openapi as _openapi
from openapi_python_client.parser import properties as _properties
from openapi_python_client.parser import responses as _responses
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.protocol import (
    PropertyProtocol,
    Value,
    convert_example,
)
from openapi_python_client.strings import PythonCode, PythonIdentifier


@define
class DecimalProperty(PropertyProtocol):
    """A property of type ``decimal.Decimal``, sent and received as a JSON string."""

    name: oai.UntrustedString
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: oai.UntrustedString | None
    example: oai.UntrustedString | None = field(converter=convert_example)

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    _allowed_locations: ClassVar[set[oai.ParameterLocation]] = {
        oai.ParameterLocation.QUERY,
        oai.ParameterLocation.PATH,
        oai.ParameterLocation.COOKIE,
        oai.ParameterLocation.HEADER,
    }
    template: ClassVar[str] = "decimal_property.py.jinja"

    @classmethod
    def build(
        cls,
        name: oai.UntrustedString,
        required: bool,
        default: Any,
        python_name: PythonIdentifier,
        description: oai.UntrustedString | None,
        example: Any,
    ) -> DecimalProperty | PropertyError:
        checked_default = cls.convert_value(default)
        if isinstance(checked_default, PropertyError):
            return checked_default
        return cls(
            name=name,
            required=required,
            default=checked_default,
            python_name=python_name,
            description=description,
            example=example,
        )

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        try:
            Decimal(str(value))
        except InvalidOperation:
            return PropertyError(f"Invalid decimal value: {value}")
        return Value(python_code=PythonCode(f"Decimal({str(value)!r})"), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.add("from decimal import Decimal")
        return imports


class DecimalNumberProperty(DecimalProperty):
    """A ``decimal.Decimal`` property sent and received as a JSON number."""

    _json_type_string: ClassVar[str] = "float"


_original_string_based_property = _properties._string_based_property
_original_property_from_data = _properties.property_from_data


def _string_based_property(
    name: oai.UntrustedString, required: bool, data: oai.Schema, config: Any
) -> Any:
    if data.schema_format == "decimal":
        return DecimalProperty.build(
            name=name,
            required=required,
            default=data.default,
            python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )
    return _original_string_based_property(name, required, data, config)


def _is_decimal_number(data: oai.Reference | oai.Schema) -> bool:
    return (
        isinstance(data, oai.Schema)
        and data.type == oai.DataType.NUMBER
        and data.schema_format == "decimal"
        and not (data.enum or data.allOf or data.anyOf or data.oneOf)
        and data.const is None
    )


def _property_from_data(
    name: oai.UntrustedString,
    required: bool,
    data: oai.Reference | oai.Schema,
    schemas: Any,
    parent_name: str,
    config: Any,
    process_properties: bool = True,
    roots: Any = None,
) -> tuple[Any, Any]:
    if _is_decimal_number(data):
        assert isinstance(data, oai.Schema)
        built = DecimalNumberProperty.build(
            name=name,
            required=required,
            default=data.default,
            python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )
        return built, schemas
    return _original_property_from_data(
        name, required, data, schemas, parent_name, config, process_properties, roots
    )


def install() -> None:
    """Route ``format: decimal`` to the decimal properties (idempotent). The generator's
    modules that imported ``property_from_data`` by name get the routing version too; nested
    properties import it from ``properties`` when they are built."""
    _properties._string_based_property = _string_based_property
    for module in (_properties, _openapi, _bodies, _responses):
        module.property_from_data = _property_from_data  # type: ignore[attr-defined]
