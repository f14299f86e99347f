from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class StockAuction:
    """One auction print."""

    t: datetime.datetime
    """ Print time (nanosecond precision on the wire). """
    x: str | None = None
    """ Exchange code. """
    p: Decimal | None = None
    """ Auction price. """
    s: int | None = None
    """ Auction size in shares. """
    c: str | None = None
    """ Condition code marking the print as an opening or closing auction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.x is not None:
            field_dict["x"] = self.x
        if self.p is not None:
            field_dict["p"] = float(self.p)
        if self.s is not None:
            field_dict["s"] = self.s
        if self.c is not None:
            field_dict["c"] = self.c
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _t = data["t"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _x = data.get("x")
        _p = data.get("p")
        _s = data.get("s")
        _c = data.get("c")
        result = cls(
            t=parsing.date_time(_t, "t"),
            x=None if _x is None else parsing.string(_x, "x"),
            p=None if _p is None else parsing.decimal_number(_p, "p"),
            s=None if _s is None else parsing.integer(_s, "s"),
            c=None if _c is None else parsing.string(_c, "c"),
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


_KEYS: frozenset[str] = frozenset({"t", "x", "p", "s", "c"})
