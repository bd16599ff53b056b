"""`datagen run self-instruct` killed with SIGKILL at several points, then rerun with the same
command: finished stages are loaded, not redone; every request answered before the kill comes
from the cache (the server never sees it again); no file is half-written; and the dataset equals
an uninterrupted run's with the same seed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from flows.run_folder import TEMP
from tests.reliability.cli_harness import DATAGEN, GatedResponder, body_key, chat_bodies, prefect_env, run_cli

KILL_POINTS = {  # name -> (kind of request, answered requests of that kind before the kill)
    "mid_bootstrap": ("bootstrap", 2),
    "mid_classify": ("classify", 6),
    "mid_instances": ("instances", 6),
}


def _args(base_url: str, out: Path, cache: Path) -> list[str]:
    return ["run", "self-instruct", "--llm", "openai", "--base-url", base_url, "--model", "fake",
            "--target", "12", "--out", str(out), "--set", f"run.cache_path={cache}",
            "--set", "llm.concurrency=4",
            "--set", "bootstrap.prompts_per_round=5"]


def _check_files(run_dir: Path, killed: bool = False) -> None:
    """No temporary file left (after a kill: only the hidden temp files of writes in progress,
    which readers never see and the rerun removes), every JSON/JSONL file parses, finished
    stages are whole."""
    temps = [p for p in run_dir.rglob("*.tmp")]
    assert all(TEMP.match(p.name) for p in temps) if killed else not temps, temps
    for path in run_dir.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            json.loads(line)
    for path in run_dir.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for stats in run_dir.glob("*/stats.json"):
        assert (stats.parent / "kept.jsonl").is_file() and (stats.parent / "rejected.jsonl").is_file()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reference")
    responder = GatedResponder()
    with FakeOpenAIServer(responder=responder) as server:
        res = run_cli(_args(server.base_url, tmp / "run", tmp / "cache.sqlite"), prefect_env(tmp))
    assert res.returncode == 0, res.stderr + res.stdout
    assert chat_bodies(responder.answered)
    return (tmp / "run" / "dataset.jsonl").read_bytes(), len(responder.answered)


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_kill_then_rerun_pays_nothing_twice_and_matches_uninterrupted(point, tmp_path, reference):
    dataset_ref, n_ref = reference
    kind, after = KILL_POINTS[point]
    responder = GatedResponder(stop_when=lambda k, n: k == kind and n >= after)
    out, cache, env = tmp_path / "run", tmp_path / "cache.sqlite", prefect_env(tmp_path)
    with FakeOpenAIServer(responder=responder, faults=FaultPlan(latency_s=0.01)) as server:
        args = _args(server.base_url, out, cache)
        proc = subprocess.Popen([DATAGEN, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            assert responder.reached.wait(90), "the run never reached the kill point"
            time.sleep(0.5)  # answers already sent reach the client and its cache
            answered = {body_key(b) for b in responder.answered}
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
            responder.release()
        assert proc.returncode == -signal.SIGKILL
        assert not (out / "dataset.jsonl").exists()
        _check_files(out, killed=True)
        finished = {p.parent.name: p.read_bytes() for p in out.glob("*/stats.json")}
        if kind != "bootstrap":
            assert finished, "stages finished before the kill are on disk"

        time.sleep(0.3)  # requests held at the gate finish (into a closed socket)
        start = len(responder.answered)
        res = run_cli(args, env)
        assert res.returncode == 0, res.stdout + res.stderr
        again = [body_key(b) for b in responder.answered[start:]]

    repeated = answered.intersection(again)
    assert not repeated, f"{len(repeated)} requests answered before the kill were sent again"
    assert len(answered) + len(again) >= n_ref  # together they did the reference run's work
    for name, data in finished.items():  # finished stages were loaded, not recomputed
        assert (out / name / "stats.json").read_bytes() == data
    _check_files(out)
    assert (out / "dataset.jsonl").read_bytes() == dataset_ref
