"""``kg serve``: a SPARQL endpoint over an embedded store, by the ``oxigraph`` server binary.

The binary ships in the ``oxigraph`` PyPI package (installed beside the Python executable).
Read-only by default (``oxigraph serve-read-only``: queries and GSP reads, several readers may
share the directory); ``update=True`` runs ``oxigraph serve``, which also takes SPARQL Update
and Graph Store writes and holds the store's lock. Both are started with
``--union-default-graph``, so the endpoint answers the library's queries over all article
graphs, as ``kg query --store`` does. The server listens on loopback unless told otherwise.

Endpoints of a server at ``http://HOST:PORT``: ``/query`` (SPARQL query), ``/update`` (SPARQL
Update, read-write only), ``/store`` (Graph Store HTTP Protocol).
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import IO

from kg.errors import EndpointError, InputError
from kg.store import StoreError, StoreLockedError, lock_holder

DEFAULT_BIND = "127.0.0.1:7878"
START_TIMEOUT = 30.0  # seconds to wait for a server to answer; RocksDB recovery of a big store takes a while
STOP_TIMEOUT = 10.0  # it takes 1-3 s to exit after SIGTERM


class ServerError(EndpointError):
    """The server binary is missing, cannot bind its port, or did not start."""


@dataclass(frozen=True)
class ServerInfo:
    """Where a running server answers. ``update_url`` is None for a read-only server."""

    url: str
    query_url: str
    update_url: str | None
    store_url: str
    store_dir: Path
    read_only: bool
    pid: int


def find_oxigraph_binary() -> Path:
    """The ``oxigraph`` server binary: beside ``sys.executable`` (a virtualenv), else on PATH."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    if beside_python.is_file():
        return beside_python
    on_path = shutil.which("oxigraph")
    if on_path:
        return Path(on_path)
    raise ServerError("the oxigraph server binary is not installed; run `pip install oxigraph` in kg's environment")


