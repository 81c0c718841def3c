"""The TLS policy on its own: which server is on this computer, what a URL gets, what is
refused and what warned, from URLs and environments written out here (no server)."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from coordinator.domain.errors import StoreUnavailable
from coordinator.store.transport import (
    ConnectionPlan,
    WorkstationPolicy,
    is_loopback,
    plan_connection,
    server_hosts,
    tls_failure_sentence,
    warning_after_connect,
    workstation_policy,
)

REQUIRED = WorkstationPolicy(require_verified_tls=True)
NOTHING_SET: dict[str, str] = {}


@pytest.mark.parametrize("host", [
    "", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LocalHost", "localhost.",
    "::ffff:127.0.0.1", "/var/run/postgresql", "/tmp", "@abstract-socket",
    r"C:\ProgramData\PostgreSQL", "C:/sockets",
])
def test_hosts_on_this_computer(host: str) -> None:
    assert is_loopback(host) is True


@pytest.mark.parametrize("host", [
    "10.213.0.1", "192.168.1.20", "db.clinic.example", "localhost.clinic.example",
    "128.0.0.1", "::2", "fe80::1", "0.0.0.0", "clinic-db",
])
def test_hosts_across_the_network(host: str) -> None:
    assert is_loopback(host) is False


@given(st.ip_addresses(v=4))
def test_an_ipv4_address_is_on_this_computer_exactly_when_it_is_in_127_0_0_0_8(
        address: ipaddress.IPv4Address) -> None:
    assert is_loopback(str(address)) is (address in ipaddress.ip_network("127.0.0.0/8"))


def test_the_hosts_libpq_reaches_hostaddr_before_host_url_before_environment() -> None:
    environ = {"PGHOST": "db.clinic.example"}
    assert server_hosts(make_url("postgresql+psycopg://u@10.0.0.5/db"), environ) == ("10.0.0.5",)
    assert server_hosts(make_url("postgresql+psycopg://u@name.example/db?hostaddr=127.0.0.1"),
                        environ) == ("127.0.0.1",)
    assert server_hosts(make_url("postgresql+psycopg://u@/db?host=/var/run/postgresql"),
                        environ) == ("/var/run/postgresql",)
    assert server_hosts(make_url("postgresql+psycopg://u@/db?host=a:5432&host=[::1]:5433"),
                        environ) == ("a", "::1")
    assert server_hosts(make_url("postgresql+psycopg://u@/db"), environ) == (
        "db.clinic.example",)
    assert server_hosts(make_url("postgresql+psycopg://u@/db"), NOTHING_SET) == ("",)


def test_a_url_without_sslmode_gets_require_for_another_computer_only() -> None:
    remote = plan_connection(make_url("postgresql+psycopg://u@10.0.0.5/db"), WorkstationPolicy(),
                             NOTHING_SET)
    assert remote.connect_args == {"sslmode": "require"}
    assert remote.leaves_machine is True
    local = plan_connection(make_url("postgresql+psycopg://u@localhost/db"), WorkstationPolicy(),
                            NOTHING_SET)
    assert local.connect_args == {}
    socket = plan_connection(make_url("postgresql+psycopg://u@/db"), WorkstationPolicy(),
                             NOTHING_SET)
    assert socket.connect_args == {}


def test_what_the_url_the_environment_or_a_service_file_says_is_never_overridden() -> None:
    policy = WorkstationPolicy()
    said = plan_connection(make_url("postgresql+psycopg://u@10.0.0.5/db?sslmode=disable"), policy,
                           NOTHING_SET)
    assert (said.connect_args, said.sslmode) == ({}, "disable")
    environment = plan_connection(make_url("postgresql+psycopg://u@10.0.0.5/db"), policy,
                                  {"PGSSLMODE": "verify-full"})
    assert (environment.connect_args, environment.sslmode) == ({}, "verify-full")
    service = plan_connection(make_url("postgresql+psycopg://u@10.0.0.5/db?service=clinic"),
                              policy, NOTHING_SET)
    assert service.connect_args == {}


def test_a_workstation_requiring_tls_refuses_anything_but_verify_full_across_the_network(
        ) -> None:
    for query in ("", "?sslmode=require", "?sslmode=verify-ca", "?service=clinic"):
        with pytest.raises(StoreUnavailable, match=r"requires a verified encrypted connection"):
            plan_connection(make_url(f"postgresql+psycopg://u@db.clinic.example/db{query}"),
                            REQUIRED, NOTHING_SET)
    verified = plan_connection(
        make_url("postgresql+psycopg://u@db.clinic.example/db?sslmode=verify-full"
                 "&sslrootcert=C:%5CCoordinator%5Cclinic-ca.crt"), REQUIRED, NOTHING_SET)
    assert verified.required is True
    assert verified.connect_args == {}
    local = plan_connection(make_url("postgresql+psycopg://u@127.0.0.1/db?sslmode=disable"),
                            REQUIRED, NOTHING_SET)
    assert local.required is False


@pytest.mark.parametrize(("value", "required"), [
    ("1", True), ("true", True), ("YES", True), (" on ", True),
    ("0", False), ("", False), ("false", False), ("no", False), ("off", False),
])
def test_the_setting_reads_the_usual_words(value: str, required: bool) -> None:
    assert workstation_policy({"COORDINATOR_REQUIRE_TLS": value}).require_verified_tls is required
    assert workstation_policy(NOTHING_SET).require_verified_tls is False


def test_an_unclear_setting_is_refused_in_a_sentence_saying_what_to_write() -> None:
    with pytest.raises(StoreUnavailable) as refused:
        workstation_policy({"COORDINATOR_REQUIRE_TLS": "maybe"})
    assert refused.value.message == (
        "COORDINATOR_REQUIRE_TLS is 'maybe'; set it to 1 to require verified encrypted "
        "connections to the database server, or to 0 (or remove it) not to.")


def _plan(sslmode: str | None, *, leaves: bool = True, required: bool = False) -> ConnectionPlan:
    return ConnectionPlan(server="10.0.0.5", leaves_machine=leaves, sslmode=sslmode,
                          required=required)


def test_the_warning_follows_what_the_server_answered() -> None:
    assert warning_after_connect(_plan(None), tls_in_use=True) is None
    assert warning_after_connect(_plan("verify-full"), tls_in_use=True) is None
    plain = warning_after_connect(_plan("disable"), tls_in_use=False)
    assert plain is not None and plain.encrypted is False
    fallback = warning_after_connect(_plan("prefer"), tls_in_use=True)
    assert fallback is not None and fallback.encrypted is True
    assert fallback.sentence.startswith("The connection to the database server at 10.0.0.5 "
                                        "may fall back to an unencrypted one (sslmode=prefer)")
    assert warning_after_connect(_plan("disable", leaves=False), tls_in_use=False) is None
    with pytest.raises(StoreUnavailable, match="which this workstation requires"):
        warning_after_connect(_plan("verify-full", required=True), tls_in_use=False)


def test_libpq_words_for_other_failures_are_left_to_the_general_sentence() -> None:
    url = make_url("postgresql+psycopg://u@10.0.0.5/db")
    assert tls_failure_sentence(url, WorkstationPolicy(), "connection refused",
                                NOTHING_SET) is None
    system = make_url("postgresql+psycopg://u@10.0.0.5:6432/db?sslmode=verify-full"
                      "&sslrootcert=system")
    assert tls_failure_sentence(system, WorkstationPolicy(),
                                "SSL error: certificate verify failed", NOTHING_SET) == (
        "The database server at 10.0.0.5:6432 presented a certificate that the system's "
        "trusted certificate authorities do not vouch for (certificate verify failed); set "
        "sslrootcert= in the database URL to the path of the clinic's CA certificate that "
        "signed the server's.")
