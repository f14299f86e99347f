from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_class import AssetClass
from ..models.exchange import Exchange
from ..models.position_side import PositionSide
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.position_usd_values import PositionUsdValues


T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    asset_id: str
    symbol: str
    side: PositionSide
    qty: Decimal
    avg_entry_price: Decimal
    cost_basis: Decimal
    exchange: Exchange | Unset = UNSET
    """ Listing exchange; `CRYPTO` for crypto assets, empty on some positions. """
    asset_class: AssetClass | Unset = UNSET
    """ Asset class; empty on the parent of a multi-leg order. """
    asset_marginable: bool | Unset = UNSET
    qty_available: Decimal | None | Unset = UNSET
    """ Quantity not held for open orders. """
    market_value: Decimal | None | Unset = UNSET
    current_price: Decimal | None | Unset = UNSET
    lastday_price: Decimal | None | Unset = UNSET
    change_today: Decimal | None | Unset = UNSET
    """ Price change since the previous close, as a fraction. """
    unrealized_pl: Decimal | None | Unset = UNSET
    unrealized_plpc: Decimal | None | Unset = UNSET
    """ Unrealized profit/loss as a fraction. """
    unrealized_intraday_pl: Decimal | None | Unset = UNSET
    unrealized_intraday_plpc: Decimal | None | Unset = UNSET
    swap_rate: Decimal | None | Unset = UNSET
    """ Currency conversion rate (non-USD accounts). """
    avg_entry_swap_rate: Decimal | None | Unset = UNSET
    prev_swap_rate: Decimal | None | Unset = UNSET
    usd: PositionUsdValues | Unset = UNSET
    """ The position's values in USD (non-USD accounts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        symbol = self.symbol

        side = self.side.value

        qty = format(self.qty, "f")

        avg_entry_price = format(self.avg_entry_price, "f")

        cost_basis = format(self.cost_basis, "f")

        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = self.exchange.value

        asset_class: str | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.value

        asset_marginable = self.asset_marginable

        qty_available: None | str | Unset
        if isinstance(self.qty_available, Unset):
            qty_available = UNSET
        elif isinstance(self.qty_available, Decimal):
            qty_available = format(self.qty_available, "f")
        else:
            qty_available = self.qty_available

        market_value: None | str | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        elif isinstance(self.market_value, Decimal):
            market_value = format(self.market_value, "f")
        else:
            market_value = self.market_value

        current_price: None | str | Unset
        if isinstance(self.current_price, Unset):
            current_price = UNSET
        elif isinstance(self.current_price, Decimal):
            current_price = format(self.current_price, "f")
        else:
            current_price = self.current_price

        lastday_price: None | str | Unset
        if isinstance(self.lastday_price, Unset):
            lastday_price = UNSET
        elif isinstance(self.lastday_price, Decimal):
            lastday_price = format(self.lastday_price, "f")
        else:
            lastday_price = self.lastday_price

        change_today: None | str | Unset
        if isinstance(self.change_today, Unset):
            change_today = UNSET
        elif isinstance(self.change_today, Decimal):
            change_today = format(self.change_today, "f")
        else:
            change_today = self.change_today

        unrealized_pl: None | str | Unset
        if isinstance(self.unrealized_pl, Unset):
            unrealized_pl = UNSET
        elif isinstance(self.unrealized_pl, Decimal):
            unrealized_pl = format(self.unrealized_pl, "f")
        else:
            unrealized_pl = self.unrealized_pl

        unrealized_plpc: None | str | Unset
        if isinstance(self.unrealized_plpc, Unset):
            unrealized_plpc = UNSET
        elif isinstance(self.unrealized_plpc, Decimal):
            unrealized_plpc = format(self.unrealized_plpc, "f")
        else:
            unrealized_plpc = self.unrealized_plpc

        unrealized_intraday_pl: None | str | Unset
        if isinstance(self.unrealized_intraday_pl, Unset):
            unrealized_intraday_pl = UNSET
        elif isinstance(self.unrealized_intraday_pl, Decimal):
            unrealized_intraday_pl = format(self.unrealized_intraday_pl, "f")
        else:
            unrealized_intraday_pl = self.unrealized_intraday_pl

        unrealized_intraday_plpc: None | str | Unset
        if isinstance(self.unrealized_intraday_plpc, Unset):
            unrealized_intraday_plpc = UNSET
        elif isinstance(self.unrealized_intraday_plpc, Decimal):
            unrealized_intraday_plpc = format(self.unrealized_intraday_plpc, "f")
        else:
            unrealized_intraday_plpc = self.unrealized_intraday_plpc

        swap_rate: None | str | Unset
        if isinstance(self.swap_rate, Unset):
            swap_rate = UNSET
        elif isinstance(self.swap_rate, Decimal):
            swap_rate = format(self.swap_rate, "f")
        else:
            swap_rate = self.swap_rate

        avg_entry_swap_rate: None | str | Unset
        if isinstance(self.avg_entry_swap_rate, Unset):
            avg_entry_swap_rate = UNSET
        elif isinstance(self.avg_entry_swap_rate, Decimal):
            avg_entry_swap_rate = format(self.avg_entry_swap_rate, "f")
        else:
            avg_entry_swap_rate = self.avg_entry_swap_rate

        prev_swap_rate: None | str | Unset
        if isinstance(self.prev_swap_rate, Unset):
            prev_swap_rate = UNSET
        elif isinstance(self.prev_swap_rate, Decimal):
            prev_swap_rate = format(self.prev_swap_rate, "f")
        else:
            prev_swap_rate = self.prev_swap_rate

        usd: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usd, Unset):
            usd = self.usd.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "symbol": symbol,
                "side": side,
                "qty": qty,
                "avg_entry_price": avg_entry_price,
                "cost_basis": cost_basis,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if asset_marginable is not UNSET:
            field_dict["asset_marginable"] = asset_marginable
        if qty_available is not UNSET:
            field_dict["qty_available"] = qty_available
        if market_value is not UNSET:
            field_dict["market_value"] = market_value
        if current_price is not UNSET:
            field_dict["current_price"] = current_price
        if lastday_price is not UNSET:
            field_dict["lastday_price"] = lastday_price
        if change_today is not UNSET:
            field_dict["change_today"] = change_today
        if unrealized_pl is not UNSET:
            field_dict["unrealized_pl"] = unrealized_pl
        if unrealized_plpc is not UNSET:
            field_dict["unrealized_plpc"] = unrealized_plpc
        if unrealized_intraday_pl is not UNSET:
            field_dict["unrealized_intraday_pl"] = unrealized_intraday_pl
        if unrealized_intraday_plpc is not UNSET:
            field_dict["unrealized_intraday_plpc"] = unrealized_intraday_plpc
        if swap_rate is not UNSET:
            field_dict["swap_rate"] = swap_rate
        if avg_entry_swap_rate is not UNSET:
            field_dict["avg_entry_swap_rate"] = avg_entry_swap_rate
        if prev_swap_rate is not UNSET:
            field_dict["prev_swap_rate"] = prev_swap_rate
        if usd is not UNSET:
            field_dict["usd"] = usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.position_usd_values import PositionUsdValues  # noqa: PLC0415

        _data = dict(src_dict)
        asset_id = _data.pop("asset_id")

        symbol = _data.pop("symbol")

        side = PositionSide(_data.pop("side"))

        qty = Decimal(str(_data.pop("qty")))

        avg_entry_price = Decimal(str(_data.pop("avg_entry_price")))

        cost_basis = Decimal(str(_data.pop("cost_basis")))

        _exchange = _data.pop("exchange", UNSET)
        exchange: Exchange | Unset
        if isinstance(_exchange, Unset):
            exchange = UNSET
        else:
            exchange = Exchange(_exchange)

        _asset_class = _data.pop("asset_class", UNSET)
        asset_class: AssetClass | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = AssetClass(_asset_class)

        asset_marginable = _data.pop("asset_marginable", UNSET)

        def _parse_qty_available(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                qty_available_type_0 = Decimal(str(data))

                return qty_available_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        qty_available = _parse_qty_available(_data.pop("qty_available", UNSET))

        def _parse_market_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                market_value_type_0 = Decimal(str(data))

                return market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        market_value = _parse_market_value(_data.pop("market_value", UNSET))

        def _parse_current_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                current_price_type_0 = Decimal(str(data))

                return current_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        current_price = _parse_current_price(_data.pop("current_price", UNSET))

        def _parse_lastday_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                lastday_price_type_0 = Decimal(str(data))

                return lastday_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        lastday_price = _parse_lastday_price(_data.pop("lastday_price", UNSET))

        def _parse_change_today(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                change_today_type_0 = Decimal(str(data))

                return change_today_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        change_today = _parse_change_today(_data.pop("change_today", UNSET))

        def _parse_unrealized_pl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_pl_type_0 = Decimal(str(data))

                return unrealized_pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_pl = _parse_unrealized_pl(_data.pop("unrealized_pl", UNSET))

        def _parse_unrealized_plpc(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_plpc_type_0 = Decimal(str(data))

                return unrealized_plpc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_plpc = _parse_unrealized_plpc(_data.pop("unrealized_plpc", UNSET))

        def _parse_unrealized_intraday_pl(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_intraday_pl_type_0 = Decimal(str(data))

                return unrealized_intraday_pl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_intraday_pl = _parse_unrealized_intraday_pl(
            _data.pop("unrealized_intraday_pl", UNSET)
        )

        def _parse_unrealized_intraday_plpc(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                unrealized_intraday_plpc_type_0 = Decimal(str(data))

                return unrealized_intraday_plpc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unrealized_intraday_plpc = _parse_unrealized_intraday_plpc(
            _data.pop("unrealized_intraday_plpc", UNSET)
        )

        def _parse_swap_rate(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                swap_rate_type_0 = Decimal(str(data))

                return swap_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        swap_rate = _parse_swap_rate(_data.pop("swap_rate", UNSET))

        def _parse_avg_entry_swap_rate(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                avg_entry_swap_rate_type_0 = Decimal(str(data))

                return avg_entry_swap_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        avg_entry_swap_rate = _parse_avg_entry_swap_rate(_data.pop("avg_entry_swap_rate", UNSET))

        def _parse_prev_swap_rate(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, (str, int, float)):
                    raise TypeError()
                prev_swap_rate_type_0 = Decimal(str(data))

                return prev_swap_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        prev_swap_rate = _parse_prev_swap_rate(_data.pop("prev_swap_rate", UNSET))

        _usd = _data.pop("usd", UNSET)
        usd: PositionUsdValues | Unset
        if isinstance(_usd, Unset):
            usd = UNSET
        else:
            usd = PositionUsdValues.from_dict(_usd)

        position = cls(
            asset_id=asset_id,
            symbol=symbol,
            side=side,
            qty=qty,
            avg_entry_price=avg_entry_price,
            cost_basis=cost_basis,
            exchange=exchange,
            asset_class=asset_class,
            asset_marginable=asset_marginable,
            qty_available=qty_available,
            market_value=market_value,
            current_price=current_price,
            lastday_price=lastday_price,
            change_today=change_today,
            unrealized_pl=unrealized_pl,
            unrealized_plpc=unrealized_plpc,
            unrealized_intraday_pl=unrealized_intraday_pl,
            unrealized_intraday_plpc=unrealized_intraday_plpc,
            swap_rate=swap_rate,
            avg_entry_swap_rate=avg_entry_swap_rate,
            prev_swap_rate=prev_swap_rate,
            usd=usd,
        )

        position.additional_properties = _data
        position.raw = dict(src_dict)
        return position

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
