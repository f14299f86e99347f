"""Bar timeframes: `TimeFrame(5, TimeFrameUnit.Minute)`, `TimeFrame.Day` or text like `"1Day"`."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import ClassVar


class TimeFrameUnit(StrEnum):
    """The unit of a :class:`TimeFrame`; the value is Alpaca's spelling."""

    Minute = "Min"
    Hour = "Hour"
    Day = "Day"
    Week = "Week"
    Month = "Month"


_ALLOWED_AMOUNTS: dict[TimeFrameUnit, frozenset[int]] = {
    TimeFrameUnit.Minute: frozenset(range(1, 60)),
    TimeFrameUnit.Hour: frozenset(range(1, 24)),
    TimeFrameUnit.Day: frozenset({1}),
    TimeFrameUnit.Week: frozenset({1}),
    TimeFrameUnit.Month: frozenset({1, 2, 3, 4, 6, 12}),
}
_UNIT_SPELLINGS = {
    "min": TimeFrameUnit.Minute,
    "t": TimeFrameUnit.Minute,
    "hour": TimeFrameUnit.Hour,
    "h": TimeFrameUnit.Hour,
    "day": TimeFrameUnit.Day,
    "d": TimeFrameUnit.Day,
    "week": TimeFrameUnit.Week,
    "w": TimeFrameUnit.Week,
    "month": TimeFrameUnit.Month,
    "m": TimeFrameUnit.Month,
}
_MINUTES = {
    TimeFrameUnit.Minute: 1.0,
    TimeFrameUnit.Hour: 60.0,
    TimeFrameUnit.Day: 1440.0,
    TimeFrameUnit.Week: 10080.0,
    TimeFrameUnit.Month: 43200.0,
}
_PATTERN = re.compile(r"^\s*(\d+)?\s*([A-Za-z]+)\s*$")


class TimeFrame:
    """A bar width Alpaca accepts: 1–59 minutes, 1–23 hours, 1 day, 1 week, 1/2/3/4/6/12 months."""

    __slots__ = ("amount", "unit")

    Minute: ClassVar[TimeFrame]
    Hour: ClassVar[TimeFrame]
    Day: ClassVar[TimeFrame]
    Week: ClassVar[TimeFrame]
    Month: ClassVar[TimeFrame]

    amount: int
    unit: TimeFrameUnit

    def __init__(self, amount: int, unit: TimeFrameUnit | str) -> None:
        unit = TimeFrameUnit(unit) if not isinstance(unit, TimeFrameUnit) else unit
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError(f"timeframe amount must be an int, not {type(amount).__name__}")
        if amount not in _ALLOWED_AMOUNTS[unit]:
            allowed = sorted(_ALLOWED_AMOUNTS[unit])
            shown = (
                f"{allowed[0]}..{allowed[-1]}" if len(allowed) > 6 else ", ".join(map(str, allowed))
            )
            raise ValueError(
                f"timeframe: {amount}{unit.value} is not accepted by Alpaca; "
                f"{unit.name} amounts are {shown}"
            )
        self.amount = amount
        self.unit = unit

    @classmethod
    def parse(cls, value: TimeFrame | str) -> TimeFrame:
        """Accept a :class:`TimeFrame` or Alpaca's text forms (``"5Min"``, ``"1H"``, ``"Day"``)."""
        if isinstance(value, TimeFrame):
            return value
        if not isinstance(value, str):
            raise TypeError(f"timeframe must be a TimeFrame or str, not {type(value).__name__}")
        match = _PATTERN.match(value)
        unit = _UNIT_SPELLINGS.get(match.group(2).lower()) if match else None
        if match is None or unit is None:
            raise ValueError(
                f"timeframe: {value!r} is not a timeframe; use e.g. '1Min', '15Min', '1Hour', "
                "'1Day', '1Week', '1Month' or alpaca.TimeFrame"
            )
        return cls(int(match.group(1) or 1), unit)

    @property
    def minutes(self) -> float:
        """The bar width in minutes (a month counts 30 days)."""
        return self.amount * _MINUTES[self.unit]

    @property
    def value(self) -> str:
        """Alpaca's spelling, e.g. ``"15Min"``."""
        return f"{self.amount}{self.unit.value}"

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"TimeFrame({self.amount}, TimeFrameUnit.{self.unit.name})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TimeFrame):
            return (self.amount, self.unit) == (other.amount, other.unit)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.amount, self.unit))


TimeFrame.Minute = TimeFrame(1, TimeFrameUnit.Minute)
TimeFrame.Hour = TimeFrame(1, TimeFrameUnit.Hour)
TimeFrame.Day = TimeFrame(1, TimeFrameUnit.Day)
TimeFrame.Week = TimeFrame(1, TimeFrameUnit.Week)
TimeFrame.Month = TimeFrame(1, TimeFrameUnit.Month)
