from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class CryptoQuote:
    """Best bid and ask of a crypto pair at a point in time."""

    t: datetime.datetime
    """ Quote time. """
    bp: Decimal | None = None
    """ Bid price. """
    bs: Decimal | None = None
    """ Bid size (fractional). """
    ap: Decimal | None = None
    """ Ask price. """
    as_: Decimal | None = None
    """ Ask size (fractional). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.bp is not None:
            field_dict["bp"] = float(self.bp)
        if self.bs is not None:
            field_dict["bs"] = float(self.bs)
        if self.ap is not None:
            field_dict["ap"] = float(self.ap)
        if self.as_ is not None:
            field_dict["as"] = float(self.as_)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _t = data["t"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _bp = data.get("bp")
        _bs = data.get("bs")
        _ap = data.get("ap")
        _as_ = data.get("as")
        result = cls(
            t=parsing.date_time(_t, "t"),
            bp=None if _bp is None else parsing.decimal_number(_bp, "bp"),
            bs=None if _bs is None else parsing.decimal_number(_bs, "bs"),
            ap=None if _ap is None else parsing.decimal_number(_ap, "ap"),
            as_=None if _as_ is None else parsing.decimal_number(_as_, "as"),
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


_KEYS: frozenset[str] = frozenset({"t", "bp", "bs", "ap", "as"})