def parse_bind(bind: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) as a (host, port) pair."""
    host, sep, port_text = bind.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port_text.isdigit() or not 0 <= int(port_text) <= 65535:
        raise InputError(f"--bind {bind!r}: write it as HOST:PORT, e.g. 127.0.0.1:7878")
    return host, int(port_text)


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS reports free on ``host`` (by binding port 0)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def _check_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # The server sets SO_REUSEADDR too, so a socket in TIME_WAIT does not count as busy.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServerError(
                    f"port {port} on {host} is busy; stop what listens there or give --bind HOST:OTHER_PORT"
                ) from None
            raise ServerError(f"cannot listen on {host}:{port} ({exc.strerror}); give another --bind") from None


def _stop_with_parent() -> None:
    """In the server's process before exec: have Linux send it SIGTERM when kg dies, even by SIGKILL.

    (Strictly, when the thread that started it ends: start servers from a thread that outlives them.)
    """
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def server_command(binary: Path, store_dir: Path, host: str, port: int, *, update: bool) -> list[str]:
    """The command line that serves ``store_dir``."""
    mode = "serve" if update else "serve-read-only"
    return [
        str(binary),
        mode,
        "--location",
        str(store_dir),
        "--bind",
        f"{_url_host(host)}:{port}",
        "--union-default-graph",
    ]


def _check_store(store_dir: Path, *, update: bool) -> None:
    if store_dir.exists() and not store_dir.is_dir():
        raise StoreError(f"store {store_dir} is a file, not a directory; give the directory of a store")
    is_store = (store_dir / "CURRENT").is_file()
    if not update and not is_store:
        raise StoreError(
            f"no store at {store_dir}; build one with `kg build INPUT... --store {store_dir}` "
            "(or serve an empty one with --update)"
        )
    if update and not is_store and store_dir.is_dir() and any(store_dir.iterdir()):
        raise StoreError(
            f"{store_dir} is a non-empty directory but not an Oxigraph store; give a store or a new directory"
        )
    pid = lock_holder(store_dir) if is_store else None
    if pid is not None:
        raise StoreLockedError(
            f"store {store_dir} is in use by process {pid} (another read-write server or "
            "a build); stop it first, or query that server"
        )


class OxigraphServer:
    """A running ``oxigraph`` server process over one store directory."""

    def __init__(self, process: subprocess.Popen[bytes], info: ServerInfo, log: IO[bytes]) -> None:
        self.process = process
        self.info = info
        self._log = log  # the server's stderr: a file, so that a chatty server never blocks on a full pipe

    @classmethod
    def start(cls, store_dir: str | Path, *, bind: str = DEFAULT_BIND, update: bool = False) -> OxigraphServer:
        """Start serving; returns at once (see :meth:`wait_until_ready`). ``bind`` port 0 picks a free port."""
        directory = Path(store_dir)
        host, port = parse_bind(bind)
        _check_store(directory, update=update)
        binary = find_oxigraph_binary()
        if port == 0:
            port = free_port(host)
        else:
            _check_port_free(host, port)
        command = server_command(binary, directory, host, port, update=update)
        log = tempfile.TemporaryFile(prefix="kg-oxigraph-")  # noqa: SIM115 - closed by stop()
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, preexec_fn=_stop_with_parent
            )
        except OSError as exc:
            log.close()
            raise ServerError(f"cannot run {binary} ({exc.strerror}); reinstall the oxigraph package") from None
        base = f"http://{_url_host(host if host not in ('0.0.0.0', '::') else '127.0.0.1')}:{port}"
        info = ServerInfo(
            url=base,
            query_url=f"{base}/query",
            update_url=f"{base}/update" if update else None,
            store_url=f"{base}/store",
            store_dir=directory,
            read_only=not update,
            pid=process.pid,
        )
        return cls(process, info, log)

    def wait_until_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Block until the server answers a query; ServerError if it exits or stays silent."""
        probe = self.info.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                message = self._stderr()
                self.stop()
                raise ServerError(f"the oxigraph server for {self.info.store_dir} stopped at start: {message}")
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise ServerError(
                        f"the oxigraph server for {self.info.store_dir} did not answer within {timeout:g} s"
                    ) from None
                time.sleep(0.1)

    def _stderr(self) -> str:
        if self._log.closed:
            return "no message"
        self._log.seek(0)
        lines = [line for line in self._log.read().decode("utf-8", "replace").splitlines() if line.strip()]
        # The binary prints "Error: ..." then a backtrace: the error line is the useful one.
        errors = [line for line in lines if line.startswith("Error")]
        return (errors or lines or ["no message"])[0].strip()

    def wait(self) -> int:
        """Wait for the server to exit; its exit status."""
        return self.process.wait()

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it has not exited within STOP_TIMEOUT seconds."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


@contextlib.contextmanager
def running_server(
    store_dir: str | Path, update: bool = False, *, host: str = "127.0.0.1", timeout: float = START_TIMEOUT
) -> Iterator[ServerInfo]:
    """A server on a free loopback port for the duration of a ``with`` block (for tests and scripts)."""
    server = OxigraphServer.start(store_dir, bind=f"{_url_host(host)}:0", update=update)
    try:
        server.wait_until_ready(timeout)
        yield server.info
    finally:
        server.stop()


def serve(
    store_dir: str | Path,
    *,
    bind: str = DEFAULT_BIND,
    update: bool = False,
    on_ready: Callable[[ServerInfo], None] | None = None,
) -> int:
    """Run a server in the foreground until it is stopped; 0 when stopped by a signal.

    SIGINT, SIGTERM and SIGHUP are passed on to the server (and make this return 0). The
    handlers are in place before the server starts, so a signal at any moment stops both.
    ``on_ready`` is called once the server answers queries.
    """
    stop_signals: list[int] = []
    started: list[OxigraphServer] = []

    def forward(signum: int, _frame: FrameType | None) -> None:
        stop_signals.append(signum)
        for server in started:
            if server.process.poll() is None:
                server.process.send_signal(signum)

    previous = {signum: signal.signal(signum, forward) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        server = OxigraphServer.start(store_dir, bind=bind, update=update)
        started.append(server)
        if stop_signals:
            return 0
        try:
            server.wait_until_ready()
        except ServerError:
            if stop_signals:
                return 0
            raise
        if on_ready is not None:
            on_ready(server.info)
        status = server.wait()
        if stop_signals:
            return 0  # stopped on request
        if status != 0:
            raise ServerError(
                f"the oxigraph server for {server.info.store_dir} exited with status {status}: {server._stderr()}"
            )
        return 0
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        for server in started:
            server.stop()
