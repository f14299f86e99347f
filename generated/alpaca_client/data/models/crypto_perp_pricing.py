from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoPerpPricing")


@_attrs_define
class CryptoPerpPricing:
    """Funding and reference prices of a perpetual future."""

    t: datetime.datetime
    """ Time of these values. """
    ft: datetime.datetime | Unset = UNSET
    """ Next funding time. """
    fr: float | Unset = UNSET
    """ Funding rate. """
    mp: float | Unset = UNSET
    """ Mark price. """
    ip: float | Unset = UNSET
    """ Index price. """
    oi: float | Unset = UNSET
    """ Open interest (fractional). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        ft: str | Unset = UNSET
        if not isinstance(self.ft, Unset):
            ft = self.ft.isoformat()

        fr = self.fr

        mp = self.mp

        ip = self.ip

        oi = self.oi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if ft is not UNSET:
            field_dict["ft"] = ft
        if fr is not UNSET:
            field_dict["fr"] = fr
        if mp is not UNSET:
            field_dict["mp"] = mp
        if ip is not UNSET:
            field_dict["ip"] = ip
        if oi is not UNSET:
            field_dict["oi"] = oi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        _ft = _data.pop("ft", UNSET)
        ft: datetime.datetime | Unset
        if isinstance(_ft, Unset):
            ft = UNSET
        else:
            ft = datetime.datetime.fromisoformat(_ft)

        fr = _data.pop("fr", UNSET)

        mp = _data.pop("mp", UNSET)

        ip = _data.pop("ip", UNSET)

        oi = _data.pop("oi", UNSET)

        crypto_perp_pricing = cls(
            t=t,
            ft=ft,
            fr=fr,
            mp=mp,
            ip=ip,
            oi=oi,
        )

        crypto_perp_pricing.additional_properties = _data
        crypto_perp_pricing.raw = dict(src_dict)
        return crypto_perp_pricing

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
