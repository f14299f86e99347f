from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.crypto_orderbook_entry import CryptoOrderbookEntry


@_attrs_define
class CryptoOrderbook:
    """Bid and ask price levels of an order book at a point in time."""

    t: datetime.datetime
    """ Order book time. """
    b: list[CryptoOrderbookEntry] | None = None
    """ Bid levels. """
    a: list[CryptoOrderbookEntry] | None = None
    """ Ask levels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.b is not None:
            field_dict["b"] = [item0.to_dict() for item0 in self.b]
        if self.a is not None:
            field_dict["a"] = [item0.to_dict() for item0 in self.a]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.crypto_orderbook_entry import CryptoOrderbookEntry  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _t = data["t"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _b = data.get("b")
        _a = data.get("a")
        result = cls(
            t=parsing.date_time(_t, "t"),
            b=None
            if _b is None
            else parsing.array(
                lambda value0, key0: parsing.model(CryptoOrderbookEntry.from_dict, value0, key0),
                _b,
                "b",
            ),
            a=None
            if _a is None
            else parsing.array(
                lambda value0, key0: parsing.model(CryptoOrderbookEntry.from_dict, value0, key0),
                _a,
                "a",
            ),
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


_KEYS: frozenset[str] = frozenset({"t", "b", "a"})
