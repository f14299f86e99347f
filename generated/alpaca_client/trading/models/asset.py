from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.asset_attribute import AssetAttribute
from ..models.asset_class import AssetClass
from ..models.asset_status import AssetStatus
from ..models.borrow_status import BorrowStatus
from ..models.exchange import Exchange


@_attrs_define
class Asset:
    id: str
    class_: AssetClass
    """ Asset class; empty on the parent of a multi-leg order. """
    symbol: str
    status: AssetStatus
    tradable: bool
    exchange: Exchange | None = None
    """ Listing exchange; `CRYPTO` for crypto assets, empty on some positions. """
    name: str | None = None
    cusip: str | None = None
    marginable: bool | None = None
    shortable: bool | None = None
    easy_to_borrow: bool | None = None
    """ Superseded by borrow_status. """
    borrow_status: BorrowStatus | None = None
    fractionable: bool | None = None
    maintenance_margin_requirement: float | None = None
    margin_requirement_long: Decimal | None = None
    margin_requirement_short: Decimal | None = None
    min_order_size: Decimal | None = None
    min_trade_increment: Decimal | None = None
    price_increment: Decimal | None = None
    attributes: list[AssetAttribute] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["class"] = self.class_.value
        field_dict["symbol"] = self.symbol
        field_dict["status"] = self.status.value
        field_dict["tradable"] = self.tradable
        if self.exchange is not None:
            field_dict["exchange"] = self.exchange.value
        if self.name is not None:
            field_dict["name"] = self.name
        if self.cusip is not None:
            field_dict["cusip"] = self.cusip
        if self.marginable is not None:
            field_dict["marginable"] = self.marginable
        if self.shortable is not None:
            field_dict["shortable"] = self.shortable
        if self.easy_to_borrow is not None:
            field_dict["easy_to_borrow"] = self.easy_to_borrow
        if self.borrow_status is not None:
            field_dict["borrow_status"] = self.borrow_status.value
        if self.fractionable is not None:
            field_dict["fractionable"] = self.fractionable
        if self.maintenance_margin_requirement is not None:
            field_dict["maintenance_margin_requirement"] = self.maintenance_margin_requirement
        if self.margin_requirement_long is not None:
            field_dict["margin_requirement_long"] = format(self.margin_requirement_long, "f")
        if self.margin_requirement_short is not None:
            field_dict["margin_requirement_short"] = format(self.margin_requirement_short, "f")
        if self.min_order_size is not None:
            field_dict["min_order_size"] = format(self.min_order_size, "f")
        if self.min_trade_increment is not None:
            field_dict["min_trade_increment"] = format(self.min_trade_increment, "f")
        if self.price_increment is not None:
            field_dict["price_increment"] = format(self.price_increment, "f")
        if self.attributes is not None:
            field_dict["attributes"] = [item0.value for item0 in self.attributes]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _class_ = data["class"]
            _symbol = data["symbol"]
            _status = data["status"]
            _tradable = data["tradable"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _exchange = data.get("exchange")
        _name = data.get("name")
        _cusip = data.get("cusip")
        _marginable = data.get("marginable")
        _shortable = data.get("shortable")
        _easy_to_borrow = data.get("easy_to_borrow")
        _borrow_status = data.get("borrow_status")
        _fractionable = data.get("fractionable")
        _maintenance_margin_requirement = data.get("maintenance_margin_requirement")
        _margin_requirement_long = data.get("margin_requirement_long")
        _margin_requirement_short = data.get("margin_requirement_short")
        _min_order_size = data.get("min_order_size")
        _min_trade_increment = data.get("min_trade_increment")
        _price_increment = data.get("price_increment")
        _attributes = data.get("attributes")
        result = cls(
            id=parsing.string(_id, "id"),
            class_=parsing.str_enum(AssetClass, _class_, "class"),
            symbol=parsing.string(_symbol, "symbol"),
            status=parsing.str_enum(AssetStatus, _status, "status"),
            tradable=parsing.boolean(_tradable, "tradable"),
            exchange=None
            if _exchange is None
            else parsing.str_enum(Exchange, _exchange, "exchange"),
            name=None if _name is None else parsing.string(_name, "name"),
            cusip=None if _cusip is None else parsing.string(_cusip, "cusip"),
            marginable=None if _marginable is None else parsing.boolean(_marginable, "marginable"),
            shortable=None if _shortable is None else parsing.boolean(_shortable, "shortable"),
            easy_to_borrow=None
            if _easy_to_borrow is None
            else parsing.boolean(_easy_to_borrow, "easy_to_borrow"),
            borrow_status=None
            if _borrow_status is None
            else parsing.str_enum(BorrowStatus, _borrow_status, "borrow_status"),
            fractionable=None
            if _fractionable is None
            else parsing.boolean(_fractionable, "fractionable"),
            maintenance_margin_requirement=None
            if _maintenance_margin_requirement is None
            else parsing.number(_maintenance_margin_requirement, "maintenance_margin_requirement"),
            margin_requirement_long=None
            if _margin_requirement_long is None
            else parsing.decimal(_margin_requirement_long, "margin_requirement_long"),
            margin_requirement_short=None
            if _margin_requirement_short is None
            else parsing.decimal(_margin_requirement_short, "margin_requirement_short"),
            min_order_size=None
            if _min_order_size is None
            else parsing.decimal(_min_order_size, "min_order_size"),
            min_trade_increment=None
            if _min_trade_increment is None
            else parsing.decimal(_min_trade_increment, "min_trade_increment"),
            price_increment=None
            if _price_increment is None
            else parsing.decimal(_price_increment, "price_increment"),
            attributes=None
            if _attributes is None
            else parsing.array(
                lambda value0, key0: parsing.str_enum(AssetAttribute, value0, key0),
                _attributes,
                "attributes",
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
        "class",
        "symbol",
        "status",
        "tradable",
        "exchange",
        "name",
        "cusip",
        "marginable",
        "shortable",
        "easy_to_borrow",
        "borrow_status",
        "fractionable",
        "maintenance_margin_requirement",
        "margin_requirement_long",
        "margin_requirement_short",
        "min_order_size",
        "min_trade_increment",
        "price_increment",
        "attributes",
    }
)
