"""Stage inputs read from their files as they are used, and outputs written as they are decided
(datagen/record_file.py, `StageSinks` in datagen/stage.py), so the stages after the bootstrap
hold a block of rows, not every row of a 20,000-instruction run (issue 14)."""

from __future__ import annotations

import functools
import json
import tracemalloc

import pytest

from datagen.errors import InputError
from datagen.filters import dedup
from datagen.filters.dedup import MinHashConfig, minhash_dedup
from datagen.io import write_jsonl
from datagen.record_file import RecordFiles, streams_input, wants_stream, write_records
from datagen.records import Instance, Task, record_from_dict
from datagen.stage import Reject, RunContext, StageSinks


def _rows(n: int, start: int = 0) -> list[Task]:
    return [Task.new(f"Describe the colour number {i} in one sentence.", "test",
                     instances=[Instance(input="", output=f"Colour {i} is a shade between red and blue.")],
                     meta={"round": i, "most_similar": {f"seed_{j}": j / 10 for j in range(10)}})
            for i in range(start, start + n)]


def test_files_and_loose_records_read_as_one_sequence(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(a, _rows(3))
    b.write_text("".join(json.dumps(r.model_dump(mode="json")) + "\n\n" for r in _rows(2, 3)))  # blank lines
    loose = _rows(1, 10)
    files = RecordFiles([loose, a, b])
    expected = loose + _rows(3) + _rows(2, 3)
    assert len(files) == 6
    assert list(files) == expected and list(files) == expected  # iterable again
    assert [files[i] for i in range(6)] == expected  # by index, in any order
    assert files[-1] == expected[-1] and files[4] == expected[4] and files[0] == expected[0]
    assert files[1:4] == expected[1:4] and files[::2] == expected[::2]
    with pytest.raises(IndexError):
        files[6]
    assert files.paths == [a, b]


def test_a_bad_line_is_named_by_file_and_line(tmp_path):
    path = tmp_path / "kept.jsonl"
    write_jsonl(path, _rows(2))
    with path.open("a") as fh:
        fh.write("{not json\n")
    with pytest.raises(InputError, match="line 3"):
        list(RecordFiles([path]))


def test_records_jsonl_copies_file_lines_and_serializes_loose_records(tmp_path):
    path = tmp_path / "kept.jsonl"
    write_jsonl(path, _rows(3))
    loose = _rows(2, 7)
    n = write_records(tmp_path / "records.jsonl", RecordFiles([loose, path]))
    lines = (tmp_path / "records.jsonl").read_text().splitlines()
    assert n == 5 and lines[2:] == path.read_text().splitlines()
    assert [record_from_dict(json.loads(line)) for line in lines] == loose + _rows(3)
    assert write_records(tmp_path / "plain.jsonl", loose) == 2  # a list is written as before


def test_the_marker_is_found_through_partial():
    @streams_input
    def stage(records, cfg, ctx):
        return None

    assert wants_stream(stage) and wants_stream(functools.partial(stage, extra=1))
    assert not wants_stream(lambda records, cfg, ctx: None)


def test_sinks_spool_to_the_stage_folder_and_leave_nothing_when_the_stage_fails(tmp_path):
    ctx = RunContext(stage="s", out_dir=tmp_path / "001_s")
    with StageSinks("s", ctx) as out:
        for task in _rows(4):
            out.keep(task) if task.meta["round"] % 2 else out.reject(task, Reject("even", n=task.meta["round"]))
        result = out.result(4)
    assert (len(result.kept), dict(result.stats.rejected_by_reason)) == (2, {"even": 2})
    assert len((tmp_path / "001_s" / "kept.jsonl").read_text().splitlines()) == 2
    with pytest.raises(RuntimeError), StageSinks("s", RunContext(out_dir=tmp_path / "002_s")) as out:
        out.keep(_rows(1)[0])
        raise RuntimeError("the endpoint went away")
    assert not (tmp_path / "002_s").exists() or not any((tmp_path / "002_s").iterdir())
    in_memory = StageSinks("s")  # no folder (a library call): lists, as before
    in_memory.keep(_rows(1)[0])
    assert in_memory.result(1).kept == _rows(1)


def test_block_by_block_minhash_makes_the_decisions_of_one_pass(tmp_path, monkeypatch):
    rows = _rows(10)
    rows += [r.model_copy(update={"id": r.id + "-again"}) for r in rows[::3]]  # duplicates in later blocks
    whole = minhash_dedup(rows, MinHashConfig())
    monkeypatch.setattr(dedup, "DEDUP_BLOCK", 3)
    path = tmp_path / "in.jsonl"
    write_jsonl(path, rows)
    blocks = minhash_dedup(RecordFiles([path]), MinHashConfig(), RunContext(stage="minhash_dedup",
                                                                            out_dir=tmp_path / "out"))
    assert whole.stats.n_rejected == 4 and [r.id for r in whole.kept] == [r.id for r in rows[:10]]
    kept = [json.loads(line) for line in (tmp_path / "out" / "kept.jsonl").read_text().splitlines()]
    rejected = [json.loads(line) for line in (tmp_path / "out" / "rejected.jsonl").read_text().splitlines()]
    assert [k["id"] for k in kept] == [r.id for r in whole.kept]
    assert [(r["record"]["id"], r["evidence"]["duplicate_of"]) for r in rejected] == \
        [(r.record["id"], r.evidence["duplicate_of"]) for r in whole.rejected]
    assert (blocks.stats.n_in, blocks.stats.n_kept) == (whole.stats.n_in, whole.stats.n_kept)


def test_streamed_minhash_holds_a_block_not_the_rows(tmp_path, monkeypatch):
    path = tmp_path / "in.jsonl"
    write_jsonl(path, _rows(6000))
    monkeypatch.setattr(dedup, "DEDUP_BLOCK", 300)
    tracemalloc.start()
    try:
        rows = list(RecordFiles([path]))
        held = tracemalloc.get_traced_memory()[0]  # the input as records in memory
        del rows
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = minhash_dedup(RecordFiles([path]), MinHashConfig(),
                               RunContext(stage="minhash_dedup", out_dir=tmp_path / "o"))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert result.stats.n_kept == 6000
    # Loading the rows, as the stage did before, cost `held` before any work (then verdicts and
    # scored copies on top); now a block of 300 rows, its hashing buffers and the index's
    # signatures (~0.5 KB per row) are held.
    assert peak < held / 2, (peak, held)
