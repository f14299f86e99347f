"""One declaration per operation: sync, async and raw methods agree; plans check and page well."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import alpaca
from alpaca._client import Namespaces, namespace_names
from alpaca.testing import Sandbox

MOCK_HOSTS: dict[str, Any] = {
    "key_id": "PK",
    "secret_key": "s",
    "base_url": "http://t.mock",
    "data_url": "http://d.mock",
    "allow_insecure": True,
}


def public_methods(namespace: object) -> dict[str, inspect.Signature]:
    names = [n for n in dir(type(namespace)) if not n.startswith("_")]
    return {name: inspect.signature(getattr(namespace, name)) for name in names}


@pytest.fixture
def clients() -> Iterator[tuple[alpaca.Client, alpaca.AsyncClient]]:
    sync = alpaca.Client(key_id="PK", secret_key="s", base_url="http://127.0.0.1:9")
    asynchronous = alpaca.AsyncClient(key_id="PK", secret_key="s", base_url="http://127.0.0.1:9")
    yield sync, asynchronous
    sync.close()


def test_every_namespace_is_declared_and_importable() -> None:
    names = namespace_names()
    assert names == list(Namespaces.__annotations__)
    assert {"account", "orders", "positions", "assets", "clock", "calendar", "stocks"} <= set(names)


def test_sync_async_and_raw_clients_expose_the_same_methods_and_parameters(
    clients: tuple[alpaca.Client, alpaca.AsyncClient],
) -> None:
    sync, asynchronous = clients
    views: list[Namespaces[Any]] = [
        sync,
        asynchronous,
        sync.with_raw_response,
        asynchronous.with_raw_response,
    ]
    for name in namespace_names():
        expected = public_methods(getattr(sync, name))
        assert expected, name
        for view in views[1:]:
            assert public_methods(getattr(view, name)) == expected, name


def test_every_method_takes_a_timeout(clients: tuple[alpaca.Client, alpaca.AsyncClient]) -> None:
    sync, _ = clients
    for name in namespace_names():
        for method, signature in public_methods(getattr(sync, name)).items():
            assert "timeout" in signature.parameters, f"{name}.{method}"


def test_bound_methods_keep_their_name_and_doc(
    clients: tuple[alpaca.Client, alpaca.AsyncClient],
) -> None:
    sync, asynchronous = clients
    assert sync.orders.get.__name__ == "get" and sync.orders.get.__doc__
    assert asynchronous.orders.iter_list.__name__ == "iter_list"
    assert "order_id" in inspect.signature(asynchronous.orders.get).parameters
    assert repr(sync.orders) == "<Orders namespace (sync)>"


def test_unknown_namespace_is_an_attribute_error(
    clients: tuple[alpaca.Client, alpaca.AsyncClient],
) -> None:
    sync, _ = clients
    with pytest.raises(AttributeError):
        sync.nope  # type: ignore[attr-defined]  # noqa: B018


def test_public_names_are_exported() -> None:
    for name in alpaca.__all__:
        assert getattr(alpaca, name) is not None
    exported = set(alpaca.__all__)
    for name in dir(alpaca):
        value = getattr(alpaca, name)
        ours = inspect.isclass(value) and value.__module__.startswith("alpaca")
        if not name.startswith("_") and ours:
            assert name in exported, name


# --- arguments are checked at call time, before any request --------------------------------


def refusing_client() -> tuple[alpaca.AsyncClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = alpaca.AsyncClient(
        **MOCK_HOSTS,
        http_client=http,
    )  # fmt: skip
    return client, sent


def test_async_and_lazy_methods_check_arguments_when_called() -> None:
    client, sent = refusing_client()
    with pytest.raises(TypeError):
        client.orders.get(123)  # type: ignore[arg-type,unused-coroutine]
    with pytest.raises(ValueError, match="limit"):
        client.orders.iter_list(limit=0)
    with pytest.raises(ValueError, match="symbols"):
        client.stocks.iter_bars([], "1Min")
    assert sent == []


# --- raw responses ------------------------------------------------------------------------


def test_raw_response_has_headers_and_parses(fresh_sandbox: Sandbox) -> None:
    with fresh_sandbox.client() as client:
        raw = client.with_raw_response.account.get()
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        account = raw.parse()
        assert isinstance(account, alpaca.Account)
        assert raw.http_response.request.headers["APCA-API-KEY-ID"]
        clock = client.with_raw_response.clock.get(timeout=5).parse()
        assert clock.timestamp is not None


async def test_async_raw_response(fresh_sandbox: Sandbox) -> None:
    async with fresh_sandbox.async_client() as client:
        raw = await client.with_raw_response.positions.list()
        assert raw.status_code == 200 and list(raw.parse()) == []


def serving(body: Any, status: int = 200) -> alpaca.Client:
    http = httpx.Client(
        transport=httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    )
    return alpaca.Client(
        **MOCK_HOSTS,
        http_client=http, max_retries=0,
    )  # fmt: skip


def test_raw_response_defers_a_validation_error_to_parse() -> None:
    client = serving(["not", "a", "clock"])
    raw = client.with_raw_response.clock.get()
    assert raw.status_code == 200
    with pytest.raises(alpaca.ResponseValidationError):
        raw.parse()
    with pytest.raises(alpaca.ResponseValidationError):
        client.clock.get()


def test_validation_errors_locate_the_item() -> None:
    client = serving([{"date": "2024-01-02", "open": "09:30", "close": "16:00"}, {"open": 3}])
    with pytest.raises(alpaca.ResponseValidationError) as info:
        client.calendar.list()
    assert info.value.path.startswith("[1]")
    assert info.value.status_code == 200
    assert info.value.request.headers.get("APCA-API-SECRET-KEY") != "s"


# --- pagination never loops forever ---------------------------------------------------------


def paging(pages: list[dict[str, Any]]) -> tuple[alpaca.Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=pages[min(len(sent), len(pages)) - 1])

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = alpaca.Client(
        **MOCK_HOSTS,
        http_client=http,
    )  # fmt: skip
    return client, sent


BAR = {"t": "2024-01-02T14:30:00Z", "o": 1, "h": 1, "l": 1, "c": 1, "v": 1, "n": 1, "vw": 1}


@pytest.mark.parametrize(
    "pages",
    [
        [{"bars": {"AAPL": [BAR]}, "next_page_token": "same"}],
        [{"bars": {"AAPL": [BAR]}, "next_page_token": "a"}, {"bars": {}, "next_page_token": "b"}],
        [{"bars": {"AAPL": []}, "next_page_token": "t"}],
    ],
)
def test_a_page_token_that_goes_nowhere_stops_the_walk(pages: list[dict[str, Any]]) -> None:
    client, sent = paging(pages)
    walks: list[Callable[[], object]] = [
        lambda: client.stocks.bars("AAPL", "1Min").df,
        lambda: list(client.stocks.iter_bars("AAPL", "1Min")),
    ]
    for walk in walks:
        with pytest.raises(alpaca.ResponseValidationError, match="next_page_token"):
            walk()
    assert len(sent) <= 6
