from enum import StrEnum
from typing import Any


class DayCount(StrEnum):
    A_360 = "A/360"
    A_364 = "A/364"
    A_365 = "A/365"
    A_A = "A/A"
    B_252 = "B/252"
    D30E_360 = "30E/360"
    D30_360 = "30/360"
    D30_365 = "30/365"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "DayCount | None":
        """Keep a value the server added after this client was built, instead of raising."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
