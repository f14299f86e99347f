"""Helpers shared by the commands: credentials in the environment, consoles, error reporting."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Mapping
from typing import NoReturn, ParamSpec, TypeVar

import typer
from rich.console import Console

from alpaca._errors import AlpacaError

P = ParamSpec("P")
R = TypeVar("R")

#: Client parameter names whose command-line spelling is not ``--name-with-dashes``.
_OPTION_NAMES = {"time_in_force": "--tif", "symbols": "SYMBOL", "order_id": "ID"}


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


def fail(message: str, code: int) -> NoReturn:
    """Print ``message`` on stderr and exit with ``code``."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def option_error(exc: ValueError) -> str:
    """The client's ``"name: problem"`` message, with ``name`` spelled as on the command line."""
    name, sep, problem = str(exc).partition(": ")
    if not sep or not name.isidentifier():
        return str(exc)
    option = _OPTION_NAMES.get(name, "--" + name.replace("_", "-"))
    return f"invalid value for {option}: {problem}"


def handled(func: Callable[P, R]) -> Callable[P, R]:
    """Report ``AlpacaError`` (exit 1) and bad arguments (exit 2) without a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except AlpacaError as exc:
            fail(str(exc), 1)
        except ValueError as exc:
            fail(option_error(exc), 2)

    return wrapper
