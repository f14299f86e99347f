"""A scan of the whole test run for secrets (a pytest plugin, registered by ``tests/conftest.py``).

The known secrets — the sandbox's secret key and OAuth token, and every secret the tests hand to
a client (collected by :func:`known_secrets` from the test sources: values given as
``secret_key=``/``oauth_token=``, set in ``*_SECRET_KEY``/``*_OAUTH_TOKEN`` variables, or bound
to names with ``SECRET``/``TOKEN`` in them) — must never appear in:

- a log record of the ``alpaca``, ``httpx`` or ``websockets`` loggers, turned to DEBUG for the
  whole run and read by one handler (websocket connections the tests open themselves, without
  naming a logger, log to ``tests.raw_websocket`` instead: their frame dumps show what the test
  sent, secrets included; the client's own connections name theirs and stay scanned);
- the text, repr or request headers of any ``AlpacaError`` raised;
- what the CLI printed under typer/click's test runner;
- the captured stdout, stderr and log sections of a test's report, or its failure text (unless
  the test failed on an assertion of its own, whose introspection shows the test's own data).

The terminal summary tells how much was scanned; a secret found fails the run (the report names
where, never the secret).
"""

from __future__ import annotations

import ast
import contextlib
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from alpaca._errors import AlpacaError
from alpaca.sandbox._app import SANDBOX_OAUTH_TOKEN, SANDBOX_SECRET_KEY

LOGGERS = ("alpaca", "httpx", "websockets")
MIN_LENGTH = 8
"""Shorter literals ("s", "secret") are too common to be told from ordinary text."""
_NAMED = re.compile(r"SECRET|TOKEN", re.IGNORECASE)
_VARIABLES = re.compile(r"_(SECRET_KEY|OAUTH_TOKEN)$")


def known_secrets(root: Path = Path(__file__).parent) -> list[str]:
    """The sandbox's secrets plus every secret literal of the test sources under ``root``."""
    found = {SANDBOX_SECRET_KEY, SANDBOX_OAUTH_TOKEN}
    for path in sorted(root.rglob("*.py")):
        found.update(_literals(ast.parse(path.read_text(encoding="utf-8"))))
    return sorted(s for s in found if len(s) >= MIN_LENGTH and s.strip() == s and " " not in s)


