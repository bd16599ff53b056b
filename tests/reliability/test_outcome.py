"""A run's outcome is honest (issue 15, item 1): a dead endpoint fails the run with one line and
a non-zero exit; the rerun after the endpoint recovers sends the failed requests again and ends
with the dataset an undisturbed run makes; a short run says so; an empty run is a failure."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from datagen.cli import app
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from tests.reliability.cli_harness import GatedResponder, body_key, chat_bodies

runner = CliRunner()


def _run(server, tmp: Path, out: str, *extra: str):
    return runner.invoke(app, [
        "run", "self-instruct", "--llm", "openai", "--base-url", server.base_url, "--model", "fake",
        "--target", "12", "--out", str(tmp / out), "--set", f"run.cache_path={tmp / (out + '.sqlite')}",
        "--set", "llm.concurrency=4", "--set", "bootstrap.prompts_per_round=5",
        "--set", "llm.max_retries=0", "--set", "llm.backoff_base_s=0.01", *extra])


def test_dead_endpoint_fails_and_the_rerun_retries_every_failed_request(tmp_path):
    with FakeOpenAIServer(responder=GatedResponder(), faults=FaultPlan(rate_500=1.0)) as server:
        res = _run(server, tmp_path, "run")
        assert res.exit_code == 5, res.output
        assert "LLM requests failed" in res.output and "run.max_error_share" in res.output
        assert "Traceback" not in res.output
        assert not (tmp_path / "run" / "dataset.jsonl").exists()

        server.faults = FaultPlan()  # the endpoint recovers
        sent_before = server.count
        res = _run(server, tmp_path, "run")
        assert res.exit_code == 0, res.output
        assert server.count > sent_before  # the failed requests went out again
    rows = (tmp_path / "run" / "dataset.jsonl").read_text().splitlines()
    assert rows
    errors = [json.loads(p.read_text())["llm_errors"] for p in (tmp_path / "run").glob("*/stats.json")]
    assert errors and not any(errors)


def test_rerun_reopens_a_stage_with_failures_and_recomputes_what_follows(tmp_path):
    """1 of round 0's 5 requests fails (20%, not above the default cap), so the run finishes with
    less. The rerun on a healthy endpoint must send that request again (the rest are
    cache hits, and every later stage recomputed from the new round 0 is too or is new work), and
    end with the dataset of a run that never failed."""
    reference = GatedResponder()
    with FakeOpenAIServer(responder=reference) as server:
        assert _run(server, tmp_path, "clean", "--set", "bootstrap.pipeline=rounds").exit_code == 0
    assert chat_bodies(reference.answered)

    responder = GatedResponder()
    rounds = ("--set", "bootstrap.pipeline=rounds")  # round 0 is 5 requests: 1 failure is 20%, the cap
    with FakeOpenAIServer(responder=responder, faults=FaultPlan(fail_first_n=1)) as server:
        res = _run(server, tmp_path, "run", *rounds)
        assert res.exit_code == 0, res.output
        first = {body_key(b) for b in responder.answered}
        server.faults = FaultPlan()
        res = _run(server, tmp_path, "run", *rounds)
        assert res.exit_code == 0, res.output
    again = [body_key(b) for b in responder.answered[len(first):]]
    assert again  # the failed request went out again
    assert not set(again) & first  # nothing answered is paid twice
    assert set(again) <= {body_key(b) for b in reference.answered}  # only requests a clean run makes
    assert (tmp_path / "run" / "dataset.jsonl").read_bytes() == (tmp_path / "clean" / "dataset.jsonl").read_bytes()


def test_a_short_run_says_so_and_an_empty_run_fails(tmp_path):
    with FakeOpenAIServer(responder=GatedResponder()) as server:
        res = _run(server, tmp_path, "short", "--set", "max_rounds=1", "--set", "bootstrap.prompts_per_round=1")
        assert res.exit_code == 0, res.output
        assert "target not reached" in res.output
        reached = json.loads((tmp_path / "short" / "summary.json").read_text())["figures"]["target reached"]
        assert reached.startswith("no:")

    with FakeOpenAIServer(responder=lambda body: "nothing to parse here") as server:
        res = _run(server, tmp_path, "empty", "--set", "max_rounds=1")
        assert res.exit_code == 6, res.output
        assert "0 rows" in res.output and "Traceback" not in res.output
