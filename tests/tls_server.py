"""A throwaway PostgreSQL server of the tests' own, with or without TLS, and its certificates.

The TLS tests need what the shared ``--engine=postgresql`` server does not give: a server
certificate signed by a CA made for the test, a second CA that did not sign it, and an
address of this machine that is not loopback. This module makes the certificates with
``cryptography``, runs ``initdb``/``pg_ctl`` from the PostgreSQL binaries it finds (as the
``postgres`` user when the tests run as root, since postgres refuses root), and stops and
deletes the cluster afterwards. It listens on loopback and on that one other address only,
and asks for a password (random, per run) even there.
"""

from __future__ import annotations

import array
import contextlib
import datetime as dt
import ipaddress
import os
import secrets
import shutil
import socket
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

BIN_VARIABLE = "COORDINATOR_TEST_PG_BIN"
ADDRESS_VARIABLE = "COORDINATOR_TEST_TLS_ADDRESS"
USER = "postgres"


class CannotStart(Exception):
    """The server cannot be started here; the sentence says what is missing."""


@dataclass(frozen=True)
class Authority:
    """A certificate authority made for one run: its certificate file and signing key."""

    name: str
    certificate: x509.Certificate
    key: ec.EllipticCurvePrivateKey
    path: Path


@dataclass(frozen=True)
class RunningServer:
    """A started cluster: where it listens and the password of its ``postgres`` user."""

    address: str
    port: int
    password: str
    tls: bool

    def url(self, host: str | None = None, query: str = "") -> str:
        """A ``postgresql+psycopg`` URL of its ``postgres`` database, at ``host``."""
        where = host or self.address
        if ":" in where:
            where = f"[{where}]"
        suffix = f"?{query}" if query else ""
        return (f"postgresql+psycopg://{USER}:{self.password}@{where}:{self.port}/postgres"
                f"{suffix}")


def postgres_binaries() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``: ``COORDINATOR_TEST_PG_BIN``, Debian's
    newest ``/usr/lib/postgresql/N/bin``, or the one on ``PATH``."""
    named = os.environ.get(BIN_VARIABLE, "").strip()
    candidates = [Path(named)] if named else []
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = [folder / "bin" for folder in debian.iterdir() if folder.name.isdigit()]
        candidates += sorted(versions, key=lambda folder: int(folder.parent.name), reverse=True)
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise CannotStart("no PostgreSQL server binaries (initdb, pg_ctl) found: install "
                      f"PostgreSQL or set {BIN_VARIABLE} to their folder")


def non_loopback_address() -> str:
    """An IPv4 address of this machine that is not loopback (``COORDINATOR_TEST_TLS_ADDRESS``
    first; .ci/run adds one on a dummy interface when the machine has none)."""
    named = os.environ.get(ADDRESS_VARIABLE, "").strip()
    if named:
        return named
    for _index, name in socket.if_nameindex():
        address = _ipv4_of(name)
        if address is not None and not address.is_loopback and not address.is_link_local:
            return str(address)
    raise CannotStart("this machine has no IPv4 address besides loopback: add one (as root, "
                      "ip link add coordtest0 type dummy; ip addr add 10.213.0.1/32 dev "
                      f"coordtest0; ip link set coordtest0 up) or set {ADDRESS_VARIABLE}")


def _ipv4_of(interface: str) -> ipaddress.IPv4Address | None:
    """The interface's IPv4 address, asked of the Linux kernel (SIOCGIFADDR)."""
    try:
        import fcntl  # Unix only
    except ImportError:
        raise CannotStart("cannot list this machine's addresses here: set "
                          f"{ADDRESS_VARIABLE} to one that is not loopback") from None
    siocgifaddr = 0x8915
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        request = array.array("B", struct.pack("256s", interface.encode()[:15]))
        try:
            fcntl.ioctl(probe.fileno(), siocgifaddr, request)
        except OSError:
            return None  # no IPv4 address on it
    return ipaddress.IPv4Address(bytes(request[20:24]))