def _literals(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("secret_key", "oauth_token"):
            yield from _strings(node.value)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                yield from _named(target, node.value)
        elif isinstance(node, ast.Call) and len(node.args) == 2:
            first = node.args[0]
            if isinstance(first, ast.Constant) and _VARIABLES.search(str(first.value)):
                yield from _strings(node.args[1])


def _named(target: ast.AST, value: ast.AST | None) -> Iterator[str]:
    """Strings bound to names with SECRET or TOKEN in them (``A, B = "a", "b"`` pairwise)."""
    if isinstance(target, ast.Name) and _NAMED.search(target.id):
        yield from _strings(value)
    elif isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        for name, element in zip(target.elts, value.elts, strict=False):
            yield from _named(name, element)


def _strings(node: ast.AST | None) -> Iterator[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.Tuple):
        for element in node.elts:
            yield from _strings(element)


class Scanner:
    """Looks for the secrets in text; counts what it read; remembers where it found one."""

    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = list(secrets)
        self._pattern = re.compile("|".join(re.escape(s) for s in self.secrets))
        self.records = 0
        self.errors = 0
        self.bytes = 0
        self.found: list[str] = []
        self.test = ""

    def scan(self, where: str, text: str) -> None:
        self.bytes += len(text)
        match = self._pattern.search(text)
        if match:
            number = self.secrets.index(match.group())
            self.found.append(f"{self.test or 'session'}: {where} (known secret #{number})")


class _Reader(logging.Handler):
    def __init__(self, scanner: Scanner) -> None:
        super().__init__(logging.DEBUG)
        self.scanner = scanner

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = record.getMessage()
        except Exception:  # a record whose arguments do not format: read its parts
            text = f"{record.msg} {record.args}"
        if record.exc_info and record.exc_info[1] is not None:
            text += f" {record.exc_info[1]!r}"
        self.scanner.records += 1
        self.scanner.scan(f"log record of {record.name}", text)


def _error_text(error: AlpacaError) -> str:
    """An error's text, repr and the headers of the requests it carries."""
    parts = [str(error), repr(error)]
    requests = [getattr(error, "request", None)]
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        with contextlib.suppress(RuntimeError):  # a response built without a request
            requests.append(response.request)
    for request in requests:
        if isinstance(request, httpx.Request):
            parts.append(str(list(request.headers.multi_items())))
    return " ".join(parts)


class SecretsPlugin:
    def __init__(self, scanner: Scanner) -> None:
        self.scanner = scanner
        self.reader = _Reader(scanner)
        self._undo: list[Any] = []
        self._errors: list[AlpacaError] = []

    # -- the whole run ----------------------------------------------------------------------

    def start(self) -> None:
        for name in LOGGERS:
            logging.getLogger(name).addHandler(self.reader)
        self._levels()
        self._watch_errors()
        self._watch_cli()
        self._divert_raw_websockets()

    def stop(self) -> None:
        for name in LOGGERS:
            logging.getLogger(name).removeHandler(self.reader)
        for undo in reversed(self._undo):
            undo()

    def _levels(self) -> None:
        for name in LOGGERS:
            logging.getLogger(name).setLevel(logging.DEBUG)

    def _watch_errors(self) -> None:
        """Keep every ``AlpacaError`` made during a test, to read once it is complete."""
        pending = self._errors
        original = AlpacaError.__init__

        def init(error: AlpacaError, *args: Any, **kwargs: Any) -> None:
            original(error, *args, **kwargs)
            pending.append(error)

        setattr(AlpacaError, "__init__", init)  # noqa: B010 - a method replaced for the run
        self._undo.append(lambda: setattr(AlpacaError, "__init__", original))

    def _read_errors(self) -> None:
        while self._errors:
            error = self._errors.pop()
            self.scanner.errors += 1
            self.scanner.scan(f"{type(error).__name__} text, repr or headers", _error_text(error))

    def _watch_cli(self) -> None:
        try:
            from click.testing import CliRunner
        except ImportError:  # the cli extra is not installed
            return
        scanner = self.scanner
        original = CliRunner.invoke

        def invoke(runner: CliRunner, *args: Any, **kwargs: Any) -> Any:
            result = original(runner, *args, **kwargs)
            output = result.stdout_bytes + (result.stderr_bytes or b"")
            scanner.scan("CLI output", output.decode("utf-8", "replace"))
            return result

        setattr(CliRunner, "invoke", invoke)  # noqa: B010 - a method replaced for the run
        self._undo.append(lambda: setattr(CliRunner, "invoke", original))

    def _divert_raw_websockets(self) -> None:
        import websockets.asyncio.client
        import websockets.sync.client

        raw = logging.getLogger("tests.raw_websocket")
        for module in (websockets.asyncio.client, websockets.sync.client):
            original = module.connect

            def connect(*args: Any, __original: Any = original, **kwargs: Any) -> Any:
                kwargs.setdefault("logger", raw)
                return __original(*args, **kwargs)

            setattr(module, "connect", connect)  # noqa: B010 - replaced for the run
            self._undo.append(lambda m=module, o=original: setattr(m, "connect", o))

    # -- hooks ------------------------------------------------------------------------------

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self.scanner.test = item.nodeid
        self._levels()  # a test may have reset a level (caplog restores its own changes)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self._read_errors()
        for title, text in report.sections:  # a report repeats earlier phases' sections
            if title.startswith("Captured") and title.endswith(report.when):
                self.scanner.scan(f"{report.when}: {title.lower()}", text)
        if report.failed and report.longrepr is not None:
            crash = getattr(report.longrepr, "reprcrash", None)
            message = str(getattr(crash, "message", ""))
            if not message.startswith(("assert", "AssertionError")):
                lines = str(report.longrepr).splitlines()
                failure = "\n".join(line for line in lines if line.startswith("E "))
                self.scanner.scan(f"{report.when}: failure text", failure or message)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self._read_errors()
        if self.scanner.found:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        s = self.scanner
        terminalreporter.write_line(
            f"secrets scan: {len(s.secrets)} known secrets; {s.records:,} log records, "
            f"{s.errors:,} errors, {s.bytes / 1e6:,.1f} MB of text read; "
            f"{len(s.found)} found"
        )
        for where in s.found[:20]:
            terminalreporter.write_line(f"  SECRET FOUND in {where}", red=True)
        if s.found:
            terminalreporter.write_line("secrets scan FAILED: the run fails", red=True, bold=True)


def pytest_configure(config: pytest.Config) -> None:
    plugin = SecretsPlugin(Scanner(known_secrets()))
    plugin.start()
    config.pluginmanager.register(plugin, "secrets-scan")
    config.add_cleanup(plugin.stop)
