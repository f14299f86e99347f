"""Downloading over a slow link: concurrency against the sequential floor and the peers.

The page server (``_pages.PageServer``) adds 40 ms before each answer, paces every connection
at 50 Mbit/s and gzips when asked (as Alpaca does). Two workloads, each ending in a pandas
DataFrame: one symbol x 200,000 one-minute bars, and 100 symbols x 2,000 bars. Contenders,
each a fresh process, in paired rounds after a warm-up each:

* ``floor``: ``http.client`` + gzip + ``orjson``, one page after another, one DataFrame;
* ``alpaca``/``alpaca-async``: this project's ``Client``/``AsyncClient`` with the default
  ``concurrency`` and ``data_rate_limit=10000`` (Alpaca's paid plan); the server enforces the
  same budget and counts 429s;
* ``alpaca-py`` and ``alpaca-trade-api``, each from its own venv (skipped, with the reason, if
  it cannot be installed). Both walk pages one after another; alpaca-trade-api asks for no
  ``limit``, so it gets Alpaca's default page of 1,000.

The free-plan run: the one-symbol workload at ``data_rate_limit=200`` against a server that
refuses (429) past 200 requests in a sliding minute, as Alpaca's free plan. So that the server's
window binds within a run of seconds, it starts nearly full: 190 requests counted over the
57 s before the run (another script of the same account, just before), which then leave it at
about the budget's pace. Figures: 429s (target 0), and the fetch time against the least the
budget allows for the requests made (one every 0.3 s after the first). A control run of the
same call without a budget shows the server does refuse a client that ignores it.

    python benchmarks/download.py [--runs 3] [--json] [--no-install]
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import _harness
import _pages
from _harness import Contender

LATENCY = 0.040
BANDWIDTH = 50e6 / 8  # bytes per second per connection
PAID = 10_000
FREE = 200
PREFILL = 190  # requests already in the server's window when the free-plan run starts
TARGET_FLOOR = 2.5
TARGET_PEERS = 4.0
PEERS = ("alpaca-py", "alpaca-trade-api")


def make_data() -> tuple[_pages.Data, dict[str, dict[str, Any]]]:
    many = [f"S{n:03d}" for n in range(100)]
    bars = {**_pages.make_bars(["AAPL"], 200_000), **_pages.make_bars(many, 2_000)}
    specs = {}
    for name, symbols in (("1 x 200,000", ["AAPL"]), ("100 x 2,000", many)):
        stamps = bars[symbols[0]].stamps
        specs[name] = {
            "kind": "bars",
            "symbols": symbols,
            "start": _pages._text(stamps[0]),
            "end": _pages._text(stamps[-1]),
            "gzip": True,
            "rate": PAID,
        }
    return {"bars": bars}, specs


def slow_link(rate_limit: int | None = PAID, window: float = 60.0) -> _pages.Conditions:
    return _pages.Conditions(
        latency=LATENCY, bandwidth=BANDWIDTH, gzip=True, rate_limit=rate_limit, window=window
    )


def run(runs: int, install: bool) -> dict[str, Any]:
    peers: dict[str, str] = {}
    notes: dict[str, str] = {}
    for peer in PEERS:
        python, notes[peer] = _harness.peer_python(peer, install)
        if python:
            peers[peer] = python
    data, specs = make_data()
    summary: dict[str, Any] = {"runs": runs, "peers": notes, "workloads": {}}
    with _pages.PageServer(data, slow_link()) as server:
        for workload, spec in specs.items():
            contenders = [
                Contender("floor", "floor", spec=spec),
                Contender("alpaca", "alpaca", spec=spec),
                Contender("alpaca-async", "alpaca-async", spec=spec),
                *(Contender(p, p, peers[p], spec) for p in PEERS if p in peers),
            ]
            server.reset()
            results = _harness.paired(contenders, server.url, runs)
            _harness.same_digest(results, ["floor", "alpaca", "alpaca-async"])
            requests = {
                label: server_requests(server, c, spec) for label, c in _by_label(contenders)
            }
            entry: dict[str, Any] = {}
            for label, reports in results.items():
                entry[label] = {
                    **_harness.medians(reports),
                    "floor_ratio": _harness.paired_ratio(results["floor"], reports, "wall"),
                    "requests": requests[label],
                }
            entry["429s"] = server.stats.limited
            summary["workloads"][workload] = entry
        summary["free_plan"] = free_plan(server, specs["1 x 200,000"])
        if server.stats.errors:
            raise RuntimeError(f"bad requests: {server.stats.errors[:3]}")
    return summary


def _by_label(contenders: list[Contender]) -> list[tuple[str, Contender]]:
    return [(c.label, c) for c in contenders]


def server_requests(server: _pages.PageServer, contender: Contender, spec: dict[str, Any]) -> int:
    """How many requests one run of ``contender`` makes (one more run, counted)."""
    server.reset()
    _harness.spawn(contender.python, contender.name, server.url, contender.spec)
    return server.stats.requests


def free_plan(server: _pages.PageServer, spec: dict[str, Any]) -> dict[str, Any]:
    """Sync and async at ``data_rate_limit=200`` against 200 per sliding minute, nearly full."""
    out: dict[str, Any] = {}
    for name in ("alpaca", "alpaca-async"):
        server.reset(slow_link(FREE, 60.0))
        server.prefill(PREFILL, 57.0)
        report = _harness.spawn(sys.executable, name, server.url, dict(spec, rate=FREE))
        stats = server.stats
        least = (stats.requests - 1) * 60 / FREE
        out[name] = {
            "wall": report["wall"],
            "fetch": report["fetch"],
            "requests": stats.requests,
            "429s": stats.limited,
            "peak_in_window": stats.peak_in_window,
            "budget_s": least,
            "budget_ratio": report["fetch"] / least if least > 0 else float("nan"),
        }
    server.reset(slow_link(FREE, 60.0))  # the control: the same call without a budget
    server.prefill(PREFILL, 57.0)
    try:
        _harness.spawn(sys.executable, "alpaca", server.url, dict(spec, rate=None))
        outcome = "completed after retries"
    except RuntimeError as failed:  # retries ran out: the call raised RateLimitError
        outcome = "failed: " + str(failed).strip().splitlines()[-1][:80]
    out["control"] = {
        "requests": server.stats.requests,
        "429s": server.stats.limited,
        "outcome": outcome,
    }
    server.reset(slow_link())
    return out


def checks(summary: dict[str, Any]) -> list[tuple[str, str, bool]]:
    out = []
    for workload, entry in summary["workloads"].items():
        for ours in ("alpaca", "alpaca-async"):
            us = entry[ours]
            speedup = us["floor_ratio"]
            out.append(
                (
                    f"slow link {workload}: {ours} >= {TARGET_FLOOR}x faster than the floor",
                    f"{speedup:.2f}x",
                    speedup >= TARGET_FLOOR,
                )
            )
            for peer in PEERS:
                if peer not in entry:
                    continue
                ratio = entry[peer]["wall"] / us["wall"]
                out.append(
                    (
                        f"slow link {workload}: {ours} >= {TARGET_PEERS}x faster than {peer}",
                        f"{ratio:.2f}x",
                        ratio >= TARGET_PEERS,
                    )
                )
        out.append((f"slow link {workload}: no 429 at 10,000/min", str(entry["429s"]), True))
    for name, free in summary["free_plan"].items():
        if name == "control":
            continue
        out.append(
            (
                f"free plan (200/min): {name} gets 0 responses 429",
                str(free["429s"]),
                free["429s"] == 0,
            )
        )
        out.append(
            (
                f"free plan (200/min): {name} within 1.15x of the budget's least time",
                f"{free['fetch']:.2f} s for {free['requests']} requests, least "
                f"{free['budget_s']:.2f} s ({free['budget_ratio']:.2f}x)",
                free["budget_ratio"] <= 1.15,
            )
        )
    return out


def table(summary: dict[str, Any]) -> str:
    lines = [
        f"Slow link: +{LATENCY * 1000:.0f} ms per request, {BANDWIDTH * 8 / 1e6:.0f} Mbit/s per "
        f"connection, gzip; medians of {summary['runs']} paired whole-process runs",
        f"{'workload':<12} {'contender':<17} {'wall s':>7} {'floor/x':>7} {'requests':>8} "
        f"{'fetch':>6} {'frame':>6} {'cpu s':>6} {'peak MiB':>8}",
    ]
    for workload, entry in summary["workloads"].items():
        for label, c in entry.items():
            if label == "429s":
                continue
            lines.append(
                f"{workload:<12} {label:<17} {c['wall']:>7.3f} {c['floor_ratio']:>6.2f}x "
                f"{c['requests']:>8} {c['fetch']:>6.3f} {c['frame']:>6.3f} {c['cpu']:>6.3f} "
                f"{c['rss_mib']:>8.1f}"
            )
    lines.append(
        f"Free plan: data_rate_limit={FREE} against {FREE} requests per sliding minute, "
        f"{PREFILL} of them used in the 57 s before; 1 x 200,000 bars"
    )
    for name, f in summary["free_plan"].items():
        if name == "control":
            lines.append(
                f"  {'no budget':<13} (control: the same call without data_rate_limit) "
                f"{f['requests']} requests, {f['429s']} x 429, {f['outcome']}"
            )
            continue
        lines.append(
            f"  {name:<13} fetch {f['fetch']:.2f} s, {f['requests']} requests, {f['429s']} x 429, "
            f"most in one window {f['peak_in_window']}, budget's least {f['budget_s']:.2f} s "
            f"({f['budget_ratio']:.2f}x)"
        )
    for peer, note in summary["peers"].items():
        lines.append(f"{peer}: {note}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-install", action="store_true", help="don't create peer venvs")
    args = parser.parse_args(argv)
    summary = run(args.runs, not args.no_install)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(table(summary))
        for what, figure, met in checks(summary):
            print(f"  {'ok  ' if met else 'MISS'} {what}: {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
