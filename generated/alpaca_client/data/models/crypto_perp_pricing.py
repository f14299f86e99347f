from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class CryptoPerpPricing:
    """Funding and reference prices of a perpetual future."""

    t: datetime.datetime
    """ Time of these values. """
    ft: datetime.datetime | None = None
    """ Next funding time. """
    fr: Decimal | None = None
    """ Funding rate. """
    mp: Decimal | None = None
    """ Mark price. """
    ip: Decimal | None = None
    """ Index price. """
    oi: Decimal | None = None
    """ Open interest (fractional). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["t"] = self.t.isoformat()
        if self.ft is not None:
            field_dict["ft"] = self.ft.isoformat()
        if self.fr is not None:
            field_dict["fr"] = float(self.fr)
        if self.mp is not None:
            field_dict["mp"] = float(self.mp)
        if self.ip is not None:
            field_dict["ip"] = float(self.ip)
        if self.oi is not None:
            field_dict["oi"] = float(self.oi)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _t = data["t"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _ft = data.get("ft")
        _fr = data.get("fr")
        _mp = data.get("mp")
        _ip = data.get("ip")
        _oi = data.get("oi")
        result = cls(
            t=parsing.date_time(_t, "t"),
            ft=None if _ft is None else parsing.date_time(_ft, "ft"),
            fr=None if _fr is None else parsing.decimal_number(_fr, "fr"),
            mp=None if _mp is None else parsing.decimal_number(_mp, "mp"),
            ip=None if _ip is None else parsing.decimal_number(_ip, "ip"),
            oi=None if _oi is None else parsing.decimal_number(_oi, "oi"),
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


_KEYS: frozenset[str] = frozenset({"t", "ft", "fr", "mp", "ip", "oi"})
