"""novelty_filter: Self-Instruct's pool rule as a stage, with scores stored before the decision."""

from __future__ import annotations

import pytest
from rouge_score import rouge_scorer

from datagen.filters.novelty import NoveltyConfig, new_index, novelty_filter
from datagen.records import Instance, Task
from datagen.seeds import load_seed_tasks


def machine(text: str) -> Task:
    return Task.new(text, method="self_instruct", instances=[Instance(input="", output="ok")])


@pytest.fixture(scope="module")
def seeds(shared_data):
    return load_seed_tasks(shared_data / "self-instruct" / "seed_tasks.jsonl")


def test_rejects_near_copies_of_seeds_and_of_earlier_batch_members(seeds):
    cfg = NoveltyConfig()
    index = new_index(cfg, seeds)
    assert index.ids[:3] == [s.id for s in seeds[:3]] and len(index) == 175  # seeds under their own ids
    near_seed = machine(seeds[0].instruction.replace("eggs", "eggs at all"))
    fresh = machine("Translate the following limerick into formal legal English.")
    fresh_again = machine("Translate the following limerick into formal legal English, please.")
    result = novelty_filter([near_seed, fresh, fresh_again], cfg, index=index)

    assert [r.id for r in result.kept] == [fresh.id]
    assert [(r.reason, r.evidence["closest_id"]) for r in result.rejected] == [
        ("rouge_too_similar", seeds[0].id), ("rouge_too_similar", fresh.id)]
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    want = scorer.score(near_seed.instruction, seeds[0].instruction)["rougeL"].fmeasure
    assert result.rejected[0].evidence["rouge_l"] == want > 0.7
    assert result.rejected[0].record["meta"]["rouge_l_max"] == want  # stored on the record too
    assert result.stats.rejected_by_reason == {"rouge_too_similar": 2}
    assert result.stats.extra["lcs_pairs"] > 0
    assert len(index) == 176 and index.ids[-1] == fresh.id  # kept records join the pool


def test_meta_holds_top_k_and_average_like_self_instruct(seeds):
    cfg = NoveltyConfig(top_k=3)
    index = new_index(cfg, seeds[:20])
    record = machine("Suggest a breakfast without eggs that has plenty of protein.")
    (kept,) = novelty_filter([record], cfg, index=index).kept
    scorer = rouge_scorer.RougeScorer(["rougeL"])
    scores = [scorer.score(record.instruction, s.instruction)["rougeL"].fmeasure for s in seeds[:20]]
    order = sorted(range(20), key=lambda j: (-scores[j], j))[:3]
    assert kept.meta["most_similar"] == {seeds[j].id: scores[j] for j in order}
    assert list(kept.meta["most_similar"]) == [seeds[j].id for j in order]
    assert kept.meta["avg_similarity"] == pytest.approx(sum(scores) / 20, rel=1e-12)
    assert kept.meta["rouge_l_max"] == scores[order[0]] and kept.meta["closest_id"] == seeds[order[0]].id
    assert record.meta == {}  # the input record is not mutated


def test_top_k_zero_is_max_only_and_same_decisions(seeds):
    records = [machine(s.instruction + " Answer briefly.") for s in seeds[:30]]
    records += [machine(f"Name {n} rivers that flow through at least three countries.") for n in ("two", "five")]
    full = novelty_filter(records, NoveltyConfig(), index=new_index(NoveltyConfig(), seeds))
    fast = novelty_filter(records, NoveltyConfig(top_k=0), index=new_index(NoveltyConfig(top_k=0), seeds))
    assert [r.id for r in full.kept] == [r.id for r in fast.kept]
    assert [r.evidence for r in full.rejected] == [r.evidence for r in fast.rejected]
    assert "most_similar" not in fast.kept[0].meta and "avg_similarity" not in fast.kept[0].meta
    # the top-k and mean are kept instructions' bookkeeping (Self-Instruct stores them with those
    # only): a rejected record carries its exact maximum and closest entry
    assert full.rejected and all("most_similar" in r.meta and "avg_similarity" in r.meta for r in full.kept)
    for r in full.rejected:
        meta = r.record["meta"]
        assert meta["rouge_l_max"] > 0.7 and meta["closest_id"] == r.evidence["closest_id"]
        assert "most_similar" not in meta and "avg_similarity" not in meta


def test_threshold_is_strictly_greater_than():
    cfg = NoveltyConfig(threshold=0.5)
    index = new_index(cfg)
    index.add("alpha beta", "p")
    result = novelty_filter([machine("alpha gamma")], cfg, index=index)  # F = 0.5 exactly: kept
    assert len(result.kept) == 1 and result.kept[0].meta["rouge_l_max"] == 0.5


def test_unicode_config_and_mismatched_index():
    cfg = NoveltyConfig(tokenizer="unicode")
    index = new_index(cfg)
    result = novelty_filter([machine("문장을 영어로 번역하세요"), machine("문장을 영어로 번역하세요")], cfg, index=index)
    assert [r.reason for r in result.rejected] == ["rouge_too_similar"]
    with pytest.raises(ValueError, match="new_index"):
        novelty_filter([machine("x y z")], NoveltyConfig(), index=index)
