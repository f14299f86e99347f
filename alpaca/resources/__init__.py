"""Resource namespaces of :class:`alpaca.Client` and :class:`alpaca.AsyncClient`, one per domain."""
