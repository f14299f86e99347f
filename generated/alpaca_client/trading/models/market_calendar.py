from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.market import Market
    from ..models.market_calendar_day import MarketCalendarDay


T = TypeVar("T", bound="MarketCalendar")


@_attrs_define
class MarketCalendar:
    market: Market
    calendar: list[MarketCalendarDay]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    raw: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """The mapping this object was parsed from, exactly as the server sent it."""

    def to_dict(self) -> dict[str, Any]:
        market = self.market.to_dict()

        calendar = []
        for calendar_item_data in self.calendar:
            calendar_item = calendar_item_data.to_dict()
            calendar.append(calendar_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "market": market,
                "calendar": calendar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.market import Market  # noqa: PLC0415
        from ..models.market_calendar_day import MarketCalendarDay  # noqa: PLC0415

        _data = dict(src_dict)
        market = Market.from_dict(_data.pop("market"))

        calendar = []
        _calendar = _data.pop("calendar")
        for calendar_item_data in _calendar:
            calendar_item = MarketCalendarDay.from_dict(calendar_item_data)

            calendar.append(calendar_item)

        market_calendar = cls(
            market=market,
            calendar=calendar,
        )

        market_calendar.additional_properties = _data
        market_calendar.raw = dict(src_dict)
        return market_calendar

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
