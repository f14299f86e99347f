"""The console excerpt of the README's "Command line" section is real: each command, run against
a sandbox standing at the moment the section names, prints what the README shows."""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from alpaca.testing import Sandbox

README = Path(__file__).resolve().parent.parent / "README.md"
README_URL = "http://127.0.0.1:8000"  # the sandbox address the excerpt shows
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def section() -> str:
    return README.read_text().split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]


def transcript(text: str) -> list[tuple[str, list[str]]]:
    """``(command, lines shown after it)`` for each ``$`` line of the console block."""
    block = text.split("```console\n", 1)[1].split("```", 1)[0]
    steps: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return steps


def pattern(shown: list[str]) -> str:
    """A regex for the lines shown: a ``…`` line stands for any lines, a UUID for any UUID."""
    parts = []
    for line in shown:
        if line.strip() == "…":
            parts.append(r"(?:.*\n)*?")
        else:
            pieces = [re.escape(piece) for piece in UUID.split(line)]
            parts.append(UUID.pattern.join(pieces) + r"\n")
    return "".join(parts)


def test_readme_console_excerpt_replays() -> None:
    text = section()
    start = re.search(r"--start (\S+) --speed 0", text)
    assert start is not None
    steps = transcript(text)
    assert len(steps) >= 5
    env = {k: v for k, v in os.environ.items() if not k.startswith(("APCA_", "ALPACA_"))}
    with Sandbox(start=dt.datetime.fromisoformat(start.group(1)), speed=0) as sb:
        env.update(
            APCA_API_KEY_ID=sb.key_id,
            APCA_API_SECRET_KEY=sb.secret_key,
            APCA_API_BASE_URL=sb.base_url,
            APCA_API_DATA_URL=sb.data_url,
        )
        exit_code = 0
        for n, (command, shown) in enumerate(steps):
            if command == "echo $?":
                assert shown == [str(exit_code)], (steps[n - 1][0], exit_code)
                continue
            args = shlex.split(command)
            assert args[0] == "alpaca", command
            result = subprocess.run(
                [sys.executable, "-m", "alpaca", *args[1:]],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            exit_code = result.returncode
            checked = n + 1 < len(steps) and steps[n + 1][0] == "echo $?"
            assert checked or exit_code == 0, (command, result.stderr)
            output = (result.stdout + result.stderr).replace(sb.base_url, README_URL)
            assert re.fullmatch(pattern(shown), output), (command, output)
