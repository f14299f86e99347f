from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing

if TYPE_CHECKING:
    from ..models.stock_trade import StockTrade


@_attrs_define
class StockLatestTradeSingleResponse:
    """Latest trade of one stock."""

    symbol: str | None = None
    """ The symbol asked for. """
    trade: StockTrade | None = None
    """ A single trade print. """
    currency: str | None = None
    """ ISO 4217 currency of the prices. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.symbol is not None:
            field_dict["symbol"] = self.symbol
        if self.trade is not None:
            field_dict["trade"] = self.trade.to_dict()
        if self.currency is not None:
            field_dict["currency"] = self.currency
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.stock_trade import StockTrade  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        _symbol = data.get("symbol")
        _trade = data.get("trade")
        _currency = data.get("currency")
        result = cls(
            symbol=None if _symbol is None else parsing.string(_symbol, "symbol"),
            trade=None if _trade is None else parsing.model(StockTrade.from_dict, _trade, "trade"),
            currency=None if _currency is None else parsing.string(_currency, "currency"),
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


_KEYS: frozenset[str] = frozenset({"symbol", "trade", "currency"})
