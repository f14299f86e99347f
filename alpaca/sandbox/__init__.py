"""Offline sandbox: a local, stateful fake of Alpaca's Trading and Market Data APIs."""

from alpaca.sandbox._app import SANDBOX_KEY_ID, SANDBOX_OAUTH_TOKEN, SANDBOX_SECRET_KEY, create_app
from alpaca.sandbox._server import SandboxServer

__all__ = [
    "SANDBOX_KEY_ID",
    "SANDBOX_OAUTH_TOKEN",
    "SANDBOX_SECRET_KEY",
    "SandboxServer",
    "create_app",
]
