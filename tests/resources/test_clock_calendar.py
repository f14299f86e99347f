"""``client.clock`` and ``client.calendar``: v2 (US equities) and v3 (per market)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from alpaca_client.trading.models import MarketCalendar, MarketClock, MarketPhase

import alpaca
from alpaca.testing import Sandbox

NEW_YORK = dt.timezone(dt.timedelta(hours=-5))  # late November: EST


def test_clock(client: alpaca.Client) -> None:
    clock = client.clock.get()
    assert isinstance(clock, alpaca.Clock)
    assert isinstance(clock.is_open, bool)
    for moment in (clock.timestamp, clock.next_open, clock.next_close):
        assert moment.tzinfo is not None
    now = dt.datetime.now(dt.UTC)
    assert abs(clock.timestamp - now) < dt.timedelta(minutes=1)
    assert clock.next_open > clock.timestamp and clock.next_close > clock.timestamp
    assert clock.is_open == (clock.next_close < clock.next_open)


def test_thanksgiving_week_2026(client: alpaca.Client) -> None:
    days = client.calendar.list(start="2026-11-23", end=dt.date(2026, 11, 30))
    assert all(isinstance(d, alpaca.CalendarDay) for d in days)
    by_date = {d.date: d for d in days}
    assert sorted(by_date) == [
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 24),
        dt.date(2026, 11, 25),
        dt.date(2026, 11, 27),
        dt.date(2026, 11, 30),
    ]
    assert dt.date(2026, 11, 26) not in by_date
    assert (by_date[dt.date(2026, 11, 27)].open, by_date[dt.date(2026, 11, 27)].close) == (
        "09:30",
        "13:00",
    )
    assert by_date[dt.date(2026, 11, 25)].close == "16:00"


def test_single_day_and_weekend(client: alpaca.Client) -> None:
    assert [d.date for d in client.calendar.list(start="2026-11-27", end="2026-11-27")] == [
        dt.date(2026, 11, 27)
    ]
    assert client.calendar.list(start="2026-11-28", end="2026-11-29") == []


def test_calendar_without_bounds_covers_this_year(client: alpaca.Client) -> None:
    days = client.calendar.list()
    assert len(days) > 240
    assert days == sorted(days, key=lambda d: d.date)


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"start": "2026-12-01", "end": "2026-11-01"}, ValueError, "start"),
        ({"start": "Nov 27"}, ValueError, "start"),
        ({"end": "2026-13-01"}, ValueError, "end"),
        ({"start": dt.datetime(2026, 11, 27, 12)}, ValueError, "start"),
        ({"end": "2026-11-27T12:00:00"}, ValueError, "end"),
        ({"end": 20261127}, TypeError, "end"),
    ],
)
def test_bad_calendar_arguments(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    with pytest.raises(error, match=name):
        client.calendar.list(**kwargs)
    assert sent == []


def test_unknown_clock_field_is_kept(
    client: alpaca.Client, serve_json: Callable[[dict[str, Any]], alpaca.Client]
) -> None:
    raw = dict(client.clock.get().raw)
    raw["brand_new_field"] = 1
    clock = serve_json({"/v2/clock": raw}).clock.get()
    assert clock.additional_properties == {"brand_new_field": 1}
    assert clock.raw["brand_new_field"] == 1


def test_calendar_takes_aware_datetimes_as_new_york_days(client: alpaca.Client) -> None:
    # 03:00 UTC on the 27th is still Thanksgiving evening in New York
    days = client.calendar.list(
        start=dt.datetime(2026, 11, 27, 3, tzinfo=dt.UTC), end="2026-11-30T02:00:00Z"
    )
    assert [d.date for d in days] == [dt.date(2026, 11, 27)]
    tokyo = dt.timezone(dt.timedelta(hours=9))
    days = client.calendar.list(
        start=dt.datetime(2026, 11, 28, 8, tzinfo=tokyo), end=dt.date(2026, 11, 30)
    )
    assert [d.date for d in days] == [dt.date(2026, 11, 27), dt.date(2026, 11, 30)]


def test_calendar_by_settlement_date(client: alpaca.Client) -> None:
    [day] = client.calendar.list(start="2026-11-30", end="2026-11-30", date_type="SETTLEMENT")
    assert day.date == dt.date(2026, 11, 27) and day.settlement_date == dt.date(2026, 11, 30)


def _clocks(client: alpaca.Client, moment: dt.datetime) -> dict[str, MarketClock]:
    return {c.market.acronym: c for c in client.clock.markets(["XNYS", "OPRA"], time=moment)}


def test_market_clocks_through_an_early_close_day(client: alpaca.Client) -> None:
    morning = _clocks(client, dt.datetime(2026, 11, 27, 10, tzinfo=NEW_YORK))
    nyse, opra = morning["NYSE"], morning["OPRA"]
    assert nyse.market.mic == "XNYS" and nyse.market.timezone == "America/New_York"
    assert nyse.is_market_day and nyse.phase == MarketPhase.CORE
    assert (
        nyse.phase_until == nyse.next_market_close == dt.datetime(2026, 11, 27, 13, tzinfo=NEW_YORK)
    )
    assert nyse.next_market_open == dt.datetime(2026, 11, 30, 9, 30, tzinfo=NEW_YORK)
    assert opra.phase == "core"
    afternoon = _clocks(client, dt.datetime(2026, 11, 27, 14, tzinfo=NEW_YORK))
    assert afternoon["NYSE"].phase == "post"
    assert afternoon["NYSE"].phase_until == dt.datetime(2026, 11, 27, 17, tzinfo=NEW_YORK)
    assert afternoon["OPRA"].phase == "closed"  # no extended sessions
    assert afternoon["OPRA"].phase_until == dt.datetime(2026, 11, 30, 9, 30, tzinfo=NEW_YORK)
    holiday = _clocks(client, dt.datetime(2026, 11, 26, 12, tzinfo=NEW_YORK))["NYSE"]
    assert not holiday.is_market_day and holiday.phase == "closed"
    assert holiday.phase_until == dt.datetime(2026, 11, 27, 4, tzinfo=NEW_YORK)
    assert holiday.next_market_open == dt.datetime(2026, 11, 27, 9, 30, tzinfo=NEW_YORK)
    assert holiday.next_market_close == dt.datetime(2026, 11, 27, 13, tzinfo=NEW_YORK)


def test_market_clocks_now_and_df(client: alpaca.Client) -> None:
    clocks = client.clock.markets()
    assert {c.market.acronym for c in clocks} == {"NYSE", "NASDAQ", "IEX", "OPRA"}
    now = dt.datetime.now(dt.UTC)
    assert all(abs(c.timestamp - now) < dt.timedelta(minutes=1) for c in clocks)
    frame = clocks.df
    assert list(frame["phase"]) == [c.phase.value for c in clocks]
    assert str(frame["next_market_open"].dt.tz) == "UTC"
    with pytest.raises(alpaca.BadRequestError, match="XLON"):
        client.clock.markets("XLON")


def test_market_calendar(client: alpaca.Client) -> None:
    calendar = client.calendar.market("xnys", start="2026-11-25", end=dt.date(2026, 11, 30))
    assert isinstance(calendar, MarketCalendar) and calendar.market.acronym == "NYSE"
    days = {d.date: d for d in calendar.calendar}
    assert list(days) == [dt.date(2026, 11, 25), dt.date(2026, 11, 27), dt.date(2026, 11, 30)]
    friday = days[dt.date(2026, 11, 27)]
    assert friday.pre_start == dt.datetime(2026, 11, 27, 4, tzinfo=NEW_YORK)
    assert friday.core_start == dt.datetime(2026, 11, 27, 9, 30, tzinfo=NEW_YORK)
    assert friday.core_end == friday.post_start == dt.datetime(2026, 11, 27, 13, tzinfo=NEW_YORK)
    assert friday.post_end == dt.datetime(2026, 11, 27, 17, tzinfo=NEW_YORK)
    assert friday.settlement_date == dt.date(2026, 11, 30) and friday.lunch_start is None
    assert friday.core_start.utcoffset() == dt.timedelta(hours=-5)
    in_utc = client.calendar.market("NYSE", start="2026-11-27", end="2026-11-27", timezone="UTC")
    [day] = in_utc.calendar
    assert day.core_start == friday.core_start and day.core_start.utcoffset() == dt.timedelta(0)
    [options_day] = client.calendar.market("OPRA", start="2026-11-27", end="2026-11-27").calendar
    assert options_day.pre_start is None and options_day.post_end is None
    week = client.calendar.market("NASDAQ").calendar
    assert 3 <= len(week) <= 6  # a week from today


async def test_async_clock_and_calendar(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        clocks = await client.clock.markets("NYSE", time="2026-11-27T15:00:00Z")
        calendar = await client.calendar.market("IEX", start="2026-11-23", end="2026-11-27")
        days = await client.calendar.list(start=dt.datetime(2026, 11, 27, 15, tzinfo=dt.UTC))
    assert [c.phase for c in clocks] == ["core"]
    assert len(calendar.calendar) == 4 and days[0].date == dt.date(2026, 11, 27)


def test_the_sandbox_checks_v3_parameters(sandbox_http: httpx.Client) -> None:
    assert sandbox_http.get("/v3/clock", params={"time": "noon"}).status_code == 400
    assert sandbox_http.get("/v3/calendar/XLON").status_code == 400
    answer = sandbox_http.get("/v3/calendar/NYSE", params={"timezone": "EST"})
    assert answer.status_code == 400


@pytest.mark.parametrize(
    ("call", "args", "kwargs", "error", "name"),
    [
        ("markets", ("NOPE",), {}, ValueError, "markets"),
        ("markets", ([],), {}, ValueError, "markets"),
        ("markets", (), {"time": dt.datetime(2026, 11, 27, 10)}, ValueError, "time"),
        ("markets", (), {"time": dt.date(2026, 11, 27)}, ValueError, "time"),
        ("market", ("NOPE",), {}, ValueError, "market"),
        ("market", ("NYSE",), {"start": "2026-12-01", "end": "2026-11-01"}, ValueError, "start"),
        ("market", ("NYSE",), {"timezone": "EST"}, ValueError, "timezone"),
        (
            "market",
            ("NYSE",),
            {"start": dt.datetime(2026, 11, 2, tzinfo=dt.UTC)},
            TypeError,
            "start",
        ),
        ("list", (), {"date_type": "CLEARING"}, ValueError, "date_type"),
    ],
)
def test_bad_v3_arguments(
    offline_client: tuple[alpaca.Client, list[httpx.Request]],
    call: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: type[Exception],
    name: str,
) -> None:
    client, sent = offline_client
    namespace = client.clock if call == "markets" else client.calendar
    with pytest.raises(error, match=name):
        getattr(namespace, call)(*args, **kwargs)
    assert sent == []
