"""``client.account``: the trading account."""

from __future__ import annotations

from alpaca_client.trading.api.account import get_account
from alpaca_client.trading.models import Account as AccountModel

from .._operation import M, Plan, Resource, Timeout, operation, parse, trading


class Account(Resource[M]):
    """The account's balances, buying power and status."""

    @operation
    def get(self, *, timeout: Timeout = None) -> Plan[AccountModel]:
        """The account as it is now."""
        response = yield trading(get_account._get_kwargs(), timeout)
        return parse(response, AccountModel.from_dict)
