"""``alpaca.compat.stream``: ``Stream``, as in ``alpaca_trade_api.stream``."""

from ._common import URL
from ._stream import Stream

__all__ = ["URL", "Stream"]
