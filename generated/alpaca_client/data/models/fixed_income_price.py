from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedIncomePrice")


@_attrs_define
class FixedIncomePrice:
    """Price of a bond, as a percentage of par, with its yields."""

    t: datetime.datetime
    """ Price time. """
    p: float | Unset = UNSET
    """ Price in percent of par. """
    ytm: float | Unset = UNSET
    """ Yield to maturity. """
    ytw: float | Unset = UNSET
    """ Yield to worst. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        p = self.p

        ytm = self.ytm

        ytw = self.ytw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if p is not UNSET:
            field_dict["p"] = p
        if ytm is not UNSET:
            field_dict["ytm"] = ytm
        if ytw is not UNSET:
            field_dict["ytw"] = ytw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        p = _data.pop("p", UNSET)

        ytm = _data.pop("ytm", UNSET)

        ytw = _data.pop("ytw", UNSET)

        fixed_income_price = cls(
            t=t,
            p=p,
            ytm=ytm,
            ytw=ytw,
        )

        fixed_income_price.additional_properties = _data
        fixed_income_price.raw = dict(src_dict)
        return fixed_income_price

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
