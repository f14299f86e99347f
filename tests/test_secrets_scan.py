"""The suite-wide secrets scan (``tests/_secrets.py``): what it knows and how it reports."""

from __future__ import annotations

from pathlib import Path

from alpaca.sandbox._app import SANDBOX_OAUTH_TOKEN, SANDBOX_SECRET_KEY

from ._secrets import Scanner, known_secrets


def test_secrets_are_collected_from_the_test_sources(tmp_path: Path) -> None:
    (tmp_path / "test_x.py").write_text(
        "KEY, SECRET = 'PKKEYID01', 'pair-secret-1'\n"
        "A_TOKEN = 'tok-secret-123'\n"
        "client = Client(key_id='PKKEYID02', secret_key='given-secret-1')\n"
        "monkeypatch.setenv('APCA_API_SECRET_KEY', 'env-secret-1')\n"
        "monkeypatch.setenv('APCA_API_KEY_ID', 'PKKEYID03')\n"
        "short = Client(secret_key='s')\n"
    )
    found = known_secrets(tmp_path)
    for secret in ("pair-secret-1", "tok-secret-123", "given-secret-1", "env-secret-1"):
        assert secret in found
    assert SANDBOX_SECRET_KEY in found and SANDBOX_OAUTH_TOKEN in found
    assert not {"PKKEYID01", "PKKEYID02", "PKKEYID03", "s"} & set(found)


def test_the_scanner_says_where_but_never_what() -> None:
    scanner = Scanner(["first-secret", "second-secret"])
    scanner.test = "tests/test_x.py::test_y"
    scanner.scan("log record of alpaca", "headers: {'APCA-API-SECRET-KEY': 'second-secret'}")
    scanner.scan("log record of alpaca", "headers: {'APCA-API-SECRET-KEY': '<redacted>'}")
    assert scanner.found == ["tests/test_x.py::test_y: log record of alpaca (known secret #1)"]
    assert scanner.bytes > 0