def make_authority(folder: Path, name: str) -> Authority:
    """A self-signed CA, its certificate written to ``folder/<name>.crt``."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256()))
    path = folder / f"{name.replace(' ', '-').lower()}.crt"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return Authority(name, certificate, key, path)


def issue_server_certificate(authority: Authority, folder: Path,
                             addresses: list[str]) -> tuple[Path, Path]:
    """A server certificate for ``addresses`` (and ``localhost``) signed by ``authority``;
    returns the certificate and key files."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    names: list[x509.GeneralName] = [x509.DNSName("localhost")]
    names += [x509.IPAddress(ipaddress.ip_address(address)) for address in addresses]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, addresses[0])]))
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            authority.key.public_key()), critical=False)
        .sign(authority.key, hashes.SHA256()))
    certificate_path = folder / "server.crt"
    key_path = folder / "server.key"
    certificate_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return certificate_path, key_path


class ThrowawayCluster:
    """``initdb`` in a new temporary folder, started with or without TLS, then deleted."""

    def __init__(self, address: str, *, tls: bool, authority: Authority | None = None) -> None:
        self.bin = postgres_binaries()
        self.address = address
        self.tls = tls
        self.authority = authority
        self.as_root = getattr(os, "geteuid", lambda: -1)() == 0
        if self.as_root:
            import pwd  # Unix only, as is running as root

            try:
                self.owner = pwd.getpwnam(USER)
            except KeyError:
                raise CannotStart("running as root and there is no 'postgres' user to own "
                                  "the cluster (postgres refuses to run as root)") from None
        # Not under pytest's own temporary folder: it is private to the user running the
        # tests, and the cluster's owner must reach its files.
        self.root = Path(tempfile.mkdtemp(prefix="coordinator-tls-pg."))
        self.data = self.root / "data"
        self.password = secrets.token_urlsafe(18)
        self.port = 0

    def start(self) -> RunningServer:
        try:
            return self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> RunningServer:
        password_file = self.root / "password"
        password_file.write_text(self.password + "\n", encoding="utf-8")
        settings = [f"listen_addresses=127.0.0.1,{self.address}",
                    f"unix_socket_directories={self.root}",
                    "fsync=off", "synchronous_commit=off", "full_page_writes=off"]
        if self.tls:
            assert self.authority is not None
            certificate, key = issue_server_certificate(self.authority, self.root,
                                                        [self.address, "127.0.0.1"])
            key.chmod(0o600)
            settings += ["ssl=on", f"ssl_cert_file={certificate}", f"ssl_key_file={key}"]
        else:
            settings.append("ssl=off")
        self._give_to_owner(self.root)
        self._run(str(self.bin / "initdb"), f"--pgdata={self.data}", f"--username={USER}",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--auth=scram-sha-256",
                  f"--pwfile={password_file}", "--no-sync")
        # Only this machine's own two addresses may connect, each with the password.
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"local all all scram-sha-256\n"
                       f"host all all 127.0.0.1/32 scram-sha-256\n"
                       f"host all all {self.address}/32 scram-sha-256\n", encoding="utf-8")
        self._give_to_owner(hba)
        self.port = _free_port(self.address)
        options = " ".join(f"-c {setting}" for setting in [f"port={self.port}", *settings])
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                      str(self.root / "server.log"), "-w", "-t", "60", "-o", options, "start")
        except CannotStart as problem:
            log = self.root / "server.log"
            detail = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
            raise CannotStart(f"{problem}\n{detail}") from None
        return RunningServer(self.address, self.port, self.password, self.tls)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            # Already gone is fine: the folder goes below either way.
            with contextlib.suppress(CannotStart):
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _give_to_owner(self, path: Path) -> None:
        if not self.as_root:
            return
        for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
            os.chown(item, self.owner.pw_uid, self.owner.pw_gid)

    def _run(self, *command: str) -> None:
        if self.as_root:
            command = ("runuser", "-u", USER, "--", *command)
        # From /, which the owner can always reach (initdb fails in a folder it cannot read).
        done = subprocess.run(command, cwd="/", capture_output=True, text=True, check=False)
        if done.returncode != 0:
            program = Path(command[4] if self.as_root else command[0]).name
            raise CannotStart(f"{program} failed: {done.stderr.strip() or done.stdout.strip()}")


def _free_port(address: str) -> int:
    """A port free on both loopback and ``address`` (as postgres binds them)."""
    for _attempt in range(50):
        with socket.socket() as probe:
            probe.bind((address, 0))
            port: int = probe.getsockname()[1]
        with socket.socket() as loopback:
            loopback.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                loopback.bind(("127.0.0.1", port))
            except OSError:
                continue
        return port
    raise CannotStart("no port free on both loopback and the machine's address")
