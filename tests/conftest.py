"""Shared fixtures. The whole suite runs offline: any socket connection off loopback is refused."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text
from typer.testing import CliRunner

from copilot.ingest import ingest
from copilot.settings import Settings, get_settings
from tests.local_process import serving

REPO = Path(__file__).resolve().parent.parent
DEMO_SOURCES = REPO / "knowledge" / "sources.yaml"
SHARED_DATA = Path(os.environ.get("COPILOT_SHARED_DATA", REPO.parent / "shared" / "data"))
TAU_DIR = SHARED_DATA / "tau_retail"
TAU_SOURCES = REPO / "examples" / "tau_retail.yaml"


class OfflineViolation(RuntimeError):
    pass


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like never leave the machine
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_loopback(address):
        raise OfflineViolation(f"test tried to reach {address!r}: the suite must work offline")
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_loopback(address):
        raise OfflineViolation(f"test tried to reach {address!r}: the suite must work offline")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


socket.socket.connect = _guarded_connect  # type: ignore[method-assign,assignment]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign,assignment]
# Nothing may be fetched from a model hub either.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """The real CLI on a fresh home in a temp folder (wide enough that rich does not wrap tables)."""
    monkeypatch.setenv("COPILOT_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("COLUMNS", "200")
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def demo_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The demo shop ingested once for the session; tests must only read from it."""
    settings = Settings(home=tmp_path_factory.mktemp("demo") / "home")
    ingest(DEMO_SOURCES, settings)
    return settings


@pytest.fixture(scope="session")
def tau_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The third-party tau-bench store ingested once for the session, read-only."""
    if not (TAU_DIR / "products.json").exists():
        pytest.skip(f"tau_retail data not found at {TAU_DIR} (set COPILOT_SHARED_DATA)")
    settings = Settings(home=tmp_path_factory.mktemp("tau") / "home")
    ingest(TAU_SOURCES, settings, data_dir=TAU_DIR)
    return settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def chroma_executable() -> str | None:
    beside = Path(sys.executable).with_name("chroma")
    return str(beside) if beside.exists() else shutil.which("chroma")


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    """A real ``chroma run`` on 127.0.0.1; yields its URL."""
    executable = chroma_executable()
    if executable is None:
        pytest.skip("the chroma CLI is not installed")
    port = free_port()
    command = [executable, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1"]
    url = f"http://127.0.0.1:{port}"
    log = tmp_path / "chroma.log"
    with serving(
        [*command, "--port", str(port)],
        ready_url=f"{url}/api/v2/heartbeat",
        log=log,
        what="chroma",
        seconds=30,
    ):
        yield url


def _postgres_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on 127.0.0.1, or the server in COPILOT_TEST_POSTGRES_URL."""
    if url := os.environ.get("COPILOT_TEST_POSTGRES_URL"):
        yield url
        return
    binaries = _postgres_bin()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    data = Path(tempfile.mkdtemp(prefix="copilot-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run(
        [*as_postgres, str(binaries / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "copilot"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_postgres,
            str(binaries / "pg_ctl"),
            "-D",
            str(data / "db"),
            "-w",
            "-l",
            str(data / "log"),
            "-o",
            f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://copilot@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_postgres, str(binaries / "pg_ctl"), "-D", str(data / "db"), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture
def postgres_database(postgres_url: str) -> str:
    """A new, empty database on the test server, for one test."""
    name = f"test_{uuid.uuid4().hex[:12]}"
    server = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    server.dispose()
    return make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
