from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.asset_class import AssetClass
from ..models.exchange import Exchange
from ..models.position_side import PositionSide

if TYPE_CHECKING:
    from ..models.position_usd_values import PositionUsdValues


@_attrs_define
class Position:
    asset_id: str
    symbol: str
    side: PositionSide
    qty: Decimal
    avg_entry_price: Decimal
    cost_basis: Decimal
    exchange: Exchange | None = None
    """ Listing exchange; `CRYPTO` for crypto assets, empty on some positions. """
    asset_class: AssetClass | None = None
    """ Asset class; empty on the parent of a multi-leg order. """
    asset_marginable: bool | None = None
    qty_available: Decimal | None = None
    """ Quantity not held for open orders. """
    market_value: Decimal | None = None
    current_price: Decimal | None = None
    lastday_price: Decimal | None = None
    change_today: Decimal | None = None
    """ Price change since the previous close, as a fraction. """
    unrealized_pl: Decimal | None = None
    unrealized_plpc: Decimal | None = None
    """ Unrealized profit/loss as a fraction. """
    unrealized_intraday_pl: Decimal | None = None
    unrealized_intraday_plpc: Decimal | None = None
    swap_rate: Decimal | None = None
    """ Currency conversion rate (non-USD accounts). """
    avg_entry_swap_rate: Decimal | None = None
    prev_swap_rate: Decimal | None = None
    usd: PositionUsdValues | None = None
    """ The position's values in USD (non-USD accounts). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["asset_id"] = self.asset_id
        field_dict["symbol"] = self.symbol
        field_dict["side"] = self.side.value
        field_dict["qty"] = format(self.qty, "f")
        field_dict["avg_entry_price"] = format(self.avg_entry_price, "f")
        field_dict["cost_basis"] = format(self.cost_basis, "f")
        if self.exchange is not None:
            field_dict["exchange"] = self.exchange.value
        if self.asset_class is not None:
            field_dict["asset_class"] = self.asset_class.value
        if self.asset_marginable is not None:
            field_dict["asset_marginable"] = self.asset_marginable
        if self.qty_available is not None:
            field_dict["qty_available"] = format(self.qty_available, "f")
        if self.market_value is not None:
            field_dict["market_value"] = format(self.market_value, "f")
        if self.current_price is not None:
            field_dict["current_price"] = format(self.current_price, "f")
        if self.lastday_price is not None:
            field_dict["lastday_price"] = format(self.lastday_price, "f")
        if self.change_today is not None:
            field_dict["change_today"] = format(self.change_today, "f")
        if self.unrealized_pl is not None:
            field_dict["unrealized_pl"] = format(self.unrealized_pl, "f")
        if self.unrealized_plpc is not None:
            field_dict["unrealized_plpc"] = format(self.unrealized_plpc, "f")
        if self.unrealized_intraday_pl is not None:
            field_dict["unrealized_intraday_pl"] = format(self.unrealized_intraday_pl, "f")
        if self.unrealized_intraday_plpc is not None:
            field_dict["unrealized_intraday_plpc"] = format(self.unrealized_intraday_plpc, "f")
        if self.swap_rate is not None:
            field_dict["swap_rate"] = format(self.swap_rate, "f")
        if self.avg_entry_swap_rate is not None:
            field_dict["avg_entry_swap_rate"] = format(self.avg_entry_swap_rate, "f")
        if self.prev_swap_rate is not None:
            field_dict["prev_swap_rate"] = format(self.prev_swap_rate, "f")
        if self.usd is not None:
            field_dict["usd"] = self.usd.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.position_usd_values import PositionUsdValues  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _asset_id = data["asset_id"]
            _symbol = data["symbol"]
            _side = data["side"]
            _qty = data["qty"]
            _avg_entry_price = data["avg_entry_price"]
            _cost_basis = data["cost_basis"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        _exchange = data.get("exchange")
        _asset_class = data.get("asset_class")
        _asset_marginable = data.get("asset_marginable")
        _qty_available = data.get("qty_available")
        _market_value = data.get("market_value")
        _current_price = data.get("current_price")
        _lastday_price = data.get("lastday_price")
        _change_today = data.get("change_today")
        _unrealized_pl = data.get("unrealized_pl")
        _unrealized_plpc = data.get("unrealized_plpc")
        _unrealized_intraday_pl = data.get("unrealized_intraday_pl")
        _unrealized_intraday_plpc = data.get("unrealized_intraday_plpc")
        _swap_rate = data.get("swap_rate")
        _avg_entry_swap_rate = data.get("avg_entry_swap_rate")
        _prev_swap_rate = data.get("prev_swap_rate")
        _usd = data.get("usd")
        result = cls(
            asset_id=parsing.string(_asset_id, "asset_id"),
            symbol=parsing.string(_symbol, "symbol"),
            side=parsing.str_enum(PositionSide, _side, "side"),
            qty=parsing.decimal(_qty, "qty"),
            avg_entry_price=parsing.decimal(_avg_entry_price, "avg_entry_price"),
            cost_basis=parsing.decimal(_cost_basis, "cost_basis"),
            exchange=None
            if _exchange is None
            else parsing.str_enum(Exchange, _exchange, "exchange"),
            asset_class=None
            if _asset_class is None
            else parsing.str_enum(AssetClass, _asset_class, "asset_class"),
            asset_marginable=None
            if _asset_marginable is None
            else parsing.boolean(_asset_marginable, "asset_marginable"),
            qty_available=None
            if _qty_available is None
            else parsing.decimal(_qty_available, "qty_available"),
            market_value=None
            if _market_value is None
            else parsing.decimal(_market_value, "market_value"),
            current_price=None
            if _current_price is None
            else parsing.decimal(_current_price, "current_price"),
            lastday_price=None
            if _lastday_price is None
            else parsing.decimal(_lastday_price, "lastday_price"),
            change_today=None
            if _change_today is None
            else parsing.decimal(_change_today, "change_today"),
            unrealized_pl=None
            if _unrealized_pl is None
            else parsing.decimal(_unrealized_pl, "unrealized_pl"),
            unrealized_plpc=None
            if _unrealized_plpc is None
            else parsing.decimal(_unrealized_plpc, "unrealized_plpc"),
            unrealized_intraday_pl=None
            if _unrealized_intraday_pl is None
            else parsing.decimal(_unrealized_intraday_pl, "unrealized_intraday_pl"),
            unrealized_intraday_plpc=None
            if _unrealized_intraday_plpc is None
            else parsing.decimal(_unrealized_intraday_plpc, "unrealized_intraday_plpc"),
            swap_rate=None if _swap_rate is None else parsing.decimal(_swap_rate, "swap_rate"),
            avg_entry_swap_rate=None
            if _avg_entry_swap_rate is None
            else parsing.decimal(_avg_entry_swap_rate, "avg_entry_swap_rate"),
            prev_swap_rate=None
            if _prev_swap_rate is None
            else parsing.decimal(_prev_swap_rate, "prev_swap_rate"),
            usd=None if _usd is None else parsing.model(PositionUsdValues.from_dict, _usd, "usd"),
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
        "asset_id",
        "symbol",
        "side",
        "qty",
        "avg_entry_price",
        "cost_basis",
        "exchange",
        "asset_class",
        "asset_marginable",
        "qty_available",
        "market_value",
        "current_price",
        "lastday_price",
        "change_today",
        "unrealized_pl",
        "unrealized_plpc",
        "unrealized_intraday_pl",
        "unrealized_intraday_plpc",
        "swap_rate",
        "avg_entry_swap_rate",
        "prev_swap_rate",
        "usd",
    }
)
