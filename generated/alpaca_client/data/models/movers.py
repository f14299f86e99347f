from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.market_type import MarketType

if TYPE_CHECKING:
    from ..models.mover import Mover


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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["gainers"] = [item0.to_dict() for item0 in self.gainers]
        field_dict["losers"] = [item0.to_dict() for item0 in self.losers]
        field_dict["market_type"] = self.market_type.value
        field_dict["last_updated"] = self.last_updated.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.mover import Mover  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _gainers = data["gainers"]
            _losers = data["losers"]
            _market_type = data["market_type"]
            _last_updated = data["last_updated"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            gainers=parsing.array(
                lambda value0, key0: parsing.model(Mover.from_dict, value0, key0),
                _gainers,
                "gainers",
            ),
            losers=parsing.array(
                lambda value0, key0: parsing.model(Mover.from_dict, value0, key0), _losers, "losers"
            ),
            market_type=parsing.str_enum(MarketType, _market_type, "market_type"),
            last_updated=parsing.date_time(_last_updated, "last_updated"),
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


_KEYS: frozenset[str] = frozenset({"gainers", "losers", "market_type", "last_updated"})
