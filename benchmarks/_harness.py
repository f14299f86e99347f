"""Running contenders as fresh processes, in paired rounds, and summarising them as medians."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHILD = HERE / "_children.py"
VENVS = HERE / ".venvs"
PEERS = {"alpaca-py": "alpaca-py==0.44.*", "alpaca-trade-api": "alpaca-trade-api"}
PROBES = {"alpaca-py": "alpaca.data.historical", "alpaca-trade-api": "alpaca_trade_api"}

Report = dict[str, Any]


def spawn(python: str, name: str, url: str, spec: dict[str, Any]) -> Report:
    """Run one contender in a fresh interpreter; its report plus ``process`` (spawn to exit)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    proc = subprocess.run(
        [python, str(CHILD), name, url, json.dumps(spec)],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(HERE),
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{name} child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    report: Report = json.loads(proc.stdout.strip().splitlines()[-1])
    report["process"] = elapsed
    return report


def peer_python(peer: str, install: bool) -> tuple[str | None, str]:
    """A peer's venv interpreter (created on first use if ``install``), or None and why."""
    venv = VENVS / peer
    python = venv / "bin" / "python"
    probe_code = f"import {PROBES[peer]}, importlib.metadata as m; print(m.version({peer!r}))"

    def probe() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(python), "-c", probe_code], capture_output=True, text=True, cwd=str(HERE)
        )

    if not (python.exists() and probe().returncode == 0):
        if not install:
            return None, f"skipped: not installed in {venv} (--no-install)"
        if not python.exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = subprocess.run(
            [str(python), "-m", "pip", "install", "-q", PEERS[peer]],
            capture_output=True,
            text=True,
        )
        if pip.returncode != 0:
            return None, f"skipped: `pip install {PEERS[peer]}` failed: {pip.stderr[-300:]}"
    result = probe()
    if result.returncode != 0:
        return None, f"skipped: {peer} not importable: {result.stderr.strip()[-300:]}"
    return str(python), f"{peer} {result.stdout.strip()}"


@dataclass
class Contender:
    name: str  # the child to run
    label: str  # how the table names it
    python: str = sys.executable
    spec: dict[str, Any] = field(default_factory=dict)


def paired(
    contenders: list[Contender],
    url: str,
    runs: int,
    warmup: int = 1,
    between: Callable[[], None] | None = None,
) -> dict[str, list[Report]]:
    """``warmup`` unrecorded runs of each, then ``runs`` rounds, alternating the order."""
    results: dict[str, list[Report]] = {c.label: [] for c in contenders}
    for _ in range(warmup):
        for c in contenders:
            spawn(c.python, c.name, url, c.spec)
            if between:
                between()
    for i in range(runs):
        for c in contenders if i % 2 == 0 else list(reversed(contenders)):
            results[c.label].append(spawn(c.python, c.name, url, c.spec))
            if between:
                between()
    return results


KEYS = ("wall", "import", "fetch", "frame", "process", "cpu", "rss_mib")


def medians(reports: list[Report]) -> dict[str, float]:
    return {k: statistics.median(float(r[k]) for r in reports) for k in KEYS if k in reports[0]}


def paired_ratio(ours: list[Report], base: list[Report], key: str) -> float:
    """The median of per-round ratios (each round's runs ran back to back)."""
    return statistics.median(float(o[key]) / float(b[key]) for o, b in zip(ours, base, strict=True))


def same_digest(results: dict[str, list[Report]], labels: list[str]) -> None:
    """Every run of ``labels`` built the same content (else the benchmark is void)."""
    digests = {r["digest"] for label in labels for r in results[label]}
    if len(digests) != 1:
        per = {label: sorted({r["digest"] for r in results[label]}) for label in labels}
        raise RuntimeError(f"results differ: {per}")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load {os.getloadavg()[0]:.2f}"
    return (
        f"{cpu}, {os.cpu_count()} CPUs{memory}, {platform.system()} {platform.release()}, "
        f"CPython {platform.python_version()}{load}"
    )
