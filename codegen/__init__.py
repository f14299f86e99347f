"""Code generation: ``spec/*.yaml`` → ``generated/alpaca_client`` with openapi-python-client.

``python -m codegen`` regenerates, ``python -m codegen --check`` fails when the committed output is
stale, ``python -m codegen drift UPSTREAM.json`` lists what ``spec/`` lacks against a published
document. Output layout: one package ``alpaca_client`` with a ``trading`` and a ``data``
sub-package (the two APIs live on different hosts). Our fixes to the generator:

- operations marked ``x-codegen-skip: true`` are described in ``spec/`` but dropped from the copy
  of the document the generator reads (``_generate.without_skipped_operations``): its parser for
  ``text/event-stream`` responses buffers the endless body, so server-sent event streams are
  written by hand; their payload schemas stay in components and are still generated;
- ``format: decimal`` becomes ``Decimal`` (``_decimal.py``);
- enums keep unknown values (``templates/str_enum.py.jinja``);
- models keep the server's mapping in ``.raw`` and tolerate a property named ``d``
  (``templates/model.py.jinja``).
"""
