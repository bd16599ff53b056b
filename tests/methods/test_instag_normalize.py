"""InsTag normalization: each step on hand-made tags, with the exact merges expected."""

from __future__ import annotations

import json
import logging

import numpy as np
import pytest

from datagen.methods.instag.association import AssociationConfig, association_merge, association_stage
from datagen.methods.instag.normalize import (
    FrequencyConfig, Merge, RuleConfig, alpha_warning, clean_tag, frequency_merges, frequency_stage,
    remap, rule_merges, rule_stage, tag_counts,
)
from datagen.methods.instag.semantic import SemanticConfig, semantic_merges, semantic_stage
from datagen.records import Task
from datagen.stage import RunContext


def tasks(tag_sets: list[list[str]]) -> list[Task]:
    return [Task.new(f"query {i}", "instag", meta={"tags": tags}) for i, tags in enumerate(tag_sets)]


def merges_of(result) -> list[tuple[str | None, str | None, int]]:
    return [(m["from"], m["to"], m["count"]) for m in result]


# ---- shared plumbing ----------------------------------------------------------------------

def test_remap_drops_dedups_and_keeps_order():
    assert remap(["B", "a", "b", "c"], {"B": "b", "c": None}) == ["b", "a"]


def test_tag_counts_count_queries_not_repeats():
    assert tag_counts([["a", "a", "b"], ["a"]]) == {"a": 2, "b": 1}


# ---- step 1: frequency --------------------------------------------------------------------

def test_frequency_merges_drop_rare_tags():
    merges = frequency_merges({"x": 3, "y": 2, "z": 1}, alpha=2)
    assert merges == [Merge("frequency", "z", None, "used by 1 queries < alpha 2", 1)]


def test_frequency_stage_rewrites_tags_and_writes_merges(tmp_path):
    records = tasks([["x", "y"], ["x", "y"], ["x", "z"], ["w"]])
    result = frequency_stage(records, FrequencyConfig(alpha=2), RunContext(run_dir=tmp_path))
    assert [r.meta["tags"] for r in result.kept] == [["x", "y"], ["x", "y"], ["x"], []]
    assert result.stats.n_in == result.stats.n_kept == 4 and result.stats.n_rejected == 0
    extra = result.stats.extra
    assert (extra["tags_in"], extra["tags_out"], extra["merges"]) == (4, 2, 2)
    assert extra["queries_without_tags"] == 1
    rows = [json.loads(line) for line in (tmp_path / "tag_merges" / "frequency.jsonl").read_text().splitlines()]
    assert merges_of(rows) == [("w", None, 1), ("z", None, 1)]


def test_alpha_warning_only_for_small_pools_losing_most_tags(caplog):
    cfg = FrequencyConfig(alpha=20)
    assert alpha_warning(n_queries=50, n_tags=100, n_dropped=90, cfg=cfg) is not None
    assert alpha_warning(n_queries=50, n_tags=100, n_dropped=40, cfg=cfg) is None
    assert alpha_warning(n_queries=300_000, n_tags=100, n_dropped=90, cfg=cfg) is None
    with caplog.at_level(logging.WARNING, logger="datagen"):
        result = frequency_stage(tasks([["a"], ["b"], ["c"], ["a"]]), FrequencyConfig(alpha=2),
                                 RunContext())
    assert result.stats.extra["alpha_warning"] == 1.0
    assert "alpha=2 removed 2 of the 3 distinct tags (67%) of this 4-query pool" in caplog.text


# ---- step 2: rules ------------------------------------------------------------------------

def test_clean_tag():
    assert clean_tag("Step-by-Step_Explanation!") == "step by step explanation"
    assert clean_tag("C++ programming", keep_chars="+#") == "c++ programming"
    assert clean_tag("C++ programming") == "c programming"


def test_rule_merges_without_lemmas():
    counts = {"Code-Generation": 1, "code generation": 5, "Code generation": 2, "humor": 3}
    merges = rule_merges(counts, None)
    assert [(m.from_tag, m.to_tag, m.count) for m in merges] == [
        ("Code generation", "code generation", 2), ("Code-Generation", "code generation", 1)]


def test_rule_merges_name_groups_by_most_used_spelling():
    # both spellings lemmatize to "sql query"; the plural is used more, so it names the group
    lemmas = {"sql queries": "sql query", "sql query": "sql query"}
    merges = rule_merges({"SQL queries": 4, "sql query": 3}, lambda xs: [lemmas[x] for x in xs])
    assert [(m.from_tag, m.to_tag) for m in merges] == [("SQL queries", "sql queries"), ("sql query", "sql queries")]
    assert "normalized form 'sql query'" in merges[1].why


@pytest.mark.slow  # loads spaCy en_core_web_sm
def test_rule_stage_with_spacy(tmp_path):
    records = tasks([["SQL queries", "Code-Generation"], ["sql query", "code generation"],
                     ["sql query", "Mathematical calculations"], ["mathematical calculation", "C++"]])
    result = rule_stage(records, RuleConfig(), RunContext(run_dir=tmp_path))
    assert [r.meta["tags"] for r in result.kept] == [
        ["sql query", "code generation"], ["sql query", "code generation"],
        ["sql query", "mathematical calculation"], ["mathematical calculation", "c++"]]
    rows = [json.loads(line) for line in (tmp_path / "tag_merges" / "rule.jsonl").read_text().splitlines()]
    assert merges_of(rows) == [("C++", "c++", 1), ("Code-Generation", "code generation", 1),
                               ("Mathematical calculations", "mathematical calculation", 1),
                               ("SQL queries", "sql query", 1)]
    extra = result.stats.extra
    assert (extra["tags_in"], extra["tags_out"], extra["merges"]) == (7, 4, 4)


