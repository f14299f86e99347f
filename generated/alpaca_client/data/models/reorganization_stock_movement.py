from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class ReorganizationStockMovement:
    """One security delivered in a reorganization."""

    symbol: str
    cusip: str
    new_rate: Decimal
    """ Units of this security received per source_rate shares. """
    source_rate: Decimal
    """ Shares of the reorganized security given up. """
    isin: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["symbol"] = self.symbol
        field_dict["cusip"] = self.cusip
        field_dict["new_rate"] = float(self.new_rate)
        field_dict["source_rate"] = float(self.source_rate)
        if self.isin is not None:
            field_dict["isin"] = self.isin
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _symbol = data["symbol"]
            _cusip = data["cusip"]
            _new_rate = data["new_rate"]
            _source_rate = data["source_rate"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _isin = data.get("isin")
        result = cls(
            symbol=parsing.string(_symbol, "symbol"),
            cusip=parsing.string(_cusip, "cusip"),
            new_rate=parsing.decimal_number(_new_rate, "new_rate"),
            source_rate=parsing.decimal_number(_source_rate, "source_rate"),
            isin=None if _isin is None else parsing.string(_isin, "isin"),
        )
        result.additional_properties = {
            name: value for name, value in data.items() if name not in _KEYS
        }
        result.raw = dict(data)
        return result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KEYS: frozenset[str] = frozenset({"symbol", "cusip", "new_rate", "source_rate", "isin"})
