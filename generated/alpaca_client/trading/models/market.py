from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing


@_attrs_define
class Market:
    acronym: str
    name: str
    timezone: str
    """ IANA time zone, e.g. America/New_York. """
    mic: str | None = None
    """ ISO 10383 market identifier code (4 characters). """
    bic: str | None = None
    """ Business identifier code (11 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["acronym"] = self.acronym
        field_dict["name"] = self.name
        field_dict["timezone"] = self.timezone
        if self.mic is not None:
            field_dict["mic"] = self.mic
        if self.bic is not None:
            field_dict["bic"] = self.bic
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _acronym = data["acronym"]
            _name = data["name"]
            _timezone = data["timezone"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _mic = data.get("mic")
        _bic = data.get("bic")
        result = cls(
            acronym=parsing.string(_acronym, "acronym"),
            name=parsing.string(_name, "name"),
            timezone=parsing.string(_timezone, "timezone"),
            mic=None if _mic is None else parsing.string(_mic, "mic"),
            bic=None if _bic is None else parsing.string(_bic, "bic"),
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


_KEYS: frozenset[str] = frozenset({"acronym", "name", "timezone", "mic", "bic"})
