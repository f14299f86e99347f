"""``client.clock``: is the market open, and when it next opens and closes."""

from __future__ import annotations

from alpaca_client.trading.api.clock import get_clock
from alpaca_client.trading.models import Clock as ClockModel

from .._operation import M, Plan, Resource, Timeout, operation, parse, trading


class Clock(Resource[M]):
    """The market clock."""

    @operation
    def get(self, *, timeout: Timeout = None) -> Plan[ClockModel]:
        """The server's time and the next open and close."""
        response = yield trading(get_clock._get_kwargs(), timeout)
        return parse(response, ClockModel.from_dict)
