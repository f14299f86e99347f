from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class MostActive:
    """A stock ranked by today's volume or trade count."""

    symbol: str
    volume: int
    """ Volume so far today. """
    trade_count: int
    """ Number of trades so far today. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["symbol"] = self.symbol
        field_dict["volume"] = self.volume
        field_dict["trade_count"] = self.trade_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _symbol = data["symbol"]
            _volume = data["volume"]
            _trade_count = data["trade_count"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            symbol=parsing.string(_symbol, "symbol"),
            volume=parsing.integer(_volume, "volume"),
            trade_count=parsing.integer(_trade_count, "trade_count"),
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


_KEYS: frozenset[str] = frozenset({"symbol", "volume", "trade_count"})
