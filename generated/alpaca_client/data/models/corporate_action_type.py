from enum import StrEnum
from typing import Any


class CorporateActionType(StrEnum):
    CASH_DIVIDEND = "cash_dividend"
    CASH_MERGER = "cash_merger"
    FORWARD_SPLIT = "forward_split"
    NAME_CHANGE = "name_change"
    PARTIAL_CALL = "partial_call"
    REDEMPTION = "redemption"
    REORGANIZATION = "reorganization"
    REVERSE_SPLIT = "reverse_split"
    RIGHTS_DISTRIBUTION = "rights_distribution"
    SPIN_OFF = "spin_off"
    STOCK_AND_CASH_MERGER = "stock_and_cash_merger"
    STOCK_DIVIDEND = "stock_dividend"
    STOCK_MERGER = "stock_merger"
    UNIT_SPLIT = "unit_split"
    WORTHLESS_REMOVAL = "worthless_removal"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CorporateActionType | None":
        """Keep a value the server added after this client was built, instead of raising."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
