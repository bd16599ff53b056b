"""Ensemble-Instruct voting on hand-made cases: every branch, every rule, k = 3 and k = 5."""

from __future__ import annotations

import pytest
from rouge_score import rouge_scorer

from datagen.methods.ensemble_instruct.vote import (
    VoteConfig, exact_match, vote, vote_counts_rows, vote_sample_rows, vote_stage,
)
from datagen.records import Instance, Task
from datagen.text.normalize import normalize_for_vote

RULES = ("medoid", "legacy", "paper")
# k = 3, no exact match: R01 .286, R02 .5, R12 .667 -> medoid o2 (sum 1.167); best pair (1, 2) -> o1
GRADED = ["red green blue", "cat dog bird green", "cat dog bird red blue"]
# k = 5, no exact match, every pair > 0.01: medoid o1 (sum 2.769); best pair (3, 4) at .923 -> o3
FIVE = ["a dog sat by the mat", "The cat sat on the mat.", "A cat sat on a mat",
        "the cat is sitting on the mat", "The cats sit on the mats."]


def cfg(rule: str = "medoid", **kw) -> VoteConfig:
    return VoteConfig(rule=rule, **kw)


def test_normalization_is_the_repos():
    assert normalize_for_vote("  The  Answer: 42!\n") == "the answer 42"


@pytest.mark.parametrize("rule", RULES)
def test_exact_match_with_the_first_output_wins_for_every_rule(rule):
    v = vote(["Paris.", "paris", "London"], cfg(rule))
    assert (v.winner, v.branch, v.reason) == (0, "exact_o0", None)
    v = vote(["Paris", "London", " PARIS! "], cfg(rule))  # o0 == o2
    assert (v.winner, v.branch) == (0, "exact_o0")


@pytest.mark.parametrize("rule, winner", [("medoid", 1), ("legacy", 0), ("paper", 1)])
def test_other_outputs_agree_head_emits_o1_legacy_emitted_o0(rule, winner):
    v = vote(["The answer is ten", "10", "10!"], cfg(rule))
    assert (v.winner, v.branch, v.chosen) == (winner, "exact_o1o2", winner)


def test_pairwise_scores_equal_rouge_score_with_stemmer_on_normalized_text():
    v = vote(GRADED)
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    for key, value in v.pairwise.items():
        i, j = map(int, key.split("-"))
        assert value == scorer.score(GRADED[i], GRADED[j])["rougeL"].fmeasure
    assert set(v.pairwise) == {"0-1", "0-2", "1-2"}


@pytest.mark.parametrize("rule, winner, branch", [("medoid", 2, "medoid"), ("legacy", 2, "medoid"),
                                                  ("paper", 1, "best_pair")])
def test_rouge_branch_medoid_versus_first_of_best_pair(rule, winner, branch):
    v = vote(GRADED, cfg(rule))
    assert (v.winner, v.branch) == (winner, branch)
    assert v.min_pairwise == pytest.approx(0.2857, abs=1e-3)


def test_medoid_ties_go_to_the_earlier_candidate():
    # all three pairwise scores equal -> equal sums -> o0
    v = vote(["alpha beta", "beta gamma", "gamma alpha"])
    assert len(set(v.pairwise.values())) == 1 and v.winner == 0


@pytest.mark.parametrize("rule", RULES)
def test_no_consensus_when_some_pair_is_at_or_below_threshold(rule):
    v = vote(["yes", "no", "maybe"], cfg(rule))
    assert (v.winner, v.reason) == (None, "vote_no_consensus")
    assert v.pairwise == {"0-1": 0.0, "0-2": 0.0, "1-2": 0.0}
    # the threshold is strict (> 0.01 in the repo): a bar at the smallest score drops the row
    graded = vote(GRADED, cfg(rule, threshold=vote(GRADED).min_pairwise))
    assert graded.reason == "vote_no_consensus" and graded.chosen is not None


def test_empty_winners_are_rejected_in_every_branch_by_default():
    assert vote(["...", "!", "x"]).reason == "vote_empty"  # exact_o0 on two empty strings
    assert vote(["x", "", " "]).reason == "vote_empty"  # exact_o1o2 on empty outputs (head)
    assert vote(["x", "", " "], cfg("legacy")).winner == 0  # legacy emits o0, which has text
    # the repo's own behaviour with drop_empty=False: exact branches may emit an empty output
    loose = vote(["x", "", " "], cfg(drop_empty=False))
    assert (loose.winner, loose.branch) == (1, "exact_o1o2")


