"""Trading calendar and clock, computed from NYSE rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import httpx
import pytest

from alpaca.sandbox._calendar import easter, holidays
from tests.sandbox import FrozenClock, frozen_client


def _calendar(client: httpx.Client, start: str, end: str) -> dict[str, dict[str, str]]:
    response = client.get("/v2/calendar", params={"start": start, "end": end})
    assert response.status_code == 200
    return {day["date"]: day for day in response.json()}


def test_thanksgiving_week_2026(sandbox_http: httpx.Client) -> None:
    days = _calendar(sandbox_http, "2026-11-23", "2026-11-30")
    assert sorted(days) == ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-27", "2026-11-30"]
    assert days["2026-11-27"] == {
        "date": "2026-11-27",
        "open": "09:30",
        "close": "13:00",
        "session_open": "0400",
        "session_close": "1700",
        "settlement_date": "2026-11-30",
    }
    assert days["2026-11-25"]["close"] == "16:00"
    assert days["2026-11-25"]["settlement_date"] == "2026-11-27"


@pytest.mark.parametrize(
    "closed",
    [
        "2026-04-03",
        "2026-06-19",
        "2026-07-03",
        "2026-12-25",
        "2026-01-01",
        "2026-01-19",
        "2026-02-16",
        "2026-05-25",
        "2026-09-07",
        "2027-12-24",
        "2022-12-26",
        "2021-12-24",
    ],
)
def test_holidays_are_closed(sandbox_http: httpx.Client, closed: str) -> None:
    assert closed not in _calendar(sandbox_http, closed, closed)


def test_early_closes_and_observed_rules(sandbox_http: httpx.Client) -> None:
    days = _calendar(sandbox_http, "2025-07-01", "2025-12-31")
    assert days["2025-07-03"]["close"] == "13:00"
    assert days["2025-12-24"]["close"] == "13:00"
    assert days["2025-11-28"]["close"] == "13:00"
    assert "2025-07-04" not in days
    assert "2021-12-31" in _calendar(sandbox_http, "2021-12-31", "2021-12-31")  # Sat New Year
    assert "2027-12-31" in _calendar(sandbox_http, "2027-12-31", "2027-12-31")
    assert "2021-06-18" in _calendar(sandbox_http, "2021-06-18", "2021-06-18")  # pre-Juneteenth
    assert "2023-06-19" not in _calendar(sandbox_http, "2023-06-19", "2023-06-19")


def test_good_friday_via_easter() -> None:
    assert [easter(y) for y in (2024, 2025, 2026)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
    ]
    assert date(2026, 4, 3) in holidays(2026)


def test_settlement_was_t_plus_two_before_may_2024(sandbox_http: httpx.Client) -> None:
    days = _calendar(sandbox_http, "2024-05-20", "2024-05-28")
    assert days["2024-05-20"]["settlement_date"] == "2024-05-22"
    assert days["2024-05-28"]["settlement_date"] == "2024-05-29"


def test_calendar_rejects_bad_dates(sandbox_http: httpx.Client) -> None:
    response = sandbox_http.get("/v2/calendar", params={"start": "soon"})
    assert response.status_code == 400
    assert "start" in response.json()["message"]


CLOCK = FrozenClock()


@pytest.fixture(scope="module")
def frozen() -> Iterator[httpx.Client]:
    """A client of a sandbox running on :data:`CLOCK`."""
    with frozen_client(CLOCK) as client:
        yield client


@pytest.mark.parametrize(
    ("now", "is_open", "next_open", "next_close"),
    [
        (
            datetime(2026, 11, 27, 15, 0, 1, 250, tzinfo=UTC),
            True,
            "2026-11-30T09:30:00-05:00",
            "2026-11-27T13:00:00-05:00",
        ),
        (
            datetime(2026, 11, 27, 18, 0, tzinfo=UTC),
            False,
            "2026-11-30T09:30:00-05:00",
            "2026-11-30T16:00:00-05:00",
        ),
        (
            datetime(2026, 11, 26, 15, 0, tzinfo=UTC),
            False,
            "2026-11-27T09:30:00-05:00",
            "2026-11-27T13:00:00-05:00",
        ),
        (
            datetime(2026, 7, 1, 12, 0, tzinfo=UTC),
            False,
            "2026-07-01T09:30:00-04:00",
            "2026-07-01T16:00:00-04:00",
        ),
    ],
)
def test_clock(
    frozen: httpx.Client, now: datetime, is_open: bool, next_open: str, next_close: str
) -> None:
    CLOCK.moment = now
    clock = frozen.get("/v2/clock").json()
    assert (clock["is_open"], clock["next_open"], clock["next_close"]) == (
        is_open,
        next_open,
        next_close,
    )
    assert datetime.fromisoformat(clock["timestamp"]) == now


def test_real_clock_shape(sandbox_http: httpx.Client) -> None:
    clock = sandbox_http.get("/v2/clock").json()
    assert set(clock) == {"timestamp", "is_open", "next_open", "next_close"}
    assert isinstance(clock["is_open"], bool)
