"""The typer application: every ``alpaca`` command."""

from __future__ import annotations

import csv
import json
import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from alpaca._client import Client
from alpaca._config import mask
from alpaca._errors import AlpacaError

from ._common import console, credential_source, fail, handled

if TYPE_CHECKING:
    from alpaca.resources.stocks import BarOptions

app = typer.Typer(
    name="alpaca",
    help="Alpaca's Trading and Market Data APIs from the shell (paper trading by default).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
orders_app = typer.Typer(help="List, submit and cancel orders.", no_args_is_help=True)
app.add_typer(orders_app, name="orders")

Yes = Annotated[bool, typer.Option("--yes", "-y", help="Confirm a live-trading action.")]


@dataclass(frozen=True)
class Options:
    """Options given before the command."""

    live: bool


@app.callback()
def root(
    ctx: typer.Context,
    live: Annotated[
        bool, typer.Option("--live", help="Trade live (also ALPACA_LIVE_TRADE=1); default paper.")
    ] = False,
) -> None:
    """Alpaca's Trading and Market Data APIs from the shell (paper trading by default)."""
    ctx.obj = Options(live=live)


def make_client(ctx: typer.Context) -> Client:
    """A client from the environment; live only with ``--live`` or ``ALPACA_LIVE_TRADE``."""
    options: Options = ctx.find_object(Options) or Options(live=False)
    return Client(paper=False if options.live else None)


def confirm_live(client: Client, action: str, yes: bool) -> None:
    """Ask before ``action`` touches a live account, unless ``--yes`` was given."""
    if not client.paper and not yes:
        typer.confirm(f"{action} on the LIVE account at {client.config.base_url}?", abort=True)


def print_json(value: Any) -> None:
    """One object as indented JSON."""
    typer.echo(json.dumps(value, indent=2))


def print_json_lines(values: list[Any]) -> None:
    """A list as JSON Lines: one compact object per line."""
    for value in values:
        typer.echo(json.dumps(value))


@app.command()
@handled
def demo(ctx: typer.Context) -> None:
    """Tour the client: account, two months of minute bars, orders, positions.

    Uses your paper account when APCA_API_KEY_ID/APCA_API_SECRET_KEY (or ALPACA_*) are set,
    otherwise an offline sandbox started for the occasion.
    """
    from ._demo import run_demo

    options: Options = ctx.find_object(Options) or Options(live=False)
    run_demo(console(), live=options.live)


@app.command()
def sandbox(
    port: Annotated[int, typer.Option(help="Port to listen on (0 picks a free one).")] = 8000,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    key_id: Annotated[str | None, typer.Option(help="API key id to accept.")] = None,
    secret_key: Annotated[str | None, typer.Option(help="Secret key to accept.")] = None,
    always_open: Annotated[
        bool, typer.Option("--always-open", help="Keep the stock market open around the clock.")
    ] = False,
) -> None:
    """Serve the offline sandbox in the foreground until Ctrl-C."""
    from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_SECRET_KEY, SandboxServer

    server = SandboxServer(
        host,
        port,
        key_id=key_id or SANDBOX_KEY_ID,
        secret_key=secret_key or SANDBOX_SECRET_KEY,
        always_open=always_open,
        log_level="info",
    )
    try:
        server.start()
    except (OSError, RuntimeError) as exc:
        fail(f"cannot serve the sandbox on {host}:{port}: {exc}", 1)
    shown_secret = "<the --secret-key you passed>" if secret_key else server.secret_key
    typer.echo(
        f"Alpaca sandbox listening on {server.url} (trading and market data)\n"
        "Point the client or the alpaca command at it with:\n\n"
        f"  export APCA_API_BASE_URL={server.url}\n"
        f"  export APCA_API_DATA_URL={server.url}\n"
        f"  export APCA_API_STREAM_URL=ws://{server.host}:{server.port}\n"
        f"  export APCA_API_KEY_ID={server.key_id}\n"
        f"  export APCA_API_SECRET_KEY={shown_secret}\n\n"
        "Press Ctrl-C to stop."
    )
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        typer.echo("stopping the sandbox", err=True)
    finally:
        server.stop()


@app.command("stream-hub")
@handled
def stream_hub(
    port: Annotated[int, typer.Option(help="Port to listen on (0 picks a free one).")] = 8765,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    upstream: Annotated[
        str | None, typer.Option(help="Stream host to share (default: APCA_API_STREAM_URL).")
    ] = None,
) -> None:
    """Share one upstream connection per feed among local stream clients until Ctrl-C."""
    import asyncio

    from alpaca.stream._hub import StreamHub

    hub = StreamHub(host=host, port=port, upstream_url=upstream)

    async def serve() -> None:
        await hub.start()
        typer.echo(
            f"Alpaca stream hub on ws://{hub.host}:{hub.port}, sharing {hub.upstream_url}\n"
            f"Point stream clients at it with:\n\n  export DATA_PROXY_WS=ws://{hub.host}:{hub.port}\n"
        )
        sys.stdout.flush()
        try:
            await asyncio.Future()
        finally:
            await hub.close()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        typer.echo("stopping the stream hub", err=True)
    except OSError as exc:
        fail(f"cannot serve the stream hub on {host}:{port}: {exc}", 1)


@app.command()
@handled
def account(ctx: typer.Context) -> None:
    """The account as JSON."""
    with make_client(ctx) as client:
        print_json(client.account.get().raw)


@app.command()
@handled
def positions(ctx: typer.Context) -> None:
    """Open positions, one JSON object per line."""
    with make_client(ctx) as client:
        print_json_lines([position.raw for position in client.positions.list()])


@app.command()
@handled
def clock(ctx: typer.Context) -> None:
    """The market clock as JSON."""
    with make_client(ctx) as client:
        print_json(client.clock.get().raw)


@orders_app.command("list")
@handled
def orders_list(
    ctx: typer.Context,
    status: Annotated[str, typer.Option(help="open, closed or all.")] = "open",
    limit: Annotated[int | None, typer.Option(help="At most this many orders.")] = None,
) -> None:
    """Orders, one JSON object per line."""
    with make_client(ctx) as client:
        orders = client.orders.list(status=status, limit=limit)
        print_json_lines([order.raw for order in orders])


@orders_app.command("submit")
@handled
def orders_submit(
    ctx: typer.Context,
    symbol: Annotated[str | None, typer.Option(help="e.g. AAPL.")] = None,
    qty: Annotated[str | None, typer.Option(help="Number of shares.")] = None,
    notional: Annotated[str | None, typer.Option(help="Dollar amount instead of --qty.")] = None,
    side: Annotated[str | None, typer.Option(help="buy or sell.")] = None,
    order_type: Annotated[
        str | None,
        typer.Option("--type", help="market, limit, stop, stop_limit or trailing_stop."),
    ] = None,
    tif: Annotated[str | None, typer.Option(help="day, gtc, opg, cls, ioc or fok.")] = None,
    limit_price: Annotated[str | None, typer.Option(help="For limit orders.")] = None,
    stop_price: Annotated[str | None, typer.Option(help="For stop orders.")] = None,
    trail_price: Annotated[str | None, typer.Option(help="For trailing_stop orders.")] = None,
    trail_percent: Annotated[str | None, typer.Option(help="For trailing_stop orders.")] = None,
    extended_hours: Annotated[
        bool | None, typer.Option("--extended-hours/--regular-hours", help="Trading session.")
    ] = None,
    client_order_id: Annotated[str | None, typer.Option(help="Your id for the order.")] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate and print the body; send nothing.")
    ] = False,
    yes: Yes = False,
) -> None:
    """Submit an order and print it as JSON (with --dry-run: the request body instead)."""
    from alpaca.resources.orders import submit_request

    given = {
        "symbol": symbol,
        "qty": qty,
        "notional": notional,
        "side": side,
        "type": order_type,
        "time_in_force": tif,
        "limit_price": limit_price,
        "stop_price": stop_price,
        "trail_price": trail_price,
        "trail_percent": trail_percent,
        "extended_hours": extended_hours,
        "client_order_id": client_order_id,
    }
    params: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    body = submit_request(params)
    if dry_run:
        print_json(body.to_dict())
        typer.echo("dry run: the order is valid; nothing was sent", err=True)
        return
    params["client_order_id"] = body.client_order_id
    with make_client(ctx) as client:
        confirm_live(client, f"Submit {body.side} {body.symbol}", yes)
        print_json(client.orders.submit(**params).raw)


