from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class OptionQuote:
    """Best bid and ask of an option contract at a point in time."""

    t: datetime.datetime
    """ Quote time. """
    bx: str | None = None
    """ Bid exchange code. """
    bp: Decimal | None = None
    """ Bid price. """
    bs: int | None = None
    """ Bid size in contracts. """
    ax: str | None = None
    """ Ask exchange code. """
    ap: Decimal | None = None
    """ Ask price. """
    as_: int | None = None
    """ Ask size in contracts. """
    c: str | None = None
    """ Quote condition code (one code, not a list as for stocks). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.bx is not None:
            field_dict["bx"] = self.bx
        if self.bp is not None:
            field_dict["bp"] = float(self.bp)
        if self.bs is not None:
            field_dict["bs"] = self.bs
        if self.ax is not None:
            field_dict["ax"] = self.ax
        if self.ap is not None:
            field_dict["ap"] = float(self.ap)
        if self.as_ is not None:
            field_dict["as"] = self.as_
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
        _bx = data.get("bx")
        _bp = data.get("bp")
        _bs = data.get("bs")
        _ax = data.get("ax")
        _ap = data.get("ap")
        _as_ = data.get("as")
        _c = data.get("c")
        result = cls(
            t=parsing.date_time(_t, "t"),
            bx=None if _bx is None else parsing.string(_bx, "bx"),
            bp=None if _bp is None else parsing.decimal_number(_bp, "bp"),
            bs=None if _bs is None else parsing.integer(_bs, "bs"),
            ax=None if _ax is None else parsing.string(_ax, "ax"),
            ap=None if _ap is None else parsing.decimal_number(_ap, "ap"),
            as_=None if _as_ is None else parsing.integer(_as_, "as"),
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


_KEYS: frozenset[str] = frozenset({"t", "bx", "bp", "bs", "ax", "ap", "as", "c"})
