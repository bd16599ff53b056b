"""`datagen dedup rouge|minhash` and `datagen decontaminate` on JSONL files: outputs, counts, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from rouge_score import rouge_scorer
from typer.testing import CliRunner

from datagen.cli.dedup import app, decontaminate_command, register

runner = CliRunner()


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


ROWS = [
    {"instruction": "Write a short poem about the ocean at night.", "extra": [1, 2]},
    {"instruction": "Write a short poem about the ocean at night!", "extra": None},
    {"id": "own-id", "instruction": "Explain photosynthesis to a ten year old."},
    {"instruction": "Explain photosynthesis to a ten-year-old child."},
    {"instruction": "List five board games for two players."},
]


def test_rouge_command_writes_kept_and_rejected(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "out"
    result = runner.invoke(app, ["rouge", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 in, 3 kept, 2 rejected, 2 rouge_too_similar" in result.output
    assert read_jsonl(out / "kept.jsonl") == [ROWS[0], ROWS[2], ROWS[4]]  # objects unchanged, in order
    rejected = read_jsonl(out / "rejected.jsonl")
    assert [r["record"] for r in rejected] == [ROWS[1], ROWS[3]]
    assert [r["evidence"]["closest_id"] for r in rejected] == ["in.jsonl:1", "own-id"]
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    assert rejected[1]["evidence"]["rouge_l"] == scorer.score(ROWS[3]["instruction"], ROWS[2]["instruction"])["rougeL"].fmeasure
    assert {r["stage"] for r in rejected} == {"novelty"} and {r["reason"] for r in rejected} == {"rouge_too_similar"}


def test_rouge_command_with_pool_and_dotted_field(tmp_path, shared_data):
    seeds = shared_data / "self-instruct" / "seed_tasks.jsonl"
    first = json.loads(seeds.read_text(encoding="utf-8").splitlines()[0])
    rows = [{"task": {"instruction": first["instruction"] + " Thanks."}},
            {"task": {"instruction": "Draft a packing list for a week of winter camping."}}]
    src = write_jsonl(tmp_path / "gen.jsonl", rows)
    out = tmp_path / "out"
    result = runner.invoke(app, ["rouge", str(src), "--field", "task.instruction", "--out", str(out),
                                 "--pool", str(seeds), "--top-k", "0"])
    assert result.exit_code == 2 and "seed_tasks.jsonl, line 1: field 'task.instruction': missing" in result.output
    assert not out.exists()  # nothing written when an input is bad
    pool = write_jsonl(tmp_path / "pool.jsonl", [{"task": {"instruction": json.loads(l)["instruction"]}, "id": json.loads(l)["id"]}
                                                 for l in seeds.read_text(encoding="utf-8").splitlines()])
    result = runner.invoke(app, ["rouge", str(src), "--field", "task.instruction", "--out", str(out),
                                 "--pool", str(pool), "--top-k", "0"])
    assert result.exit_code == 0, result.output
    assert read_jsonl(out / "rejected.jsonl")[0]["evidence"]["closest_id"] == "seed_task_0"
    assert read_jsonl(out / "kept.jsonl") == [rows[1]]


def test_minhash_command(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ROWS + [dict(ROWS[4])])
    out = tmp_path / "m"
    result = runner.invoke(app, ["minhash", str(src), "--out", str(out), "--ngram", "2"])
    assert result.exit_code == 0, result.output
    assert "6 in, 3 kept, 3 rejected, 3 minhash_duplicate" in result.output
    rejected = read_jsonl(out / "rejected.jsonl")
    # word bigrams: "ten year old" vs "ten-year-old child" share 7 of 8 shingles
    assert [r["evidence"]["duplicate_of"] for r in rejected] == ["in.jsonl:1", "own-id", "in.jsonl:5"]
    assert rejected[2]["evidence"]["jaccard"] == 1.0
    assert read_jsonl(out / "kept.jsonl") == [ROWS[0], ROWS[2], ROWS[4]]
    result = runner.invoke(app, ["minhash", str(src), "--out", str(out), "--shingle", "byte"])
    assert result.exit_code == 2 and "unknown shingle kind" in result.output


def test_decontaminate_command(tmp_path):
    main = typer.Typer()
    register(main)
    evals = write_jsonl(tmp_path / "eval.jsonl", [{"question": "Explain photosynthesis to a ten year old.", "answer": "..."}])
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    out = tmp_path / "d"
    result = runner.invoke(main, ["decontaminate", str(src), "--against", str(evals), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rejected = read_jsonl(out / "rejected.jsonl")
    assert [r["record"] for r in rejected] == [ROWS[2], ROWS[3]]
    assert rejected[0]["evidence"]["eval_file"] == str(evals) and rejected[0]["evidence"]["eval_line"] == 1
    assert "Explain photosynthesis" in rejected[0]["evidence"]["eval_excerpt"]
    assert len(read_jsonl(out / "kept.jsonl")) == 3
    assert decontaminate_command.__name__ == "decontaminate_command"


@pytest.mark.parametrize("content,message", [
    ('{"instruction": "ok"}\nnot json\n', "in.jsonl, line 2: not valid JSON"),
    ('{"instruction": "ok"}\n[1, 2]\n', "in.jsonl, line 2: expected a JSON object"),
    ('{"instruction": "ok"}\n{"prompt": "x"}\n', "in.jsonl, line 2: field 'instruction': missing"),
    ('{"instruction": 3}\n', "in.jsonl, line 1: field 'instruction': expected a string, got int"),
])
def test_bad_input_exit_2_and_no_output(tmp_path, content, message):
    src = tmp_path / "in.jsonl"
    src.write_text(content, encoding="utf-8")
    for command in ("rouge", "minhash"):
        out = tmp_path / command
        result = runner.invoke(app, [command, str(src), "--out", str(out)])
        assert result.exit_code == 2, result.output
        assert message in " ".join(result.output.split())
        assert not out.exists()


def test_missing_files_exit_2(tmp_path):
    result = runner.invoke(app, ["rouge", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "nope.jsonl: file not found" in result.output
    main = typer.Typer()
    register(main)
    src = write_jsonl(tmp_path / "in.jsonl", ROWS)
    result = runner.invoke(main, ["decontaminate", str(src), "--against", str(tmp_path / "eval.jsonl"),
                                  "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "eval.jsonl: file not found" in result.output
    assert not (tmp_path / "o").exists()
