"""The ``alpaca`` command line (needs the ``cli`` extra: typer and rich)."""

from __future__ import annotations

import importlib
import sys

MISSING_EXTRA = "the alpaca command needs the 'cli' extra: pip install 'alpaca[cli]'"


def main() -> None:
    """Entry point of the ``alpaca`` script and of ``python -m alpaca``."""
    for name in ("typer", "rich"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and exc.name.split(".")[0] not in ("typer", "rich", "click"):
                raise
            print(MISSING_EXTRA, file=sys.stderr)
            raise SystemExit(1) from None
    from ._app import app

    app(prog_name="alpaca")