def test_exact_match_generalises_to_the_earliest_candidate_with_a_twin():
    assert exact_match(["a", "b", "c", "b", "a"]) == (0, 4)
    assert exact_match(["a", "b", "c", "d", "b"]) == (1, 4)
    assert exact_match(["a", "b", "c"]) is None


@pytest.mark.parametrize("rule, winner", [("medoid", 1), ("legacy", 0), ("paper", 1)])
def test_k5_exact_branches(rule, winner):
    v = vote(["one two", "three four", "five six", "Three, four!", "seven"], cfg(rule))
    assert (v.winner, v.branch) == (winner, "exact_o1o3")
    assert len(v.pairwise) == 10


@pytest.mark.parametrize("rule, winner", [("medoid", 1), ("legacy", 1), ("paper", 3)])
def test_k5_rouge_branch(rule, winner):
    v = vote(FIVE, cfg(rule))
    assert v.winner == winner and v.min_pairwise > 0.01


def test_two_candidates_vote_and_one_is_an_error():
    assert vote(["the cat sat", "a cat sat down"]).winner == 0  # equal sums: the earlier one
    assert vote(["yes", "no"]).reason == "vote_no_consensus"
    with pytest.raises(ValueError, match="at least 2"):
        vote(["alone"])


def test_k5_no_consensus_when_one_candidate_shares_nothing():
    v = vote(FIVE[:4] + ["completely unrelated words"])
    assert v.reason == "vote_no_consensus" and v.min_pairwise == 0.0


def test_emitted_text_is_the_original_not_the_normalized_one():
    task = Task.new("Name the capital of France.", "ensemble_instruct",
                    instances=[Instance(output="PARIS!")],
                    meta={"candidates": [{"member": "m0", "text": "  PARIS! "},
                                         {"member": "m1", "text": "paris"},
                                         {"member": "m2", "text": "Lyon"}]})
    res = vote_stage([task], VoteConfig())
    assert res.kept[0].instances[0].output == "PARIS!"
    assert res.kept[0].meta["votes"]["member"] == "m0"
    assert res.kept[0].meta["votes"]["branch"] == "exact_o0"


def _row(texts: list[str], instruction: str = "Say something.") -> Task:
    return Task.new(instruction, "ensemble_instruct", instances=[Instance(output=texts[0])],
                    meta={"candidates": [{"member": f"m{i}", "text": t} for i, t in enumerate(texts)]})


def test_vote_stage_keeps_winners_and_rejects_with_all_candidates_as_evidence():
    rows = [_row(GRADED, "a b c d"), _row(["yes", "no", "maybe"], "e f g h"),
            _row(["x", "", " "], "i j k l"), _row(["only one"], "m n o p")]
    res = vote_stage(rows, VoteConfig())
    assert [t.instances[0].output for t in res.kept] == [GRADED[2]]
    votes = res.kept[0].meta["votes"]
    assert votes["winner"] == 2 and votes["branch"] == "medoid" and set(votes["pairwise"]) == {"0-1", "0-2", "1-2"}
    assert [r.reason for r in res.rejected] == ["vote_no_consensus", "vote_empty", "too_few_candidates"]
    ev = res.rejected[0].evidence
    assert [c["text"] for c in ev["candidates"]] == ["yes", "no", "maybe"] and len(ev["pairwise"]) == 3
    assert res.stats.n_in == 4 and res.stats.rejected_by_reason == {
        "vote_no_consensus": 1, "vote_empty": 1, "too_few_candidates": 1}


def test_vote_tables_count_wins_per_member_and_show_candidates():
    rows = [_row(["Paris", "paris", "Rome"], "q1 a b c"), _row(["x y", "10", "10"], "q2 a b c"),
            _row(GRADED, "q3 a b c"), _row(["yes", "no", "maybe"], "q4 a b c")]
    res = vote_stage(rows, VoteConfig())
    counts = {r["member"]: r for r in vote_counts_rows(res.kept, res.rejected, ["m0", "m1", "m2"])}
    assert counts["m0"]["exact-match wins"] == 1 and counts["m1"]["exact-match wins"] == 1
    assert counts["m2"]["ROUGE (medoid / best pair) wins"] == 1
    assert counts["dropped: vote_no_consensus"]["rows won"] == 1
    sample = vote_sample_rows(res.kept, res.rejected)
    assert len(sample) == 4 and sample[2]["winner"] == "[2] m2" and "0-1=" in sample[2]["pairwise"]
    assert sample[3]["status"] == "dropped: vote_no_consensus" and "[1] m1: no" in sample[3]["candidates"]
