"""The ``alpaca`` command line, against real sockets: subprocesses and typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner, Result

from alpaca.cli._app import app
from alpaca.testing import Sandbox

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CREDENTIAL_VARS = ("APCA_", "ALPACA_")


def clean_env(**extra: str) -> dict[str, str]:
    """The current environment without any APCA_*/ALPACA_* variable, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(CREDENTIAL_VARS)}
    return {**env, **extra}


def sandbox_env(sb: Sandbox) -> dict[str, str]:
    """Variables pointing the CLI at ``sb``."""
    return {
        "APCA_API_KEY_ID": sb.key_id,
        "APCA_API_SECRET_KEY": sb.secret_key,
        "APCA_API_BASE_URL": sb.base_url,
        "APCA_API_DATA_URL": sb.data_url,
    }


@pytest.fixture
def runner(fresh_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CliRunner whose environment points at the freshly reset session sandbox."""
    for name in os.environ:
        if name.startswith(CREDENTIAL_VARS):
            monkeypatch.delenv(name)
    for name, value in sandbox_env(fresh_sandbox).items():
        monkeypatch.setenv(name, value)
    return CliRunner()


def test_demo_end_to_end_starts_its_own_sandbox() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "alpaca", "demo"],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "offline sandbox" in out
    assert "ACTIVE" in out and "buying power" in out and "100000" in out
    assert re.search(r"DataFrame shape \(\d{4,}, 7\)", out)
    assert re.search(rf"Market order: buy 10 AAPL -> id {UUID} status filled", out)
    limit = re.search(rf"Limit order: buy 5 AAPL @ [\d.]+ gtc -> id ({UUID}) status new", out)
    assert limit is not None
    assert f"Cancelled limit order {limit.group(1)}: status canceled" in out
    assert re.search(r"Final equity: \d", out)
    assert "Traceback" not in result.stderr


def test_console_script_help() -> None:
    script = shutil.which("alpaca", path=str(Path(sys.executable).parent))
    assert script is not None
    result = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    for command in ("demo", "sandbox", "orders", "doctor", "bars"):
        assert command in result.stdout


def test_missing_cli_extra_message() -> None:
    code = "import sys; sys.modules['typer'] = None; from alpaca.cli import main; main()"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    assert "the alpaca command needs the 'cli' extra: pip install 'alpaca[cli]'" in result.stderr


@pytest.fixture
def served_sandbox() -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``alpaca sandbox --port 0 --key-id ... --secret-key ...`` and its first output lines."""
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "alpaca", "sandbox", "--port", "0"),
            *("--key-id", "PKMINE123456", "--secret-key", "my-very-secret-value"),
        ],
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    lines: list[str] = []
    while not lines or "Ctrl-C" not in lines[-1]:
        line = process.stdout.readline()
        assert line, "the sandbox exited early"
        lines.append(line)
    try:
        yield process, "".join(lines)
    finally:
        process.kill()
        process.wait()
        process.stdout.close()


def test_sandbox_command_serves_until_interrupted(
    served_sandbox: tuple[subprocess.Popen[str], str],
) -> None:
    process, banner = served_sandbox
    match = re.search(r"export APCA_API_BASE_URL=(http://127\.0\.0\.1:\d+)", banner)
    assert match is not None
    assert "export APCA_API_KEY_ID=PKMINE123456" in banner
    assert "my-very-secret-value" not in banner
    headers = {"APCA-API-KEY-ID": "PKMINE123456", "APCA-API-SECRET-KEY": "my-very-secret-value"}
    response = httpx.get(f"{match.group(1)}/v2/account", headers=headers)
    assert response.status_code == 200
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 0


