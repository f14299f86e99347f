from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedIncomeQuote")


@_attrs_define
class FixedIncomeQuote:
    """Best bid and ask of a bond; a zero price or size means that side is empty."""

    t: datetime.datetime
    """ Quote time. """
    bp: float | Unset = UNSET
    """ Bid price in percent of par. """
    bs: int | Unset = UNSET
    """ Bid size (par value). """
    bms: int | Unset = UNSET
    """ Minimum trade size of the bid (par value). """
    bytm: float | Unset = UNSET
    """ Bid yield to maturity. """
    bytw: float | Unset = UNSET
    """ Bid yield to worst. """
    ap: float | Unset = UNSET
    """ Ask price in percent of par. """
    as_: int | Unset = UNSET
    """ Ask size (par value). """
    ams: int | Unset = UNSET
    """ Minimum trade size of the ask (par value). """
    aytm: float | Unset = UNSET
    """ Ask yield to maturity. """
    aytw: float | Unset = UNSET
    """ Ask yield to worst. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        t = self.t.isoformat()

        bp = self.bp

        bs = self.bs

        bms = self.bms

        bytm = self.bytm

        bytw = self.bytw

        ap = self.ap

        as_ = self.as_

        ams = self.ams

        aytm = self.aytm

        aytw = self.aytw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
            }
        )
        if bp is not UNSET:
            field_dict["bp"] = bp
        if bs is not UNSET:
            field_dict["bs"] = bs
        if bms is not UNSET:
            field_dict["bms"] = bms
        if bytm is not UNSET:
            field_dict["bytm"] = bytm
        if bytw is not UNSET:
            field_dict["bytw"] = bytw
        if ap is not UNSET:
            field_dict["ap"] = ap
        if as_ is not UNSET:
            field_dict["as"] = as_
        if ams is not UNSET:
            field_dict["ams"] = ams
        if aytm is not UNSET:
            field_dict["aytm"] = aytm
        if aytw is not UNSET:
            field_dict["aytw"] = aytw

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        t = datetime.datetime.fromisoformat(_data.pop("t"))

        bp = _data.pop("bp", UNSET)

        bs = _data.pop("bs", UNSET)

        bms = _data.pop("bms", UNSET)

        bytm = _data.pop("bytm", UNSET)

        bytw = _data.pop("bytw", UNSET)

        ap = _data.pop("ap", UNSET)

        as_ = _data.pop("as", UNSET)

        ams = _data.pop("ams", UNSET)

        aytm = _data.pop("aytm", UNSET)

        aytw = _data.pop("aytw", UNSET)

        fixed_income_quote = cls(
            t=t,
            bp=bp,
            bs=bs,
            bms=bms,
            bytm=bytm,
            bytw=bytw,
            ap=ap,
            as_=as_,
            ams=ams,
            aytm=aytm,
            aytw=aytw,
        )

        fixed_income_quote.additional_properties = _data
        fixed_income_quote.raw = dict(src_dict)
        return fixed_income_quote

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
