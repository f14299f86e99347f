"""``alpaca.compat.rest``: the names scripts import from ``alpaca_trade_api.rest``."""

from ._common import URL
from ._errors import APIError, RetryException
from ._rest import REST
from ._timeframe import Sort, TimeFrame, TimeFrameUnit

__all__ = ["REST", "URL", "APIError", "RetryException", "Sort", "TimeFrame", "TimeFrameUnit"]
