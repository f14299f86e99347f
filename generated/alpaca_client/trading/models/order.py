from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_class import AssetClass
from ..models.order_class import OrderClass
from ..models.order_side import OrderSide
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.position_intent import PositionIntent
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    id: str
    created_at: datetime.datetime
    symbol: str
    """ Empty on multi-leg parents. """
    type_: OrderType
    """ Order type; empty on the legs of a multi-leg order. """
    side: OrderSide
    """ Buy or sell; empty on the parent of a multi-leg order. """
    time_in_force: TimeInForce
    status: OrderStatus
    client_order_id: str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    submitted_at: datetime.datetime | None | Unset = UNSET
    filled_at: datetime.datetime | None | Unset = UNSET
    expired_at: datetime.datetime | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    canceled_at: datetime.datetime | None | Unset = UNSET
    failed_at: datetime.datetime | None | Unset = UNSET
    replaced_at: datetime.datetime | None | Unset = UNSET
    replaced_by: None | str | Unset = UNSET
    """ Id of the order that replaced this one. """
    replaces: None | str | Unset = UNSET
    """ Id of the order this one replaced. """
    asset_id: str | Unset = UNSET
    """ Empty on multi-leg parents. """
    asset_class: AssetClass | Unset = UNSET
    """ Asset class; empty on the parent of a multi-leg order. """
    notional: Decimal | None | Unset = UNSET
    """ Dollar amount; set instead of qty. """
    qty: Decimal | None | Unset = UNSET
    filled_qty: Decimal | Unset = UNSET
    filled_avg_price: Decimal | None | Unset = UNSET
    order_class: OrderClass | Unset = UNSET
    """ Order class; simple orders are often reported with an empty value. """
    order_type: str | Unset = UNSET
    """ Old name of `type`. """
    position_intent: PositionIntent | Unset = UNSET
    """ Opening or closing intent (options); may be empty on multi-leg parents. """
    limit_price: Decimal | None | Unset = UNSET
    stop_price: Decimal | None | Unset = UNSET
    trail_price: Decimal | None | Unset = UNSET
    trail_percent: Decimal | None | Unset = UNSET
    hwm: Decimal | None | Unset = UNSET
    """ High-water mark of a trailing stop. """
    ratio_qty: Decimal | None | Unset = UNSET
    """ Leg ratio within a multi-leg order. """
    extended_hours: bool | Unset = UNSET
    legs: list[Order] | None | Unset = UNSET
    source: None | str | Unset = UNSET
    subtag: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        symbol = self.symbol

        type_ = self.type_.value

        side = self.side.value

        time_in_force = self.time_in_force.value

        status = self.status.value

        client_order_id = self.client_order_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        submitted_at: None | str | Unset
        if isinstance(self.submitted_at, Unset):
            submitted_at = UNSET
        elif isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        filled_at: None | str | Unset
        if isinstance(self.filled_at, Unset):
            filled_at = UNSET
        elif isinstance(self.filled_at, datetime.datetime):
            filled_at = self.filled_at.isoformat()
        else:
            filled_at = self.filled_at

        expired_at: None | str | Unset
        if isinstance(self.expired_at, Unset):
            expired_at = UNSET
        elif isinstance(self.expired_at, datetime.datetime):
            expired_at = self.expired_at.isoformat()
        else:
            expired_at = self.expired_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        canceled_at: None | str | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        elif isinstance(self.canceled_at, datetime.datetime):
            canceled_at = self.canceled_at.isoformat()
        else:
            canceled_at = self.canceled_at

        failed_at: None | str | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        elif isinstance(self.failed_at, datetime.datetime):
            failed_at = self.failed_at.isoformat()
        else:
            failed_at = self.failed_at

        replaced_at: None | str | Unset
        if isinstance(self.replaced_at, Unset):
            replaced_at = UNSET
        elif isinstance(self.replaced_at, datetime.datetime):
            replaced_at = self.replaced_at.isoformat()
        else:
            replaced_at = self.replaced_at

        replaced_by: None | str | Unset
        if isinstance(self.replaced_by, Unset):
            replaced_by = UNSET
        else:
            replaced_by = self.replaced_by

        replaces: None | str | Unset
        if isinstance(self.replaces, Unset):
            replaces = UNSET
        else:
            replaces = self.replaces

        asset_id = self.asset_id

        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        notional: None | str | Unset
        if isinstance(self.notional, Unset):
            notional = UNSET
        elif isinstance(self.notional, Decimal):
            notional = format(self.notional, "f")
        else:
            notional = self.notional

        qty: None | str | Unset
        if isinstance(self.qty, Unset):
            qty = UNSET
        elif isinstance(self.qty, Decimal):
            qty = format(self.qty, "f")
        else:
            qty = self.qty

        filled_qty: str | Unset = UNSET
        if not isinstance(self.filled_qty, Unset):
            filled_qty = format(self.filled_qty, "f")

        filled_avg_price: None | str | Unset
        if isinstance(self.filled_avg_price, Unset):
            filled_avg_price = UNSET
        elif isinstance(self.filled_avg_price, Decimal):
            filled_avg_price = format(self.filled_avg_price, "f")
        else:
            filled_avg_price = self.filled_avg_price

        order_class: str | Unset = UNSET
        if not isinstance(self.order_class, Unset):
            order_class = self.order_class.value

        order_type = self.order_type

        position_intent: str | Unset = UNSET
        if not isinstance(self.position_intent, Unset):
            position_intent = self.position_intent.value

        limit_price: None | str | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        elif isinstance(self.limit_price, Decimal):
            limit_price = format(self.limit_price, "f")
        else:
            limit_price = self.limit_price

        stop_price: None | str | Unset
        if isinstance(self.stop_price, Unset):
            stop_price = UNSET
        elif isinstance(self.stop_price, Decimal):
            stop_price = format(self.stop_price, "f")
        else:
            stop_price = self.stop_price

        trail_price: None | str | Unset
        if isinstance(self.trail_price, Unset):
            trail_price = UNSET
        elif isinstance(self.trail_price, Decimal):
            trail_price = format(self.trail_price, "f")
        else:
            trail_price = self.trail_price

        trail_percent: None | str | Unset
        if isinstance(self.trail_percent, Unset):
            trail_percent = UNSET
        elif isinstance(self.trail_percent, Decimal):
            trail_percent = format(self.trail_percent, "f")
        else:
            trail_percent = self.trail_percent

        hwm: None | str | Unset
        if isinstance(self.hwm, Unset):
            hwm = UNSET
        elif isinstance(self.hwm, Decimal):
            hwm = format(self.hwm, "f")
        else:
            hwm = self.hwm

        ratio_qty: None | str | Unset
        if isinstance(self.ratio_qty, Unset):
            ratio_qty = UNSET
        elif isinstance(self.ratio_qty, Decimal):
            ratio_qty = format(self.ratio_qty, "f")
        else:
            ratio_qty = self.ratio_qty

        extended_hours = self.extended_hours

        legs: list[dict[str, Any]] | None | Unset
        if isinstance(self.legs, Unset):
            legs = UNSET
        elif isinstance(self.legs, list):
            legs = []
            for legs_type_0_item_data in self.legs:
                legs_type_0_item = legs_type_0_item_data.to_dict()
                legs.append(legs_type_0_item)

        else:
            legs = self.legs

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        subtag: None | str | Unset
        if isinstance(self.subtag, Unset):
            subtag = UNSET
        else:
            subtag = self.subtag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "symbol": symbol,
                "type": type_,
                "side": side,
                "time_in_force": time_in_force,
                "status": status,
            }
        )
        if client_order_id is not UNSET:
            field_dict["client_order_id"] = client_order_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if submitted_at is not UNSET:
            field_dict["submitted_at"] = submitted_at
        if filled_at is not UNSET:
            field_dict["filled_at"] = filled_at
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if replaced_at is not UNSET:
            field_dict["replaced_at"] = replaced_at
        if replaced_by is not UNSET:
            field_dict["replaced_by"] = replaced_by
        if replaces is not UNSET:
            field_dict["replaces"] = replaces
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if notional is not UNSET:
            field_dict["notional"] = notional
        if qty is not UNSET:
            field_dict["qty"] = qty
        if filled_qty is not UNSET:
            field_dict["filled_qty"] = filled_qty
        if filled_avg_price is not UNSET:
            field_dict["filled_avg_price"] = filled_avg_price
        if order_class is not UNSET:
            field_dict["order_class"] = order_class
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if position_intent is not UNSET:
            field_dict["position_intent"] = position_intent
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if stop_price is not UNSET:
            field_dict["stop_price"] = stop_price
        if trail_price is not UNSET:
            field_dict["trail_price"] = trail_price
        if trail_percent is not UNSET:
            field_dict["trail_percent"] = trail_percent
        if hwm is not UNSET:
            field_dict["hwm"] = hwm
        if ratio_qty is not UNSET:
            field_dict["ratio_qty"] = ratio_qty
        if extended_hours is not UNSET:
            field_dict["extended_hours"] = extended_hours
        if legs is not UNSET:
            field_dict["legs"] = legs
        if source is not UNSET:
            field_dict["source"] = source
        if subtag is not UNSET:
            field_dict["subtag"] = subtag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _data = dict(src_dict)
        id = _data.pop("id")

        created_at = datetime.datetime.fromisoformat(_data.pop("created_at"))

        symbol = _data.pop("symbol")

        type_ = OrderType(_data.pop("type"))

        side = OrderSide(_data.pop("side"))

        time_in_force = TimeInForce(_data.pop("time_in_force"))

        status = OrderStatus(_data.pop("status"))

        client_order_id = _data.pop("client_order_id", UNSET)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(_data.pop("updated_at", UNSET))

        def _parse_submitted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_at = _parse_submitted_at(_data.pop("submitted_at", UNSET))

        def _parse_filled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                filled_at_type_0 = datetime.datetime.fromisoformat(data)

                return filled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        filled_at = _parse_filled_at(_data.pop("filled_at", UNSET))

        def _parse_expired_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expired_at_type_0 = datetime.datetime.fromisoformat(data)

                return expired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expired_at = _parse_expired_at(_data.pop("expired_at", UNSET))

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(_data.pop("expires_at", UNSET))

        def _parse_canceled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                canceled_at_type_0 = datetime.datetime.fromisoformat(data)

                return canceled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        canceled_at = _parse_canceled_at(_data.pop("canceled_at", UNSET))

        def _parse_failed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                failed_at_type_0 = datetime.datetime.fromisoformat(data)

                return failed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        failed_at = _parse_failed_at(_data.pop("failed_at", UNSET))

        def _parse_replaced_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                replaced_at_type_0 = datetime.datetime.fromisoformat(data)

                return replaced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        replaced_at = _parse_replaced_at(_data.pop("replaced_at", UNSET))

        def _parse_replaced_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replaced_by = _parse_replaced_by(_data.pop("replaced_by", UNSET))

        def _parse_replaces(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replaces = _parse_replaces(_data.pop("replaces", UNSET))

        asset_id = _data.pop("asset_id", UNSET)

        _asset_class = _data.pop("asset_class", UNSET)
        asset_class: AssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = AssetClass(_asset_class)

        def _parse_notional(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                notional_type_0 = Decimal(str(data))

                return notional_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        notional = _parse_notional(_data.pop("notional", UNSET))

        def _parse_qty(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                qty_type_0 = Decimal(str(data))

                return qty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        qty = _parse_qty(_data.pop("qty", UNSET))

        _filled_qty = _data.pop("filled_qty", UNSET)
        filled_qty: Decimal | Unset
        if isinstance(_filled_qty, Unset):
            filled_qty = UNSET
        else:
            filled_qty = Decimal(str(_filled_qty))

        def _parse_filled_avg_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                filled_avg_price_type_0 = Decimal(str(data))

                return filled_avg_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        filled_avg_price = _parse_filled_avg_price(_data.pop("filled_avg_price", UNSET))

        _order_class = _data.pop("order_class", UNSET)
        order_class: OrderClass | Unset
        if isinstance(_order_class, Unset):
            order_class = UNSET
        else:
            order_class = OrderClass(_order_class)

        order_type = _data.pop("order_type", UNSET)

        _position_intent = _data.pop("position_intent", UNSET)
        position_intent: PositionIntent | Unset
        if isinstance(_position_intent, Unset):
            position_intent = UNSET
        else:
            position_intent = PositionIntent(_position_intent)

        def _parse_limit_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                limit_price_type_0 = Decimal(str(data))

                return limit_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        limit_price = _parse_limit_price(_data.pop("limit_price", UNSET))

        def _parse_stop_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                stop_price_type_0 = Decimal(str(data))

                return stop_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        stop_price = _parse_stop_price(_data.pop("stop_price", UNSET))

        def _parse_trail_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                trail_price_type_0 = Decimal(str(data))

                return trail_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trail_price = _parse_trail_price(_data.pop("trail_price", UNSET))

        def _parse_trail_percent(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                trail_percent_type_0 = Decimal(str(data))

                return trail_percent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        trail_percent = _parse_trail_percent(_data.pop("trail_percent", UNSET))

        def _parse_hwm(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                hwm_type_0 = Decimal(str(data))

                return hwm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        hwm = _parse_hwm(_data.pop("hwm", UNSET))

        def _parse_ratio_qty(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                ratio_qty_type_0 = Decimal(str(data))

                return ratio_qty_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        ratio_qty = _parse_ratio_qty(_data.pop("ratio_qty", UNSET))

        extended_hours = _data.pop("extended_hours", UNSET)

        def _parse_legs(data: object) -> list[Order] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                legs_type_0 = []
                _legs_type_0 = data
                for legs_type_0_item_data in _legs_type_0:
                    legs_type_0_item = Order.from_dict(legs_type_0_item_data)

                    legs_type_0.append(legs_type_0_item)

                return legs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Order] | None | Unset, data)

        legs = _parse_legs(_data.pop("legs", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(_data.pop("source", UNSET))

        def _parse_subtag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtag = _parse_subtag(_data.pop("subtag", UNSET))

        order = cls(
            id=id,
            created_at=created_at,
            symbol=symbol,
            type_=type_,
            side=side,
            time_in_force=time_in_force,
            status=status,
            client_order_id=client_order_id,
            updated_at=updated_at,
            submitted_at=submitted_at,
            filled_at=filled_at,
            expired_at=expired_at,
            expires_at=expires_at,
            canceled_at=canceled_at,
            failed_at=failed_at,
            replaced_at=replaced_at,
            replaced_by=replaced_by,
            replaces=replaces,
            asset_id=asset_id,
            asset_class=asset_class,
            notional=notional,
            qty=qty,
            filled_qty=filled_qty,
            filled_avg_price=filled_avg_price,
            order_class=order_class,
            order_type=order_type,
            position_intent=position_intent,
            limit_price=limit_price,
            stop_price=stop_price,
            trail_price=trail_price,
            trail_percent=trail_percent,
            hwm=hwm,
            ratio_qty=ratio_qty,
            extended_hours=extended_hours,
            legs=legs,
            source=source,
            subtag=subtag,
        )

        order.additional_properties = _data
        order.raw = dict(src_dict)
        return order

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
