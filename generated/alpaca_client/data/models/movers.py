from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_type import MarketType

if TYPE_CHECKING:
    from ..models.mover import Mover


T = TypeVar("T", bound="Movers")


@_attrs_define
class Movers:
    """Top gainers and losers of a market."""

    gainers: list[Mover]
    """ Biggest rises, largest first. """
    losers: list[Mover]
    """ Biggest falls, largest first. """
    market_type: MarketType
    """ Market screened for movers. """
    last_updated: datetime.datetime
    """ When the movers were computed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        gainers = []
        for gainers_item_data in self.gainers:
            gainers_item = gainers_item_data.to_dict()
            gainers.append(gainers_item)

        losers = []
        for losers_item_data in self.losers:
            losers_item = losers_item_data.to_dict()
            losers.append(losers_item)

        market_type = self.market_type.value

        last_updated = self.last_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gainers": gainers,
                "losers": losers,
                "market_type": market_type,
                "last_updated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mover import Mover  # noqa: PLC0415

        _data = dict(src_dict)
        gainers = []
        _gainers = _data.pop("gainers")
        for gainers_item_data in _gainers:
            gainers_item = Mover.from_dict(gainers_item_data)

            gainers.append(gainers_item)

        losers = []
        _losers = _data.pop("losers")
        for losers_item_data in _losers:
            losers_item = Mover.from_dict(losers_item_data)

            losers.append(losers_item)

        market_type = MarketType(_data.pop("market_type"))

        last_updated = datetime.datetime.fromisoformat(_data.pop("last_updated"))

        movers = cls(
            gainers=gainers,
            losers=losers,
            market_type=market_type,
            last_updated=last_updated,
        )

        movers.additional_properties = _data
        movers.raw = dict(src_dict)
        return movers

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
