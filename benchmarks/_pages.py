"""A local market-data page server for the benchmarks, with Alpaca's paging semantics.

Serves ``GET /v2/stocks/{bars,quotes,trades}`` (``symbols=A,B``) and the single-symbol form
``GET /v2/stocks/{symbol}/{bars,quotes,trades}`` over deterministic data rendered once:

* ``start``/``end`` (RFC 3339, inclusive, nanoseconds honoured) select rows; ``limit`` (max
  10,000) caps a page; rows come symbol by symbol (sorted), each in time order, and
  ``next_page_token`` points at the next row, so a walk over windows or symbol groups returns
  exactly the rows of one walk over the whole request;
* optional per-request latency (slept before the answer), a per-connection bandwidth cap (the
  body is paced in 16 KiB writes), gzip when the request's ``Accept-Encoding`` asks for it, and a
  sliding-window rate limit (``limit`` requests per ``window`` seconds) that answers 429 with
  Alpaca's ``X-RateLimit-*`` headers past it; every answer carries those headers;
* answers are cached by request, so a contender pays for rendering and compression only in its
  warm-up run; any malformed request is recorded in ``errors`` (the benchmark then fails).
"""

from __future__ import annotations

import base64
import bisect
import collections
import datetime as dt
import gzip
import http.server
import json
import math
import random
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

PAGE_MAX = 10_000
PAGE_DEFAULT = 1_000  # Alpaca's page size when a request names no limit
KINDS = ("bars", "quotes", "trades")
NS = 1_000_000_000
CHUNK = 16 * 1024


@dataclass
class Series:
    """One symbol's rows of one kind: sorted nanosecond stamps and each row's JSON."""

    stamps: list[int]
    rows: list[bytes]


Data = dict[str, dict[str, Series]]  # kind -> symbol -> series


def _text(ns: int) -> str:
    """RFC 3339 text of a UTC instant: whole seconds bare, else all nine fraction digits."""
    seconds, frac = divmod(ns, NS)
    head = dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{head}Z" if frac == 0 else f"{head}.{frac:09d}Z"


def parse_instant(text: str) -> int:
    """Nanoseconds since the epoch of an RFC 3339 instant or a date (its UTC midnight)."""
    if len(text) == 10:
        day = dt.date.fromisoformat(text)
        return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()) * NS
    head, dot, rest = text.partition(".")
    frac = 0
    if dot:
        digits = rest.rstrip("Z")
        for sign in "+-":
            digits = digits.partition(sign)[0]
        zone = rest[len(digits) :]
        frac = int(digits.ljust(9, "0")[:9])
        head += zone
    moment = dt.datetime.fromisoformat(head)
    if moment.tzinfo is None:
        raise ValueError(f"instant without a zone: {text!r}")
    return int(moment.timestamp()) * NS + frac


def trading_minutes(first: dt.datetime, count: int) -> list[int]:
    """``count`` minute stamps from ``first``: weekdays, 08:00-23:59 UTC (16 hours a day)."""
    stamps: list[int] = []
    day = first.replace(hour=0, minute=0, second=0, microsecond=0)
    minute = first.hour * 60 + first.minute
    while len(stamps) < count:
        if day.weekday() < 5:
            base = int(day.timestamp())
            for m in range(max(minute, 8 * 60), 24 * 60):
                stamps.append((base + m * 60) * NS)
                if len(stamps) == count:
                    break
        day += dt.timedelta(days=1)
        minute = 0
    return stamps


def _dumps(row: dict[str, Any]) -> bytes:
    return json.dumps(row, separators=(",", ":")).encode()


def make_bars(symbols: list[str], per_symbol: int, seed: int = 20240102) -> dict[str, Series]:
    """One-minute bars per symbol: a seeded random walk on the same trading minutes."""
    stamps = trading_minutes(dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC), per_symbol)
    texts = [_text(ns) for ns in stamps]
    out: dict[str, Series] = {}
    for number, symbol in enumerate(symbols):
        rng = random.Random(seed + number)
        price = 20.0 + 400 * rng.random()
        rows: list[bytes] = []
        for text in texts:
            o = price
            c = max(1.0, o + rng.gauss(0, o * 0.0005))
            h = max(o, c) + abs(rng.gauss(0, o * 0.0002))
            low = min(o, c) - abs(rng.gauss(0, o * 0.0002))
            rows.append(
                _dumps(
                    {
                        "t": text,
                        "o": round(o, 2),
                        "h": round(h, 2),
                        "l": round(low, 2),
                        "c": round(c, 2),
                        "v": rng.randint(100, 50_000),
                        "n": rng.randint(1, 900),
                        "vw": round((o + h + low + c) / 4, 4),
                    }
                )
            )
            price = c
        out[symbol] = Series(list(stamps), rows)
    return out


def _ticks(count: int, rng: random.Random) -> list[int]:
    """Sorted nanosecond stamps, about ten a second, from 2024-01-02 14:30 UTC."""
    ns = int(dt.datetime(2024, 1, 2, 14, 30, tzinfo=dt.UTC).timestamp()) * NS
    stamps = []
    for _ in range(count):
        ns += rng.randint(1_000, 200_000_000)
        stamps.append(ns)
    return stamps


