"""Tests of the websocket streams, over real sockets to the sandbox."""
