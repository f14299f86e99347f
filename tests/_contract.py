"""Validating sandbox exchanges against an OpenAPI document with openapi-core.

``validate(spec_path, request, response)`` checks one httpx exchange against the operation of
the document it belongs to and returns the problems found (empty: valid). The request is
matched on the document's first server, whatever host actually answered, so the same helper
serves Alpaca's published documents and the project's own ``spec/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.exceptions import PathNotFound
from werkzeug.datastructures import Headers, ImmutableMultiDict

NOT_IN_SPEC = "operation not in the document"


@lru_cache(maxsize=8)
def load(spec_path: str) -> OpenAPI:
    """The document at ``spec_path`` (JSON or YAML), parsed once."""
    return OpenAPI.from_file_path(spec_path)


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
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.data: bytes | None = response.content
        self.content_type = response.headers.get("content-type", "").split(";")[0].lower()


def validate(spec_path: str | Path, request: httpx.Request, response: httpx.Response) -> list[str]:
    """Problems of ``response`` (to ``request``) against the document; ``[NOT_IN_SPEC]`` when
    the document has no such operation."""
    spec = load(str(spec_path))
    wrapped = _Request(request, server_url(spec))
    try:
        spec.validate_response(wrapped, _Response(response))
    except PathNotFound:
        return [NOT_IN_SPEC]
    except Exception as exc:  # openapi-core raises one error type per kind of problem
        details = [str(exc)]
        for cause in getattr(exc, "schema_errors", None) or ():
            path = "/".join(str(p) for p in getattr(cause, "absolute_path", ()))
            details.append(f"{path}: {getattr(cause, 'message', cause)}")
        return details
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
