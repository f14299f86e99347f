from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.stock_auction import StockAuction


@_attrs_define
class StockDailyAuctions:
    """One trading day's auction prints, opening and closing."""

    d: datetime.date
    """ Trading day. """
    o: list[StockAuction] | None = None
    """ Opening auction prints. """
    c: list[StockAuction] | None = None
    """ Closing auction prints; each price, exchange and condition appears once, at its earliest time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["d"] = self.d.isoformat()
        if self.o is not None:
            field_dict["o"] = [item0.to_dict() for item0 in self.o]
        if self.c is not None:
            field_dict["c"] = [item0.to_dict() for item0 in self.c]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.stock_auction import StockAuction  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _d = data["d"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _o = data.get("o")
        _c = data.get("c")
        result = cls(
            d=parsing.date(_d, "d"),
            o=None
            if _o is None
            else parsing.array(
                lambda value0, key0: parsing.model(StockAuction.from_dict, value0, key0), _o, "o"
            ),
            c=None
            if _c is None
            else parsing.array(
                lambda value0, key0: parsing.model(StockAuction.from_dict, value0, key0), _c, "c"
            ),
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


_KEYS: frozenset[str] = frozenset({"d", "o", "c"})
