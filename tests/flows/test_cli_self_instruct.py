"""`datagen run self-instruct` and `datagen export` from the command line (typer's runner, in
process, so the session Prefect harness serves the flow)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from datagen.cli import app
from datagen.llm.fake import register_responder
from tests.flows.test_self_instruct_flow import reply_to

runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args))


def test_run_then_export_every_format(tmp_path):
    register_responder("cli-test", reply_to)
    out = tmp_path / "run"
    res = _run("run", "self-instruct", "--llm", "fake", "--model", "cli-test", "--target", "4",
               "--out", str(out), "--set", f"run.cache_path={tmp_path / 'c.sqlite'}")
    assert res.exit_code == 0, res.output
    assert f"dataset: {out / 'dataset.jsonl'}" in res.output
    for fmt, key in (("alpaca", "instruction"), ("openai", "messages"), ("sharegpt", "conversations")):
        target = tmp_path / f"{fmt}.jsonl"
        res = _run("export", str(out), "--format", fmt, "--out", str(target))
        assert res.exit_code == 0, res.output
        first = json.loads(target.read_text().splitlines()[0])
        assert key in first


def test_bad_seed_line_is_one_clear_message_and_no_run_folder(tmp_path):
    seeds = tmp_path / "seeds.jsonl"
    seeds.write_text('{"id": "s1", "name": "a", "instruction": "Say hi.", "instances": '
                     '[{"input": "", "output": "hi"}], "is_classification": false}\n{"id": "s2", oops\n')
    out = tmp_path / "run"
    res = _run("run", "self-instruct", "--llm", "fake", "--seeds", str(seeds), "--out", str(out))
    assert res.exit_code == 2
    assert "seeds.jsonl, line 2: not valid JSON" in res.output
    assert "Traceback" not in res.output
    assert not (out / "dataset.jsonl").exists() and not out.exists()


def test_unknown_config_key_and_bad_export_format(tmp_path):
    res = _run("run", "self-instruct", "--llm", "fake", "--set", "novelty.treshold=0.5", "--out", str(tmp_path / "r"))
    assert res.exit_code == 2 and "unknown key" in res.output and "treshold" in res.output
    res = _run("export", str(tmp_path), "--format", "csv")
    assert res.exit_code == 2 and "--format 'csv' is not known" in res.output


def test_methods_lists_all_five():
    res = _run("methods")
    assert res.exit_code == 0
    for name in ("self-instruct", "ensemble-instruct", "explore-instruct", "syndg", "instag"):
        assert name in res.output
