"""Explore-Instruct prune, filter and quota sampling, on the shared demo tree (4,433 examples)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from rouge_score import rouge_scorer

from datagen.methods.explore_instruct.tree import DomainTree, make_example
from datagen.methods.explore_instruct.select import (
    ExampleFilterConfig, PruneConfig, SampleConfig, apply_filter, filter_stage, prune_stage, pruned_names,
    quota_sample, sample_stage,
)
from datagen.stage import RunContext


@pytest.fixture(scope="module")
def demo(shared_data: Path) -> DomainTree:
    path = shared_data / "explore-instruct" / "demo_domain"
    if not path.is_dir():
        pytest.skip(f"{path} absent: ../shared/data absent")
    return DomainTree.load(path)


def _sample(tree: DomainTree, seed: int = 42, **cfg):
    return sample_stage([], SampleConfig(**cfg), RunContext(rng=random.Random(seed)), tree=tree)


def test_sample_50000_on_the_demo_tree_takes_everything_and_reports_the_shortfall(demo):
    # the reference draws the ~45.6K deficit from the 2-example root and raises ValueError
    res = _sample(demo, n_samples=50000)
    assert res.stats.n_in == 4433 and res.stats.n_kept == 4433 and res.stats.n_rejected == 0
    assert res.stats.extra["shortfall"] == 50000 - 4433
    assert len({t.id for t in res.kept}) == 4433
    assert Counter(t.meta["node"] for t in res.kept)["text_expansion"] == 634


def test_sample_500_follows_the_quotas_and_is_seeded(demo):
    res = _sample(demo, n_samples=500)
    assert res.stats.n_kept == 500 and res.stats.rejected_by_reason == {"not_sampled": 3933}
    per_node = Counter(t.meta["node"] for t in res.kept)
    # root: int(500*2/4002)+1 = 1; each child: int(500*500/4002)+1 = 63; 505 truncated to 500
    assert per_node["assistance_for_text_editting"] == 1
    order = [c.task_name for c in demo.root.children]
    assert [per_node[n] for n in order] == [63] * 7 + [58]
    assert len({t.id for t in res.kept}) == 500
    again = _sample(demo, n_samples=500)
    assert [t.id for t in again.kept] == [t.id for t in res.kept]
    other = _sample(demo, seed=1, n_samples=500)
    assert [t.id for t in other.kept] != [t.id for t in res.kept]


def test_pruned_nodes_are_excluded_from_the_sample(demo):
    tree = demo.copy()
    tree.pruned = ["paraphrase", "style_transfer"]
    res = _sample(tree, n_samples=50000)
    assert res.stats.rejected_by_reason == {"pruned_node": 1024}
    assert not {t.meta["node"] for t in res.kept} & {"paraphrase", "style_transfer"}
    small = _sample(tree, n_samples=500)
    assert small.stats.n_kept == 500 and "paraphrase" not in {t.meta["node"] for t in small.kept}
    kept_all = _sample(tree, n_samples=50000, exclude_pruned=False)
    assert kept_all.stats.n_kept == 4433  # the reference behaviour, as an option
    shallow = _sample(tree, n_samples=10, max_depth=0)
    assert shallow.stats.n_kept == 2 and shallow.stats.rejected_by_reason["too_deep"] == 3407


def test_quota_sample_never_raises_and_fills_from_what_remains():
    rng = random.Random(0)
    picks, short = quota_sample([["r1", "r2"], list(range(10))], 50, rng)
    assert len(picks) == 12 and short == 38 and len(set(picks)) == 12
    picks, short = quota_sample([["a"], list(range(100))], 10, random.Random(0))
    assert len(picks) == 10 and short == 0 and picks[0] == (0, 0)
    assert quota_sample([[], []], 5, rng) == ([], 5) and quota_sample([[1]], 0, rng) == ([], 0)
    # quotas of 1 each (int(3*1/4)+1) over-fill, then the draw is cut to n
    picks, short = quota_sample([[1], [2], [3], [4]], 3, rng)
    assert picks == [(0, 0), (1, 0), (2, 0)] and short == 0


def test_prune_by_task_name_rouge_against_root_and_kept_names():
    tree = DomainTree.from_root("Text editing", [])
    for name in ("Paraphrase the text", "Paraphrase text", "Style transfer", "Text editing!", "Paraphrase"):
        tree.add_child(tree.root, name, "", [make_example("Do a thing here.", "", "ok")])
    res = prune_stage([], PruneConfig(), RunContext(), tree=tree)
    assert pruned_names(res) == ["paraphrase_text", "text_editing_0"]
    by_name = {r.record["meta"]["node"]: r for r in res.rejected}
    assert by_name["paraphrase_text"].evidence == {"closest": "paraphrase_the_text", "rouge_l": 0.8}
    assert by_name["text_editing_0"].evidence["closest"] == "text_editing"
    # "Paraphrase" vs "Paraphrase the text" (the pruned "Paraphrase text" is not in the pool): 0.5
    assert res.kept[-1].meta["rouge_l_max"] == pytest.approx(0.5, abs=1e-6)
    off = prune_stage([], PruneConfig(enabled=False), RunContext(), tree=tree)
    assert off.stats.n_kept == 5


def test_demo_tree_prunes_nothing(demo):
    res = prune_stage([], PruneConfig(), RunContext(), tree=demo)
    assert res.stats.n_in == 8 and res.stats.n_kept == 8


def test_filter_matches_rouge_score_greedy_per_node(demo):
    examples = demo.get("paraphrase").examples[:150]
    tree = DomainTree.from_root("Root", [])
    tree.add_child(tree.root, "Paraphrase", "", examples)
    tree.add_child(tree.root, "Copy", "", examples[:20])
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    expected: list[int] = []
    for i, ex in enumerate(examples):
        if all(scorer.score(examples[j]["instruction"], ex["instruction"])["rougeL"].fmeasure <= 0.7
               for j in expected):
            expected.append(i)
    res = filter_stage([], ExampleFilterConfig(), RunContext(), tree=tree)
    kept_para = [t for t in res.kept if t.meta["node"] == "paraphrase"]
    assert [t.instruction for t in kept_para] == [examples[i]["instruction"] for i in expected]
    assert set(res.stats.rejected_by_reason) <= {"rouge_too_similar"}
    per_node_copy = sum(1 for t in res.kept if t.meta["node"] == "copy")
    assert per_node_copy == sum(1 for i in expected if i < 20)  # per node: copies in another node survive
    wide = filter_stage([], ExampleFilterConfig(scope="tree"), RunContext(), tree=tree)
    assert not [t for t in wide.kept if t.meta["node"] == "copy"]  # one pool: every copy is caught
    assert wide.rejected[-1].evidence["rouge_l"] == 1.0
    changed = apply_filter(tree, res.kept)
    assert {n.task_name for n in changed} == {"paraphrase", "copy"}
    assert len(tree.get("paraphrase").examples) == len(expected)
