"""The README's Python API example, run exactly as written (against the built-in `fake-chat`
model, which answers as `datagen fake-server` does), and the API's contract with the CLI."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
MARKER = "<!-- python-api-example: tests/test_python_api.py runs this block -->"


def readme_example() -> str:
    text = README.read_text(encoding="utf-8")
    after = text[text.index(MARKER) + len(MARKER):]
    return re.search(r"```python\n(.*?)```", after, re.S).group(1)


def test_readme_example_is_short():
    assert len(readme_example().strip().splitlines()) <= 10


def test_readme_example_runs(prefect_harness, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(compile(readme_example(), "README.md", "exec"), scope)
    result = scope["result"]
    assert result.run_dir == Path("runs/api-demo") and result.rows >= 5
    assert (tmp_path / "runs/api-demo/dataset.jsonl").is_file()
    assert len(result.records()) == result.rows == result.summary["dataset_rows"]
    assert (tmp_path / "runs/.cache/llm.sqlite").is_file()  # the cache beside the run, under runs/
    printed = capsys.readouterr().out
    assert "1 too_short" in printed


def test_bad_setting_raises_the_cli_message(tmp_path):
    import datagen
    from datagen.errors import UserError

    with pytest.raises(UserError, match="unknown key"):
        datagen.run("self-instruct", llm="fake", out=tmp_path / "r", novelty__treshold=0.5)
    with pytest.raises(UserError, match="unknown method"):
        datagen.run("self_instruct")
    assert not (tmp_path / "r").exists()


def test_api_arguments_reach_the_same_config_as_the_cli_flags():
    from datagen.api import run_args
    from datagen.cli.run import build_config
    from datagen.registry import method

    spec = method("syndg")
    args = run_args(spec, 7, {"backend": "fake", "model": "m"}, "runs/x",
                    {"knowledge": "persona", "score__scorer": "judge", "preset": "persona"})
    cfg = build_config(spec, args)
    assert (cfg.n, cfg.flows.style, cfg.score.scorer, cfg.llm.backend, cfg.llm.model) == \
        (7, "persona", "judge", "fake", "m")


def test_import_datagen_does_not_import_flows_or_prefect():
    code = ("import sys, datagen, datagen.stages; "
            "print(any(m == 'flows' or m.startswith(('flows.', 'prefect')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_stages_on_dicts_keep_the_row_shape():
    from datagen import stages

    rows = [{"instruction": "Write a haiku about rain.", "output": "Drops.", "source": "me"},
            {"instruction": "Write a haiku about rain.", "output": "Drops.", "source": "you"},
            {"instruction": "Draw an image of a cat on a mat."}]
    out = stages.heuristics(rows, blacklist="alpaca")
    assert out.kept == rows[:2]
    assert out.rejected[0]["row"] == rows[2] and out.rejected[0]["reason"] == "blacklisted_word"
    assert out.stats["n_in"] == 3 and out.stats["rejected_by_reason"] == {"blacklisted_word": 1}
    dedup = stages.exact_dedup(out.kept)
    assert dedup.kept == [rows[0]] and dedup.rejected[0]["reason"] == "exact_duplicate"
    novel = stages.novelty([{"instruction": "Write a poem about the sea."}],
                           against=[{"instruction": "Write a poem about the sea!"}])
    assert novel.kept == [] and novel.rejected[0]["evidence"]["rouge_l"] == 1.0
    records = stages.to_records(rows)
    assert stages.to_dicts(records, rows) == rows
