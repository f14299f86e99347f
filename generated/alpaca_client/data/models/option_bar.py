from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class OptionBar:
    """OHLCV aggregate of an option contract over one timeframe interval."""

    t: datetime.datetime
    """ Start of the bar interval. """
    o: Decimal | None = None
    """ Open. """
    h: Decimal | None = None
    """ High. """
    l: Decimal | None = None
    """ Low. """
    c: Decimal | None = None
    """ Close. """
    v: int | None = None
    """ Volume in contracts. """
    n: int | None = None
    """ Number of trades. """
    vw: Decimal | None = None
    """ Volume-weighted average price. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.o is not None:
            field_dict["o"] = float(self.o)
        if self.h is not None:
            field_dict["h"] = float(self.h)
        if self.l is not None:
            field_dict["l"] = float(self.l)
        if self.c is not None:
            field_dict["c"] = float(self.c)
        if self.v is not None:
            field_dict["v"] = self.v
        if self.n is not None:
            field_dict["n"] = self.n
        if self.vw is not None:
            field_dict["vw"] = float(self.vw)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _t = data["t"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _o = data.get("o")
        _h = data.get("h")
        _l = data.get("l")
        _c = data.get("c")
        _v = data.get("v")
        _n = data.get("n")
        _vw = data.get("vw")
        result = cls(
            t=parsing.date_time(_t, "t"),
            o=None if _o is None else parsing.decimal_number(_o, "o"),
            h=None if _h is None else parsing.decimal_number(_h, "h"),
            l=None if _l is None else parsing.decimal_number(_l, "l"),
            c=None if _c is None else parsing.decimal_number(_c, "c"),
            v=None if _v is None else parsing.integer(_v, "v"),
            n=None if _n is None else parsing.integer(_n, "n"),
            vw=None if _vw is None else parsing.decimal_number(_vw, "vw"),
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


_KEYS: frozenset[str] = frozenset({"t", "o", "h", "l", "c", "v", "n", "vw"})
