"""SPARQL servers for tests: an Oxigraph server over a fresh store, and a Virtuoso instance.

Virtuoso (Debian's ``virtuoso-opensource-7-bin``, installed by ``.ci/services.sh``) runs from an
ini file written into a temporary directory, on free loopback ports, for the whole session.
Where it is not installed its tests are skipped, except under CI (``CI`` set), where a missing
Virtuoso is a failure: CI installs it, so its absence means the install step broke.

``VirtuosoServer`` has no pytest dependency so that ``bench/`` can start one too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.serve import ServerInfo, free_port, running_server

VIRTUOSO_BINARY = "virtuoso-t"
ISQL_BINARY = "isql-vt"
VIRTUOSO_START_TIMEOUT = 90.0

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {dir}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
CheckpointInterval = 60
ThreadsPerQuery = 2
MaxQueryMem = 500M

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
MaxClientConnections = 4
MaxKeepAlives = 4

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
"""


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def virtuoso_missing_reason() -> str | None:
    missing = [name for name in (VIRTUOSO_BINARY, ISQL_BINARY) if shutil.which(name) is None]
    if not missing:
        return None
    return (
        f"{' and '.join(missing)} not installed: run `bash .ci/services.sh` (apt-get install virtuoso-opensource-7-bin)"
    )


def require_virtuoso() -> None:
    """Skip the calling test when Virtuoso is missing; fail instead under CI, which installs it."""
    reason = virtuoso_missing_reason()
    if reason is None:
        return
    if in_ci():
        pytest.fail(f"CI must have Virtuoso: {reason}")
    pytest.skip(reason)


@dataclass(frozen=True)
class VirtuosoInfo:
    """Where a test Virtuoso answers."""

    sparql_url: str  # query and SPARQL Update (anonymous, SPARQL_UPDATE granted)
    sparql_auth_url: str  # the same behind HTTP Digest authentication (user dba, password dba)
    gsp_url: str  # Graph Store protocol
    sql_port: int
    workdir: Path


class VirtuosoServer:
    """A Virtuoso process over a database in ``workdir``; ``start()`` then ``stop()``."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.sql_port = free_port()
        self.http_port = free_port()
        while self.http_port == self.sql_port:
            self.http_port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        base = f"http://127.0.0.1:{self.http_port}"
        self.info = VirtuosoInfo(
            sparql_url=f"{base}/sparql",
            sparql_auth_url=f"{base}/sparql-auth",
            gsp_url=f"{base}/sparql-graph-crud",
            sql_port=self.sql_port,
            workdir=workdir,
        )

    def start(self) -> VirtuosoInfo:
        self.workdir.mkdir(parents=True, exist_ok=True)
        ini = self.workdir / "virtuoso.ini"
        ini.write_text(
            _VIRTUOSO_INI.format(dir=self.workdir, sql_port=self.sql_port, http_port=self.http_port), encoding="utf-8"
        )
        with (self.workdir / "console.log").open("wb") as console:
            self.process = subprocess.Popen(
                [VIRTUOSO_BINARY, "-f", "-c", str(ini)],
                cwd=self.workdir,
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
            )
        self._wait_until_ready()
        self.isql('grant SPARQL_UPDATE to "SPARQL";')
        return self.info

    def _wait_until_ready(self) -> None:
        probe = self.info.sparql_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = time.monotonic() + VIRTUOSO_START_TIMEOUT
        assert self.process is not None
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited at start: {self.log_tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=5):
                    return
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(
                        f"virtuoso-t did not answer within {VIRTUOSO_START_TIMEOUT:g} s: {self.log_tail()}"
                    ) from None
                time.sleep(0.25)

    def isql(self, statement: str) -> str:
        """Run one SQL statement as dba (the default password of a new database)."""
        done = subprocess.run(
            [ISQL_BINARY, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        output = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 or "*** Error" in output:
            raise RuntimeError(f"isql-vt {statement!r} failed: {output.strip()[-500:]}")
        return output

    def log_tail(self) -> str:
        log = self.workdir / "virtuoso.log"
        console = self.workdir / "console.log"
        text = "".join(path.read_text(encoding="utf-8", errors="replace") for path in (log, console) if path.exists())
        return " | ".join(text.strip().splitlines()[-5:])

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # Virtuoso checkpoints and exits on SIGTERM
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoInfo]:
    """A Virtuoso for the session; tests keep apart by using graph IRIs of their own."""
    require_virtuoso()
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[ServerInfo]:
    """A read-write Oxigraph server over an empty store, on a free loopback port."""
    with running_server(tmp_path / "oxigraph-store", update=True) as info:
        yield info
