"""One CLI vocabulary: `--target` for every method (former names still accepted, hidden, with a
note), `--debug` shown as a flag, `--version`, `server` (with `ui` as a hidden former name), a
light `datagen report`, and the request cache found from the run folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from datagen.cli import app
from datagen.cli.run import build_config, take_aliases
from datagen.errors import UserError
from datagen.registry import METHODS, method
from datagen.run_options import RunOptions, cache_file

runner = CliRunner()


def help_lines(*args: str) -> list[str]:
    res = runner.invoke(app, [*args, "--help"], terminal_width=200)
    assert res.exit_code == 0, res.output
    return res.output.splitlines()


@pytest.mark.parametrize("name", list(METHODS))
def test_every_method_sizes_with_target_and_hides_the_old_names(name):
    lines = help_lines("run", name)
    assert any("--target" in line for line in lines)
    assert not any(f" {old} " in line for line in lines for old in ("--n", "--n-samples"))
    debug = next(line for line in lines if "--debug" in line)
    assert "<bool>" not in debug


@pytest.mark.parametrize("name,old,key", [("syndg", "--n", "n"), ("instag", "--n", "sampling.n"),
                                          ("explore-instruct", "--n-samples", "sample.n_samples")])
def test_former_size_flags_still_work_with_a_deprecation_note(name, old, key, capsys):
    spec = method(name)
    dest = "old_" + old.lstrip("-").replace("-", "_")
    args = take_aliases(spec, {dest: 7})
    assert "deprecated" in capsys.readouterr().err
    cfg = build_config(spec, args)
    node = cfg
    for part in key.split("."):
        node = getattr(node, part)
    assert node == 7 and cfg == build_config(spec, {"target": 7})
    with pytest.raises(UserError, match="disagree"):
        take_aliases(spec, {dest: 7, "target": 8})


def test_old_flag_on_the_command_line_is_accepted(tmp_path):
    res = runner.invoke(app, ["run", "instag", "--n", "3", "--target", "4", "--input", str(tmp_path / "x")])
    assert res.exit_code == 2 and "--n and --target disagree" in res.output


def test_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("datagen ")


def test_server_listed_ui_hidden_but_working():
    top = "\n".join(help_lines())
    assert " server " in top and " ui " not in top
    assert runner.invoke(app, ["ui", "--help"]).exit_code == 0


def fake_run(root: Path) -> Path:
    run = root / "runs" / "self-instruct" / "r1"
    (run / "000_heuristics").mkdir(parents=True)
    (run / "000_heuristics" / "stats.json").write_text(json.dumps({
        "stage": "heuristics", "n_in": 11, "n_kept": 8, "n_rejected": 3,
        "rejected_by_reason": {"too_short": 2, "blacklisted_word": 1}, "llm_requests": 4, "llm_cached": 1}))
    (run / "summary.json").write_text(json.dumps({
        "flow": "self-instruct", "dataset": str(run / "dataset.jsonl"), "dataset_rows": 8, "target": 10,
        "figures": {"target reached": "no: 8 of 10 instructions survived"}}))
    (run / "report.md").write_text("# a long markdown report\n")
    return run


def test_report_prints_a_short_summary_without_the_chart_libraries(tmp_path):
    run = fake_run(tmp_path)
    code = ("import sys; from datagen.cli import app\n"
            "try:\n    app([\"report\", sys.argv[1]])\nexcept SystemExit as e:\n    assert not e.code\n"
            "heavy = [m for m in ('matplotlib', 'spacy', 'torch', 'polars') if m in sys.modules]\n"
            "print('heavy:', heavy)")
    out = subprocess.run([sys.executable, "-c", code, str(run)], capture_output=True, text=True, check=True,
                         timeout=120).stdout
    assert "rows: 8 (target 10, reached: no: 8 of 10 instructions survived)" in out
    assert "heuristics  11 in, 8 kept, 3 rejected; too_short 2, blacklisted_word 1" in out
    assert "LLM requests: 4 (3 fresh, 1 cached)" in out
    assert f"report: {run / 'report.md'}" in out and "# a long markdown report" not in out
    assert "heavy: []" in out
    assert len(out.splitlines()) <= 8


def test_cache_is_found_from_the_run_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert RunOptions().cache_path == "auto"
    assert cache_file("auto", tmp_path / "data/runs/self-instruct/r1") == tmp_path / "data/runs/.cache/llm.sqlite"
    assert cache_file("auto", "runs/si-1k") == tmp_path / "runs/.cache/llm.sqlite"
    assert cache_file("auto", tmp_path / "elsewhere/run") == tmp_path / "elsewhere/.cache/llm.sqlite"
    assert cache_file("c.sqlite", "x") == Path("c.sqlite") and cache_file(None, "x") is None
