"""A run folder is one run's own (issue 15, items 2, 4, 5, 6): its budget counts every invocation,
one process writes it at a time, changed inputs or config are refused by name, and temp-file
cleanup leaves files the run did not write alone."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from datagen.cli import app
from datagen.llm.fake_server import FakeOpenAIServer
from datagen.run_options import PROJECT_ROOT
from tests.reliability.cli_harness import DATAGEN, GatedResponder, prefect_env, run_cli

runner = CliRunner()
CONCURRENCY = 4


def _args(server, tmp: Path, *extra: str, out: str = "run") -> list[str]:
    return ["run", "self-instruct", "--llm", "openai", "--base-url", server.base_url, "--model", "fake",
            "--target", "12", "--out", str(tmp / out), "--set", f"run.cache_path={tmp / 'cache.sqlite'}",
            "--set", f"llm.concurrency={CONCURRENCY}",
            "--set", "bootstrap.prompts_per_round=5", *extra]


def test_token_cap_counts_the_whole_run_across_invocations(tmp_path):
    responder = GatedResponder()
    with FakeOpenAIServer(responder=responder) as server:
        res = runner.invoke(app, _args(server, tmp_path, "--max-tokens", "3000"))
        assert res.exit_code == 4, res.output
        first = len(responder.answered)
        spent = json.loads((tmp_path / "run" / "usage.json").read_text())
        assert spent["prompt_tokens"] + spent["completion_tokens"] >= 3000
        # the same cap again: the run has spent it already, so nothing more is sent
        res = runner.invoke(app, _args(server, tmp_path, "--max-tokens", "3000"))
        assert res.exit_code == 4, res.output
        assert "token budget reached" in res.output
        assert len(responder.answered) == first


def test_a_second_writer_is_refused_and_a_dead_ones_lock_taken_over(tmp_path):
    responder = GatedResponder(stop_when=lambda kind, n: kind == "bootstrap" and n >= 2)
    env = prefect_env(tmp_path)
    with FakeOpenAIServer(responder=responder) as server:
        holder = subprocess.Popen([DATAGEN, *_args(server, tmp_path)], env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            assert responder.reached.wait(timeout=120), "the first run never reached the server"
            second = run_cli(_args(server, tmp_path), env, timeout=90)
            assert second.returncode == 7, second.stderr + second.stdout
            assert f"pid {holder.pid}" in second.stderr.strip().splitlines()[-1]
            assert "Traceback" not in second.stderr + second.stdout  # one line, not Prefect's failure log
        finally:
            responder.release()
            out, err = holder.communicate(timeout=120)
        assert holder.returncode == 0, err + out

        # a lock file left by a process that is gone (killed before it saved its config) does not
        # stop the next run, nor make --out look like a folder of someone else's files
        (tmp_path / "run2").mkdir()
        (tmp_path / "run2" / ".datagen.lock").write_text("999999999\n")
        res = runner.invoke(app, _args(server, tmp_path, out="run2"))
        assert res.exit_code == 0, res.output


def test_changed_inputs_and_config_are_refused_by_name(tmp_path):
    seeds = tmp_path / "seeds.jsonl"
    shutil.copy(PROJECT_ROOT / "seeds/self_instruct/seed_tasks.jsonl", seeds)
    with FakeOpenAIServer(responder=GatedResponder()) as server:
        args = _args(server, tmp_path, "--set", f"seeds={seeds}")
        assert runner.invoke(app, args).exit_code == 0
        res = runner.invoke(app, [*args, "--set", "bootstrap.temperature=0.3"])
        assert res.exit_code == 2 and "bootstrap.temperature" in res.output, res.output

        seeds.write_text("".join(seeds.read_text().splitlines(keepends=True)[:5]))  # 5 seeds left
        res = runner.invoke(app, args)
        assert res.exit_code == 2, res.output
        assert "seeds" in res.output and "changed" in res.output and "Traceback" not in res.output


def test_temp_cleanup_touches_only_the_runs_own_files(tmp_path):
    with FakeOpenAIServer(responder=GatedResponder()) as server:
        args = _args(server, tmp_path)
        assert runner.invoke(app, args).exit_code == 0
        run = tmp_path / "run"
        mine = [run / "000_seeds" / ".kept.jsonl.ab12cd34.tmp", run / ".summary.json.zz99yy88.tmp"]
        theirs = [run / "notes" / ".draft.tmp", run / ".editor.swp.tmp", run / "notes" / ".kept.jsonl.x1.tmp"]
        for path in mine + theirs:
            path.parent.mkdir(exist_ok=True)
            path.write_text("x")
        assert runner.invoke(app, args).exit_code == 0
    assert not any(p.exists() for p in mine)
    assert all(p.exists() for p in theirs)
