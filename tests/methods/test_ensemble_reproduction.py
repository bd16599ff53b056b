"""Ensemble-Instruct's released sample run (IBM/ensemble-instruct `sample/`, ../shared/data):
the vote over 153 rows, the parsers over the raw instance files. Skips without ../shared/data.

- `legacy` (the pre-fix code) reproduces `openei.ensemble` row for row (105 rows);
- branch counts: 5 exact with o0, 24 o1 == o2, 76 by ROUGE, 48 dropped;
- `medoid` (repo HEAD) differs from the release exactly in the 24 o1 == o2 rows.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from datagen.methods.ensemble_instruct.parsers import parse_raw_instances
from datagen.methods.ensemble_instruct.vote import VoteConfig, vote, vote_stage
from datagen.records import Instance, Task


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def sample(shared_data) -> dict[str, list[dict]]:
    folder = shared_data / "ensemble-instruct" / "sample"
    names = {"samples": "openei.samples.jsonl", "t5": "openei.flan-t5-xxl_output.jsonl",
             "ul2": "openei.flan-ul2_output.jsonl", "ensemble": "openei.ensemble",
             "io_raw": "openei.io_instances.jsonl", "o_raw": "openei.o_instances.jsonl",
             "io_samples": "openei.io_samples.jsonl", "o_samples": "openei.o_samples.jsonl"}
    return {key: _jsonl(folder / name) for key, name in names.items()}


def candidates(sample, i: int) -> list[str]:
    return [sample["samples"][i]["output"], sample["t5"][i]["output"], sample["ul2"][i]["output"]]


def voted_rows(sample, cfg: VoteConfig) -> list[tuple[int, dict]]:
    out = []
    for i, row in enumerate(sample["samples"]):
        v = vote(candidates(sample, i), cfg)
        if v.winner is not None:
            out.append((i, {"instruction": row["instruction"].strip(), "input": row["input"].strip(),
                            "output": candidates(sample, i)[v.winner].strip()}))
    return out


def test_files_are_row_aligned(sample):
    assert len(sample["samples"]) == len(sample["t5"]) == len(sample["ul2"]) == 153
    for a, b, c in zip(sample["samples"], sample["t5"], sample["ul2"]):
        assert a["instruction"] == b["instruction"] == c["instruction"]
        assert a["input"] == b["input"] == c["input"]


def test_branch_counts(sample):
    branches = Counter()
    for i in range(153):
        v = vote(candidates(sample, i), VoteConfig(rule="legacy"))
        branches[v.branch if v.winner is not None else "dropped"] += 1
    assert branches == {"exact_o0": 5, "exact_o1o2": 24, "medoid": 76, "dropped": 48}


def test_legacy_rule_reproduces_the_released_ensemble_row_for_row(sample):
    rows = [r for _, r in voted_rows(sample, VoteConfig(rule="legacy"))]
    assert len(rows) == len(sample["ensemble"]) == 105
    assert rows == sample["ensemble"]


def test_medoid_rule_differs_exactly_in_the_rows_where_the_zero_shot_models_agree(sample):
    o1o2 = {i for i in range(153) if vote(candidates(sample, i)).branch == "exact_o1o2"}
    assert len(o1o2) == 24
    legacy = dict(voted_rows(sample, VoteConfig(rule="legacy")))
    for drop_empty, n_kept in ((False, 105), (True, 104)):
        head = dict(voted_rows(sample, VoteConfig(rule="medoid", drop_empty=drop_empty)))
        assert len(head) == n_kept
        differ = {i for i in legacy if head.get(i) != legacy[i]}
        assert differ == o1o2
        assert all(head[i]["output"] == sample["t5"][i]["output"].strip() for i in o1o2 if i in head)
    # with drop_empty (default) the one row where both zero-shot outputs are empty is dropped
    assert len(o1o2 - set(dict(voted_rows(sample, VoteConfig())))) == 1


def test_paper_rule_keeps_the_same_rows_and_may_pick_another_member(sample):
    medoid = dict(voted_rows(sample, VoteConfig()))
    paper = dict(voted_rows(sample, VoteConfig(rule="paper")))
    assert set(paper) == set(medoid)
    changed = sum(paper[i] != medoid[i] for i in medoid)
    assert 0 < changed < 76


def test_vote_stage_on_sample_rows_matches_the_pure_vote(sample):
    tasks = []
    for i, row in enumerate(sample["samples"]):
        names = ("generator", "flan-t5-xxl", "flan-ul2")
        tasks.append(Task.new(row["instruction"], "ensemble_instruct", meta={
            "row": i, "candidates": [{"member": n, "text": t} for n, t in zip(names, candidates(sample, i))]},
            instances=[Instance(input=row["input"], output=row["output"])]).model_copy(update={"id": f"r{i}"}))
    res = vote_stage(tasks, VoteConfig(rule="legacy"))
    assert res.stats.n_in == 153 and res.stats.n_kept == 105
    assert res.stats.rejected_by_reason == {"vote_no_consensus": 48}
    assert [t.instances[0].output for t in res.kept] == [r["output"] for r in sample["ensemble"]]
    wins = Counter(t.meta["votes"]["member"] for t in res.kept)
    assert sum(wins.values()) == 105 and wins["generator"] >= 29


@pytest.mark.parametrize("kind, n_rows", [("io", 72), ("o", 81)])
def test_parser_rebuilds_the_samples_that_fed_the_vote(sample, kind, n_rows):
    got = [{"instruction": c.instruction, "input": c.input, "output": c.output}
           for r in sample[f"{kind}_raw"] for c in parse_raw_instances(r["instruction"], r["raw_instances"])
           if c.ok]
    assert got == sample[f"{kind}_samples"] and len(got) == n_rows
    # samples.jsonl is io then o, concatenated
    start = 0 if kind == "io" else 72
    assert sample["samples"][start:start + n_rows] == got
