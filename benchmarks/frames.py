"""Parsing on the floor: history into pandas, polars and Arrow on localhost, and import time.

A local page server (``_pages.PageServer``, no latency, no gzip) serves 200,000 one-minute AAPL
bars, 200,000 quotes and 200,000 trades in Alpaca's shape. Each case runs the floor (raw
``http.client`` + ``orjson`` + one frame built column-wise) and this project, each in fresh
processes, in paired rounds (alternating order) after one unrecorded warm-up each; the floor's
and our result must have the same content. alpaca-py (its own venv) joins the bars ``.df`` case.
Also timed: ``python -c "import alpaca"`` against ``python -c pass`` (whole processes), and that
``import alpaca`` loads neither pandas nor generated models.

    python benchmarks/frames.py [--runs 7] [--json] [--no-install] [--case "bars .df"]
        [--baseline PYTHON]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from typing import Any

import _harness
import _pages
from _harness import Contender

BARS = 200_000
TICKS = 200_000
TARGET = 1.1


def make_data() -> tuple[_pages.Data, dict[str, dict[str, Any]]]:
    """Data to serve, and the request of each kind (its whole range)."""
    data: _pages.Data = {
        "bars": _pages.make_bars(["AAPL"], BARS),
        "quotes": _pages.make_quotes("AAPL", TICKS),
        "trades": _pages.make_trades("AAPL", TICKS),
    }
    specs = {}
    for kind, series in data.items():
        stamps = series["AAPL"].stamps
        specs[kind] = {
            "kind": kind,
            "symbols": ["AAPL"],
            "start": _pages._text(stamps[0]),
            "end": _pages._text(stamps[-1]),
        }
    return data, specs


def cases(
    specs: dict[str, dict[str, Any]], peers: dict[str, str], baseline: str | None = None
) -> dict[str, list[Contender]]:
    bars = specs["bars"]
    out = {
        "bars .df": [
            Contender("floor", "floor", spec=bars),
            Contender("alpaca", "alpaca", spec=bars),
        ],
        "bars .pl": [
            Contender("floor-pl", "floor", spec=bars),
            Contender("alpaca", "alpaca", spec=dict(bars, output="pl")),
        ],
        "bars .arrow": [
            Contender("floor-arrow", "floor", spec=bars),
            Contender("alpaca", "alpaca", spec=dict(bars, output="arrow")),
        ],
        "quotes .df": [
            Contender("floor", "floor", spec=specs["quotes"]),
            Contender("alpaca", "alpaca", spec=specs["quotes"]),
        ],
        "trades .df": [
            Contender("floor", "floor", spec=specs["trades"]),
            Contender("alpaca", "alpaca", spec=specs["trades"]),
        ],
    }
    if "alpaca-py" in peers:
        out["bars .df"].append(Contender("alpaca-py", "alpaca-py", peers["alpaca-py"], bars))
    if baseline:  # this project from another interpreter or checkout, in the same rounds
        for contenders in out.values():
            ours = next(c for c in contenders if c.label == "alpaca")
            contenders.append(Contender("alpaca", "baseline", baseline, ours.spec))
    return out


def import_time(runs: int) -> dict[str, float]:
    """Whole-process ``import alpaca`` minus a bare interpreter, paired; plus the in-process
    import time the child measures."""

    def process(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=str(_harness.HERE))
        return time.perf_counter() - start

    process("import alpaca")  # warm the file cache
    over, inner = [], []
    for _ in range(runs):
        bare = process("pass")
        ours = process("import alpaca")
        over.append(ours - bare)
        inner.append(_harness.spawn(sys.executable, "import", "", {})["wall"])
    return {"over_bare": statistics.median(over), "in_process": statistics.median(inner)}


def run(
    runs: int, install: bool, only: list[str] | None = None, baseline: str | None = None
) -> dict[str, Any]:
    peers: dict[str, str] = {}
    python, note = _harness.peer_python("alpaca-py", install)
    if python:
        peers["alpaca-py"] = python
    data, specs = make_data()
    summary: dict[str, Any] = {"runs": runs, "alpaca_py": note, "cases": {}}
    with _pages.PageServer(data, _pages.Conditions(gzip=False)) as server:
        for case, contenders in cases(specs, peers, baseline).items():
            if only and case not in only:
                continue
            results = _harness.paired(contenders, server.url, runs)
            _harness.same_digest(results, ["floor", "alpaca", *(["baseline"] if baseline else [])])
            floor = results["floor"]
            summary["cases"][case] = {
                label: {
                    **_harness.medians(reports),
                    "time_ratio": _harness.paired_ratio(reports, floor, "wall"),
                    "rss_ratio": _harness.paired_ratio(reports, floor, "rss_mib"),
                }
                for label, reports in results.items()
            }
            if baseline:
                summary["cases"][case]["alpaca"]["x_baseline"] = _harness.paired_ratio(
                    results["alpaca"], results["baseline"], "wall"
                )
        if server.stats.errors:
            raise RuntimeError(f"bad requests: {server.stats.errors[:3]}")
    if not only:
        summary["import"] = import_time(runs)
    return summary


def checks(summary: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(what, figure, met) for each target."""
    out = []
    for case, contenders in summary["cases"].items():
        ours = contenders["alpaca"]
        met = ours["time_ratio"] <= TARGET and ours["rss_ratio"] <= TARGET
        figure = f"time {ours['time_ratio']:.2f}x, memory {ours['rss_ratio']:.2f}x"
        out.append((f"localhost {case} vs floor <= {TARGET}x", figure, met))
    if "import" in summary:
        over = summary["import"]["over_bare"] * 1000
        out.append(("import alpaca <= 100 ms over bare Python", f"{over:.0f} ms", over <= 100))
    return out


