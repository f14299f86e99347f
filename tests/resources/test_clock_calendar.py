"""``client.clock`` and ``client.calendar``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import alpaca


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
