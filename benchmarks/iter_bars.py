"""Typed iteration: microseconds per item of ``client.stocks.iter_bars`` (& co.), decode included.

In one process, after a warm-up pass: ``iter_bars`` / ``iter_quotes`` / ``iter_trades`` over
200,000 items from the local page server (no latency, no gzip), reading one attribute of each
record, against the same pages decoded with ``orjson`` into dicts (the least a typed iterator can
cost). Figures are medians of ``--runs`` passes, per item.

    python benchmarks/iter_bars.py [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import _pages
import frames

TARGET_US = 3.0
COUNT = 200_000


def _timed(work: Callable[[], int], runs: int) -> float:
    """Median seconds per item of ``work`` (which returns the items it saw)."""
    work()
    per_item = []
    for _ in range(runs):
        start = time.perf_counter()
        count = work()
        per_item.append((time.perf_counter() - start) / count)
        assert count == COUNT, count
    return statistics.median(per_item)


def run(runs: int) -> dict[str, Any]:
    import alpaca
    import orjson

    data, specs = frames.make_data()
    out: dict[str, Any] = {"runs": runs, "kinds": {}}
    with _pages.PageServer(data, _pages.Conditions(gzip=False)) as server:
        client = alpaca.Client(
            key_id="bench", secret_key="bench", base_url=server.url, data_url=server.url
        )
        for kind, spec in specs.items():
            window = {"start": spec["start"], "end": spec["end"]}
            iterate = getattr(client.stocks, f"iter_{kind}")
            args = ("AAPL", "1Min") if kind == "bars" else ("AAPL",)

            def typed(iterate: Any = iterate, args: tuple[str, ...] = args) -> int:
                count = 0
                for record in iterate(*args, **window):
                    record.timestamp  # noqa: B018 - touch one attribute, as a consumer would
                    count += 1
                return count

            rows = data[kind]["AAPL"].rows
            pages = [b"[" + b",".join(rows[i : i + 10_000]) + b"]" for i in range(0, COUNT, 10_000)]

            def dicts(pages: list[bytes] = pages) -> int:
                count = 0
                for page in pages:
                    for row in orjson.loads(page):
                        row["t"]  # noqa: B018
                        count += 1
                return count

            out["kinds"][kind] = {"typed_us": _timed(typed, runs) * 1e6}
            out["kinds"][kind]["dicts_us"] = _timed(dicts, runs) * 1e6
        client.close()
    return out


def checks(summary: dict[str, Any]) -> list[tuple[str, str, bool]]:
    return [
        (
            f"iter_{kind} <= {TARGET_US:.0f} us per item, decode included",
            f"{k['typed_us']:.2f} us",
            k["typed_us"] <= TARGET_US,
        )
        for kind, k in summary["kinds"].items()
    ]


def table(summary: dict[str, Any]) -> str:
    lines = [
        f"Typed iteration, localhost, 200,000 items, median of {summary['runs']} passes in one "
        "process (us per item)",
        f"{'iterator':<12} {'typed':>7} {'orjson dicts':>13}",
    ]
    for kind, k in summary["kinds"].items():
        lines.append(f"{'iter_' + kind:<12} {k['typed_us']:>7.2f} {k['dicts_us']:>13.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    summary = run(args.runs)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(table(summary))
        for what, figure, met in checks(summary):
            print(f"  {'ok  ' if met else 'MISS'} {what}: {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
