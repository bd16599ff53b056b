"""Prefect's temporary (ephemeral) server never outlives the `datagen` run that started it, also
after `kill -9` of the CLI; and its start-up wait is long enough for a loaded machine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

psutil = pytest.importorskip("psutil")

from datagen.llm.fake_server import FakeOpenAIServer  # noqa: E402
from datagen.prefect_server import STARTUP_TIMEOUT_S, wrap_command  # noqa: E402
from tests.reliability.cli_harness import DATAGEN, GatedResponder  # noqa: E402

@pytest.fixture(autouse=True)
def _prefect():
    """Overrides the directory's harness fixture: these CLIs start their own temporary server."""
    yield


SERVER_MARK = "prefect.server.api.server:create_app"  # in the server's command line, old and new


def ephemeral_env(tmp) -> dict[str, str]:
    """No PREFECT_API_URL and a private PREFECT_HOME: the CLI starts Prefect's temporary server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(tmp / "prefect_home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "PREFECT_LOGGING_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"})
    return env


def server_children(pid: int) -> list:
    try:
        kids = psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []
    found = []
    for kid in kids:
        try:
            if SERVER_MARK in " ".join(kid.cmdline()):
                found.append(kid)
        except psutil.Error:
            pass
    return found


def alive(proc) -> bool:
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_kill_9_of_the_cli_takes_the_temporary_server_down(tmp_path):
    # Hold the first bootstrap request: by then the flow runs, so the server is up.
    responder = GatedResponder(stop_when=lambda kind, n: kind == "bootstrap")
    args = ["run", "self-instruct", "--llm", "openai", "--model", "fake", "--target", "12",
            "--out", str(tmp_path / "run"), "--set", f"run.cache_path={tmp_path / 'cache.sqlite'}"]
    servers: list = []
    with FakeOpenAIServer(responder=responder) as fake:
        proc = subprocess.Popen([DATAGEN, *args, "--base-url", fake.base_url], env=ephemeral_env(tmp_path),
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            assert responder.reached.wait(240), "the run never reached its first LLM request"
            servers = server_children(proc.pid)
            assert servers, "no Prefect server among the CLI's descendants"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
            deadline = time.monotonic() + 30
            while any(alive(s) for s in servers) and time.monotonic() < deadline:
                time.sleep(0.2)
            left = [s.pid for s in servers if alive(s)]
            assert not left, f"Prefect's temporary server outlived the killed CLI: pids {left}"
        finally:
            responder.release()
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
            for s in servers:  # started by this test; never leave one behind
                if alive(s):
                    s.kill()


def prefect_sees(env: dict[str, str]) -> str:
    code = ("import datagen.cli\n"  # what the `datagen` command imports first
            "from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS as S\n"
            "print(S.value())")
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    return res.stdout.strip()


def test_the_cli_gives_the_temporary_server_a_generous_start_up_wait(tmp_path):
    env = ephemeral_env(tmp_path)
    assert int(prefect_sees(env)) == STARTUP_TIMEOUT_S >= 120  # Prefect's own default is 20 s
    env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "45"
    assert prefect_sees(env) == "45"  # a user's own setting wins


def test_only_the_uvicorn_command_is_wrapped():
    assert wrap_command(["/py", "-m", "uvicorn", "--port", "8001"], 42) == \
        ["/py", "-m", "datagen.prefect_server", "42", "--port", "8001"]
    assert wrap_command(["/py", "-m", "other"], 42) == ["/py", "-m", "other"]
