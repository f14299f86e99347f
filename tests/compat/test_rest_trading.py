"""The legacy trading calls of ``REST`` against the sandbox: account, orders, positions,
assets, clock, calendar, activities, portfolio history, watchlists, raw data and errors."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pandas as pd
import pytest

import alpaca
import alpaca.compat as tradeapi
from alpaca.compat.entity import (
    Account,
    AccountActivity,
    AccountConfigurations,
    Asset,
    Calendar,
    Clock,
    Order,
    PortfolioHistory,
    Position,
    Watchlist,
)
from alpaca.testing import Sandbox

from .conftest import point_at


def _market(api: tradeapi.REST, symbol: str, qty: Any, side: str = "buy") -> Any:
    return api.submit_order(symbol, qty, side, "market", "day")


def test_account_from_environment(api: tradeapi.REST) -> None:
    account = api.get_account()
    assert isinstance(account, Account)
    assert account.status == "ACTIVE" and float(account.equity) == 100_000.0
    assert account.multiplier == "4" and account.cash == "100000"  # strings, as sent
    assert isinstance(account.created_at, pd.Timestamp)
    assert isinstance(account._model, alpaca.Account) and account._raw["id"] == account.id


def test_positional_constructor_and_paper_default(
    legacy_env: Sandbox, clean_env: pytest.MonkeyPatch
) -> None:
    with tradeapi.REST(legacy_env.key_id, legacy_env.secret_key, legacy_env.base_url, "v2") as api:
        assert api.get_clock().is_open is True
        assert repr(api).startswith("REST(paper, base_url='http://127.0.0.1")
    clean_env.delenv("APCA_API_BASE_URL")
    with tradeapi.REST() as default:
        assert default._base_url == "https://paper-api.alpaca.markets"
    with tradeapi.REST(base_url=legacy_env.base_url + "/v2") as trailing:  # legacy-style URL
        assert trailing._base_url == legacy_env.base_url
        assert trailing.get_account().status == "ACTIVE"


def test_credentials_are_required(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="credentials"):
        tradeapi.REST()


def test_oauth_token_is_sent_as_bearer(legacy_env: Sandbox) -> None:
    with tradeapi.REST(oauth="not-a-real-token") as api, pytest.raises(tradeapi.APIError) as info:
        api.get_account()
    assert info.value.status_code == 401
    assert info.value.request.headers["authorization"] != "Bearer not-a-real-token"  # redacted


def test_retired_api_version_warns_once_and_uses_v2(legacy_env: Sandbox) -> None:
    with pytest.warns(DeprecationWarning, match="api_version='v1'"):
        old = tradeapi.REST(api_version="v1")
    with old:
        assert old.get_account().status == "ACTIVE"
    with tradeapi.REST(api_version="v1") as again:  # no second warning (errors would raise)
        assert again._api_version == "v2"


def test_plain_http_needs_allow_insecure(legacy_env: Sandbox) -> None:
    with pytest.raises(alpaca.ConfigurationError, match="allow_insecure"):
        tradeapi.REST(base_url="http://trading.example.com")
    with tradeapi.REST(base_url="http://trading.example.com", allow_insecure=True) as api:
        assert api._base_url == "http://trading.example.com"


def test_account_configurations(api: tradeapi.REST) -> None:
    found = api.get_account_configurations()
    assert isinstance(found, AccountConfigurations) and found.no_shorting is False
    changed = api.update_account_configurations(no_shorting=True, trade_confirm_email="none")
    assert changed.no_shorting is True and changed.trade_confirm_email == "none"
    assert api.update_account_configurations().no_shorting is True  # nothing to change


def test_submit_orders_by_qty_notional_and_classes(api: tradeapi.REST) -> None:
    bracket = api.submit_order(
        symbol="SPY",
        side="buy",
        type="market",
        qty="100",
        time_in_force="day",
        order_class="bracket",
        take_profit=dict(limit_price="1305.0"),
        stop_loss=dict(stop_price="295.5", limit_price="295.5"),
    )
    assert isinstance(bracket, Order) and bracket.order_class == "bracket"
    assert [leg.type for leg in bracket.legs] == ["limit", "stop_limit"]
    assert all(isinstance(leg, Order) for leg in bracket.legs)
    assert bracket.legs[1].stop_price == "295.5"
    uuid.UUID(bracket.client_order_id)  # every order carries an id of its own

    fractional = api.submit_order(symbol="AAPL", qty=1.5, side="buy", type="market")
    assert fractional.qty == "1.5" and fractional.time_in_force == "day"
    dollars = api.submit_order(
        symbol="AAPL", notional=450, side="buy", type="market", time_in_force="day"
    )
    assert dollars.notional == "450" and dollars.status == "filled"

    limit = api.submit_order("MSFT", 2, "buy", "limit", "gtc", "1.50", client_order_id="mine-1")
    assert (limit.limit_price, limit.client_order_id, limit.status) == ("1.5", "mine-1", "new")
    trailing = api.submit_order("SPY", 1, "sell", "trailing_stop", "day", trail_percent="5")
    assert trailing.trail_percent == "5" and trailing.type == "trailing_stop"


def test_submit_order_floats_price_dicts_in_place(api: tradeapi.REST) -> None:
    take_profit: dict[str, Any] = {"limit_price": "900"}
    stop_loss: dict[str, Any] = {"stop_price": "100.5"}
    api.submit_order(
        "SPY", 1, "buy", "market", "day", take_profit=take_profit, stop_loss=stop_loss,
        order_class="bracket",
    )  # fmt: skip
    assert take_profit == {"limit_price": 900.0} and stop_loss == {"stop_price": 100.5}
    with pytest.raises(ValueError):
        api.submit_order("SPY", 1, "buy", "limit", "day", limit_price="cheap")


def test_get_replace_cancel_orders(api: tradeapi.REST) -> None:
    order = api.submit_order("AAPL", 3, "buy", "limit", "day", limit_price="2.00")
    assert api.get_order(order.id).id == order.id
    assert api.get_order(order.id, nested=True).symbol == "AAPL"
    assert api.get_order_by_client_order_id(order.client_order_id).id == order.id
    replaced = api.replace_order(order.id, qty="4", limit_price="2.50")
    assert (replaced.qty, replaced.limit_price, replaced.replaces) == ("4", "2.5", order.id)
    api.cancel_order(replaced.id)
    assert api.get_order(replaced.id).status == "canceled"
    api.submit_order("MSFT", 1, "buy", "limit", "day", limit_price="1.00")
    api.cancel_all_orders()
    assert api.list_orders(status="open") == []


def test_list_orders_filters_and_params(api: tradeapi.REST) -> None:
    for symbol in ("AAPL", "MSFT", "SPY"):
        api.submit_order(symbol, 1, "buy", "limit", "day", limit_price="1.00")
    _market(api, "AAPL", 1)
    assert len(api.list_orders()) == 3  # open ones
    assert len(api.list_orders("all")) == 4  # positional status
    assert [o.symbol for o in api.list_orders(status="all", symbols=["AAPL"])] == ["AAPL"] * 2
    assert len(api.list_orders(status="all", limit=2)) == 2
    assert next(o.symbol for o in api.list_orders(status="all", direction="asc")) == "AAPL"
    params: dict[str, Any] = {"side": "buy"}
    found = api.list_orders(status="closed", params=params, nested=True)
    assert [o.status for o in found] == ["filled"]
    assert params == {"side": "buy", "status": "closed", "nested": True}  # written into, as before
    after = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat()
    assert len(api.list_orders(status="all", after=after, limit=400)) == 4
    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).date().isoformat()
    assert len(api.list_orders(status="all", after=yesterday)) == 4  # a date: its midnight
    with pytest.raises(TypeError, match="unsupported params"):
        api.list_orders(params={"page": 2})


def test_positions(api: tradeapi.REST) -> None:
    _market(api, "AAPL", 5)
    _market(api, "SPY", 2)
    positions = api.list_positions()
    assert all(isinstance(p, Position) for p in positions)
    assert {p.symbol: int(float(p.qty)) for p in positions} == {"AAPL": 5, "SPY": 2}
    assert api.get_position("AAPL").side == "long"
    closing = api.close_position("AAPL", qty=2)
    assert isinstance(closing, Position) and closing.side == "sell" and closing.qty == "2"
    assert api.get_position("AAPL").qty == "3"
    closed = api.close_all_positions()
    assert sorted((c.symbol, c.status) for c in closed) == [("AAPL", 200), ("SPY", 200)]
    assert closed[0].body["side"] == "sell"
    assert api.list_positions() == []


def test_missing_position_is_a_404_api_error(api: tradeapi.REST) -> None:
    with pytest.raises(tradeapi.APIError) as info:
        api.get_position("SPY")
    error = info.value
    assert error.status_code == 404 and error.response.status_code == 404
    assert error.code == 40410000 and str(error) == "position does not exist"
    assert error.request.url.path == "/v2/positions/SPY"
    assert isinstance(error, alpaca.NotFoundError)  # the core's class of the status too


def test_rejected_order_is_an_api_error(api: tradeapi.REST) -> None:
    with pytest.raises(tradeapi.rest.APIError) as info:
        api.submit_order("AAPL", 1_000_000, "buy", "market", "day")
    assert info.value.status_code == 403 and "buying power" in str(info.value)
    assert isinstance(info.value, alpaca.PermissionDeniedError)
    assert isinstance(info.value.code, int)


def test_rate_limited_call_is_retried_silently(
    legacy_env: Sandbox, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("APCA_RETRY_WAIT", "0")
    legacy_env.add_chaos(method="GET", path="/v2/account", status=429, retry_after=0)
    with tradeapi.REST() as api:
        assert api.get_account().status == "ACTIVE"
    clean_env.setenv("APCA_RETRY_MAX", "1")
    legacy_env.add_chaos(method="GET", path="/v2/clock", status=429, retry_after=0, times=5)
    with tradeapi.REST() as api, pytest.raises(tradeapi.APIError) as info:
        api.get_clock()
    assert info.value.status_code == 429 and isinstance(info.value, alpaca.RateLimitError)


def test_retry_codes_come_from_the_environment(
    legacy_env: Sandbox, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("APCA_RETRY_WAIT", "0")
    clean_env.setenv("APCA_RETRY_CODES", "503")
    legacy_env.add_chaos(method="GET", path="/v2/account", status=503, retry_after=0)
    legacy_env.add_chaos(method="GET", path="/v2/clock", status=429, retry_after=0)
    with tradeapi.REST() as api:
        assert api.get_account().status == "ACTIVE"  # 503 is listed: retried
        with pytest.raises(tradeapi.APIError) as info:
            api.get_clock()  # 429 is not
    assert info.value.status_code == 429


def test_an_order_whose_answer_was_lost_is_placed_once(
    legacy_env: Sandbox, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("APCA_RETRY_WAIT", "0")
    legacy_env.add_chaos(method="POST", path="/v2/orders", status=504, when="after")
    with tradeapi.REST() as api:
        order = api.submit_order("AAPL", 2, "buy", "market", "day")
        assert order.qty == "2" and order.status == "filled"
        assert len(api.list_orders(status="all")) == 1
        assert api.get_position("AAPL").qty == "2"


def test_assets_clock_calendar(api: tradeapi.REST) -> None:
    assets = api.list_assets(status="active")
    assert assets and all(isinstance(a, Asset) for a in assets)
    assert "AAPL" in {a.symbol for a in assets if a.tradable}
    assert api.get_asset("AAPL").exchange == "NASDAQ"
    clock = api.get_clock()
    assert isinstance(clock, Clock) and clock.is_open is True
    assert isinstance(clock.next_close - clock.timestamp, pd.Timedelta)
    days = api.get_calendar("2021-02-01", "2021-02-05")
    assert [type(d) for d in days] == [Calendar] * 5
    assert days[0].date == pd.Timestamp("2021-02-01") and days[0].open == dt.time(9, 30)
    assert api.get_calendar(start=dt.date(2021, 2, 15), end=dt.date(2021, 2, 15)) == []


def test_activities(api: tradeapi.REST) -> None:
    for _ in range(3):
        _market(api, "AAPL", 1)
    fills = api.get_activities("FILL")
    assert len(fills) == 3 and all(isinstance(a, AccountActivity) for a in fills)
    assert fills[0].activity_type == "FILL" and isinstance(fills[0].transaction_time, pd.Timestamp)
    every = api.get_activities()
    assert {a.activity_type for a in every} == {"FILL", "CSD"}
    page = api.get_activities(["FILL"], page_size=2, direction="desc")
    assert len(page) == 2
    rest = api.get_activities(["FILL"], page_size=2, page_token=page[-1].id)
    assert len(rest) == 1 and rest[0].id not in {a.id for a in page}


def test_portfolio_history_df(api: tradeapi.REST) -> None:
    history = api.get_portfolio_history(period="1M", timeframe="1D")
    assert isinstance(history, PortfolioHistory)
    frame = history.df
    assert list(frame.columns) == ["profit_loss", "profit_loss_pct", "equity"]
    assert frame.index.name == "timestamp" and str(frame.index.tz) == "America/New_York"
    assert len(frame) == len(history.timestamp) and frame["equity"].iloc[-1] == 100_000.0
    assert (frame.index.hour == 0).all()  # daily points at New York midnight
    today = dt.date.today()
    ranged = api.get_portfolio_history(today - dt.timedelta(days=20), today, timeframe="1D")
    assert 10 <= len(ranged.df) <= 16


def test_watchlists_all_seven_calls(api: tradeapi.REST) -> None:
    created = api.create_watchlist("tech", ["AAPL", "MSFT"])
    assert isinstance(created, Watchlist) and [a["symbol"] for a in created.assets] == [
        "AAPL",
        "MSFT",
    ]
    assert [w.name for w in api.get_watchlists()] == ["tech"]
    assert api.get_watchlist(created.id).name == "tech"
    assert api.get_watchlist_by_name("tech").id == created.id
    added = api.add_to_watchlist(created.id, "SPY")
    assert [a["symbol"] for a in added.assets] == ["AAPL", "MSFT", "SPY"]
    renamed = api.update_watchlist(created.id, name="big tech", symbols=["GOOG"])
    assert renamed.name == "big tech" and [a["symbol"] for a in renamed.assets] == ["GOOG"]
    api.delete_from_watchlist(created.id, "GOOG")
    assert api.get_watchlist(created.id).assets == []
    api.delete_watchlist(created.id)
    assert api.get_watchlists() == []


def test_raw_data_returns_plain_json(raw_api: tradeapi.REST) -> None:
    account: Any = raw_api.get_account()
    assert isinstance(account, dict) and account["cash"] == "100000"
    order: Any = raw_api.submit_order("AAPL", 1, "buy", "market", "day")
    assert isinstance(order, dict) and order["status"] == "filled"
    positions: Any = raw_api.list_positions()
    assert isinstance(positions, list) and positions[0]["symbol"] == "AAPL"
    assert isinstance(raw_api.get_clock(), dict)
    assert isinstance(raw_api.list_orders(status="all")[0], dict)
    history: Any = raw_api.get_portfolio_history()
    assert history["timeframe"] == "1D"


def test_plain_request_helpers(api: tradeapi.REST) -> None:
    assert api.get("/account")["status"] == "ACTIVE"
    assert api.get("/assets", {"status": "active", "asset_class": None})
    order = api.post(
        "/orders",
        {"symbol": "AAPL", "qty": "1", "side": "buy", "type": "market", "time_in_force": "day"},
    )
    assert order["symbol"] == "AAPL"
    created = api.post("/watchlists", {"name": "w", "symbols": ["AAPL"]})
    assert api.put(f"/watchlists/{created['id']}", {"name": "w2"})["name"] == "w2"
    assert api.patch("/account/configurations", {"no_shorting": True})["no_shorting"] is True
    assert api.delete(f"/watchlists/{created['id']}") is None
    bars = api.data_get(
        "/stocks/AAPL/bars", {"timeframe": "1Day", "start": "2021-02-01"}, api_version="v2"
    )
    assert bars["symbol"] == "AAPL" and bars["bars"]
    with pytest.raises(tradeapi.APIError) as info:
        api.get("/orders/not-an-order")
    assert info.value.status_code in (404, 422)


def test_polygon_is_gone(api: tradeapi.REST) -> None:
    with pytest.raises(NotImplementedError, match="Polygon"):
        api.polygon.historic_agg_v2("AAPL", 1, "day", "2021-01-01", "2021-02-01")


def test_point_at_keeps_streams_and_data_urls(legacy_env: Sandbox) -> None:
    with tradeapi.REST() as api:
        assert api._data_url == legacy_env.data_url


def test_close_is_idempotent_and_context_manager_releases(
    fresh_sandbox: Sandbox, clean_env: pytest.MonkeyPatch
) -> None:
    point_at(clean_env, fresh_sandbox)
    api = tradeapi.REST()
    api.get("/clock")
    api.get_clock()
    api.close()
    api.close()
    with pytest.raises(alpaca.ClientClosedError):
        api.get_clock()
