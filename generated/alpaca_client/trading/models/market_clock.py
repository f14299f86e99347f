from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_phase import MarketPhase

if TYPE_CHECKING:
    from ..models.market import Market


T = TypeVar("T", bound="MarketClock")


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
        market = self.market.to_dict()

        timestamp = self.timestamp.isoformat()

        is_market_day = self.is_market_day

        phase = self.phase.value

        phase_until = self.phase_until.isoformat()

        next_market_open = self.next_market_open.isoformat()

        next_market_close = self.next_market_close.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market": market,
                "timestamp": timestamp,
                "is_market_day": is_market_day,
                "phase": phase,
                "phase_until": phase_until,
                "next_market_open": next_market_open,
                "next_market_close": next_market_close,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market import Market  # noqa: PLC0415

        _data = dict(src_dict)
        market = Market.from_dict(_data.pop("market"))

        timestamp = datetime.datetime.fromisoformat(_data.pop("timestamp"))

        is_market_day = _data.pop("is_market_day")

        phase = MarketPhase(_data.pop("phase"))

        phase_until = datetime.datetime.fromisoformat(_data.pop("phase_until"))

        next_market_open = datetime.datetime.fromisoformat(_data.pop("next_market_open"))

        next_market_close = datetime.datetime.fromisoformat(_data.pop("next_market_close"))

        market_clock = cls(
            market=market,
            timestamp=timestamp,
            is_market_day=is_market_day,
            phase=phase,
            phase_until=phase_until,
            next_market_open=next_market_open,
            next_market_close=next_market_close,
        )

        market_clock.additional_properties = _data
        market_clock.raw = dict(src_dict)
        return market_clock

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
