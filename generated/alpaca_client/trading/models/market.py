from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Market")


@_attrs_define
class Market:
    acronym: str
    name: str
    timezone: str
    """ IANA time zone, e.g. America/New_York. """
    mic: str | Unset = UNSET
    """ ISO 10383 market identifier code (4 characters). """
    bic: str | Unset = UNSET
    """ Business identifier code (11 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        acronym = self.acronym

        name = self.name

        timezone = self.timezone

        mic = self.mic

        bic = self.bic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acronym": acronym,
                "name": name,
                "timezone": timezone,
            }
        )
        if mic is not UNSET:
            field_dict["mic"] = mic
        if bic is not UNSET:
            field_dict["bic"] = bic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        acronym = _data.pop("acronym")

        name = _data.pop("name")

        timezone = _data.pop("timezone")

        mic = _data.pop("mic", UNSET)

        bic = _data.pop("bic", UNSET)

        market = cls(
            acronym=acronym,
            name=name,
            timezone=timezone,
            mic=mic,
            bic=bic,
        )

        market.additional_properties = _data
        market.raw = dict(src_dict)
        return market

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
