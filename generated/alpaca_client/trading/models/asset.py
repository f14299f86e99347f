from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_attribute import AssetAttribute
from ..models.asset_class import AssetClass
from ..models.asset_status import AssetStatus
from ..models.borrow_status import BorrowStatus
from ..models.exchange import Exchange
from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    id: str
    class_: AssetClass
    """ Asset class; empty on the parent of a multi-leg order. """
    symbol: str
    status: AssetStatus
    tradable: bool
    exchange: Exchange | Unset = UNSET
    """ Listing exchange; `CRYPTO` for crypto assets, empty on some positions. """
    name: str | Unset = UNSET
    cusip: None | str | Unset = UNSET
    marginable: bool | Unset = UNSET
    shortable: bool | Unset = UNSET
    easy_to_borrow: bool | Unset = UNSET
    """ Superseded by borrow_status. """
    borrow_status: BorrowStatus | Unset = UNSET
    fractionable: bool | Unset = UNSET
    maintenance_margin_requirement: float | Unset = UNSET
    margin_requirement_long: Decimal | Unset = UNSET
    margin_requirement_short: Decimal | Unset = UNSET
    min_order_size: Decimal | Unset = UNSET
    min_trade_increment: Decimal | Unset = UNSET
    price_increment: Decimal | Unset = UNSET
    attributes: list[AssetAttribute] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        class_ = self.class_.value

        symbol = self.symbol

        status = self.status.value

        tradable = self.tradable

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange.value

        name = self.name

        cusip: None | str | Unset
        if isinstance(self.cusip, Unset):
            cusip = UNSET
        else:
            cusip = self.cusip

        marginable = self.marginable

        shortable = self.shortable

        easy_to_borrow = self.easy_to_borrow

        borrow_status: str | Unset = UNSET
        if not isinstance(self.borrow_status, Unset):
            borrow_status = self.borrow_status.value

        fractionable = self.fractionable

        maintenance_margin_requirement = self.maintenance_margin_requirement

        margin_requirement_long: str | Unset = UNSET
        if not isinstance(self.margin_requirement_long, Unset):
            margin_requirement_long = format(self.margin_requirement_long, "f")

        margin_requirement_short: str | Unset = UNSET
        if not isinstance(self.margin_requirement_short, Unset):
            margin_requirement_short = format(self.margin_requirement_short, "f")

        min_order_size: str | Unset = UNSET
        if not isinstance(self.min_order_size, Unset):
            min_order_size = format(self.min_order_size, "f")

        min_trade_increment: str | Unset = UNSET
        if not isinstance(self.min_trade_increment, Unset):
            min_trade_increment = format(self.min_trade_increment, "f")

        price_increment: str | Unset = UNSET
        if not isinstance(self.price_increment, Unset):
            price_increment = format(self.price_increment, "f")

        attributes: list[str] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, list):
            attributes = []
            for attributes_type_0_item_data in self.attributes:
                attributes_type_0_item = attributes_type_0_item_data.value
                attributes.append(attributes_type_0_item)

        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "class": class_,
                "symbol": symbol,
                "status": status,
                "tradable": tradable,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if name is not UNSET:
            field_dict["name"] = name
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if marginable is not UNSET:
            field_dict["marginable"] = marginable
        if shortable is not UNSET:
            field_dict["shortable"] = shortable
        if easy_to_borrow is not UNSET:
            field_dict["easy_to_borrow"] = easy_to_borrow
        if borrow_status is not UNSET:
            field_dict["borrow_status"] = borrow_status
        if fractionable is not UNSET:
            field_dict["fractionable"] = fractionable
        if maintenance_margin_requirement is not UNSET:
            field_dict["maintenance_margin_requirement"] = maintenance_margin_requirement
        if margin_requirement_long is not UNSET:
            field_dict["margin_requirement_long"] = margin_requirement_long
        if margin_requirement_short is not UNSET:
            field_dict["margin_requirement_short"] = margin_requirement_short
        if min_order_size is not UNSET:
            field_dict["min_order_size"] = min_order_size
        if min_trade_increment is not UNSET:
            field_dict["min_trade_increment"] = min_trade_increment
        if price_increment is not UNSET:
            field_dict["price_increment"] = price_increment
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        class_ = AssetClass(_data.pop("class"))

        symbol = _data.pop("symbol")

        status = AssetStatus(_data.pop("status"))

        tradable = _data.pop("tradable")

        _exchange = _data.pop("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = Exchange(_exchange)

        name = _data.pop("name", UNSET)

        def _parse_cusip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cusip = _parse_cusip(_data.pop("cusip", UNSET))

        marginable = _data.pop("marginable", UNSET)

        shortable = _data.pop("shortable", UNSET)

        easy_to_borrow = _data.pop("easy_to_borrow", UNSET)

        _borrow_status = _data.pop("borrow_status", UNSET)
        borrow_status: BorrowStatus | Unset
        if isinstance(_borrow_status, Unset):
            borrow_status = UNSET
        else:
            borrow_status = BorrowStatus(_borrow_status)

        fractionable = _data.pop("fractionable", UNSET)

        maintenance_margin_requirement = _data.pop("maintenance_margin_requirement", UNSET)

        _margin_requirement_long = _data.pop("margin_requirement_long", UNSET)
        margin_requirement_long: Decimal | Unset
        if isinstance(_margin_requirement_long, Unset):
            margin_requirement_long = UNSET
        else:
            margin_requirement_long = Decimal(str(_margin_requirement_long))

        _margin_requirement_short = _data.pop("margin_requirement_short", UNSET)
        margin_requirement_short: Decimal | Unset
        if isinstance(_margin_requirement_short, Unset):
            margin_requirement_short = UNSET
        else:
            margin_requirement_short = Decimal(str(_margin_requirement_short))

        _min_order_size = _data.pop("min_order_size", UNSET)
        min_order_size: Decimal | Unset
        if isinstance(_min_order_size, Unset):
            min_order_size = UNSET
        else:
            min_order_size = Decimal(str(_min_order_size))

        _min_trade_increment = _data.pop("min_trade_increment", UNSET)
        min_trade_increment: Decimal | Unset
        if isinstance(_min_trade_increment, Unset):
            min_trade_increment = UNSET
        else:
            min_trade_increment = Decimal(str(_min_trade_increment))

        _price_increment = _data.pop("price_increment", UNSET)
        price_increment: Decimal | Unset
        if isinstance(_price_increment, Unset):
            price_increment = UNSET
        else:
            price_increment = Decimal(str(_price_increment))

        def _parse_attributes(data: object) -> list[AssetAttribute] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attributes_type_0 = []
                _attributes_type_0 = data
                for attributes_type_0_item_data in _attributes_type_0:
                    attributes_type_0_item = AssetAttribute(attributes_type_0_item_data)

                    attributes_type_0.append(attributes_type_0_item)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssetAttribute] | None | Unset, data)

        attributes = _parse_attributes(_data.pop("attributes", UNSET))

        asset = cls(
            id=id,
            class_=class_,
            symbol=symbol,
            status=status,
            tradable=tradable,
            exchange=exchange,
            name=name,
            cusip=cusip,
            marginable=marginable,
            shortable=shortable,
            easy_to_borrow=easy_to_borrow,
            borrow_status=borrow_status,
            fractionable=fractionable,
            maintenance_margin_requirement=maintenance_margin_requirement,
            margin_requirement_long=margin_requirement_long,
            margin_requirement_short=margin_requirement_short,
            min_order_size=min_order_size,
            min_trade_increment=min_trade_increment,
            price_increment=price_increment,
            attributes=attributes,
        )

        asset.additional_properties = _data
        asset.raw = dict(src_dict)
        return asset

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
