"""How commands print results and errors: JSON by default, tables, CSV, JSON lines, Parquet.

Errors go to stderr as one JSON object ``{"error": {...}}`` with the status, Alpaca's code, the
message and a hint. Exit codes: 0 success, 1 API and network errors, 2 what the user must fix in
the invocation or setup (bad arguments, missing or rejected credentials).
"""

from __future__ import annotations

import enum
import functools
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NoReturn, ParamSpec, TypeVar

import typer

from alpaca._errors import (
    AlpacaError,
    APIConnectionError,
    APIError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

P = ParamSpec("P")
R = TypeVar("R")

#: Client parameter names whose command-line spelling is not ``--name-with-dashes``.
OPTION_NAMES = {"time_in_force": "--tif", "symbols": "SYMBOLS", "order_id": "ORDER_ID"}


@dataclass(frozen=True)
class Format:
    """The output options every data command takes."""

    kind: str = "json"  # json, jsonl, csv, table
    parquet: str | None = None
    quiet: bool = False
    columns: tuple[str, ...] = ()  # the header of an empty table or CSV


def plain(value: Any) -> Any:
    """A JSON-ready form of a result: models and market-data records as the server sent them
    (``.raw``)."""
    raw = getattr(value, "raw", None)
    if isinstance(raw, Mapping):  # models, records, BarSet & co.
        return dict(raw)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def dumps(value: Any, *, indent: int | None = 2) -> str:
    return json.dumps(plain(value), indent=indent, default=_json_default)


def emit(result: Any, fmt: Format) -> None:
    """Print ``result`` as ``fmt`` asks (and write ``--parquet``)."""
    if fmt.parquet is not None:
        _parquet(result, fmt.parquet)
        if fmt.quiet or fmt.kind == "json":
            return
    if fmt.quiet or result is None:
        return
    if isinstance(result, bytes):
        sys.stdout.buffer.write(result)
        return
    if fmt.kind == "jsonl":
        rows = plain(result)
        for row in rows if isinstance(rows, list) else _rows_of(result):
            typer.echo(json.dumps(row, default=_json_default))
        return
    if fmt.kind in ("csv", "table"):
        frame = _frame(result)
        if frame.empty and not len(frame.columns) and fmt.columns:
            frame = frame.reindex(columns=list(fmt.columns))
        if fmt.kind == "csv":
            sys.stdout.write(frame.to_csv(index=False))
        else:
            _table(frame)
        return
    typer.echo(dumps(result))


def _rows_of(result: Any) -> list[Any]:
    frame = _frame(result)
    records: list[Any] = json.loads(frame.to_json(orient="records", date_format="iso"))
    return records


def _frame(result: Any) -> Any:
    """A flat pandas DataFrame of a result (index columns included)."""
    import pandas as pd

    frame = getattr(result, "df", None)
    if frame is not None:
        flat = frame.reset_index() if frame.index.name or frame.index.nlevels > 1 else frame
        return flat
    value = plain(result)
    if isinstance(value, Mapping) and all(isinstance(v, Mapping) for v in value.values()):
        return pd.DataFrame([{"symbol": k, **v} for k, v in value.items()])
    if isinstance(value, Mapping):
        return pd.json_normalize(value)
    return pd.json_normalize(value if isinstance(value, list) else [value])


def _table(frame: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*[str(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        table.add_row(*["" if v is None else str(v) for v in row])
    Console(highlight=False, width=None if sys.stdout.isatty() else 160).print(table)


def _parquet(result: Any, path: str) -> None:
    writer = getattr(result, "to_parquet", None)
    if callable(writer):
        writer(path)
    else:
        _frame(result).to_parquet(path)
    typer.echo(f"wrote {path}", err=True)


# --- errors ----------------------------------------------------------------------------------

_HINTS: list[tuple[type[AlpacaError], str]] = [
    (AuthenticationError, "check APCA_API_KEY_ID/APCA_API_SECRET_KEY (paper keys only work "
                          "with paper; live needs --live); `alpaca doctor` shows what is used"),
    (PermissionDeniedError, "the key may not do this, or the account lacks buying power"),
    (NotFoundError, "check the id or symbol"),
    (RateLimitError, "Alpaca's rate limit: wait a moment, or lower the request rate"),
    (APIConnectionError, "check the network and the URLs (`alpaca doctor`)"),
    (ConfigurationError, "set the variables named above, or pass the values explicitly"),
]  # fmt: skip


def fail(message: str, exit_code: int, **details: Any) -> NoReturn:
    """Print an error object on stderr and exit with ``exit_code``."""
    typer.echo(json.dumps({"error": {"message": message, **details}}, default=str), err=True)
    raise typer.Exit(exit_code)


def _report(exc: AlpacaError) -> NoReturn:
    details: dict[str, Any] = {"type": type(exc).__name__}
    if isinstance(exc, APIError):
        details |= {"status": exc.status_code, "code": exc.code}
    if getattr(exc, "may_have_taken_effect", False):
        details["may_have_taken_effect"] = True
        cid = getattr(exc, "client_order_id", None)
        if cid:
            details["client_order_id"] = cid
    hint = next((text for kind, text in _HINTS if isinstance(exc, kind)), None)
    if hint:
        details["hint"] = hint
    setup = isinstance(exc, ConfigurationError | AuthenticationError | PermissionDeniedError)
    fail(str(exc), 2 if setup else 1, **details)


def option_error(exc: Exception) -> str:
    """The client's ``"name: problem"`` message, with ``name`` spelled as on the command line."""
    name, sep, problem = str(exc).partition(": ")
    if not sep or not name.isidentifier():
        return str(exc)
    option = OPTION_NAMES.get(name, "--" + name.replace("_", "-"))
    return f"invalid value for {option}: {problem}"


def handled(func: Callable[P, R]) -> Callable[P, R]:
    """Report ``AlpacaError`` (exit 1, or 2 for setup and credentials) and bad arguments (exit
    2) as JSON on stderr, without a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except AlpacaError as exc:
            _report(exc)
        except (ValueError, TypeError) as exc:
            fail(option_error(exc), 2, type="UsageError")

    return wrapper
