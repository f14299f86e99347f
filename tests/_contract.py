"""Validating sandbox exchanges against an OpenAPI document with openapi-core.

``validate(spec_path, request, response)`` checks one httpx exchange against the operation of
the document it belongs to and returns the problems found (empty: valid);
``validate_request(spec_path, request)`` checks the request alone. The request is
matched on the document's first server, whatever host actually answered, so the same helper
serves Alpaca's published documents and the project's own ``spec/``. A server-sent event stream
(``text/event-stream``) is checked message by message: the JSON ``data`` of each against the
documented schema. A nullable reference (``nullable: true`` beside a one-item ``allOf``, the
usual OpenAPI 3.0 spelling) is read as "null, or the referenced schema"; openapi-core would
otherwise let ``nullable`` apply only where ``type`` is written. ``type: string, format:
decimal`` also takes a JSON number, as spec/ documents for its decimal fields.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx
import orjson
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import PathNotFound
from ruamel.yaml import YAML
from werkzeug.datastructures import Headers, ImmutableMultiDict

NOT_IN_SPEC = "operation not in the document"
EVENT_STREAM = "text/event-stream"


@lru_cache(maxsize=8)
def load(spec_path: str) -> OpenAPI:
    """The document at ``spec_path`` (JSON or YAML), parsed once."""
    config = Config(extra_media_type_deserializers={EVENT_STREAM: orjson.loads})
    text = Path(spec_path).read_text()
    document = orjson.loads(text) if spec_path.endswith(".json") else YAML(typ="safe").load(text)
    return OpenAPI.from_dict(_as_read(document), config=config)


_NULL = {"type": "string", "nullable": True, "enum": [None]}


def _as_read(node: Any) -> Any:
    """``node`` with each ``{nullable: true, allOf: [one]}`` rewritten as ``anyOf: [one, null]``
    and each decimal string as ``anyOf: [decimal string, number]`` (see the module docstring)."""
    if isinstance(node, list):
        return [_as_read(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: _as_read(value) for key, value in node.items()}
    parts = found.get("allOf")
    if found.get("nullable") is True and isinstance(parts, list) and len(parts) == 1:
        del found["allOf"], found["nullable"]
        found["anyOf"] = [parts[0], _NULL]
    if found.get("type") == "string" and found.get("format") == "decimal":
        number = {"type": "number", "nullable": found.get("nullable", False)}
        found = {"anyOf": [found, number]}
    return found


def server_url(spec: OpenAPI) -> str:
    """The document's first server URL."""
    servers: Any = spec.spec / "servers"
    with servers.open() as found:
        return str(found[0]["url"]).rstrip("/")


class _Request:
    """An httpx request seen from the document's server."""

    def __init__(self, request: httpx.Request, host_url: str) -> None:
        self.host_url = host_url
        self.path = request.url.path
        self.method = request.method.lower()
        query = ImmutableMultiDict(list(request.url.params.multi_items()))
        headers = Headers(list(request.headers.items()))
        self.parameters = RequestParameters(query=query, header=headers)
        self.body: bytes | None = request.content or None
        self.content_type = request.headers.get("content-type", "application/json").lower()


class _Response:
    def __init__(self, response: httpx.Response, data: bytes | None = None) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.data: bytes | None = response.content if data is None else data
        self.content_type = response.headers.get("content-type", "").split(";")[0].lower()


def _bodies(response: httpx.Response) -> list[_Response]:
    """The bodies to check: the response's, or the ``data`` of each server-sent event."""
    wrapped = _Response(response)
    if wrapped.content_type != EVENT_STREAM:
        return [wrapped]
    found = []
    for message in response.text.replace("\r\n", "\n").split("\n\n"):
        lines = [line[5:].lstrip(" ") for line in message.split("\n") if line.startswith("data:")]
        if lines:
            found.append(_Response(response, "\n".join(lines).encode()))
    return found


def _details(exc: BaseException) -> list[str]:
    """The message of ``exc`` and of each schema error under it (or under its causes)."""
    details = [str(exc)]
    cause: BaseException | None = exc
    while cause is not None:
        for error in getattr(cause, "schema_errors", None) or ():
            path = "/".join(str(p) for p in getattr(error, "absolute_path", ()))
            details.append(f"{path}: {getattr(error, 'message', error)}")
        cause = cause.__cause__
    return details


def validate(spec_path: str | Path, request: httpx.Request, response: httpx.Response) -> list[str]:
    """Problems of ``response`` (to ``request``) against the document; ``[NOT_IN_SPEC]`` when
    the document has no such operation."""
    spec = load(str(spec_path))
    wrapped = _Request(request, server_url(spec))
    problems: list[str] = []
    for body in _bodies(response):
        try:
            spec.validate_response(wrapped, body)
        except PathNotFound:
            return [NOT_IN_SPEC]
        except Exception as exc:  # openapi-core raises one error type per kind of problem
            problems.extend(_details(exc))
    return problems


def validate_request(spec_path: str | Path, request: httpx.Request) -> list[str]:
    """Problems of ``request`` (parameters, body) against the document's operation."""
    spec = load(str(spec_path))
    try:
        spec.validate_request(_Request(request, server_url(spec)))
    except PathNotFound:
        return [NOT_IN_SPEC]
    except Exception as exc:  # openapi-core raises one error type per kind of problem
        return _details(exc)
    return []


def operation_of(spec_path: str | Path, method: str, path: str) -> str | None:
    """The document's path template matching ``path`` for ``method`` (None: none does)."""
    spec = load(str(spec_path))
    paths: Any = spec.spec / "paths"
    with paths.open() as found:
        templates = list(found)
    for template in map(str, templates):
        parts, actual = template.strip("/").split("/"), path.strip("/").split("/")
        if len(parts) != len(actual):
            continue
        if all(p.startswith("{") or p == a for p, a in zip(parts, actual, strict=True)):
            operations = spec.spec / "paths" / template
            with operations.open() as ops:
                if method.lower() in ops:
                    return template
    return None
