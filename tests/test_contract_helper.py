"""``tests._contract.validate`` on a small document of our own against live sandbox answers."""

from __future__ import annotations

from pathlib import Path

import httpx
import orjson

from tests._contract import NOT_IN_SPEC, operation_of, validate

DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "mini", "version": "1"},
    "servers": [{"url": "https://paper-api.alpaca.markets"}],
    "paths": {
        "/v2/clock": {
            "get": {
                "responses": {
                    "200": {
                        "description": "the clock",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["is_open", "timestamp"],
                                    "properties": {
                                        "is_open": {"type": "boolean"},
                                        "timestamp": {"type": "string"},
                                    },
                                }
                            }
                        },
                    }
                }
            }
        },
        "/v2/orders/{order_id}": {
            "get": {
                "parameters": [
                    {
                        "name": "order_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "404": {
                        "description": "unknown order",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["code"],
                                    "properties": {"code": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
}


def test_validate_accepts_conforming_answers_and_names_problems(
    tmp_path: Path, sandbox_http: httpx.Client
) -> None:
    spec = tmp_path / "mini.json"
    spec.write_bytes(orjson.dumps(DOCUMENT))
    clock = sandbox_http.get("/v2/clock")
    assert validate(spec, clock.request, clock) == []
    missing = sandbox_http.get("/v2/orders/nope")
    problems = validate(spec, missing.request, missing)
    assert problems and any("code" in problem for problem in problems)  # an int, not a string
    account = sandbox_http.get("/v2/account")
    assert validate(spec, account.request, account) == [NOT_IN_SPEC]
    assert operation_of(spec, "GET", "/v2/orders/abc") == "/v2/orders/{order_id}"
    assert operation_of(spec, "POST", "/v2/clock") is None
