"""The UI's stage sample (datagen/report.py): seeded, drawn across the stage, every rejection
reason with its count, and evidence and raw LLM text in full."""

from __future__ import annotations

from datagen.records import Rejected
from datagen.report import short_run_warning, stage_sample, stage_sample_markdown
from datagen.stage import StageStats


def _stage() -> tuple[list[dict], list[Rejected], StageStats]:
    kept = [{"id": f"k{i}", "instruction": f"task {i}", "instances": [], "meta": {}} for i in range(40)]
    rejected = [Rejected(stage="s", reason="too_long" if i % 4 else "blacklisted",
                         record={"id": f"r{i}", "instruction": f"bad {i}", "instances": []},
                         evidence={"words": i, "note": "x" * 400}) for i in range(20)]
    rejected.append(Rejected(stage="s", reason="not_an_item", record={"round": 0, "text": "raw ``` reply"},
                             evidence={}))
    stats = StageStats(stage="s", n_in=61, n_kept=40, n_rejected=21,
                       rejected_by_reason={"too_long": 15, "blacklisted": 5, "not_an_item": 1})
    return kept, rejected, stats


def test_sample_is_seeded_spread_and_covers_every_reason():
    kept, rejected, _ = _stage()
    picked, by_reason = stage_sample(kept, rejected, 3, "42:002_s")
    assert (picked, by_reason) == stage_sample(kept, rejected, 3, "42:002_s")
    assert stage_sample(kept, rejected, 3, "43:002_s")[0] != picked
    assert picked != kept[:3] and [int(r["id"][1:]) for r in picked] == sorted(int(r["id"][1:]) for r in picked)
    assert list(by_reason) == ["too_long", "blacklisted", "not_an_item"]  # most frequent first
    assert [len(v) for v in by_reason.values()] == [3, 3, 1]


def test_markdown_keeps_full_evidence_and_raw_text():
    kept, rejected, stats = _stage()
    text = stage_sample_markdown("002_s", stats, kept, rejected, 2, "1")
    assert "x" * 400 in text  # no cut
    assert "## Rejected: too_long (15 in this stage; 2 shown)" in text
    assert "## Rejected: not_an_item (1 in this stage; 1 shown)" in text
    assert "````\nraw ``` reply\n````" in text  # a fence the reply cannot close


def test_short_run_warning():
    assert short_run_warning({}) == ""
    assert "empty" in short_run_warning({"dataset_rows": 0, "target": 3})
    assert short_run_warning({"dataset_rows": 5, "target": 3, "figures": {"target reached": "yes"}}) == ""
    assert "not reached" in short_run_warning({"dataset_rows": 9, "target": 3,
                                               "figures": {"target reached": "no: 2 of 3"}})
    assert "short run" in short_run_warning({"dataset_rows": 2, "target": 3})


def test_a_stage_on_disk_shows_the_same_sample_as_in_memory(tmp_path):
    """Spooled and resumed stages are sampled from their files: same records, same markdown."""
    from datagen.io import write_jsonl
    from datagen.report import stage_sample_files

    kept, rejected, stats = _stage()
    write_jsonl(tmp_path / "kept.jsonl", kept)
    write_jsonl(tmp_path / "rejected.jsonl", rejected)
    for seed in ("1", "42:002_s", "7"):
        assert stage_sample_files(tmp_path, stats, 3, seed) == stage_sample(kept, rejected, 3, seed)
    assert stage_sample_markdown("002_s", stats, None, None, 2, "1", tmp_path) == \
        stage_sample_markdown("002_s", stats, kept, rejected, 2, "1", tmp_path)
    (tmp_path / "rejected.jsonl").unlink()  # gone: every reason is still named, with no records
    text = stage_sample_markdown("002_s", stats, None, None, 2, "1", tmp_path)
    assert "## Rejected, no records at hand: too_long, blacklisted, not_an_item" in text
