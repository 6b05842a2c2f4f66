"""A throwaway local PostgreSQL server for tests: initdb + pg_ctl on a free port, trust auth, 127.0.0.1 only.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user, in a directory
owned by it. Usage:

    binaries = find_binaries()          # None: skip the test
    with running_postgres(binaries) as server:
        env["PG_CONN_STR"] = server.conn_str()
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SERVICE_USER = "postgres"
_SEARCH_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


@dataclass(frozen=True)
class PostgresBinaries:
    initdb: Path
    pg_ctl: Path
    psql: Path | None


def find_binaries() -> PostgresBinaries | None:
    """initdb and pg_ctl from PATH or /usr/lib/postgresql/<version>/bin; psql from the same directory."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        home = Path(initdb).resolve().parent
        psql = home / "psql" if (home / "psql").exists() else None
        return PostgresBinaries(Path(initdb), Path(pg_ctl), psql or _which("psql"))
    for home in _SEARCH_DIRS:
        if (home / "initdb").exists() and (home / "pg_ctl").exists():
            psql = home / "psql"
            return PostgresBinaries(home / "initdb", home / "pg_ctl", psql if psql.exists() else None)
    return None


def _which(name: str) -> Path | None:
    found = shutil.which(name)
    return Path(found) if found else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalPostgres:
    host = "127.0.0.1"
    user = "postgres"  # the database superuser initdb creates

    def __init__(self, binaries: PostgresBinaries, base: Path, port: int) -> None:
        self.binaries = binaries
        self.base = base
        self.port = port
        self.data_dir = base / "data"
        self.log_file = base / "server.log"

    def conn_str(self, database: str = "postgres") -> str:
        return f"postgres://{self.user}@{self.host}:{self.port}/{database}?sslmode=disable"

    def _as_service_user(self, command: Sequence[str]) -> list[str]:
        if os.geteuid() != 0:
            return list(command)
        return ["runuser", "-u", SERVICE_USER, "--", *command]

    def _run(self, command: Sequence[str]) -> None:
        done = subprocess.run(self._as_service_user(command), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.log_file.read_text() if self.log_file.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}{log}")

    def start(self) -> None:
        self._run(
            [
                str(self.binaries.initdb),
                "-D",
                str(self.data_dir),
                "-U",
                self.user,
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ]
        )
        options = f"-c listen_addresses={self.host} -p {self.port} -k {self.base} -c fsync=off"
        self._run(
            [
                str(self.binaries.pg_ctl),
                "-D",
                str(self.data_dir),
                "-l",
                str(self.log_file),
                "-o",
                options,
                "-w",
                "-t",
                "60",
                "start",
            ]
        )

    def stop(self) -> None:
        if (self.data_dir / "postmaster.pid").exists():
            self._run([str(self.binaries.pg_ctl), "-D", str(self.data_dir), "-m", "fast", "-w", "stop"])

    def query(self, sql: str, database: str = "postgres") -> list[str]:
        """Rows of a query, one string per row (fields separated by `|`); needs psql."""
        if self.binaries.psql is None:
            raise RuntimeError("psql not found")
        done = subprocess.run(
            [
                str(self.binaries.psql),
                "-h",
                self.host,
                "-p",
                str(self.port),
                "-U",
                self.user,
                "-d",
                database,
                "-At",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout.splitlines()


@contextmanager
def running_postgres(binaries: PostgresBinaries) -> Iterator[LocalPostgres]:
    """A started server in a fresh directory; stopped and removed afterwards."""
    base = Path(tempfile.mkdtemp(prefix="pg-test-"))
    if os.geteuid() == 0:
        shutil.chown(base, SERVICE_USER, SERVICE_USER)
    server = LocalPostgres(binaries, base, free_port())
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(base, ignore_errors=True)
