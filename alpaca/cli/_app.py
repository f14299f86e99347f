"""The typer application: the root options, the hand-written commands, and one command group per
namespace (``_commands``)."""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading
from dataclasses import dataclass
from typing import Annotated, Any

import typer

from alpaca._client import Client
from alpaca._config import mask
from alpaca._errors import AlpacaError
from alpaca._export import export

from ._commands import add_namespaces
from ._common import console, credential_source
from ._output import Format, dumps, emit, fail, handled

app = typer.Typer(
    name="alpaca",
    help="Alpaca's Trading and Market Data APIs from the shell (paper trading by default).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(
    help="Market data: bars, quotes, trades, latest values, snapshots, news, option chains.",
    no_args_is_help=True,
)
app.add_typer(data_app, name="data")


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


add_namespaces(app, make_client)


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
    rate_limit: Annotated[
        int,
        typer.Option(min=0, help="Requests per minute per credential, like Alpaca (0: no limit)."),
    ] = 200,
    always_open: Annotated[
        bool, typer.Option("--always-open", help="Keep the stock market open around the clock.")
    ] = False,
    start: Annotated[
        str | None,
        typer.Option(help="Sandbox time to start at (RFC 3339 with an offset; default: now)."),
    ] = None,
    speed: Annotated[
        float,
        typer.Option(
            min=0, help="How much faster than real time the clock runs (0: only POST /advance)."
        ),
    ] = 1.0,
    state: Annotated[
        str | None, typer.Option(help="JSON file that keeps the account across restarts.")
    ] = None,
    chaos: Annotated[
        list[str] | None,
        typer.Option(
            help="A fault rule, e.g. 'POST /v2/orders 504 after p=0.2' or "
            "'GET /v2/account seq=503,ok,drop' (repeatable), or @FILE with JSON rules."
        ),
    ] = None,
) -> None:
    """Serve the offline sandbox in the foreground until Ctrl-C."""
    from alpaca.sandbox import SANDBOX_KEY_ID, SANDBOX_SECRET_KEY, SandboxServer
    from alpaca.sandbox._chaos import ChaosRule
    from alpaca.sandbox._format import ApiError

    try:
        started = dt.datetime.fromisoformat(start) if start else None
        if started is not None and started.tzinfo is None:
            raise ValueError("it has no UTC offset")
        rules = [ChaosRule.parse(rule) for spec in chaos or () for rule in _chaos_rules(spec)]
    except (ValueError, OSError) as exc:
        fail(f"invalid --start or --chaos: {exc}", 2)
    except ApiError as exc:
        fail(f"invalid --chaos: {exc.message}", 2)
    try:
        server = SandboxServer(
            host,
            port,
            key_id=key_id or SANDBOX_KEY_ID,
            secret_key=secret_key or SANDBOX_SECRET_KEY,
            rate_limit=rate_limit or None,
            always_open=always_open,
            start=started,
            speed=speed,
            state_file=state,
            log_level="info",
        )
        server.sandbox.chaos.add(rules)
        server.start()
    except (OSError, RuntimeError, ValueError) as exc:
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
        f"Sandbox time {server.sandbox.now():%Y-%m-%d %H:%M:%S} UTC, "
        + ("stepped (POST /_sandbox/advance moves it)" if speed == 0 else f"speed {speed:g}")
        + (", market always open" if always_open else ", NYSE hours")
        + "\n"
        + "Press Ctrl-C to stop."
    )
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        typer.echo("stopping the sandbox", err=True)
    finally:
        server.stop()


def _chaos_rules(spec: str) -> list[Any]:
    """``--chaos`` values: a compact rule, or ``@FILE`` holding a JSON rule, list or
    ``{"rules": [...]}``."""
    from alpaca.sandbox._chaos import parse_spec

    if not spec.startswith("@"):
        return [parse_spec(spec)]
    with open(spec[1:], encoding="utf-8") as source:
        found = json.load(source)
    found = found["rules"] if isinstance(found, dict) and "rules" in found else found
    return found if isinstance(found, list) else [found]


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


# --- data ------------------------------------------------------------------------------------