def table(summary: dict[str, Any]) -> str:
    lines = [
        f"Localhost, 200,000 rows per case, medians of {summary['runs']} paired whole-process "
        "runs (x floor: median of per-round ratios)",
        f"{'case':<12} {'contender':<10} {'wall s':>7} {'x floor':>7} {'peak MiB':>9} "
        f"{'x floor':>7} {'imports':>7} {'fetch':>6} {'frame':>6} {'cpu s':>6}",
    ]
    for case, contenders in summary["cases"].items():
        for label, c in contenders.items():
            lines.append(
                f"{case:<12} {label:<10} {c['wall']:>7.3f} {c['time_ratio']:>6.2f}x "
                f"{c['rss_mib']:>9.1f} {c['rss_ratio']:>6.2f}x {c['import']:>7.3f} "
                f"{c['fetch']:>6.3f} {c['frame']:>6.3f} {c['cpu']:>6.3f}"
            )
        if "x_baseline" in contenders["alpaca"]:
            ratio = contenders["alpaca"]["x_baseline"]
            lines.append(f"{case:<12} alpaca / baseline wall time: {ratio:.3f}x (paired)")
    imp = summary.get("import")
    if imp:
        lines.append(
            f"import alpaca: {imp['over_bare'] * 1000:.0f} ms over `python -c pass` "
            f"({imp['in_process'] * 1000:.0f} ms in process; no pandas, no generated models)"
        )
    lines.append(f"alpaca-py: {summary['alpaca_py']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-install", action="store_true", help="don't create peer venvs")
    parser.add_argument(
        "--case", action="append", help="run only this case (repeatable), e.g. 'bars .df'"
    )
    parser.add_argument(
        "--baseline",
        metavar="PYTHON",
        help="also run this project with another interpreter (e.g. one whose PYTHONPATH is a "
        "checkout of main) in the same rounds, and report our wall time over its",
    )
    args = parser.parse_args(argv)
    summary = run(args.runs, not args.no_install, args.case, args.baseline)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(table(summary))
        for what, figure, met in checks(summary):
            print(f"  {'ok  ' if met else 'MISS'} {what}: {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
