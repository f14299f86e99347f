"""Helpers shared by the commands: where credentials come from, consoles."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from rich.console import Console


def credential_source(environ: Mapping[str, str] | None = None) -> str | None:
    """Which variables the client takes credentials from (``resolve_config``'s order), or None."""
    env = os.environ if environ is None else environ

    def first(*names: str) -> str | None:
        return next((name for name in names if env.get(name, "").strip()), None)

    if first("APCA_API_OAUTH_TOKEN"):
        return "APCA_API_OAUTH_TOKEN"
    key = first("APCA_API_KEY_ID", "ALPACA_API_KEY")
    if key is None:
        return None
    secret = first("APCA_API_SECRET_KEY", "ALPACA_SECRET_KEY") or "no secret key variable"
    return f"{key} / {secret}"


def console() -> Console:
    """A console for human-readable output; 120 columns wide when not on a terminal."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 120)
