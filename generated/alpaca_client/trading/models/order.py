from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.asset_class import AssetClass
from ..models.order_class import OrderClass
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.position_intent import PositionIntent
from ..models.time_in_force import TimeInForce


@_attrs_define
class Order:
    id: str
    created_at: datetime.datetime
    symbol: str
    """ Empty on multi-leg parents. """
    type: OrderType
    """ Order type; empty on the legs of a multi-leg order. """
    side: OrderSide
    """ Buy or sell; empty on the parent of a multi-leg order. """
    time_in_force: TimeInForce
    status: OrderStatus
    client_order_id: str | None = None
    updated_at: datetime.datetime | None = None
    submitted_at: datetime.datetime | None = None
    filled_at: datetime.datetime | None = None
    expired_at: datetime.datetime | None = None
    expires_at: datetime.datetime | None = None
    canceled_at: datetime.datetime | None = None
    failed_at: datetime.datetime | None = None
    replaced_at: datetime.datetime | None = None
    replaced_by: str | None = None
    """ Id of the order that replaced this one. """
    replaces: str | None = None
    """ Id of the order this one replaced. """
    asset_id: str | None = None
    """ Empty on multi-leg parents. """
    asset_class: AssetClass | None = None
    """ Asset class; empty on the parent of a multi-leg order. """
    notional: Decimal | None = None
    """ Dollar amount; set instead of qty. """
    qty: Decimal | None = None
    filled_qty: Decimal | None = None
    filled_avg_price: Decimal | None = None
    order_class: OrderClass | None = None
    """ Order class; simple orders are often reported with an empty value. """
    order_type: str | None = None
    """ Old name of `type`. """
    position_intent: PositionIntent | None = None
    """ Opening or closing intent (options); may be empty on multi-leg parents. """
    limit_price: Decimal | None = None
    stop_price: Decimal | None = None
    trail_price: Decimal | None = None
    trail_percent: Decimal | None = None
    hwm: Decimal | None = None
    """ High-water mark of a trailing stop. """
    ratio_qty: Decimal | None = None
    """ Leg ratio within a multi-leg order. """
    extended_hours: bool | None = None
    legs: list[Order] | None = None
    source: str | None = None
    subtag: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["created_at"] = self.created_at.isoformat()
        field_dict["symbol"] = self.symbol
        field_dict["type"] = self.type.value
        field_dict["side"] = self.side.value
        field_dict["time_in_force"] = self.time_in_force.value
        field_dict["status"] = self.status.value
        if self.client_order_id is not None:
            field_dict["client_order_id"] = self.client_order_id
        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at.isoformat()
        if self.submitted_at is not None:
            field_dict["submitted_at"] = self.submitted_at.isoformat()
        if self.filled_at is not None:
            field_dict["filled_at"] = self.filled_at.isoformat()
        if self.expired_at is not None:
            field_dict["expired_at"] = self.expired_at.isoformat()
        if self.expires_at is not None:
            field_dict["expires_at"] = self.expires_at.isoformat()
        if self.canceled_at is not None:
            field_dict["canceled_at"] = self.canceled_at.isoformat()
        if self.failed_at is not None:
            field_dict["failed_at"] = self.failed_at.isoformat()
        if self.replaced_at is not None:
            field_dict["replaced_at"] = self.replaced_at.isoformat()
        if self.replaced_by is not None:
            field_dict["replaced_by"] = self.replaced_by
        if self.replaces is not None:
            field_dict["replaces"] = self.replaces
        if self.asset_id is not None:
            field_dict["asset_id"] = self.asset_id
        if self.asset_class is not None:
            field_dict["asset_class"] = self.asset_class.value
        if self.notional is not None:
            field_dict["notional"] = format(self.notional, "f")
        if self.qty is not None:
            field_dict["qty"] = format(self.qty, "f")
        if self.filled_qty is not None:
            field_dict["filled_qty"] = format(self.filled_qty, "f")
        if self.filled_avg_price is not None:
            field_dict["filled_avg_price"] = format(self.filled_avg_price, "f")
        if self.order_class is not None:
            field_dict["order_class"] = self.order_class.value
        if self.order_type is not None:
            field_dict["order_type"] = self.order_type
        if self.position_intent is not None:
            field_dict["position_intent"] = self.position_intent.value
        if self.limit_price is not None:
            field_dict["limit_price"] = format(self.limit_price, "f")
        if self.stop_price is not None:
            field_dict["stop_price"] = format(self.stop_price, "f")
        if self.trail_price is not None:
            field_dict["trail_price"] = format(self.trail_price, "f")
        if self.trail_percent is not None:
            field_dict["trail_percent"] = format(self.trail_percent, "f")
        if self.hwm is not None:
            field_dict["hwm"] = format(self.hwm, "f")
        if self.ratio_qty is not None:
            field_dict["ratio_qty"] = format(self.ratio_qty, "f")
        if self.extended_hours is not None:
            field_dict["extended_hours"] = self.extended_hours
        if self.legs is not None:
            field_dict["legs"] = [item0.to_dict() for item0 in self.legs]
        if self.source is not None:
            field_dict["source"] = self.source
        if self.subtag is not None:
            field_dict["subtag"] = self.subtag
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        data = parsing.mapping(src_dict)
        try:
            _id = data["id"]
            _created_at = data["created_at"]
            _symbol = data["symbol"]
            _type = data["type"]
            _side = data["side"]
            _time_in_force = data["time_in_force"]
            _status = data["status"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _client_order_id = data.get("client_order_id")
        _updated_at = data.get("updated_at")
        _submitted_at = data.get("submitted_at")
        _filled_at = data.get("filled_at")
        _expired_at = data.get("expired_at")
        _expires_at = data.get("expires_at")
        _canceled_at = data.get("canceled_at")
        _failed_at = data.get("failed_at")
        _replaced_at = data.get("replaced_at")
        _replaced_by = data.get("replaced_by")
        _replaces = data.get("replaces")
        _asset_id = data.get("asset_id")
        _asset_class = data.get("asset_class")
        _notional = data.get("notional")
        _qty = data.get("qty")
        _filled_qty = data.get("filled_qty")
        _filled_avg_price = data.get("filled_avg_price")
        _order_class = data.get("order_class")
        _order_type = data.get("order_type")
        _position_intent = data.get("position_intent")
        _limit_price = data.get("limit_price")
        _stop_price = data.get("stop_price")
        _trail_price = data.get("trail_price")
        _trail_percent = data.get("trail_percent")
        _hwm = data.get("hwm")
        _ratio_qty = data.get("ratio_qty")
        _extended_hours = data.get("extended_hours")
        _legs = data.get("legs")
        _source = data.get("source")
        _subtag = data.get("subtag")
        result = cls(
            id=parsing.string(_id, "id"),
            created_at=parsing.date_time(_created_at, "created_at"),
            symbol=parsing.string(_symbol, "symbol"),
            type=parsing.str_enum(OrderType, _type, "type"),
            side=parsing.str_enum(OrderSide, _side, "side"),
            time_in_force=parsing.str_enum(TimeInForce, _time_in_force, "time_in_force"),
            status=parsing.str_enum(OrderStatus, _status, "status"),
            client_order_id=None
            if _client_order_id is None
            else parsing.string(_client_order_id, "client_order_id"),
            updated_at=None
            if _updated_at is None
            else parsing.date_time(_updated_at, "updated_at"),
            submitted_at=None
            if _submitted_at is None
            else parsing.date_time(_submitted_at, "submitted_at"),
            filled_at=None if _filled_at is None else parsing.date_time(_filled_at, "filled_at"),
            expired_at=None
            if _expired_at is None
            else parsing.date_time(_expired_at, "expired_at"),
            expires_at=None
            if _expires_at is None
            else parsing.date_time(_expires_at, "expires_at"),
            canceled_at=None
            if _canceled_at is None
            else parsing.date_time(_canceled_at, "canceled_at"),
            failed_at=None if _failed_at is None else parsing.date_time(_failed_at, "failed_at"),
            replaced_at=None
            if _replaced_at is None
            else parsing.date_time(_replaced_at, "replaced_at"),
            replaced_by=None
            if _replaced_by is None
            else parsing.string(_replaced_by, "replaced_by"),
            replaces=None if _replaces is None else parsing.string(_replaces, "replaces"),
            asset_id=None if _asset_id is None else parsing.string(_asset_id, "asset_id"),
            asset_class=None
            if _asset_class is None
            else parsing.str_enum(AssetClass, _asset_class, "asset_class"),
            notional=None if _notional is None else parsing.decimal(_notional, "notional"),
            qty=None if _qty is None else parsing.decimal(_qty, "qty"),
            filled_qty=None if _filled_qty is None else parsing.decimal(_filled_qty, "filled_qty"),
            filled_avg_price=None
            if _filled_avg_price is None
            else parsing.decimal(_filled_avg_price, "filled_avg_price"),
            order_class=None
            if _order_class is None
            else parsing.str_enum(OrderClass, _order_class, "order_class"),
            order_type=None if _order_type is None else parsing.string(_order_type, "order_type"),
            position_intent=None
            if _position_intent is None
            else parsing.str_enum(PositionIntent, _position_intent, "position_intent"),
            limit_price=None
            if _limit_price is None
            else parsing.decimal(_limit_price, "limit_price"),
            stop_price=None if _stop_price is None else parsing.decimal(_stop_price, "stop_price"),
            trail_price=None
            if _trail_price is None
            else parsing.decimal(_trail_price, "trail_price"),
            trail_percent=None
            if _trail_percent is None
            else parsing.decimal(_trail_percent, "trail_percent"),
            hwm=None if _hwm is None else parsing.decimal(_hwm, "hwm"),
            ratio_qty=None if _ratio_qty is None else parsing.decimal(_ratio_qty, "ratio_qty"),
            extended_hours=None
            if _extended_hours is None
            else parsing.boolean(_extended_hours, "extended_hours"),
            legs=None
            if _legs is None
            else parsing.array(
                lambda value0, key0: parsing.model(Order.from_dict, value0, key0), _legs, "legs"
            ),
            source=None if _source is None else parsing.string(_source, "source"),
            subtag=None if _subtag is None else parsing.string(_subtag, "subtag"),
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
        "created_at",
        "symbol",
        "type",
        "side",
        "time_in_force",
        "status",
        "client_order_id",
        "updated_at",
        "submitted_at",
        "filled_at",
        "expired_at",
        "expires_at",
        "canceled_at",
        "failed_at",
        "replaced_at",
        "replaced_by",
        "replaces",
        "asset_id",
        "asset_class",
        "notional",
        "qty",
        "filled_qty",
        "filled_avg_price",
        "order_class",
        "order_type",
        "position_intent",
        "limit_price",
        "stop_price",
        "trail_price",
        "trail_percent",
        "hwm",
        "ratio_qty",
        "extended_hours",
        "legs",
        "source",
        "subtag",
    }
)