# ---- step 3: semantic ---------------------------------------------------------------------

def test_semantic_merges_on_hand_made_vectors():
    counts = {"arithmetic": 2, "math": 5, "mathematics": 3, "poetry": 1}
    # sorted order: arithmetic, math, mathematics, poetry
    vectors = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.999, 0.03, 0.0], [0.0, 0.0, 1.0]])
    merges = semantic_merges(counts, vectors, eps=0.05)
    assert [(m.from_tag, m.to_tag, m.count) for m in merges] == [("mathematics", "math", 3)]
    assert "cosine distance 0.000" in merges[0].why


def test_semantic_clusters_chain_and_name_by_most_used():
    # a~b and b~c are within eps, a~c is not: min_samples=1 makes one cluster of three
    angle = np.radians([0.0, 15.0, 30.0])
    vectors = np.stack([np.cos(angle), np.sin(angle)], axis=1)  # cos 15 deg: distance 0.034
    counts = {"a": 1, "b": 1, "c": 4}
    merges = semantic_merges(counts, vectors, eps=0.05)
    assert [(m.from_tag, m.to_tag) for m in merges] == [("a", "c"), ("b", "c")]
    assert semantic_merges(counts, vectors, eps=0.02) == []


def test_semantic_stage_with_injected_embedder(tmp_path):
    table = {"coding": [1.0, 0.0], "programming": [0.9995, 0.03], "cooking": [0.0, 1.0]}
    records = tasks([["coding", "cooking"], ["programming"], ["programming"]])
    result = semantic_stage(records, SemanticConfig(), RunContext(run_dir=tmp_path),
                            embedder=lambda texts: np.array([table[t] for t in texts]))
    assert [r.meta["tags"] for r in result.kept] == [["programming", "cooking"], ["programming"], ["programming"]]
    assert result.stats.extra["merges"] == 1


@pytest.mark.slow
def test_semantic_stage_with_bundled_minilm(monkeypatch):
    """The default eps 0.05 with all-MiniLM-L6-v2: only near-identical phrasings merge
    (cosine similarity ~0.97 for these two pairs; "recipe suggestion" is far from all)."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    records = tasks([["python programming", "summarization"], ["python programming", "email writing"],
                     ["programming in python", "summarisation"], ["summarisation"], ["recipe suggestion"]])
    result = semantic_stage(records, SemanticConfig(), RunContext())
    assert [r.meta["tags"] for r in result.kept] == [
        ["python programming", "summarisation"], ["python programming", "email writing"],
        ["python programming", "summarisation"], ["summarisation"], ["recipe suggestion"]]
    assert result.stats.extra["merges"] == 2


# ---- step 4: association ------------------------------------------------------------------

def test_association_merge_hand_checked():
    sets = [["python", "programming", "debugging"], ["python", "programming"], ["programming"],
            ["math", "arithmetic"], ["math", "arithmetic", "word problem"], ["arithmetic", "math"]]
    result = association_merge(sets, min_support=2, min_confidence=0.99)
    # python -> programming holds in both python queries; programming -> python only 2/3.
    # math <-> arithmetic both ways: one tag under two names, named alphabetically on a tie.
    assert result.tag_sets == [["python", "debugging"], ["python"], ["programming"],
                               ["arithmetic"], ["arithmetic", "word problem"], ["arithmetic"]]
    assert [(m.from_tag, m.to_tag, m.count) for m in result.merges] == [
        ("math", "arithmetic", 3), ("programming", "python", 2)]
    assert result.mutual_groups == 1 and result.pair_rules == 3


def test_association_merge_is_recursive():
    sets = [["A", "B", "C"], ["A", "B", "C"], ["B", "C"], ["B", "C"], ["C"], ["C"]]
    result = association_merge(sets, min_support=2, min_confidence=0.99)
    # A -> B, A -> C, B -> C; B -> A is 2/4 and C -> B 4/6: no cycles
    assert result.tag_sets == [["A"], ["A"], ["B"], ["B"], ["C"], ["C"]]
    assert [(m.from_tag, m.to_tag, m.count) for m in result.merges] == [
        ("B", "A", 2), ("C", "A", 2), ("C", "B", 2)]


def test_association_below_support_merges_nothing(tmp_path):
    records = tasks([["x", "y"]] * 3)
    result = association_stage(records, AssociationConfig(), RunContext(run_dir=tmp_path))  # support 40
    assert [r.meta["tags"] for r in result.kept] == [["x", "y"]] * 3
    assert result.stats.extra["rules"] == 0
    assert (tmp_path / "tag_merges" / "association_rules.jsonl").read_text() == ""
    merged = association_stage(records, AssociationConfig(min_support=3), RunContext(run_dir=tmp_path))
    assert [r.meta["tags"] for r in merged.kept] == [["x"]] * 3  # x <-> y: one tag, named x
    assert merged.stats.extra["rules"] == 2
