from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset import Asset


T = TypeVar("T", bound="Watchlist")


@_attrs_define
class Watchlist:
    id: str
    account_id: str
    name: str
    """ Name chosen by the user (up to 64 characters). """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    assets: list[Asset] | Unset = UNSET
    """ The assets, in the order they were added. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415

        _data = dict(src_dict)
        id = _data.pop("id")

        account_id = _data.pop("account_id")

        name = _data.pop("name")

        created_at = datetime.datetime.fromisoformat(_data.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(_data.pop("updated_at"))

        _assets = _data.pop("assets", UNSET)
        assets: list[Asset] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = Asset.from_dict(assets_item_data)

                assets.append(assets_item)

        watchlist = cls(
            id=id,
            account_id=account_id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            assets=assets,
        )

        watchlist.additional_properties = _data
        watchlist.raw = dict(src_dict)
        return watchlist

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
