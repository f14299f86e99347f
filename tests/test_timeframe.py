"""``alpaca.TimeFrame``: construction, parsing and the amounts Alpaca accepts."""

from __future__ import annotations

import pytest

from alpaca import TimeFrame, TimeFrameUnit


def test_shortcuts() -> None:
    assert TimeFrame.Minute.value == "1Min"
    assert TimeFrame.Hour.value == "1Hour"
    assert TimeFrame.Day.value == "1Day"
    assert TimeFrame.Week.value == "1Week"
    assert TimeFrame.Month.value == "1Month"
    assert str(TimeFrame(15, TimeFrameUnit.Minute)) == "15Min"
    assert repr(TimeFrame(15, TimeFrameUnit.Minute)) == "TimeFrame(15, TimeFrameUnit.Minute)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1Min", TimeFrame.Minute),
        ("Min", TimeFrame.Minute),
        ("5Min", TimeFrame(5, TimeFrameUnit.Minute)),
        ("5T", TimeFrame(5, TimeFrameUnit.Minute)),
        ("59min", TimeFrame(59, TimeFrameUnit.Minute)),
        (" 2 Hour ", TimeFrame(2, TimeFrameUnit.Hour)),
        ("1H", TimeFrame.Hour),
        ("23Hour", TimeFrame(23, TimeFrameUnit.Hour)),
        ("Day", TimeFrame.Day),
        ("1D", TimeFrame.Day),
        ("1Week", TimeFrame.Week),
        ("W", TimeFrame.Week),
        ("3Month", TimeFrame(3, TimeFrameUnit.Month)),
        ("12M", TimeFrame(12, TimeFrameUnit.Month)),
    ],
)
def test_parse(text: str, expected: TimeFrame) -> None:
    parsed = TimeFrame.parse(text)
    assert parsed == expected and hash(parsed) == hash(expected)
    assert TimeFrame.parse(parsed) is parsed


def test_unit_from_text_and_equality() -> None:
    assert TimeFrame(5, "Min") == TimeFrame(5, TimeFrameUnit.Minute)
    assert TimeFrame(1, "Day") != TimeFrame(1, "Week")
    assert TimeFrame.Day != "1Day"
    assert len({TimeFrame(5, "Min"), TimeFrame.parse("5Min"), TimeFrame.Minute}) == 2


@pytest.mark.parametrize(
    "text", ["7Day", "2Week", "5Month", "60Min", "0Min", "24Hour", "13M", "foo", "", "5", "1.5H"]
)
def test_parse_rejects_what_alpaca_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="timeframe"):
        TimeFrame.parse(text)


@pytest.mark.parametrize(
    ("amount", "unit"),
    [
        (60, TimeFrameUnit.Minute),
        (0, TimeFrameUnit.Minute),
        (-1, TimeFrameUnit.Hour),
        (24, TimeFrameUnit.Hour),
        (2, TimeFrameUnit.Day),
        (2, TimeFrameUnit.Week),
        (5, TimeFrameUnit.Month),
    ],
)
def test_constructor_rejects_unsupported_amounts(amount: int, unit: TimeFrameUnit) -> None:
    with pytest.raises(ValueError, match="timeframe"):
        TimeFrame(amount, unit)


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match="amount"):
        TimeFrame(1.0, TimeFrameUnit.Minute)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="amount"):
        TimeFrame(True, TimeFrameUnit.Minute)
    with pytest.raises(TypeError, match="timeframe"):
        TimeFrame.parse(5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        TimeFrame(1, "Fortnight")


def test_error_lists_allowed_amounts() -> None:
    with pytest.raises(ValueError, match=r"1\.\.59"):
        TimeFrame(60, TimeFrameUnit.Minute)
    with pytest.raises(ValueError, match="1, 2, 3, 4, 6, 12"):
        TimeFrame(5, TimeFrameUnit.Month)
