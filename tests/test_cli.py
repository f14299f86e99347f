"""The ``alpaca`` command line, against real sockets: subprocesses and typer's CliRunner."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

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
    lines = []
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
