from enum import StrEnum
from typing import Any


class AssetAttribute(StrEnum):
    FRACTIONAL_EH_ENABLED = "fractional_eh_enabled"
    HAS_OPTIONS = "has_options"
    IPO = "ipo"
    OPTIONS_LATE_CLOSE = "options_late_close"
    OVERNIGHT_HALTED = "overnight_halted"
    OVERNIGHT_TRADABLE = "overnight_tradable"
    PTP_NO_EXCEPTION = "ptp_no_exception"
    PTP_WITH_EXCEPTION = "ptp_with_exception"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AssetAttribute | None":
        """Keep a value the server added after this client was built, instead of raising."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