_EXCHANGES = ["V", "Q", "K", "P", "N", "Z", "J", "D"]


def make_quotes(symbol: str, count: int, seed: int = 7) -> dict[str, Series]:
    """Quotes with nanosecond stamps, exchanges, sizes and condition lists."""
    rng = random.Random(seed)
    stamps = _ticks(count, rng)
    price, rows = 187.0, []
    for ns in stamps:
        price = max(1.0, price + rng.gauss(0, 0.01))
        spread = rng.randint(1, 5) / 100
        rows.append(
            _dumps(
                {
                    "t": _text(ns),
                    "ax": rng.choice(_EXCHANGES),
                    "ap": round(price + spread, 2),
                    "as": rng.randint(1, 20) * 100,
                    "bx": rng.choice(_EXCHANGES),
                    "bp": round(price, 2),
                    "bs": rng.randint(1, 20) * 100,
                    "c": ["R"],
                    "z": "C",
                }
            )
        )
    return {symbol: Series(stamps, rows)}


def make_trades(symbol: str, count: int, seed: int = 11) -> dict[str, Series]:
    """Trades with nanosecond stamps, exchanges, sizes, ids and condition lists."""
    rng = random.Random(seed)
    stamps = _ticks(count, rng)
    price, rows = 187.0, []
    for number, ns in enumerate(stamps):
        price = max(1.0, price + rng.gauss(0, 0.01))
        rows.append(
            _dumps(
                {
                    "t": _text(ns),
                    "x": rng.choice(_EXCHANGES),
                    "p": round(price, 2),
                    "s": rng.choice([1, 5, 10, 100, 200]),
                    "c": rng.choice([["@"], ["@", "I"], ["@", "F", "T"]]),
                    "i": 52983525029461 + number,
                    "z": "C",
                }
            )
        )
    return {symbol: Series(stamps, rows)}


def _token(symbol: str, row: int) -> str:
    return base64.b64encode(f"{symbol}|{row}".encode()).decode()


def _untoken(token: str) -> tuple[str, int]:
    symbol, _, row = base64.b64decode(token.encode()).decode().partition("|")
    return symbol, int(row)


class Refused(Exception):
    """A request the benchmark should never make."""


def render(data: Data, kind: str, path_symbol: str | None, query: dict[str, str]) -> bytes:
    """The page a request asks for (see the module docstring)."""
    series = data.get(kind)
    if series is None:
        raise Refused(f"no {kind} here")
    if path_symbol is not None:
        symbols = [path_symbol]
    else:
        symbols = sorted({s.strip().upper() for s in query.get("symbols", "").split(",") if s})
    if not symbols:
        raise Refused("symbols missing")
    unknown = [s for s in symbols if s not in series]
    if unknown:
        raise Refused(f"unknown symbols {unknown}")
    if kind == "bars" and query.get("timeframe") not in ("1Min", "1T"):
        raise Refused(f"unexpected timeframe {query.get('timeframe')!r}")
    if "start" not in query or "end" not in query:
        raise Refused("start/end missing")
    if query.get("sort", "asc") != "asc":
        raise Refused("only sort=asc is served")
    start, end = parse_instant(query["start"]), parse_instant(query["end"])
    limit = int(query.get("limit") or PAGE_DEFAULT)
    if not 0 < limit <= PAGE_MAX:
        raise Refused(f"bad limit {limit}")
    first_symbol, first_row = symbols[0], -1
    if query.get("page_token"):
        first_symbol, first_row = _untoken(query["page_token"])
        if first_symbol not in symbols:
            raise Refused(f"page_token for {first_symbol} outside {symbols}")
    pieces: list[tuple[str, list[bytes]]] = []
    left = limit
    token = None
    for symbol in symbols[symbols.index(first_symbol) :]:
        s = series[symbol]
        lo = bisect.bisect_left(s.stamps, start)
        hi = bisect.bisect_right(s.stamps, end)
        if symbol == first_symbol and first_row >= 0:
            lo = max(lo, first_row)
        if lo >= hi:
            continue
        if left == 0:
            token = _token(symbol, lo)
            break
        take = s.rows[lo : min(hi, lo + left)]
        left -= len(take)
        pieces.append((symbol, take))
        if left == 0 and lo + len(take) < hi:
            token = _token(symbol, lo + len(take))
            break
    token_json = json.dumps(token).encode()
    if path_symbol is not None:
        rows = pieces[0][1] if pieces else []
        return b"".join(
            [
                b'{"' + kind.encode() + b'":[',
                b",".join(rows),
                b'],"symbol":"' + path_symbol.encode() + b'","next_page_token":' + token_json,
                b"}",
            ]
        )
    parts = [b'"' + sym.encode() + b'":[' + b",".join(rows) + b"]" for sym, rows in pieces]
    return b"".join(
        [
            b'{"' + kind.encode() + b'":{',
            b",".join(parts),
            b'},"next_page_token":' + token_json + b',"currency":"USD"}',
        ]
    )


