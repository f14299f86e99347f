from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as parsing
from ..models.market_phase import MarketPhase

if TYPE_CHECKING:
    from ..models.market import Market


@_attrs_define
class MarketClock:
    market: Market
    timestamp: datetime.datetime
    is_market_day: bool
    phase: MarketPhase
    phase_until: datetime.datetime
    """ When the current phase ends. """
    next_market_open: datetime.datetime
    next_market_close: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["market"] = self.market.to_dict()
        field_dict["timestamp"] = self.timestamp.isoformat()
        field_dict["is_market_day"] = self.is_market_day
        field_dict["phase"] = self.phase.value
        field_dict["phase_until"] = self.phase_until.isoformat()
        field_dict["next_market_open"] = self.next_market_open.isoformat()
        field_dict["next_market_close"] = self.next_market_close.isoformat()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a decoded JSON object; raises ``ResponseParseError`` when it is not this shape."""
        from ..models.market import Market  # noqa: PLC0415

        data = parsing.mapping(src_dict)
        try:
            _market = data["market"]
            _timestamp = data["timestamp"]
            _is_market_day = data["is_market_day"]
            _phase = data["phase"]
            _phase_until = data["phase_until"]
            _next_market_open = data["next_market_open"]
            _next_market_close = data["next_market_close"]
        except KeyError as error:
            raise parsing.missing(error, data) from None
        result = cls(
            market=parsing.model(Market.from_dict, _market, "market"),
            timestamp=parsing.date_time(_timestamp, "timestamp"),
            is_market_day=parsing.boolean(_is_market_day, "is_market_day"),
            phase=parsing.str_enum(MarketPhase, _phase, "phase"),
            phase_until=parsing.date_time(_phase_until, "phase_until"),
            next_market_open=parsing.date_time(_next_market_open, "next_market_open"),
            next_market_close=parsing.date_time(_next_market_close, "next_market_close"),
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
        "market",
        "timestamp",
        "is_market_day",
        "phase",
        "phase_until",
        "next_market_open",
        "next_market_close",
    }
)
