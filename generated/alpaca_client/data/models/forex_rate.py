from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForexRate")


@_attrs_define
class ForexRate:
    """Bid, ask and mid rate of a currency pair at a point in time (last values of the timeframe interval)."""

    t: datetime.datetime
    """ Rate time. """
    bp: float | Unset = UNSET
    """ Bid rate. """
    ap: float | Unset = UNSET
    """ Ask rate. """
    mp: float | Unset = UNSET
    """ Mid rate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        bp = self.bp

        ap = self.ap

        mp = self.mp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if bp is not UNSET:
            field_dict["bp"] = bp
        if ap is not UNSET:
            field_dict["ap"] = ap
        if mp is not UNSET:
            field_dict["mp"] = mp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        bp = _data.pop("bp", UNSET)

        ap = _data.pop("ap", UNSET)

        mp = _data.pop("mp", UNSET)

        forex_rate = cls(
            t=t,
            bp=bp,
            ap=ap,
            mp=mp,
        )

        forex_rate.additional_properties = _data
        forex_rate.raw = dict(src_dict)
        return forex_rate

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
