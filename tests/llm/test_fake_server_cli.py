"""`datagen fake-server` flags: the fault plan they build, and a real server subprocess where a
latency, a fault kind and a required key take effect."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from datagen.errors import UserError
from datagen.llm.fake_server_cli import fault_plan

ROOT = Path(__file__).resolve().parents[2]
BOOTSTRAP = "Propose a numbered series of new and varied tasks.\n1. Say hi.\n2. Count to three.\n3."


def test_fail_rate_is_spread_over_the_chosen_kinds():
    plan = fault_plan(fail_rate=0.4)
    assert (plan.rate_429, plan.rate_500, plan.rate_reset, plan.rate_malformed, plan.rate_empty_choices) == (
        pytest.approx(0.08),) * 5
    assert plan.rate_timeout == plan.rate_length == 0
    plan = fault_plan(fail_rate=0.5, faults="429,500", latency=0.2, max_concurrency=3, api_key="k", seed=7)
    assert (plan.rate_429, plan.rate_500, plan.rate_reset) == (0.25, 0.25, 0.0)
    assert (plan.latency_s, plan.max_concurrency, plan.required_api_key, plan.seed) == (0.2, 3, "k", 7)


def test_json_plans_still_work_and_bad_flags_are_one_line_errors():
    assert fault_plan(faults='{"rate_length": 0.3, "latency_s": 0.1}').rate_length == 0.3
    with pytest.raises(UserError, match="unknown kind 'teapot'"):
        fault_plan(fail_rate=0.1, faults="429,teapot")
    with pytest.raises(UserError, match="between 0 and 1"):
        fault_plan(fail_rate=1.5)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(args: list[str], module: bool = False) -> tuple[subprocess.Popen, str]:
    """The server as a subprocess of this tree; waits until its port accepts connections."""
    port = free_port()
    cmd = ([sys.executable, "-m", "datagen.llm.fake_server"] if module else
           [sys.executable, "-c", "from datagen.cli import app; app()", "fake-server"])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([*cmd, "--port", str(port), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stdout.read() if proc.stdout else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}/v1"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("server did not start within 60 s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def chat(url: str, key: str | None = None, seed: int = 0) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.post(f"{url}/chat/completions", headers=headers, timeout=10, json={
        "model": "fake", "seed": seed, "max_tokens": 200, "stop": ["\n\n"],
        "messages": [{"role": "user", "content": BOOTSTRAP}]})


def test_cli_server_applies_latency_key_and_fault_kind():
    proc, url = start(["--latency", "0.4", "--api-key", "sekret", "--fail-rate", "0.5", "--faults", "500",
                       "--seed", "3", "--chatty", "0"])
    try:
        assert chat(url).status_code == 401
        answers = []
        for seed in range(8):
            began = time.monotonic()
            res = chat(url, "sekret", seed)
            answers.append((res.status_code, time.monotonic() - began, res))
        codes = {code for code, _, _ in answers}
        assert codes == {200, 500}  # only the chosen kind, at about the chosen rate
        for code, seconds, res in answers:
            if code == 200:
                assert seconds >= 0.4
                text = res.json()["choices"][0]["message"]["content"]
                assert text.startswith("3. ") and "\n4. " in text  # a bootstrap list, not the echo
    finally:
        stop(proc)


def test_module_entry_point_still_serves():
    proc, url = start(["--chatty", "1"], module=True)
    try:
        res = chat(url)
        assert res.status_code == 200
        assert res.json()["choices"][0]["finish_reason"] == "stop"  # cut at the "\n\n" stop
    finally:
        stop(proc)
