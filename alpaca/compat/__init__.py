"""Scripts written for the legacy ``alpaca-trade-api`` package, run by changing the import::

    import alpaca.compat as tradeapi          # was: import alpaca_trade_api as tradeapi

    api = tradeapi.REST()                     # APCA_* variables; paper unless told otherwise
    api.get_bars("AAPL", tradeapi.TimeFrame.Hour, "2021-02-08", "2021-02-08").df

A thin translation layer over ``alpaca.Client`` and the ``alpaca`` streams: answers come back
in the legacy shapes (entities with ``_raw``, the legacy ``.df`` layouts), requests go through
the typed core's transport. The submodules mirror the legacy ones (``alpaca.compat.rest``,
``.common``, ``.stream``, ``.entity``, ``.entity_v2``, ``.rest_async``). What differs is listed
in the README ("Compatibility with alpaca-trade-api"). Needs pandas (the ``pandas`` extra).
"""

from __future__ import annotations

from typing import Any

from . import common, entity, entity_v2, rest, rest_async, stream
from ._async import AsyncRest, gather_with_concurrency
from ._common import URL
from ._errors import APIError, RetryException
from ._rest import REST
from ._stream import Stream
from ._timeframe import Sort, TimeFrame, TimeFrameUnit

__version__ = "3.2.0"
"""The legacy release whose surface this layer follows."""


class StreamConn:
    """The pre-2.0 streaming class; its v1 data stream (and Polygon) are gone."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError(
            "StreamConn was removed in alpaca-trade-api 2.0 (its v1 and Polygon streams are "
            "gone); use alpaca.compat.Stream, e.g. stream.subscribe_trades(handler, 'AAPL')"
        )


__all__ = [
    "REST",
    "URL",
    "APIError",
    "AsyncRest",
    "RetryException",
    "Sort",
    "Stream",
    "StreamConn",
    "TimeFrame",
    "TimeFrameUnit",
    "common",
    "entity",
    "entity_v2",
    "gather_with_concurrency",
    "rest",
    "rest_async",
    "stream",
]