Symbols = Annotated[list[str], typer.Argument(help="One or more symbols, e.g. AAPL MSFT.")]
Asset = Annotated[
    str, typer.Option(help="stocks, crypto or options (crypto when a symbol has a '/').")
]
Start = Annotated[str | None, typer.Option(help="Date or RFC-3339 time, e.g. 2024-01-02.")]
End = Annotated[str | None, typer.Option(help="Date or RFC-3339 time.")]
Limit = Annotated[int | None, typer.Option(help="At most this many rows in all.")]
Jsonl = Annotated[bool, typer.Option("--jsonl", help="One JSON object per line.")]
Csv = Annotated[bool, typer.Option("--csv", help="CSV on stdout.")]
TableOut = Annotated[bool, typer.Option("--table", help="A table.")]
Parquet = Annotated[str | None, typer.Option(help="Write a Parquet file.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing.")]


def _format(jsonl: bool, csv: bool, table: bool, parquet: str | None, quiet: bool) -> Format:
    kind = "jsonl" if jsonl else "csv" if csv else "table" if table else "json"
    return Format(kind, parquet, quiet)


def _namespace(client: Client, asset: str, symbols: list[str]) -> Any:
    if asset == "stocks" and any("/" in s for s in symbols):
        asset = "crypto"
    if asset not in ("stocks", "crypto", "options"):
        raise ValueError(f"asset: expected stocks, crypto or options, got {asset!r}")
    return getattr(client, asset)


def _history(
    ctx: typer.Context, kind: str, symbols: list[str], asset: str, fmt: Format, **options: Any
) -> None:
    given = {k: v for k, v in options.items() if v is not None}
    with make_client(ctx) as client:
        method = getattr(_namespace(client, asset, symbols), kind)
        result = method(",".join(symbols), **given)
        emit(result, fmt)


@data_app.command("bars")
@handled
def data_bars(
    ctx: typer.Context,
    symbols: Symbols,
    timeframe: Annotated[str, typer.Option(help="e.g. 1Min, 15Min, 1Hour, 1Day.")] = "1Day",
    start: Start = None,
    end: End = None,
    limit: Limit = None,
    feed: Annotated[str | None, typer.Option(help="Data feed, e.g. iex or sip.")] = None,
    asset: Asset = "stocks",
    jsonl: Jsonl = False,
    csv: Csv = False,
    table: TableOut = False,
    parquet: Parquet = None,
    quiet: Quiet = False,
) -> None:
    """Historical bars (JSON rows per symbol; --csv/--table/--parquet for a flat table)."""
    fmt = _format(jsonl, csv, table, parquet, quiet)
    with make_client(ctx) as client:
        namespace = _namespace(client, asset, symbols)
        options = {"start": start, "end": end, "limit": limit, "feed": feed}
        given = {k: v for k, v in options.items() if v is not None}
        emit(namespace.bars(",".join(symbols), timeframe, **given), fmt)


@data_app.command("quotes")
@handled
def data_quotes(
    ctx: typer.Context,
    symbols: Symbols,
    start: Start = None,
    end: End = None,
    limit: Limit = None,
    asset: Asset = "stocks",
    jsonl: Jsonl = False,
    csv: Csv = False,
    table: TableOut = False,
    parquet: Parquet = None,
    quiet: Quiet = False,
) -> None:
    """Historical quotes."""
    fmt = _format(jsonl, csv, table, parquet, quiet)
    _history(ctx, "quotes", symbols, asset, fmt, start=start, end=end, limit=limit)


@data_app.command("trades")
@handled
def data_trades(
    ctx: typer.Context,
    symbols: Symbols,
    start: Start = None,
    end: End = None,
    limit: Limit = None,
    asset: Asset = "stocks",
    jsonl: Jsonl = False,
    csv: Csv = False,
    table: TableOut = False,
    parquet: Parquet = None,
    quiet: Quiet = False,
) -> None:
    """Historical trades."""
    fmt = _format(jsonl, csv, table, parquet, quiet)
    _history(ctx, "trades", symbols, asset, fmt, start=start, end=end, limit=limit)


@data_app.command("latest")
@handled
def data_latest(
    ctx: typer.Context,
    symbols: Symbols,
    kind: Annotated[str, typer.Option(help="trades, quotes or bars.")] = "trades",
    asset: Asset = "stocks",
    jsonl: Jsonl = False,
    csv: Csv = False,
    table: TableOut = False,
) -> None:
    """The latest trade, quote or bar per symbol."""
    if kind not in ("trades", "quotes", "bars"):
        raise ValueError(f"kind: expected trades, quotes or bars, got {kind!r}")
    with make_client(ctx) as client:
        namespace = _namespace(client, asset, symbols)
        emit(
            getattr(namespace, f"latest_{kind}")(",".join(symbols)),
            _format(jsonl, csv, table, None, False),
        )


