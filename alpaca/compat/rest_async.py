"""``alpaca.compat.rest_async``: ``AsyncRest`` and ``gather_with_concurrency``, as in
``alpaca_trade_api.rest_async``."""

from ._async import AsyncRest, gather_with_concurrency

__all__ = ["AsyncRest", "gather_with_concurrency"]
