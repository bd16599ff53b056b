"""A real `prefect server start` on 127.0.0.1 in a subprocess, with its own PREFECT_HOME.

Shared by the deployment and UI tests. The test process itself never sees PREFECT_API_URL:
only the environments handed to the subprocesses carry it, so other tests keep their harness.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import httpx

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class ServerProcess:
    port: int
    home: Path
    env: dict[str, str]
    log: Path

    @property
    def ui_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.ui_url}/api"


def prefect_env(home: Path, api_url: str | None = None) -> dict[str, str]:
    """os.environ without any Prefect API settings, plus this home (and this server's URL)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="INFO", PYTHONPATH=str(PROJECT_ROOT), HF_HUB_OFFLINE="1")
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def start_process(cmd: list[str], env: dict[str, str], log: Path, cwd: Path) -> subprocess.Popen:
    """A child in its own process group (so `stop` ends its children too), output to `log`."""
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def stop(proc: subprocess.Popen, grace: float = 15.0, sig: int = signal.SIGTERM) -> None:
    """Signal the child's process group (SIGTERM, or SIGINT as Ctrl-C would), then SIGKILL
    what is left after `grace` seconds."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)


def wait_healthy(proc: subprocess.Popen, api_url: str, log: Path, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"prefect server exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"prefect server did not answer within {timeout} s:\n{log.read_text()[-3000:]}")


DATAGEN = [sys.executable, "-c", "from datagen.cli import app; app()"]


def run_datagen(args: list[str], env: dict[str, str], cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    """`datagen ARGS` in a subprocess (its own Prefect settings come from `env` only)."""
    return subprocess.run([*DATAGEN, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


@contextmanager
def datagen_server(tmp: Path) -> Iterator[ServerProcess]:
    """`datagen server --port <free>` with its own PREFECT_HOME, stopped with Ctrl-C's SIGINT.
    The yielded `env` has no PREFECT_API_URL: runs find the server through its state file."""
    home = tmp / "prefect-home"
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = ServerProcess(port=port, home=home, env=prefect_env(home), log=tmp / "server.log")
    proc = start_process([*DATAGEN, "server", "--port", str(port)], server.env, server.log, cwd=tmp)
    try:
        wait_healthy(proc, server.api_url, server.log)
        deadline = time.monotonic() + 30
        while not (home / "datagen-server.json").is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        yield server
    finally:
        stop(proc, grace=30, sig=signal.SIGINT)


@contextmanager
def prefect_server(tmp: Path, ui: bool = False) -> Iterator[ServerProcess]:
    """Start `prefect server start` on a free port; stop it (and its children) on exit."""
    home = tmp / "prefect-home"
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    server = ServerProcess(port=port, home=home, env={}, log=tmp / "server.log")
    env = prefect_env(home)
    env["PREFECT_UI_ENABLED"] = "true" if ui else "false"
    cmd = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    proc = start_process(cmd, env, server.log, cwd=tmp)
    try:
        wait_healthy(proc, server.api_url, server.log)
        server.env = prefect_env(home, server.api_url)
        yield server
    finally:
        stop(proc)