@data_app.command("snapshots")
@handled
def data_snapshots(
    ctx: typer.Context,
    symbols: Symbols,
    asset: Asset = "stocks",
    jsonl: Jsonl = False,
) -> None:
    """Latest trade, quote and bars per symbol."""
    with make_client(ctx) as client:
        namespace = _namespace(client, asset, symbols)
        emit(namespace.snapshots(",".join(symbols)), _format(jsonl, False, False, None, False))


@data_app.command("news")
@handled
def data_news(
    ctx: typer.Context,
    symbols: Annotated[list[str] | None, typer.Argument(help="Symbols (all news if none).")] = None,
    start: Start = None,
    end: End = None,
    limit: Annotated[int, typer.Option(help="At most this many articles.")] = 50,
    jsonl: Jsonl = False,
    csv: Csv = False,
    table: TableOut = False,
) -> None:
    """News articles, newest first."""
    with make_client(ctx) as client:
        articles = client.news.list(symbols=symbols or None, start=start, end=end, limit=limit)
        emit(articles, _format(jsonl, csv, table, None, False))


@data_app.command("chain")
@handled
def data_chain(
    ctx: typer.Context,
    underlying: Annotated[str, typer.Argument(help="The underlying symbol, e.g. AAPL.")],
    jsonl: Jsonl = False,
    csv: Csv = False,
    table: TableOut = False,
) -> None:
    """The option chain of an underlying: a snapshot per contract."""
    with make_client(ctx) as client:
        emit(client.options.chain(underlying), _format(jsonl, csv, table, None, False))


app.command("bars", help="Alias of `alpaca data bars`.")(data_bars)


# --- streams ---------------------------------------------------------------------------------

stream_app = typer.Typer(
    help="Real-time messages as JSON lines until Ctrl-C: trades, quotes, bars, news, "
    "trade-updates.",
    no_args_is_help=True,
)
app.add_typer(stream_app, name="stream")
Feed = Annotated[
    str | None, typer.Option(help="Stocks: iex, sip, ...; crypto: us, us-1, eu-1; options: opra...")
]


def _print_message(message: Any) -> None:
    typer.echo(json.dumps(getattr(message, "raw", message), default=str))
    sys.stdout.flush()


def _data_stream(asset: str, symbols: list[str], feed: str | None) -> Any:
    from alpaca import stream as streams

    if asset == "stocks" and any("/" in s for s in symbols):
        asset = "crypto"
    if asset == "stocks":
        return streams.Stream(feed or "iex")
    if asset == "crypto":
        return streams.CryptoStream(feed or "us")
    if asset == "options":
        return streams.OptionStream(feed or "indicative")
    raise ValueError(f"asset: expected stocks, crypto or options, got {asset!r}")


def _run_stream(stream: Any) -> None:
    try:
        stream.run()
    except KeyboardInterrupt:
        stream.stop()
        typer.echo("stream stopped", err=True)


def _data_command(channel: str) -> Any:
    @handled
    def command(symbols: Symbols, feed: Feed = None, asset: Asset = "stocks") -> None:
        stream = _data_stream(asset, symbols, feed)
        getattr(stream, f"subscribe_{channel}")(_print_message, *symbols)
        _run_stream(stream)

    command.__doc__ = f"Live {channel} of SYMBOLS, one JSON object per line."
    return command


for _channel in ("trades", "quotes", "bars"):
    stream_app.command(_channel)(_data_command(_channel))


@stream_app.command("news")
@handled
def stream_news(
    symbols: Annotated[list[str] | None, typer.Argument(help="Symbols (all news if none).")] = None,
) -> None:
    """Live news articles, one JSON object per line."""
    from alpaca.stream import NewsStream

    stream = NewsStream()
    stream.subscribe_news(_print_message, *(symbols or ["*"]))
    _run_stream(stream)


@stream_app.command("trade-updates")
@handled
def stream_trade_updates(ctx: typer.Context) -> None:
    """Updates of your orders (fills, cancels, ...), one JSON object per line."""
    from alpaca.stream import TradingStream

    options: Options = ctx.find_object(Options) or Options(live=False)
    stream = TradingStream(paper=not options.live)
    stream.subscribe_trade_updates(_print_message)
    _run_stream(stream)


# --- tools -----------------------------------------------------------------------------------


