"""httpx, imported once for every module of this package that sends requests.

httpx loads ``httpx._main`` (click, rich, pygments; ~30 ms) at import whenever those are
installed, and we never use it: it is imported here without it. ``httpx.main`` stays callable
and imports the real one on first call. ``import alpaca`` loads none of this: the clients load
it when first used.
"""

from __future__ import annotations

import sys
from typing import Any


def _import_httpx() -> None:
    if "httpx" in sys.modules or "httpx._main" in sys.modules:
        return
    sys.modules["httpx._main"] = None  # type: ignore[assignment]  # httpx falls back to a stub
    try:
        import httpx
    finally:
        del sys.modules["httpx._main"]

    def main(*args: Any, **kwargs: Any) -> Any:
        from httpx._main import main as cli

        return cli(*args, **kwargs)

    main.__doc__ = "httpx's command-line client (imported on first call)."
    vars(httpx)["main"] = main


_import_httpx()

import httpx  # noqa: E402

__all__ = ["httpx"]
