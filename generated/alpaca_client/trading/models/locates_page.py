from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.locate import Locate


T = TypeVar("T", bound="LocatesPage")


@_attrs_define
class LocatesPage:
    locates: list[Locate]
    next_page_token: None | str
    """ Pass as `page_token` for the next page; null on the last. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        locates = []
        for locates_item_data in self.locates:
            locates_item = locates_item_data.to_dict()
            locates.append(locates_item)

        next_page_token: None | str
        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locates": locates,
                "next_page_token": next_page_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.locate import Locate  # noqa: PLC0415

        _data = dict(src_dict)
        locates = []
        _locates = _data.pop("locates")
        for locates_item_data in _locates:
            locates_item = Locate.from_dict(locates_item_data)

            locates.append(locates_item)

        def _parse_next_page_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_page_token = _parse_next_page_token(_data.pop("next_page_token"))

        locates_page = cls(
            locates=locates,
            next_page_token=next_page_token,
        )

        locates_page.additional_properties = _data
        locates_page.raw = dict(src_dict)
        return locates_page

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
