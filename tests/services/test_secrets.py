"""A server password (issue #14, case 10): never printed, logged, saved in the settings or put in a message;
kept in the system keyring when the machine has one, asked for at each start when it has none."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from app import config
from app.cli import main
from app.domain.errors import CivicError
from app.services import connection
from app.services.database import connect_server, open_database
from app.store import urls
from tests.conftest import MemoryKeyring, PgServer

PASSWORD = "Tr0ub4dor&3-s3cret"
_numbers = itertools.count(1)


@dataclass(frozen=True)
class Account:
    """A role that must give its password (the test server trusts only 'postgres'), owning a database."""

    url: str  # without the password
    with_password: str

    def url_with(self, password: str) -> str:
        return make_url(self.url).set(password=password).render_as_string(hide_password=False)


@pytest.fixture
def account(pg_server: PgServer) -> Iterator[Account]:
    name = f"{pg_server.prefix}_pw{next(_numbers)}"
    pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}'")
    pg_server.execute(f"CREATE DATABASE {name} OWNER {name}")
    url = pg_server.admin_url.set(username=name, database=name, password=None)
    plain = url.render_as_string(hide_password=False)
    try:
        yield Account(plain, url.set(password=PASSWORD).render_as_string(hide_password=False))
    finally:
        pg_server.drop(name)
        pg_server.execute(f"DROP ROLE IF EXISTS {name}")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture(autouse=True)
def _log_everything(caplog: pytest.LogCaptureFixture) -> None:
    """caplog.text: everything the app logged during the test, tracebacks included."""
    caplog.set_level(logging.DEBUG)


def _never(_where: str) -> str:
    raise AssertionError("no password should have been asked for")


# -- the command line -------------------------------------------------------------------------------------
def test_db_upgrade_with_a_password_in_the_url_never_prints_or_logs_it(
    account: Account, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    code, output = _run(capsys, "--db", account.with_password, "db", "upgrade")
    assert code == 0, output
    assert "upgraded" in output and make_url(account.url).username in output
    code, again = _run(capsys, "--db", account.with_password, "db", "current")
    assert code == 0 and "at head" in again
    assert PASSWORD not in output + again + caplog.text


def test_a_failing_connection_says_why_without_the_password(
    account: Account, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    elsewhere = make_url(account.with_password).set(host="no-such-host.invalid").render_as_string(False)
    code, output = _run(capsys, "--db", elsewhere, "db", "upgrade")
    assert code == 1 and output.count("\n") == 1
    assert "Cannot connect to" in output and "no-such-host.invalid" in output
    wrong = account.url_with("not-" + PASSWORD)
    code, refused = _run(capsys, "--db", wrong, "programs", "list")
    assert code == 1 and refused.count("\n") == 1 and "did not accept the password" in refused
    assert PASSWORD not in output + refused + caplog.text


@pytest.mark.parametrize(
    ("url", "says"),
    [
        (f"postgresql://kim:{PASSWORD}@db.office:port/civic", "cannot be read"),
        (f"mysql://kim:{PASSWORD}@db.office/civic", "not mysql"),
        (f"postgresql+pg8000://kim:{PASSWORD}@db.office/civic", "driver pg8000"),
        ("no url at all", "cannot be read"),
    ],
)
def test_a_url_the_app_cannot_use_is_one_line_with_the_password_masked(
    url: str, says: str, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    code, output = _run(capsys, "--db", url, "db", "upgrade")
    assert code == 1 and output.count("\n") == 1 and output.startswith("civic-tracker: ")
    assert says in output
    assert PASSWORD not in output + caplog.text
    if "kim" in url:  # the URL is repeated, so the user sees which one: masked, or without the password
        assert "kim:***@db.office" in output or "kim@db.office" in output


# -- the masking rule itself ----------------------------------------------------------------------------
def test_urls_are_shown_masked_and_kept_without_the_password() -> None:
    url = "postgresql+psycopg://kim:p%40ss%3Aw%2Frd@db.office:5432/civic"
    assert urls.shown(url) == "postgresql+psycopg://kim:***@db.office:5432/civic"
    assert urls.without_password(url) == "postgresql+psycopg://kim@db.office:5432/civic"
    assert urls.split_password(url) == ("postgresql+psycopg://kim@db.office:5432/civic", "p@ss:w/rd")
    assert urls.shown("postgresql://kim:p@ss@db:x/civic") == "postgresql://kim:***@db:x/civic"
    assert urls.scrub("auth for p@ss:w/rd (p%40ss%3Aw%2Frd) failed", "p@ss:w/rd") == "auth for *** (***) failed"


def test_a_driver_message_that_quotes_the_password_is_scrubbed() -> None:
    error = RuntimeError(f'invalid connection option "password={PASSWORD}"\nDETAIL: more')
    text = connection.plain_error(error, PASSWORD)
    assert PASSWORD not in text and "password=***" in text and "\n" not in text


# -- saving a connection, and the keyring -------------------------------------------------------------------
def test_saving_a_connection_puts_the_password_in_the_keyring_and_the_next_start_uses_it(
    account: Account, memory_keyring: MemoryKeyring
) -> None:
    assert connection.keyring_available()
    saved = connection.save_server_connection(account.with_password)
    assert saved == account.url
    on_disk = config.settings_path().read_text(encoding="utf-8")
    assert PASSWORD not in on_disk and account.url in on_disk
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    # The next start: the saved URL, the password from the keyring, nobody asked.
    db, report = open_database(config.database_url(), actor="kim", seed=False, ask_password=_never)
    try:
        assert report.created and PASSWORD not in db.url + db.describe()
    finally:
        db.dispose()
    # Going back to the local file forgets the server's password too.
    connection.forget_server_connection()
    assert memory_keyring.passwords == {}


def test_a_stale_keyring_password_is_replaced_by_the_one_that_worked(
    account: Account, memory_keyring: MemoryKeyring
) -> None:
    connection.remember_password(account.url, "an old password")
    asked: list[str] = []

    def ask(where: str) -> str:
        asked.append(where)
        return PASSWORD

    connect_server(account.url, "kim", None, ask).dispose()
    assert len(asked) == 1 and PASSWORD not in asked[0]
    assert connection.keyring_password(account.url) == PASSWORD


def test_without_a_usable_keyring_the_password_is_dropped_and_asked_for_at_each_start(account: Account) -> None:
    # The test machines' keyring is keyring.backends.fail (see conftest): like an office PC without one.
    assert not connection.keyring_available()
    connection.save_server_connection(account.url, PASSWORD)
    assert PASSWORD not in config.settings_path().read_text(encoding="utf-8")
    for _start in range(2):
        asked: list[str] = []

        def ask(where: str, asked: list[str] = asked) -> str:
            asked.append(where)
            return PASSWORD

        db, _ = open_database(config.database_url(), actor="kim", seed=False, ask_password=ask)
        db.dispose()
        assert len(asked) == 1
    with pytest.raises(CivicError, match="wants a password") as refused:
        open_database(config.database_url(), actor="kim", seed=False)
    assert PASSWORD not in str(refused.value)


@pytest.mark.parametrize("backend", ["null", "empty chain"])
def test_keyring_backends_that_keep_nothing_count_as_no_keyring(backend: str) -> None:
    import keyring
    from keyring.backends import chainer, null

    class EmptyChain(chainer.ChainerBackend):
        backends = []  # a machine where no backend is viable

    keyring.set_keyring(null.Keyring() if backend == "null" else EmptyChain())
    assert not connection.keyring_available()
    assert not connection.remember_password("postgresql+psycopg://kim@db/civic", PASSWORD)
    assert connection.keyring_password("postgresql+psycopg://kim@db/civic") is None


def test_a_locked_keyring_is_logged_without_the_password(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def locked(*_args: Any) -> None:
        raise RuntimeError(f"locked while storing {PASSWORD}")

    monkeypatch.setattr(memory_keyring, "set_password", locked)
    assert not connection.remember_password("postgresql+psycopg://kim@db/civic", PASSWORD)
    assert "Could not store the password for kim@db:5432/civic" in caplog.text
    assert PASSWORD not in caplog.text
