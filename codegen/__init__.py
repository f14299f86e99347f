"""Code generation: ``spec/*.yaml`` → ``generated/alpaca_client`` with openapi-python-client.

``python -m codegen`` regenerates, ``python -m codegen --check`` fails when the committed output is
stale, ``python -m codegen drift UPSTREAM.json`` lists what ``spec/`` lacks against a published
document. Output layout: one package ``alpaca_client`` with a ``trading`` and a ``data``
sub-package (the two APIs live on different hosts), and the fast records of ``x-record`` schemas
(``_records.py``): ``streams`` (stream messages) and ``records.data`` (market-data bars, quotes,
trades, snapshots, plus ``PAGE_ROWS``, the checks of history page rows). Our rules for the
generated models (``_models.py``, ``templates/``):

- **Response models**: an optional field is ``X | None = None``; absent and ``null`` both read as
  ``None``; ``to_dict`` leaves ``None`` optional fields out. No ``Unset`` appears in an answer.
- **Request-body models** (every model a ``requestBody`` reaches, computed from the document):
  optional fields are ``X | Unset = UNSET`` and ``to_dict`` omits them, so a request never sends
  ``null`` for a field it was not given. A schema reached by both a request body and a response
  fails generation: split it in ``spec/``. ``UNSET`` reprs as ``UNSET``.
- **Names** are Alpaca's field names (``order.type``, ``day.open``); only Python keywords get a
  trailing ``_`` (``asset.class_``). ``to_dict``/``from_dict`` use the JSON names.
- **Strict parsing**: ``from_dict`` (and the endpoints' response parsing) raise one error,
  ``<sub-package>.errors.ResponseParseError`` (a ``ValueError``, with ``path`` such as
  ``legs[0].qty``, ``value`` and ``message``), for a body that is not JSON, a non-object, a missing
  required field, or a value of the wrong JSON type (``bool`` is not an integer; an integer is a
  valid number). Unknown enum values are kept (``templates/str_enum.py.jinja``), unknown fields go
  to ``additional_properties``, and ``.raw`` keeps the mapping as the server sent it.
- Operations marked ``x-codegen-skip: true`` are described in ``spec/`` but dropped from the
  document the generator reads (``_generate.without_skipped_operations``): its parser for
  ``text/event-stream`` responses buffers the endless body, so server-sent event streams are
  written by hand; their payload schemas stay in components and are still generated.
- ``format: decimal`` becomes ``Decimal`` (``_decimal.py``): on a string, read from a decimal
  string or a JSON number and written as a string; on a number (``type: number, format:
  decimal``, market-data prices), read only from a JSON number, exactly as its shortest
  ``repr``, and written as a number. Non-finite values (``NaN``, ``Infinity``) are rejected.
  Date-times need a UTC offset and keep microseconds (the exact text stays in ``.raw``).
"""
