"""Trading API v3 clock and calendar for the US markets the sandbox simulates, from the NYSE
calendar rules: NYSE, NASDAQ and IEX (pre-market 04:00, core 09:30-16:00, post-market to 20:00
New York time; 13:00 and 17:00 on early-close days) and OPRA (core session only). Other
markets answer 400."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from alpaca.sandbox import _calendar as cal
from alpaca.sandbox._format import ApiError, bad_request, json_response
from alpaca.sandbox._params import parse_date, parse_time
from alpaca.sandbox._state import State

PRE_START = time(4)
POST_END = time(20)
EARLY_POST_END = time(17)
CALENDAR_DAYS_DEFAULT = 7


@dataclass(frozen=True, slots=True)
class Market:
    """A simulated market: names and whether it has extended sessions."""

    acronym: str
    name: str
    mic: str
    extended: bool = True

    def to_json(self) -> dict[str, str]:
        """Alpaca's market object."""
        return {
            "acronym": self.acronym,
            "name": self.name,
            "mic": self.mic,
            "timezone": "America/New_York",
        }


MARKETS = (
    Market("NYSE", "New York Stock Exchange", "XNYS"),
    Market("NASDAQ", "Nasdaq Stock Market", "XNAS"),
    Market("IEX", "Investors Exchange", "IEXG"),
    Market("OPRA", "Options Price Reporting Authority", "OPRA", extended=False),
)
_BY_CODE = {code: m for m in MARKETS for code in (m.acronym, m.mic)}


def find_market(code: str) -> Market:
    """The market with this acronym or MIC, or 400."""
    found = _BY_CODE.get(code.strip().upper())
    if found is None:
        raise bad_request(f"market {code!r} is not simulated by the sandbox")
    return found


@dataclass(frozen=True, slots=True)
class _Day:
    """One market day's session bounds (UTC); pre/post absent without extended sessions."""

    day: date
    core: tuple[datetime, datetime]
    pre: tuple[datetime, datetime] | None
    post: tuple[datetime, datetime] | None

    def phases(self) -> list[tuple[str, datetime, datetime]]:
        named = [("pre", self.pre), ("core", self.core), ("post", self.post)]
        return [(name, b[0], b[1]) for name, b in named if b is not None]


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment, cal.NEW_YORK).astimezone(UTC)


def market_day(market: Market, day: date) -> _Day | None:
    """The sessions of ``market`` on ``day``, None on a closed day."""
    session = cal.session(day)
    if session is None:
        return None
    if not market.extended:
        return _Day(day, (session.open, session.close), None, None)
    post_end = EARLY_POST_END if session.is_early_close else POST_END
    return _Day(
        day,
        (session.open, session.close),
        (_at(day, PRE_START), session.open),
        (session.close, _at(day, post_end)),
    )


def _next_day(market: Market, day: date) -> _Day:
    found = market_day(market, cal.next_trading_day(day))
    assert found is not None
    return found


def _fmt(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).isoformat()


def clock_json(market: Market, now: datetime) -> dict[str, Any]:
    """One market's clock at ``now``."""
    day = cal.et_date(now)
    today = market_day(market, day)
    phase, until = "closed", None
    if today is not None:
        for name, begin, end in today.phases():
            if begin <= now < end:
                phase, until = name, end
                break
    upcoming = today if today is not None and now < today.core[0] else _next_day(market, day)
    if until is None:  # closed: until the next phase begins
        later = [b for _, b, _ in today.phases() if b > now] if today is not None else []
        until = later[0] if later else upcoming.phases()[0][1]
    in_core = phase == "core" and today is not None
    return {
        "market": market.to_json(),
        "timestamp": _fmt(now, cal.NEW_YORK),
        "is_market_day": today is not None,
        "phase": phase,
        "phase_until": _fmt(until, cal.NEW_YORK),
        "next_market_open": _fmt(upcoming.core[0], cal.NEW_YORK),
        "next_market_close": _fmt(
            today.core[1] if in_core and today else upcoming.core[1], cal.NEW_YORK
        ),
    }


def calendar_json(market: Market, start: date, end: date, zone: tzinfo) -> dict[str, Any]:
    """The market and its days from ``start`` to ``end``."""
    days = []
    day = max(start, cal.FIRST_DAY)
    while day <= min(end, cal.LAST_DAY):
        found = market_day(market, day)
        if found is not None:
            entry: dict[str, str] = {
                "date": day.isoformat(),
                "settlement_date": cal.settlement_date(day).isoformat(),
            }
            for name, begin, finish in found.phases():
                entry[f"{name}_start"], entry[f"{name}_end"] = _fmt(begin, zone), _fmt(finish, zone)
            days.append(entry)
        day += timedelta(days=1)
    return {"market": market.to_json(), "calendar": days}


def _time(raw: str) -> datetime:
    try:
        return parse_time("time", raw, False)
    except ApiError as error:  # this endpoint documents 400 for every bad parameter
        raise bad_request(error.message) from None


def routes(state_of: Callable[[Request], State]) -> list[Route]:
    """The v3 clock and calendar routes."""

    async def clocks(request: Request) -> Response:
        params = request.query_params
        raw = params.get("markets")
        codes = [c for c in raw.split(",") if c.strip()] if raw else [m.acronym for m in MARKETS]
        markets = list(dict.fromkeys(find_market(code) for code in codes))
        now = _time(params["time"]) if params.get("time") else state_of(request).now()
        return json_response({"clocks": [clock_json(m, now) for m in markets]})

    async def calendar(request: Request) -> Response:
        params = request.query_params
        market = find_market(request.path_params["market"])
        today = cal.et_date(state_of(request).now())
        start = parse_date("start", params["start"]) if params.get("start") else today
        end = (
            parse_date("end", params["end"])
            if params.get("end")
            else start + timedelta(days=CALENDAR_DAYS_DEFAULT)
        )
        if start > end:
            raise bad_request("start must not be after end")
        timezone = params.get("timezone")
        if timezone not in (None, "UTC"):
            raise bad_request(f"invalid timezone: {timezone!r}")
        zone = UTC if timezone == "UTC" else cal.NEW_YORK
        return json_response(calendar_json(market, start, end, zone))

    return [
        Route("/v3/clock", clocks, methods=["GET"]),
        Route("/v3/calendar/{market}", calendar, methods=["GET"]),
    ]
