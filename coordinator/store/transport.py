"""How the connection to a PostgreSQL server travels: TLS by the workstation's policy.

Pure functions, no connection made here: from the database URL and the workstation's policy
they decide the connect arguments (``sslmode=require`` for a server on another computer
when the URL says nothing), whether to refuse before a password leaves the machine, and
which warning to give once the server has answered with or without TLS.

A server on this computer (loopback addresses, ``localhost``, a Unix socket) is exempt:
its traffic never crosses the network, and an SSH tunnel arrives there too. The
administrator's setting ``COORDINATOR_REQUIRE_TLS=1`` (an environment variable of the
workstation: the setting must hold before the database it protects is reached, so it
cannot live in that database) makes certificate verification (``sslmode=verify-full``)
mandatory for every other server.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.engine import URL

from coordinator.domain.errors import StoreUnavailable

REQUIRE_TLS_VAR = "COORDINATOR_REQUIRE_TLS"
#: libpq's modes, weakest first.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: Modes that let the connection go unencrypted when the server (or someone between) says so.
FALLBACK_MODES = ("disable", "allow", "prefer")
VERIFIED_MODE = "verify-full"
DEFAULT_REMOTE_MODE = "require"
URL_ADVICE = "?sslmode=verify-full&sslrootcert= and the path of the clinic's CA certificate"

_ON = ("1", "true", "yes", "on")
_OFF = ("", "0", "false", "no", "off")
# A Windows path to a socket folder ("C:\..." or "C:/..."), as libpq reads one.
_WINDOWS_PATH = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True)
class WorkstationPolicy:
    """What the administrator of this workstation requires of database connections."""

    require_verified_tls: bool = False


@dataclass(frozen=True)
class ConnectionPlan:
    """How to connect to one server: the arguments to add and what to check afterwards."""

    server: str
    """The host (or hosts) as a sentence names them."""
    leaves_machine: bool
    """Whether the connection crosses the network (not loopback, not a Unix socket)."""
    sslmode: str | None
    """The mode the URL (or ``PGSSLMODE``) asks for; None when neither says."""
    required: bool
    """Whether the workstation requires a verified encrypted connection to this server."""
    connect_args: dict[str, str] = field(default_factory=dict)
    """Added to the driver's connect arguments (never overriding what the URL says)."""


@dataclass(frozen=True)
class TransportWarning:
    """A connection that crosses the network unprotected, for the status bar and the CLI."""

    server: str
    encrypted: bool
    """True when this connection is encrypted but the URL lets a later one fall back."""
    sslmode: str | None

    @property
    def sentence(self) -> str:
        """The warning in English (the app words it in the user's language itself)."""
        if self.encrypted:
            return (f"The connection to the database server at {self.server} may fall back "
                    f"to an unencrypted one (sslmode={self.sslmode}); add {URL_ADVICE} to "
                    "the database URL.")
        return (f"The connection to the database server at {self.server} is not encrypted: "
                "anyone on the network between can read the records; add "
                f"{URL_ADVICE} to the database URL.")


def workstation_policy(environ: Mapping[str, str] | None = None) -> WorkstationPolicy:
    """The policy ``COORDINATOR_REQUIRE_TLS`` sets (1/true/yes/on; 0/false/no/off or unset).

    Raises:
        StoreUnavailable: any other value; guessing either way could be wrong, and the
            sentence says what to write.
    """
    env = os.environ if environ is None else environ
    raw = env.get(REQUIRE_TLS_VAR, "")
    value = raw.strip().casefold()
    if value in _ON:
        return WorkstationPolicy(require_verified_tls=True)
    if value in _OFF:
        return WorkstationPolicy()
    raise StoreUnavailable(
        f"{REQUIRE_TLS_VAR} is '{raw}'; set it to 1 to require verified encrypted "
        "connections to the database server, or to 0 (or remove it) not to.")


