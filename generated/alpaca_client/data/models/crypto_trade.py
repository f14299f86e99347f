from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.taker_side import TakerSide


@_attrs_define
class CryptoTrade:
    """A single crypto trade."""

    t: datetime.datetime
    """ Trade time. """
    p: Decimal | None = None
    """ Price. """
    s: Decimal | None = None
    """ Size (fractional). """
    i: int | None = None
    """ Venue trade ID. """
    tks: TakerSide | None = None
    """ Side of the aggressor of a crypto trade, B (buyer) or S (seller). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.p is not None:
            field_dict["p"] = float(self.p)
        if self.s is not None:
            field_dict["s"] = float(self.s)
        if self.i is not None:
            field_dict["i"] = self.i
        if self.tks is not None:
            field_dict["tks"] = self.tks.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _t = data["t"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _p = data.get("p")
        _s = data.get("s")
        _i = data.get("i")
        _tks = data.get("tks")
        result = cls(
            t=parsing.date_time(_t, "t"),
            p=None if _p is None else parsing.decimal_number(_p, "p"),
            s=None if _s is None else parsing.decimal_number(_s, "s"),
            i=None if _i is None else parsing.integer(_i, "i"),
            tks=None if _tks is None else parsing.str_enum(TakerSide, _tks, "tks"),
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


_KEYS: frozenset[str] = frozenset({"t", "p", "s", "i", "tks"})