@app.command("export")
@handled
def export_command(
    ctx: typer.Context,
    symbols: Annotated[list[str], typer.Argument(help="Symbols, e.g. AAPL MSFT.")],
    start: Annotated[str, typer.Option(help="Date or RFC-3339 time.")],
    end: Annotated[str, typer.Option(help="Date or RFC-3339 time.")],
    path: Annotated[str, typer.Option(help="Output directory (Hive-partitioned Parquet).")],
    kind: Annotated[str, typer.Option(help="bars, quotes or trades.")] = "bars",
    timeframe: Annotated[str, typer.Option(help="Bar width, e.g. 1Min.")] = "1Min",
    shard: Annotated[str | None, typer.Option(help="K/N: this machine's share.")] = None,
    concurrency: Annotated[int | None, typer.Option(help="Requests side by side.")] = None,
) -> None:
    """Download history into PATH/symbol=…/date=…/ Parquet; a rerun resumes."""
    if kind not in ("bars", "quotes", "trades"):
        raise ValueError(f"kind: {kind!r} is not one of bars, quotes, trades")
    with make_client(ctx) as client:
        done = export(
            client, symbols, start, end, path, kind=kind,  # type: ignore[arg-type]
            timeframe=timeframe, shard=shard, concurrency=concurrency,
        )  # fmt: skip
    typer.echo(dumps({"exported": done, "path": path}))


@app.command()
@handled
def api(
    ctx: typer.Context,
    method: Annotated[str, typer.Argument(help="GET, POST, PATCH, PUT or DELETE.")],
    path: Annotated[str, typer.Argument(help="e.g. /v2/account or /v2/stocks/bars.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Query parameter NAME=VALUE.")
    ] = None,
    body: Annotated[str | None, typer.Option(help="JSON request body.")] = None,
    data: Annotated[bool, typer.Option("--data", help="Send to the market-data host.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Confirm a live action.")] = False,
) -> None:
    """Send one request with the client's credentials, retries and errors; print the JSON."""
    verb = method.upper()
    if verb not in ("GET", "POST", "PATCH", "PUT", "DELETE"):
        raise ValueError(f"method: {method!r} is not GET, POST, PATCH, PUT or DELETE")
    if not path.startswith("/"):
        raise ValueError(f"path: {path!r} must start with /")
    pairs = [item.partition("=") for item in param or []]
    if any(not sep for _, sep, _ in pairs):
        raise ValueError("param: expected NAME=VALUE")
    payload = json.loads(body) if body is not None else None
    host = "data" if data or path.startswith(("/v1beta", "/v2/stocks", "/v1/")) else "trading"
    with make_client(ctx) as client:
        if verb != "GET" and not client.paper and not yes:
            typer.confirm(f"{verb} {path} on the LIVE account?", abort=True)
        http = client._context.http(host)
        response = http.request(
            verb, path, params=[(k, v) for k, _, v in pairs] or None, json=payload
        )
        if response.content:
            typer.echo(json.dumps(response.json(), indent=2))


@app.command()
def doctor(ctx: typer.Context) -> None:
    """Check the setup: configuration (never the secret), connectivity, clock, permissions, skew."""
    source = credential_source()
    try:
        client = make_client(ctx)
    except AlpacaError as exc:
        fail(str(exc), 2, type=type(exc).__name__)
    with client:
        config = client.config
        key = mask(config.key_id) if config.key_id else "(OAuth token)"
        typer.echo(f"mode:        {'paper' if config.paper else 'LIVE'}")
        typer.echo(f"trading API: {config.base_url}")
        typer.echo(f"data API:    {config.data_url}")
        typer.echo(f"credentials: {source} (key id {key})")
        try:
            clock = client.clock.get()
            typer.echo(f"{'clock:':<13}ok (market {'open' if clock.is_open else 'closed'})")
            account = client.account.get()
        except AlpacaError as exc:
            fail(f"check failed against {config.base_url}: {exc}", 1, type=type(exc).__name__)
        blocked = [f for f in ("trading_blocked", "account_blocked") if getattr(account, f)]
        state = f"({', '.join(blocked)})" if blocked else "ok"
        typer.echo(f"{'account:':<13}{account.status} {state}")
        skew = (dt.datetime.now(dt.UTC) - clock.timestamp).total_seconds()
        typer.echo(
            f"{'clock skew:':<13}{skew:+.1f}s" + ("  (large: check NTP)" if abs(skew) > 5 else "")
        )