@orders_app.command("cancel")
@handled
def orders_cancel(
    ctx: typer.Context,
    order_id: Annotated[str, typer.Argument(metavar="ID", help="The order's id.")],
    yes: Yes = False,
) -> None:
    """Request cancellation of an open order, then print the order as JSON."""
    with make_client(ctx) as client:
        confirm_live(client, f"Cancel order {order_id}", yes)
        client.orders.cancel(order_id)
        print_json(client.orders.get(order_id).raw)


@app.command()
@handled
def bars(
    ctx: typer.Context,
    symbol: Annotated[str, typer.Argument(help="e.g. AAPL.")],
    start: Annotated[str, typer.Option(help="Date or RFC-3339 time, e.g. 2024-01-02.")],
    timeframe: Annotated[str, typer.Option(help="e.g. 1Min, 15Min, 1Hour, 1Day.")] = "1Day",
    end: Annotated[str | None, typer.Option(help="Date or RFC-3339 time.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many bars.")] = None,
    output: Annotated[str, typer.Option("--format", help="table or csv.")] = "table",
) -> None:
    """Historical bars of one symbol as a table or CSV."""
    if output not in ("table", "csv"):
        fail(f"invalid value for --format: {output!r} is not one of table, csv", 2)
    options: BarOptions = {"start": start, "limit": limit}
    if end is not None:
        options["end"] = end
    columns = ["timestamp", "open", "high", "low", "close", "volume", "trade_count", "vwap"]
    with make_client(ctx) as client:
        rows = [
            [bar.timestamp.isoformat()]
            + ["" if value is None else str(value) for value in (bar.open, bar.high, bar.low,
               bar.close, bar.volume, bar.trade_count, bar.vwap)]
            for bar in client.stocks.bars(symbol, timeframe, **options)
        ]  # fmt: skip
    if output == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return
    table = Table(*columns, title=f"{symbol.upper()} {timeframe} bars")
    for row in rows:
        table.add_row(*row)
    console().print(table)


@app.command()
def doctor(ctx: typer.Context) -> None:
    """Show the resolved configuration (never the secret) and check connectivity."""
    source = credential_source()
    try:
        client = make_client(ctx)
    except AlpacaError as exc:
        fail(str(exc), 1)
    with client:
        config = client.config
        key = mask(config.key_id) if config.key_id else "(OAuth token)"
        typer.echo(f"mode:        {'paper' if config.paper else 'LIVE'}")
        typer.echo(f"trading API: {config.base_url}")
        typer.echo(f"data API:    {config.data_url}")
        typer.echo(f"credentials: {source} (key id {key})")
        checks = {"clock": client.clock.get, "account": client.account.get}
        for name, check in checks.items():
            try:
                check()
            except AlpacaError as exc:
                fail(f"{name} check failed against {config.base_url}: {exc}", 1)
            typer.echo(f"{name + ':':<13}ok")
