from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.tape import Tape


@_attrs_define
class StockTrade:
    """A single trade print."""

    t: datetime.datetime
    """ Trade time (nanosecond precision on the wire). """
    x: str | None = None
    """ Exchange code. """
    p: Decimal | None = None
    """ Price. """
    s: int | None = None
    """ Size in shares. """
    c: list[str] | None = None
    """ Condition codes. """
    i: int | None = None
    """ Exchange-assigned trade ID. """
    z: Tape | None = None
    """ Consolidated tape: A (NYSE), B (NYSE Arca, Cboe, IEX and other regionals), C (Nasdaq), N (overnight), O
    (OTC). """
    u: str | None = None
    """ Correction status, absent for a valid trade: canceled, incorrect or corrected. """
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
            field_dict["c"] = list(self.c)
        if self.i is not None:
            field_dict["i"] = self.i
        if self.z is not None:
            field_dict["z"] = self.z.value
        if self.u is not None:
            field_dict["u"] = self.u
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
        _i = data.get("i")
        _z = data.get("z")
        _u = data.get("u")
        result = cls(
            t=parsing.date_time(_t, "t"),
            x=None if _x is None else parsing.string(_x, "x"),
            p=None if _p is None else parsing.decimal_number(_p, "p"),
            s=None if _s is None else parsing.integer(_s, "s"),
            c=None if _c is None else parsing.array(parsing.string, _c, "c"),
            i=None if _i is None else parsing.integer(_i, "i"),
            z=None if _z is None else parsing.str_enum(Tape, _z, "z"),
            u=None if _u is None else parsing.string(_u, "u"),
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


_KEYS: frozenset[str] = frozenset({"t", "x", "p", "s", "c", "i", "z", "u"})
