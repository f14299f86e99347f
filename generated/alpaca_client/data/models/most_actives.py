from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.most_active import MostActive


T = TypeVar("T", bound="MostActives")


@_attrs_define
class MostActives:
    """Today's stocks ranked by volume or by number of trades."""

    most_actives: list[MostActive]
    """ The ranking, most active first. """
    last_updated: datetime.datetime
    """ When the ranking was computed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        most_actives = []
        for most_actives_item_data in self.most_actives:
            most_actives_item = most_actives_item_data.to_dict()
            most_actives.append(most_actives_item)

        last_updated = self.last_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "most_actives": most_actives,
                "last_updated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.most_active import MostActive  # noqa: PLC0415

        _data = dict(src_dict)
        most_actives = []
        _most_actives = _data.pop("most_actives")
        for most_actives_item_data in _most_actives:
            most_actives_item = MostActive.from_dict(most_actives_item_data)

            most_actives.append(most_actives_item)

        last_updated = datetime.datetime.fromisoformat(_data.pop("last_updated"))

        most_actives = cls(
            most_actives=most_actives,
            last_updated=last_updated,
        )

        most_actives.additional_properties = _data
        most_actives.raw = dict(src_dict)
        return most_actives

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
