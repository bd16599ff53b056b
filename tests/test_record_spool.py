"""RecordSpool: stage records written to disk as they come (datagen/record_spool.py)."""

from __future__ import annotations

import json

import pytest

from datagen.record_spool import RecordSpool
from datagen.records import Rejected, Task
from datagen.stage import make_result


def _tasks(n: int) -> list[Task]:
    return [Task.new(f"Describe the colour number {i}.", "test") for i in range(n)]


def test_records_reach_the_file_as_they_come_and_only_counts_stay(tmp_path):
    spool = RecordSpool(tmp_path / "kept.jsonl")
    spool.extend(_tasks(3))
    assert len(spool) == 3 and not (tmp_path / "kept.jsonl").exists()  # in place only when finished
    with pytest.raises(TypeError, match="spooled to disk"):
        list(spool)
    spool.finish()
    lines = [json.loads(line) for line in (tmp_path / "kept.jsonl").read_text().splitlines()]
    assert [line["instruction"] for line in lines] == [t.instruction for t in _tasks(3)]
    assert [p.name for p in tmp_path.iterdir()] == ["kept.jsonl"]  # no temp file left


def test_an_aborted_spool_leaves_nothing_and_an_earlier_file_untouched(tmp_path):
    (tmp_path / "kept.jsonl").write_text('{"old": 1}\n')
    spool = RecordSpool(tmp_path / "kept.jsonl")
    spool.extend(_tasks(2))
    spool.abort()
    assert [p.name for p in tmp_path.iterdir()] == ["kept.jsonl"]
    assert (tmp_path / "kept.jsonl").read_text() == '{"old": 1}\n'


def test_rejections_are_counted_by_reason_and_a_stage_result_takes_spools(tmp_path):
    kept, dropped = RecordSpool(tmp_path / "k.jsonl"), RecordSpool(tmp_path / "r.jsonl")
    kept.extend(_tasks(2))
    dropped.extend(Rejected(stage="s", reason=reason, record={"id": str(i)})
                   for i, reason in enumerate(["long", "long", "short"]))
    result = make_result("s", 5, kept.finish(), dropped.finish())
    assert result.kept is kept and result.stats.rejected_by_reason == {"long": 2, "short": 1}
    again = RecordSpool.existing(tmp_path / "r.jsonl")
    assert (len(again), dict(again.reasons)) == (3, {"long": 2, "short": 1})
    with pytest.raises(AssertionError, match="stats disagree"):
        make_result("s", 5, kept, dropped).__class__(kept, [], result.stats).check()


def test_place_links_the_finished_file_instead_of_copying_it(tmp_path):
    spool = RecordSpool(tmp_path / "detail" / "heuristics_kept.jsonl")
    spool.extend(_tasks(4))
    spool.place(tmp_path / "stage" / "kept.jsonl")
    placed = tmp_path / "stage" / "kept.jsonl"
    assert placed.read_bytes() == (tmp_path / "detail" / "heuristics_kept.jsonl").read_bytes()
    assert placed.stat().st_ino == (tmp_path / "detail" / "heuristics_kept.jsonl").stat().st_ino
    spool.place(tmp_path / "detail" / "heuristics_kept.jsonl")  # onto itself: nothing to do
    assert len(RecordSpool.existing(placed)) == 4