@dataclass
class Conditions:
    """What the server adds on top of serving pages."""

    latency: float = 0.0  # seconds slept before each answer
    bandwidth: float | None = None  # bytes per second per connection
    gzip: bool = True  # compress when the client accepts gzip
    rate_limit: int | None = None  # requests per ``window`` seconds (sliding)
    window: float = 60.0


@dataclass
class Stats:
    requests: int = 0
    limited: int = 0  # answered 429
    gzipped: int = 0
    errors: list[str] = field(default_factory=list)
    peak_in_window: int = 0  # most requests admitted in one window


class PageServer:
    """The server, in threads of this process (``with PageServer(data) as server: server.url``)."""

    def __init__(self, data: Data, conditions: Conditions | None = None) -> None:
        self.data = data
        self.conditions = conditions or Conditions()
        self.stats = Stats()
        self._cache: dict[tuple[str, bool], bytes] = {}
        self._admitted: collections.deque[float] = collections.deque()
        self._lock = threading.Lock()
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                outer._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.request_queue_size = 128
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def reset(self, conditions: Conditions | None = None) -> None:
        """New conditions (if given) and fresh statistics; the page cache stays."""
        with self._lock:
            if conditions is not None:
                self.conditions = conditions
            self.stats = Stats()
            self._admitted.clear()

    def prefill(self, count: int, span: float) -> None:
        """Count ``count`` requests as admitted over the ``span`` seconds before the window's
        end, evenly (another script of the same account, just before)."""
        now = time.time()
        start = now - self.conditions.window
        with self._lock:
            self._admitted.extend(start + span * (i + 1) / count for i in range(count))

    def _admit(self) -> tuple[bool, list[tuple[str, str]]]:
        c = self.conditions
        now = time.time()
        with self._lock:
            self.stats.requests += 1
            if c.rate_limit is None:
                return True, []
            while self._admitted and self._admitted[0] <= now - c.window:
                self._admitted.popleft()
            allowed = len(self._admitted) < c.rate_limit
            if allowed:
                self._admitted.append(now)
                self.stats.peak_in_window = max(self.stats.peak_in_window, len(self._admitted))
            else:
                self.stats.limited += 1
            reset = (self._admitted[0] if self._admitted else now) + c.window
            headers = [
                ("X-RateLimit-Limit", str(c.rate_limit)),
                ("X-RateLimit-Remaining", str(max(0, c.rate_limit - len(self._admitted)))),
                ("X-RateLimit-Reset", str(math.ceil(reset))),
            ]
            if not allowed:
                headers.append(("Retry-After", str(max(1, math.ceil(reset - now)))))
            return allowed, headers

    def _handle(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        c = self.conditions
        arrived = time.perf_counter()
        allowed, headers = self._admit()
        split = urllib.parse.urlsplit(handler.path)
        wants_gzip = c.gzip and "gzip" in (handler.headers.get("Accept-Encoding") or "")
        if not allowed:
            body, status = b'{"code":42910000,"message":"rate limit exceeded"}', 429
        else:
            key = (handler.path, wants_gzip)
            cached = self._cache.get(key)
            status = 200
            if cached is None:
                try:
                    body = self._render(split)
                except (Refused, ValueError, KeyError) as exc:
                    with self._lock:
                        self.stats.errors.append(f"{handler.path}: {exc}")
                    body, status = json.dumps({"code": 42210000, "message": str(exc)}).encode(), 422
                    wants_gzip = False
                else:
                    if wants_gzip:
                        body = gzip.compress(body, compresslevel=6, mtime=0)
                    self._cache[key] = body
            else:
                body = cached
            if status == 200 and wants_gzip:
                headers.append(("Content-Encoding", "gzip"))
                with self._lock:
                    self.stats.gzipped += 1
        delay = c.latency - (time.perf_counter() - arrived)
        if delay > 0:
            time.sleep(delay)
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=UTF-8")
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()
        self._write(handler, body)

    def _render(self, split: urllib.parse.SplitResult) -> bytes:
        parts = split.path.strip("/").split("/")
        query = dict(urllib.parse.parse_qsl(split.query))
        if len(parts) == 3 and parts[:2] == ["v2", "stocks"] and parts[2] in KINDS:
            return render(self.data, parts[2], None, query)
        if len(parts) == 4 and parts[:2] == ["v2", "stocks"] and parts[3] in KINDS:
            return render(self.data, parts[3], parts[2].upper(), query)
        raise Refused(f"unknown path {split.path}")

    def _write(self, handler: http.server.BaseHTTPRequestHandler, body: bytes) -> None:
        rate = self.conditions.bandwidth
        if not rate:
            handler.wfile.write(body)
            return
        began = time.perf_counter()
        view = memoryview(body)
        for offset in range(0, len(body), CHUNK):
            handler.wfile.write(view[offset : offset + CHUNK])
            ahead = began + (offset + CHUNK) / rate - time.perf_counter()
            if ahead > 0:
                time.sleep(ahead)

    def __enter__(self) -> PageServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
