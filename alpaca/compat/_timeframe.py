"""The legacy ``TimeFrame`` (amount and unit, re-checked when changed) and ``Sort``;
``TimeFrameUnit`` is the core's (same names and values)."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from alpaca import TimeFrameUnit

__all__ = ["Sort", "TimeFrame", "TimeFrameUnit"]


class Sort(StrEnum):
    """Order of historical data and news."""

    Asc = "asc"
    Desc = "desc"


_MONTHS = (1, 2, 3, 6, 12)


def _check(amount: int, unit: TimeFrameUnit) -> None:
    if amount <= 0:
        raise ValueError("Amount must be a positive integer value.")
    if unit == TimeFrameUnit.Minute and amount > 59:
        raise ValueError("Second or Minute units can only be used with amounts between 1-59.")
    if unit == TimeFrameUnit.Hour and amount > 23:
        raise ValueError("Hour units can only be used with amounts 1-23")
    if unit in (TimeFrameUnit.Day, TimeFrameUnit.Week) and amount != 1:
        raise ValueError("Day and Week units can only be used with amount 1")
    if unit == TimeFrameUnit.Month and amount not in _MONTHS:
        raise ValueError("Month units can only be used with amount 1, 2, 3, 6 and 12")


class TimeFrame:
    """A bar width, e.g. ``TimeFrame(45, TimeFrameUnit.Minute)`` (``str()`` gives ``"45Min"``).

    Changing ``amount`` or ``unit`` checks the combination again. ``TimeFrame.Minute``,
    ``.Hour``, ``.Day``, ``.Week`` and ``.Month`` are shared instances of amount 1.
    """

    Minute: ClassVar[TimeFrame]
    Hour: ClassVar[TimeFrame]
    Day: ClassVar[TimeFrame]
    Week: ClassVar[TimeFrame]
    Month: ClassVar[TimeFrame]

    def __init__(self, amount: int, unit: TimeFrameUnit) -> None:
        unit = TimeFrameUnit(unit)
        _check(amount, unit)
        self._amount = amount
        self._unit = unit

    @property
    def amount(self) -> int:
        return self._amount

    @amount.setter
    def amount(self, amount: int) -> None:
        _check(amount, self._unit)
        self._amount = amount

    @property
    def unit(self) -> TimeFrameUnit:
        return self._unit

    @unit.setter
    def unit(self, unit: TimeFrameUnit) -> None:
        unit = TimeFrameUnit(unit)
        _check(self._amount, unit)
        self._unit = unit

    @property
    def value(self) -> str:
        """Alpaca's spelling, e.g. ``"15Min"``."""
        return f"{self._amount}{self._unit.value}"

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"TimeFrame({self._amount}, TimeFrameUnit.{self._unit.name})"


TimeFrame.Minute = TimeFrame(1, TimeFrameUnit.Minute)
TimeFrame.Hour = TimeFrame(1, TimeFrameUnit.Hour)
TimeFrame.Day = TimeFrame(1, TimeFrameUnit.Day)
TimeFrame.Week = TimeFrame(1, TimeFrameUnit.Week)
TimeFrame.Month = TimeFrame(1, TimeFrameUnit.Month)
