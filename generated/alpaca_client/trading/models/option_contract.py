from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.asset_status import AssetStatus
from ..models.option_style import OptionStyle
from ..models.option_type import OptionType

if TYPE_CHECKING:
    from ..models.option_deliverable import OptionDeliverable


@_attrs_define
class OptionContract:
    id: str
    symbol: str
    """ OCC symbol, e.g. `AAPL250620C00100000`. """
    name: str
    status: AssetStatus
    tradable: bool
    expiration_date: datetime.date
    underlying_symbol: str
    underlying_asset_id: str
    type: OptionType
    style: OptionStyle
    strike_price: Decimal
    multiplier: Decimal
    """ Premium and strike multiplier (100 for standard contracts). """
    size: Decimal
    """ Underlying shares delivered per contract; not a multiplier for adjusted contracts. """
    root_symbol: str | None = None
    open_interest: Decimal | None = None
    open_interest_date: datetime.date | None = None
    close_price: Decimal | None = None
    close_price_date: datetime.date | None = None
    deliverables: list[OptionDeliverable] | None = None
    """ What exercise delivers; in lists only with `show_deliverables=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["symbol"] = self.symbol
        field_dict["name"] = self.name
        field_dict["status"] = self.status.value
        field_dict["tradable"] = self.tradable
        field_dict["expiration_date"] = self.expiration_date.isoformat()
        field_dict["underlying_symbol"] = self.underlying_symbol
        field_dict["underlying_asset_id"] = self.underlying_asset_id
        field_dict["type"] = self.type.value
        field_dict["style"] = self.style.value
        field_dict["strike_price"] = format(self.strike_price, "f")
        field_dict["multiplier"] = format(self.multiplier, "f")
        field_dict["size"] = format(self.size, "f")
        if self.root_symbol is not None:
            field_dict["root_symbol"] = self.root_symbol
        if self.open_interest is not None:
            field_dict["open_interest"] = format(self.open_interest, "f")
        if self.open_interest_date is not None:
            field_dict["open_interest_date"] = self.open_interest_date.isoformat()
        if self.close_price is not None:
            field_dict["close_price"] = format(self.close_price, "f")
        if self.close_price_date is not None:
            field_dict["close_price_date"] = self.close_price_date.isoformat()
        if self.deliverables is not None:
            field_dict["deliverables"] = [item0.to_dict() for item0 in self.deliverables]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.option_deliverable import OptionDeliverable  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _symbol = data["symbol"]
            _name = data["name"]
            _status = data["status"]
            _tradable = data["tradable"]
            _expiration_date = data["expiration_date"]
            _underlying_symbol = data["underlying_symbol"]
            _underlying_asset_id = data["underlying_asset_id"]
            _type = data["type"]
            _style = data["style"]
            _strike_price = data["strike_price"]
            _multiplier = data["multiplier"]
            _size = data["size"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _root_symbol = data.get("root_symbol")
        _open_interest = data.get("open_interest")
        _open_interest_date = data.get("open_interest_date")
        _close_price = data.get("close_price")
        _close_price_date = data.get("close_price_date")
        _deliverables = data.get("deliverables")
        result = cls(
            id=parsing.string(_id, "id"),
            symbol=parsing.string(_symbol, "symbol"),
            name=parsing.string(_name, "name"),
            status=parsing.str_enum(AssetStatus, _status, "status"),
            tradable=parsing.boolean(_tradable, "tradable"),
            expiration_date=parsing.date(_expiration_date, "expiration_date"),
            underlying_symbol=parsing.string(_underlying_symbol, "underlying_symbol"),
            underlying_asset_id=parsing.string(_underlying_asset_id, "underlying_asset_id"),
            type=parsing.str_enum(OptionType, _type, "type"),
            style=parsing.str_enum(OptionStyle, _style, "style"),
            strike_price=parsing.decimal(_strike_price, "strike_price"),
            multiplier=parsing.decimal(_multiplier, "multiplier"),
            size=parsing.decimal(_size, "size"),
            root_symbol=None
            if _root_symbol is None
            else parsing.string(_root_symbol, "root_symbol"),
            open_interest=None
            if _open_interest is None
            else parsing.decimal(_open_interest, "open_interest"),
            open_interest_date=None
            if _open_interest_date is None
            else parsing.date(_open_interest_date, "open_interest_date"),
            close_price=None
            if _close_price is None
            else parsing.decimal(_close_price, "close_price"),
            close_price_date=None
            if _close_price_date is None
            else parsing.date(_close_price_date, "close_price_date"),
            deliverables=None
            if _deliverables is None
            else parsing.array(
                lambda value0, key0: parsing.model(OptionDeliverable.from_dict, value0, key0),
                _deliverables,
                "deliverables",
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


_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "symbol",
        "name",
        "status",
        "tradable",
        "expiration_date",
        "underlying_symbol",
        "underlying_asset_id",
        "type",
        "style",
        "strike_price",
        "multiplier",
        "size",
        "root_symbol",
        "open_interest",
        "open_interest_date",
        "close_price",
        "close_price_date",
        "deliverables",
    }
)
