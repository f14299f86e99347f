"""Teach openapi-python-client that ``type: string, format: decimal`` means ``decimal.Decimal``.

Alpaca sends money and quantities as decimal strings. The pinned generator (``_generate.PINNED``)
has no such format, so we add a property class modelled on its ``UuidProperty`` and route the
format to it. The template lives in ``templates/property_templates/decimal_property.py.jinja``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from attr import define, field
from openapi_python_client import schema as oai
from openapi_python_client.parser import properties as _properties
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


_original_string_based_property = _properties._string_based_property


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


def install() -> None:
    """Route ``format: decimal`` to :class:`DecimalProperty` (idempotent)."""
    _properties._string_based_property = _string_based_property
