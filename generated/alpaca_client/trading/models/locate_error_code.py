from enum import StrEnum
from typing import Any


class LocateErrorCode(StrEnum):
    EASY_TO_BORROW = "easy_to_borrow"
    INSUFFICIENT_BUYING_POWER = "insufficient_buying_power"
    INVALID_INPUT = "invalid_input"
    INVALID_LIMIT_PRICE = "invalid_limit_price"
    INVALID_REQUEST_BODY = "invalid_request_body"
    INVALID_SYMBOLS = "invalid_symbols"
    SECURITY_NOT_FOUND = "security_not_found"
    SYMBOL_NOT_FOUND = "symbol_not_found"
    THRESHOLD_SECURITY = "threshold_security"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "LocateErrorCode | None":
        """Keep a value the server added after this client was built, instead of raising."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)  # type: ignore[return-value]