def is_loopback(host: str) -> bool:
    """Whether ``host`` keeps the connection on this computer: empty (libpq's default
    socket), a Unix socket folder, ``localhost``, 127.0.0.0/8 or ::1."""
    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host or host.startswith(("/", "@")) or _WINDOWS_PATH.match(host):
        return True
    if host.casefold().rstrip(".") == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False  # a name: it may resolve anywhere
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def server_hosts(url: URL, environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The hosts libpq will reach for ``url``: ``hostaddr`` before ``host`` (it is where the
    connection goes), the URL before ``PGHOSTADDR``/``PGHOST``; "" for the default socket."""
    env = os.environ if environ is None else environ
    for found in (_query_values(url, "hostaddr"), _query_values(url, "host"),
                  (url.host,) if url.host else ()):
        if found:
            return tuple(_without_port(value) for part in found for value in part.split(","))
    for variable in ("PGHOSTADDR", "PGHOST"):
        if env.get(variable, "").strip():
            return tuple(value.strip() for value in env[variable].split(","))
    return ("",)


def plan_connection(url: URL, policy: WorkstationPolicy,
                    environ: Mapping[str, str] | None = None) -> ConnectionPlan:
    """How to connect to the server of ``url`` under ``policy``.

    Raises:
        StoreUnavailable: the workstation requires verified TLS and the URL asks for less
            (or says nothing), refused before anything is sent.
    """
    env = os.environ if environ is None else environ
    hosts = server_hosts(url, env)
    leaves = not all(is_loopback(host) for host in hosts)
    server = ", ".join(host or "localhost" for host in hosts)
    sslmode = _first(_query_values(url, "sslmode")) or env.get("PGSSLMODE", "").strip() or None
    required = policy.require_verified_tls and leaves
    if required and sslmode != VERIFIED_MODE:
        asked = f"asks for sslmode={sslmode}" if sslmode else "does not ask for it"
        raise StoreUnavailable(
            f"This workstation requires a verified encrypted connection to the database "
            f"server ({REQUIRE_TLS_VAR}=1), but the URL for {server} {asked}; add "
            f"{URL_ADVICE} to the database URL.")
    connect_args: dict[str, str] = {}
    # A service file may set its own sslmode, which an argument here would override.
    named_service = bool(_query_values(url, "service") or env.get("PGSERVICE", "").strip())
    if leaves and sslmode is None and not named_service:
        connect_args["sslmode"] = DEFAULT_REMOTE_MODE
    return ConnectionPlan(server=server, leaves_machine=leaves, sslmode=sslmode,
                          required=required, connect_args=connect_args)


def warning_after_connect(plan: ConnectionPlan, tls_in_use: bool) -> TransportWarning | None:
    """What to tell the user once the server has answered, with or without TLS.

    Raises:
        StoreUnavailable: TLS is required and the server answered without it (libpq
            refuses that itself under verify-full; this holds whatever the driver did).
    """
    if not plan.leaves_machine:
        return None
    if not tls_in_use:
        if plan.required:
            raise StoreUnavailable(_no_tls_sentence(plan.server, required=True))
        return TransportWarning(plan.server, encrypted=False, sslmode=plan.sslmode)
    if plan.sslmode in FALLBACK_MODES:
        return TransportWarning(plan.server, encrypted=True, sslmode=plan.sslmode)
    return None


def tls_failure_sentence(url: URL, policy: WorkstationPolicy, message: str,
                         environ: Mapping[str, str] | None = None) -> str | None:
    """A refused TLS handshake in words, from libpq's message; None for other failures.

    libpq reports these as connection failures with no error code (no SQLSTATE: the
    server never answered a query), so its own words are all there is to tell them apart;
    they are matched here, once.
    """
    env = os.environ if environ is None else environ
    where = f"{', '.join(host or 'localhost' for host in server_hosts(url, env))}:" \
            f"{url.port or 5432}"
    ca_file = (_first(_query_values(url, "sslrootcert")) or env.get("PGSSLROOTCERT", "").strip()
               or os.path.join("~", ".postgresql", "root.crt"))
    missing = re.search(r'root certificate file "([^"]+)" does not exist', message)
    if missing:
        return (f"The CA certificate file {missing.group(1)} does not exist; set sslrootcert= "
                "in the database URL to the path of the clinic's CA certificate.")
    if "certificate verify failed" in message:
        trusted = ("the system's trusted certificate authorities do" if ca_file == "system"
                   else f"the CA file {ca_file} does")
        return (f"The database server at {where} presented a certificate that {trusted} not "
                "vouch for (certificate verify failed); set sslrootcert= in the database URL "
                "to the path of the clinic's CA certificate that signed the server's.")
    mismatch = re.search(r"server certificate for .*? does not match host name \"[^\"]*\"",
                         message)
    if mismatch:
        return (f"The database server at {where} presented a certificate made out to another "
                f"name ({mismatch.group(0)}); connect by a name the certificate carries, or "
                "have the clinic's CA issue the server a certificate for this one.")
    if "server does not support SSL" in message:
        required = policy.require_verified_tls
        return _no_tls_sentence(where, required=required)
    return None


def _no_tls_sentence(where: str, *, required: bool) -> str:
    if required:
        return (f"The database server at {where} does not offer encrypted connections, which "
                f"this workstation requires ({REQUIRE_TLS_VAR}=1); turn on ssl in the "
                "server's postgresql.conf with a certificate from the clinic's CA.")
    return (f"The database server at {where} does not offer encrypted connections, which "
            "Coordinator asks of a server on another computer; turn on ssl in the server's "
            "postgresql.conf, or add ?sslmode=disable to the database URL to connect "
            "unencrypted anyway.")


def _query_values(url: URL, key: str) -> tuple[str, ...]:
    value = url.query.get(key)
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _first(values: tuple[str, ...]) -> str | None:
    return values[0].strip() if values and values[0].strip() else None


def _without_port(host: str) -> str:
    """``host:port`` as SQLAlchemy's multi-host query gives it, without the port."""
    host = host.strip()
    if host.startswith("["):
        return host[1:host.index("]")] if "]" in host else host
    if host.count(":") == 1 and not _WINDOWS_PATH.match(host):
        return host.split(":", 1)[0]
    return host