def test_sandbox_command_prints_its_own_public_secret() -> None:
    from alpaca.sandbox import SANDBOX_SECRET_KEY

    process = subprocess.Popen(
        [sys.executable, "-m", "alpaca", "sandbox", "--port", "0"],
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    try:
        banner = "".join(process.stdout.readline() for _ in range(8))
        assert f"export APCA_API_SECRET_KEY={SANDBOX_SECRET_KEY}" in banner
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        process.stdout.close()


def invoke(runner: CliRunner, *args: str, input: str | None = None) -> Result:
    """Run ``alpaca *args`` in-process."""
    return runner.invoke(app, list(args), input=input)


MARKET_BUY = ("--symbol", "AAPL", "--qty", "2", "--side", "buy", "--type", "market", "--tif", "day")


def test_account_and_clock_print_json(runner: CliRunner) -> None:
    account = invoke(runner, "account")
    assert account.exit_code == 0, account.output
    assert json.loads(account.stdout)["status"] == "ACTIVE"
    clock = invoke(runner, "clock")
    assert clock.exit_code == 0
    assert {"timestamp", "is_open", "next_open", "next_close"} <= set(json.loads(clock.stdout))


def test_orders_positions_round_trip(runner: CliRunner) -> None:
    submitted = invoke(runner, "orders", "submit", *MARKET_BUY, "--client-order-id", "cli-1")
    assert submitted.exit_code == 0, submitted.output
    market = json.loads(submitted.stdout)
    assert market["client_order_id"] == "cli-1"
    assert market["status"] == "filled"

    positions = invoke(runner, "positions")
    rows = json.loads(positions.stdout)
    assert [(row["symbol"], row["qty"]) for row in rows] == [("AAPL", "2")]
    lines = invoke(runner, "positions", "list", "--jsonl").stdout.splitlines()
    assert [json.loads(line)["symbol"] for line in lines] == ["AAPL"]

    limit = ("--type", "limit", "--limit-price", "1.25", "--tif", "gtc")
    resting = invoke(runner, "orders", "submit", *MARKET_BUY[:6], *limit)
    order_id = json.loads(resting.stdout)["id"]
    open_orders = invoke(runner, "orders", "list")
    assert [order["id"] for order in json.loads(open_orders.stdout)] == [order_id]

    cancelled = invoke(runner, "orders", "cancel", order_id)
    assert cancelled.exit_code == 0, cancelled.output
    assert json.loads(invoke(runner, "orders", "get", order_id).stdout)["status"] == "canceled"
    assert json.loads(invoke(runner, "orders", "list").stdout) == []
    every = invoke(runner, "orders", "list", "--status", "all", "--limit", "10", "--csv")
    assert len(list(csv.DictReader(io.StringIO(every.stdout)))) == 2


def test_dry_run_shows_the_exact_request_and_sends_nothing(
    runner: CliRunner, sandbox_http: httpx.Client, sandbox: Sandbox
) -> None:
    result = invoke(
        runner, "orders", "submit", *MARKET_BUY[:6], "--type", "limit", "--tif", "gtc",
        "--limit-price", "10.5", "--dry-run",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (request,) = json.loads(result.stdout)
    assert request["method"] == "POST" and request["url"] == sandbox.base_url + "/v2/orders"
    body = request["json"]
    assert body["limit_price"] == "10.5" and body["symbol"] == "AAPL" and body["client_order_id"]
    assert "nothing was sent" in result.stderr
    assert sandbox_http.get("/v2/orders", params={"status": "all"}).json() == []


def test_every_namespace_method_is_a_command(runner: CliRunner) -> None:
    from alpaca._client import namespace_names
    from alpaca.cli._commands import operations, resource_class

    for name in namespace_names():
        for method, _ in operations(resource_class(name)):
            result = invoke(runner, name.replace("_", "-"), method.replace("_", "-"), "--help")
            assert result.exit_code == 0, (name, method, result.output)
            assert "--dry-run" in result.stdout


@pytest.mark.parametrize(
    ("change", "option"),
    [
        ({"--qty": "-1"}, "--qty"),
        ({"--side": "sideways"}, "--side"),
        ({"--tif": None}, "--tif"),
        ({"--symbol": None}, "--symbol"),
        ({"--type": "limit"}, "--limit-price"),
    ],
)
def test_bad_order_arguments_exit_2_naming_the_option(
    runner: CliRunner, sandbox_http: httpx.Client, change: dict[str, str | None], option: str
) -> None:
    given = dict(zip(MARKET_BUY[::2], MARKET_BUY[1::2], strict=True)) | change
    args = [part for name, value in given.items() if value is not None for part in (name, value)]
    result = invoke(runner, "orders", "submit", *args)
    assert result.exit_code == 2
    assert f"invalid value for {option}" in result.stderr
    assert sandbox_http.get("/v2/orders", params={"status": "all"}).json() == []


def test_bars_csv_table_parquet_and_bad_arguments(runner: CliRunner, tmp_path: Path) -> None:
    window = ("--start", "2024-03-01", "--end", "2024-03-29")
    result = invoke(runner, "data", "bars", "aapl", *window, "--limit", "3", "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3 and float(rows[0]["close"]) > 0 and rows[0]["timestamp"]
    table = invoke(runner, "bars", "AAPL", *window, "--limit", "2", "--table")
    assert table.exit_code == 0 and "close" in table.stdout
    as_json = json.loads(invoke(runner, "bars", "AAPL", "MSFT", *window, "--limit", "4").stdout)
    assert list(as_json) == ["AAPL"] and len(as_json["AAPL"]) == 4
    target = tmp_path / "bars.parquet"
    written = invoke(runner, "data", "bars", "SPY", *window, "--parquet", str(target))
    assert written.exit_code == 0 and target.stat().st_size > 0
    bad_start = invoke(runner, "bars", "AAPL", "--start", "yesterday")
    assert bad_start.exit_code == 2 and "--start" in bad_start.stderr
    bad_frame = invoke(runner, "bars", "AAPL", *window, "--timeframe", "3Days")
    assert bad_frame.exit_code == 2 and "--timeframe" in bad_frame.stderr


def test_latest_and_snapshots_print_what_alpaca_sent(runner: CliRunner) -> None:
    """Market-data records print as their wire mapping (as models do), never as a repr."""
    latest = invoke(runner, "data", "latest", "AAPL,MSFT")
    assert latest.exit_code == 0, latest.output
    trades = json.loads(latest.stdout)
    assert sorted(trades) == ["AAPL", "MSFT"]
    assert all(isinstance(t["p"], float) and t["t"].endswith("Z") for t in trades.values())
    table = invoke(runner, "data", "latest", "AAPL", "--table")
    assert table.exit_code == 0 and "Trade(" not in table.stdout
    snapshots = json.loads(invoke(runner, "data", "snapshots", "AAPL").stdout)
    assert {"latestTrade", "latestQuote", "dailyBar"} <= set(snapshots["AAPL"])


def test_doctor_masks_the_key_and_hides_the_secret(runner: CliRunner, sandbox: Sandbox) -> None:
    result = invoke(runner, "doctor")
    assert result.exit_code == 0, result.output
    assert "paper" in result.stdout and sandbox.base_url in result.stdout
    assert "APCA_API_KEY_ID / APCA_API_SECRET_KEY" in result.stdout
    assert sandbox.key_id[:4] + "…" in result.stdout
    assert sandbox.key_id not in result.output and sandbox.secret_key not in result.output
    assert "clock:" in result.stdout and "account:" in result.stdout


def test_doctor_fails_clearly(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APCA_API_SECRET_KEY", "not-the-right-secret")
    result = invoke(runner, "doctor")
    assert result.exit_code == 1
    error = json.loads(result.stderr)["error"]
    assert "check failed" in error["message"] and "401" in error["message"]
    assert "not-the-right-secret" not in result.output


def test_api_error_is_json_on_stderr_with_exit_1(runner: CliRunner) -> None:
    result = invoke(runner, "orders", "cancel", "00000000-0000-0000-0000-000000000000")
    assert result.exit_code == 1 and result.stdout == ""
    error = json.loads(result.stderr)["error"]
    assert error["status"] == 404 and error["type"] == "NotFoundError"
    assert "order not found" in error["message"] and error["hint"]


def test_rejected_or_missing_credentials_exit_2(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APCA_API_SECRET_KEY", "wrong-secret")
    rejected = invoke(runner, "account")
    assert rejected.exit_code == 2 and json.loads(rejected.stderr)["error"]["status"] == 401
    assert "wrong-secret" not in rejected.output
    monkeypatch.delenv("APCA_API_KEY_ID")
    monkeypatch.delenv("APCA_API_SECRET_KEY")
    result = invoke(runner, "account")
    assert result.exit_code == 2 and "No Alpaca credentials found" in result.stderr


def test_raw_api_escape_hatch(runner: CliRunner) -> None:
    result = invoke(runner, "api", "GET", "/v2/assets/AAPL")
    assert result.exit_code == 0 and json.loads(result.stdout)["symbol"] == "AAPL"
    query = ["-p", "symbols=AAPL", "-p", "timeframe=1Day", "-p", "start=2024-03-01"]
    bars = invoke(runner, "api", "GET", "/v2/stocks/bars", *query, "-p", "end=2024-03-08")
    assert len(json.loads(bars.stdout)["bars"]["AAPL"]) == 6
    bad = invoke(runner, "api", "FETCH", "/v2/account")
    assert bad.exit_code == 2 and "method" in bad.stderr


def test_live_orders_need_confirmation(runner: CliRunner, sandbox_http: httpx.Client) -> None:
    declined = invoke(runner, "--live", "orders", "submit", *MARKET_BUY, input="n\n")
    assert declined.exit_code == 1 and "LIVE" in declined.output
    assert sandbox_http.get("/v2/orders", params={"status": "all"}).json() == []
    confirmed = invoke(runner, "--live", "orders", "submit", *MARKET_BUY, "--yes")
    assert confirmed.exit_code == 0, confirmed.output
    assert json.loads(confirmed.stdout)["status"] == "filled"
    refused = invoke(runner, "--live", "demo")
    assert refused.exit_code == 2 and "only against paper" in refused.stderr


def _streaming(sb: Sandbox, *args: str) -> subprocess.Popen[str]:
    env = clean_env(**sandbox_env(sb), APCA_API_STREAM_URL=sb.stream_url)
    return subprocess.Popen(
        [sys.executable, "-m", "alpaca", "stream", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_stream_prints_json_lines_until_ctrl_c(fresh_sandbox: Sandbox) -> None:
    process = _streaming(fresh_sandbox, "trades", "BTC/USD")
    assert process.stdout is not None and process.stderr is not None
    try:
        lines = [json.loads(process.stdout.readline()) for _ in range(2)]
        assert all(line["S"] == "BTC/USD" and line["p"] > 0 for line in lines)
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        assert "stream stopped" in process.stderr.read()
        process.stdout.close()
        process.stderr.close()


def test_stream_trade_updates_of_the_cli_users_orders(fresh_sandbox: Sandbox) -> None:
    process = _streaming(fresh_sandbox, "trade-updates")
    assert process.stdout is not None and process.stderr is not None
    try:
        with fresh_sandbox.client() as client:
            for _ in range(50):  # until the stream is subscribed and an update comes through
                client.orders.submit(
                    symbol="AAPL", qty=1, side="buy", type="limit", limit_price="1.00",
                    time_in_force="gtc",
                )  # fmt: skip
                ready, _, _ = select.select([process.stdout], [], [], 0.2)
                if ready:
                    break
        update = json.loads(process.stdout.readline())
        assert update["event"] == "new" and update["order"]["symbol"] == "AAPL"
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        process.stdout.close()
        process.stderr.close()


def test_an_empty_list_prints_its_header(runner: CliRunner, sandbox: Sandbox) -> None:
    """No orders: the CSV and the table still name their columns (rows would have them)."""
    csv = invoke(runner, "orders", "list", "--csv")
    assert csv.exit_code == 0, csv.output
    header = csv.stdout.strip().split(",")
    assert {"id", "client_order_id", "symbol", "qty", "status"} <= set(header)
    table = invoke(runner, "orders", "list", "--table")
    assert table.exit_code == 0, table.output
    assert table.stdout.lstrip().startswith("┏")  # a header, and no rows under it
    assert table.stdout.count("\n") <= 4


def test_a_namespace_alone_takes_the_output_options(runner: CliRunner, sandbox: Sandbox) -> None:
    assert invoke(runner, "orders", "submit", *MARKET_BUY).exit_code == 0
    csv = invoke(runner, "positions", "--csv")
    assert csv.exit_code == 0, csv.output
    header, row = csv.stdout.strip().splitlines()
    assert "symbol" in header.split(",") and "AAPL" in row.split(",")
    assert invoke(runner, "positions", "--table").stdout.lstrip().startswith("┏")
    assert json.loads(invoke(runner, "positions", "--jsonl").stdout)["symbol"] == "AAPL"
