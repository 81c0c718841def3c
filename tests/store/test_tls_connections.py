"""TLS to a real PostgreSQL server on this machine's non-loopback address.

The module starts its own throwaway clusters (tests/tls_server.py): one with a server
certificate signed by a CA made here, one without TLS. Where none can be started (no
PostgreSQL binaries, no address besides loopback) the tests skip saying why, except on the
``--engine=postgresql`` leg, which .ci/run sets up for them: there they fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from tls_server import (
    Authority,
    CannotStart,
    RunningServer,
    ThrowawayCluster,
    make_authority,
    non_loopback_address,
)

from coordinator.cli import main
from coordinator.domain.errors import StoreUnavailable
from coordinator.store.engine import Database, open_database

CLINIC_CA = "Clinic Test CA"
OTHER_CA = "Other Clinic CA"


def _cannot_run(config: pytest.Config, reason: str) -> None:
    if config.getoption("engine") == "postgresql":
        pytest.fail(f"The TLS tests must run on the PostgreSQL leg: {reason}", pytrace=False)
    pytest.skip(f"TLS tests need a PostgreSQL server of their own: {reason}")


@pytest.fixture(scope="module")
def authorities(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Authority]:
    folder = tmp_path_factory.mktemp("certificates")
    return {name: make_authority(folder, name) for name in (CLINIC_CA, OTHER_CA)}


@pytest.fixture(scope="module")
def address(pytestconfig: pytest.Config) -> str:
    try:
        return non_loopback_address()
    except CannotStart as problem:
        _cannot_run(pytestconfig, str(problem))
        raise


def _started(config: pytest.Config, address: str, *, tls: bool,
             authority: Authority | None = None) -> Iterator[RunningServer]:
    try:
        cluster = ThrowawayCluster(address, tls=tls, authority=authority)
        server = cluster.start()
    except CannotStart as problem:
        _cannot_run(config, str(problem))
        raise
    try:
        yield server
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def tls_server(pytestconfig: pytest.Config, address: str,
               authorities: dict[str, Authority]) -> Iterator[RunningServer]:
    """A server with ssl=on and a certificate for ``address`` and 127.0.0.1 from CLINIC_CA."""
    yield from _started(pytestconfig, address, tls=True, authority=authorities[CLINIC_CA])


@pytest.fixture(scope="module")
def plain_server(pytestconfig: pytest.Config, address: str) -> Iterator[RunningServer]:
    """A server with ssl=off."""
    yield from _started(pytestconfig, address, tls=False)


@pytest.fixture(autouse=True)
def workstation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """No TLS setting of the machine running the tests leaks in; a test sets its own."""
    for variable in ("COORDINATOR_REQUIRE_TLS", "PGSSLMODE", "PGHOST", "PGHOSTADDR",
                     "PGSERVICE", "COORDINATOR_DB"):
        monkeypatch.delenv(variable, raising=False)
    # Not the runner's ~/.postgresql/root.crt: where one exists, libpq turns sslmode=require
    # into verify-ca against it.
    monkeypatch.setenv("PGSSLROOTCERT", str(tmp_path / "no-default-ca.crt"))
    return monkeypatch


def _encrypted(db: Database) -> bool:
    """What the server itself says of this connection (pg_stat_ssl)."""
    with db.engine.connect() as connection:
        return bool(connection.execute(text(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar_one())


def _refusal(url: str) -> str:
    with pytest.raises(StoreUnavailable) as refused:
        open_database(url)
    return refused.value.message


# --- a server with TLS ---------------------------------------------------------------------

def test_verified_connection_with_the_clinic_ca_is_encrypted_and_gives_no_warning(
        tls_server: RunningServer, authorities: dict[str, Authority],
        workstation: pytest.MonkeyPatch) -> None:
    workstation.setenv("COORDINATOR_REQUIRE_TLS", "1")
    ca = authorities[CLINIC_CA].path
    db = open_database(tls_server.url(query=f"sslmode=verify-full&sslrootcert={ca}"))
    try:
        assert _encrypted(db) is True
        assert db.transport_warning is None
    finally:
        db.dispose()


def test_a_url_without_sslmode_to_another_computer_is_encrypted(
        tls_server: RunningServer) -> None:
    db = open_database(tls_server.url())
    try:
        assert _encrypted(db) is True
        assert db.transport_warning is None
    finally:
        db.dispose()


def test_a_certificate_the_configured_ca_did_not_sign_is_refused_in_words(
        tls_server: RunningServer, authorities: dict[str, Authority]) -> None:
    other = authorities[OTHER_CA].path
    message = _refusal(tls_server.url(query=f"sslmode=verify-full&sslrootcert={other}"))
    assert message == (
        f"The database server at {tls_server.address}:{tls_server.port} presented a "
        f"certificate that the CA file {other} does not vouch for (certificate verify "
        "failed); set sslrootcert= in the database URL to the path of the clinic's CA "
        "certificate that signed the server's.")


def test_a_certificate_made_out_to_another_name_is_refused_in_words(
        tls_server: RunningServer, authorities: dict[str, Authority]) -> None:
    ca = authorities[CLINIC_CA].path
    # Reached at 127.0.0.1 but asked for by a name its certificate does not carry.
    url = (f"postgresql+psycopg://postgres:{tls_server.password}@records.clinic.invalid:"
           f"{tls_server.port}/postgres?hostaddr=127.0.0.1&sslmode=verify-full&sslrootcert={ca}")
    message = _refusal(url)
    assert message.startswith(f"The database server at 127.0.0.1:{tls_server.port} presented "
                              "a certificate made out to another name (server certificate for ")
    assert 'does not match host name "records.clinic.invalid"' in message
    assert message.endswith("; connect by a name the certificate carries, or have the "
                            "clinic's CA issue the server a certificate for this one.")


def test_a_ca_file_that_is_not_there_is_named(tls_server: RunningServer, tmp_path: Path) -> None:
    absent = tmp_path / "clinic-ca.crt"
    message = _refusal(tls_server.url(query=f"sslmode=verify-full&sslrootcert={absent}"))
    assert message == (f"The CA certificate file {absent} does not exist; set sslrootcert= in "
                       "the database URL to the path of the clinic's CA certificate.")


def test_a_plain_connection_to_another_computer_warns(tls_server: RunningServer) -> None:
    db = open_database(tls_server.url(query="sslmode=disable"))
    try:
        assert _encrypted(db) is False
        assert db.transport_warning is not None
        assert db.transport_warning.encrypted is False
        assert db.transport_warning.sentence == (
            f"The connection to the database server at {tls_server.address} is not "
            "encrypted: anyone on the network between can read the records; add "
            "?sslmode=verify-full&sslrootcert= and the path of the clinic's CA certificate "
            "to the database URL.")
    finally:
        db.dispose()


def test_prefer_warns_that_a_connection_may_fall_back(tls_server: RunningServer) -> None:
    db = open_database(tls_server.url(query="sslmode=prefer"))
    try:
        assert _encrypted(db) is True
        assert db.transport_warning is not None
        assert db.transport_warning.encrypted is True
        assert "may fall back to an unencrypted one (sslmode=prefer)" in \
            db.transport_warning.sentence
    finally:
        db.dispose()


@pytest.mark.parametrize(("query", "asked"), [
    ("sslmode=disable", "asks for sslmode=disable"),
    ("sslmode=require", "asks for sslmode=require"),
    ("", "does not ask for it"),
])
def test_a_workstation_requiring_tls_refuses_a_weaker_url_before_connecting(
        tls_server: RunningServer, workstation: pytest.MonkeyPatch, query: str,
        asked: str) -> None:
    workstation.setenv("COORDINATOR_REQUIRE_TLS", "1")
    message = _refusal(tls_server.url(query=query))
    assert message == (
        "This workstation requires a verified encrypted connection to the database server "
        f"(COORDINATOR_REQUIRE_TLS=1), but the URL for {tls_server.address} {asked}; add "
        "?sslmode=verify-full&sslrootcert= and the path of the clinic's CA certificate to the "
        "database URL.")


def test_a_plain_connection_over_loopback_is_quiet_even_when_tls_is_required(
        tls_server: RunningServer, workstation: pytest.MonkeyPatch) -> None:
    workstation.setenv("COORDINATOR_REQUIRE_TLS", "1")
    db = open_database(tls_server.url(host="127.0.0.1", query="sslmode=disable"))
    try:
        assert _encrypted(db) is False
        assert db.transport_warning is None
    finally:
        db.dispose()


# --- a server without TLS ------------------------------------------------------------------

def test_a_server_without_tls_is_refused_in_words_when_the_url_says_nothing(
        plain_server: RunningServer) -> None:
    message = _refusal(plain_server.url())
    assert message == (
        f"The database server at {plain_server.address}:{plain_server.port} does not offer "
        "encrypted connections, which Coordinator asks of a server on another computer; turn "
        "on ssl in the server's postgresql.conf, or add ?sslmode=disable to the database URL "
        "to connect unencrypted anyway.")


def test_a_server_answering_without_tls_under_prefer_warns(plain_server: RunningServer) -> None:
    db = open_database(plain_server.url(query="sslmode=prefer"))
    try:
        assert db.transport_warning is not None
        assert db.transport_warning.encrypted is False
    finally:
        db.dispose()


def test_a_server_without_tls_is_refused_when_the_workstation_requires_it(
        plain_server: RunningServer, authorities: dict[str, Authority],
        workstation: pytest.MonkeyPatch) -> None:
    workstation.setenv("COORDINATOR_REQUIRE_TLS", "1")
    ca = authorities[CLINIC_CA].path
    message = _refusal(plain_server.url(query=f"sslmode=verify-full&sslrootcert={ca}"))
    assert message == (
        f"The database server at {plain_server.address}:{plain_server.port} does not offer "
        "encrypted connections, which this workstation requires (COORDINATOR_REQUIRE_TLS=1); "
        "turn on ssl in the server's postgresql.conf with a certificate from the clinic's CA.")


# --- the command line ------------------------------------------------------------------------

def _new_database(server: RunningServer, name: str) -> str:
    """A new empty database on ``server`` (over loopback); returns its name."""
    with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres",
                         password=server.password, dbname="postgres",
                         autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return name


def test_the_command_line_warns_once_on_stderr_about_a_plain_connection(
        tls_server: RunningServer, capsys: pytest.CaptureFixture[str]) -> None:
    name = _new_database(tls_server, "coordinator_cli_plain")
    url = tls_server.url(query="sslmode=disable").replace("/postgres?", f"/{name}?")
    assert main(["--db", url, "db", "upgrade"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Upgraded the schema from empty to ")
    assert err.splitlines() == [
        f"coordinator: warning: The connection to the database server at "
        f"{tls_server.address} is not encrypted: anyone on the network between can read the "
        "records; add ?sslmode=verify-full&sslrootcert= and the path of the clinic's CA "
        "certificate to the database URL."]
    # Another command, which opens the database its own way: one line again.
    assert main(["--db", url, "audit", "checkpoint"]) == 0
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_the_command_line_refuses_a_plain_url_when_tls_is_required(
        tls_server: RunningServer, workstation: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    workstation.setenv("COORDINATOR_REQUIRE_TLS", "1")
    assert main(["--db", tls_server.url(query="sslmode=disable"), "db", "upgrade"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "coordinator: This workstation requires a verified encrypted connection to the "
        f"database server (COORDINATOR_REQUIRE_TLS=1), but the URL for {tls_server.address} "
        "asks for sslmode=disable; add ?sslmode=verify-full&sslrootcert= and the path of the "
        "clinic's CA certificate to the database URL."]
