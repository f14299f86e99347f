from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class FixedIncomeQuote:
    """Best bid and ask of a bond; a zero price or size means that side is empty."""

    t: datetime.datetime
    """ Quote time. """
    bp: Decimal | None = None
    """ Bid price in percent of par. """
    bs: int | None = None
    """ Bid size (par value). """
    bms: int | None = None
    """ Minimum trade size of the bid (par value). """
    bytm: Decimal | None = None
    """ Bid yield to maturity. """
    bytw: Decimal | None = None
    """ Bid yield to worst. """
    ap: Decimal | None = None
    """ Ask price in percent of par. """
    as_: int | None = None
    """ Ask size (par value). """
    ams: int | None = None
    """ Minimum trade size of the ask (par value). """
    aytm: Decimal | None = None
    """ Ask yield to maturity. """
    aytw: Decimal | None = None
    """ Ask yield to worst. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.bp is not None:
            field_dict["bp"] = float(self.bp)
        if self.bs is not None:
            field_dict["bs"] = self.bs
        if self.bms is not None:
            field_dict["bms"] = self.bms
        if self.bytm is not None:
            field_dict["bytm"] = float(self.bytm)
        if self.bytw is not None:
            field_dict["bytw"] = float(self.bytw)
        if self.ap is not None:
            field_dict["ap"] = float(self.ap)
        if self.as_ is not None:
            field_dict["as"] = self.as_
        if self.ams is not None:
            field_dict["ams"] = self.ams
        if self.aytm is not None:
            field_dict["aytm"] = float(self.aytm)
        if self.aytw is not None:
            field_dict["aytw"] = float(self.aytw)
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
        _bms = data.get("bms")
        _bytm = data.get("bytm")
        _bytw = data.get("bytw")
        _ap = data.get("ap")
        _as_ = data.get("as")
        _ams = data.get("ams")
        _aytm = data.get("aytm")
        _aytw = data.get("aytw")
        result = cls(
            t=parsing.date_time(_t, "t"),
            bp=None if _bp is None else parsing.decimal_number(_bp, "bp"),
            bs=None if _bs is None else parsing.integer(_bs, "bs"),
            bms=None if _bms is None else parsing.integer(_bms, "bms"),
            bytm=None if _bytm is None else parsing.decimal_number(_bytm, "bytm"),
            bytw=None if _bytw is None else parsing.decimal_number(_bytw, "bytw"),
            ap=None if _ap is None else parsing.decimal_number(_ap, "ap"),
            as_=None if _as_ is None else parsing.integer(_as_, "as"),
            ams=None if _ams is None else parsing.integer(_ams, "ams"),
            aytm=None if _aytm is None else parsing.decimal_number(_aytm, "aytm"),
            aytw=None if _aytw is None else parsing.decimal_number(_aytw, "aytw"),
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


_KEYS: frozenset[str] = frozenset(
    {"t", "bp", "bs", "bms", "bytm", "bytw", "ap", "as", "ams", "aytm", "aytw"}
)
