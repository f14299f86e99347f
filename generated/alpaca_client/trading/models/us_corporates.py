from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.us_corporate import UsCorporate


T = TypeVar("T", bound="UsCorporates")


@_attrs_define
class UsCorporates:
    us_corporates: list[UsCorporate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        us_corporates = []
        for us_corporates_item_data in self.us_corporates:
            us_corporates_item = us_corporates_item_data.to_dict()
            us_corporates.append(us_corporates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "us_corporates": us_corporates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.us_corporate import UsCorporate  # noqa: PLC0415

        _data = dict(src_dict)
        us_corporates = []
        _us_corporates = _data.pop("us_corporates")
        for us_corporates_item_data in _us_corporates:
            us_corporates_item = UsCorporate.from_dict(us_corporates_item_data)

            us_corporates.append(us_corporates_item)

        us_corporates = cls(
            us_corporates=us_corporates,
        )

        us_corporates.additional_properties = _data
        us_corporates.raw = dict(src_dict)
        return us_corporates

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
