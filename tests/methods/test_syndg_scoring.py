"""SynDG two-level scoring: masked pairs, the NLL scorer against a hand computation on a tiny
model, the judge parser on malformed replies, and the selection."""

from __future__ import annotations

import asyncio
import math

import pytest

from datagen.llm.client import Completion
from datagen.llm.fake import ScriptedClient
from datagen.methods.syndg.judge import JudgeDialogueScorer, build_judge_prompt, parse_judge_reply
from datagen.methods.syndg.scoring import (JudgeConfig, NLLDialogueScorer, ScoreConfig, SelectConfig,
                                           flow_pairs, score_stage, select_stage, utterance_pairs)
from datagen.records import Dialogue, Turn
from datagen.stage import RunContext

FLOW = ["Honey bee | [none] | [none]", "Honey bee | Honey bee | Bees make honey.",
        "Honey bee | [none] | [none]", "Honey bee | Pollination | Pollen moves between flowers.",
        "Honey bee | [none] | [none]", "Honey bee | Honey bee | [none]"]
TEXTS = ["Do bees sleep?", "They rest, and they make honey.", "What else?", "They carry pollen.",
         "Neat.", "I like them too."]


def dialogue(did: str = "d0", texts: list[str] = TEXTS) -> Dialogue:
    speakers = ["Apprentice", "Wizard"]
    return Dialogue(id=did, method="syndg", flow=FLOW,
                    turns=[Turn(speaker=speakers[t % 2], text=x, grounding=FLOW[t]) for t, x in enumerate(texts)],
                    meta={"style": "wow", "speakers": speakers, "chosen_topic": "Honey bee",
                          "knowledge_turns": [1, 3, 5]})


GOLDEN_FLOW_PAIR = (
    "Below is the plan of a conversation about a topic: for each turn, what the speaker's message is about. "
    "One item of the plan is hidden and marked [hidden].\nTopic: Honey bee\n"
    "Turn 2 (Wizard): Bees make honey.\nTurn 4 (Wizard): [hidden]\nTurn 6 (Wizard): none\n\n"
    "The hidden item, turn 4 (Wizard):", " Pollination: Pollen moves between flowers.")


def test_masked_pairs():
    flows = flow_pairs(dialogue())
    assert len(flows) == 3 and flows[1] == GOLDEN_FLOW_PAIR
    assert flows[2][1] == " none"
    utts = utterance_pairs(dialogue())
    assert len(utts) == 6
    context, target = utts[3]
    assert target == " They carry pollen."
    assert "Wizard: [hidden]\nApprentice: Neat." in context and "They carry pollen" not in context
    assert context.endswith('based on: "Pollen moves between flowers." (about Pollination, a related topic)\nWizard:')


@pytest.fixture(scope="module")
def tiny():
    pytest.importorskip("torch")
    from datagen.methods.syndg.lm_scoring import CausalLMScorer
    from tests.filters.test_lm_scoring import char_tokenizer, hand_nll, tiny_llama

    model, tok = tiny_llama(seed=3), char_tokenizer()
    return model, tok, hand_nll, CausalLMScorer


def _hand_pair(tiny, pair):
    model, tok, hand_nll, _ = tiny
    return hand_nll(model, tok(pair[0])["input_ids"], tok(pair[1], add_special_tokens=False)["input_ids"])


def test_nll_scores_equal_the_hand_computation_in_any_batch(tiny):
    model, tok, _, CausalLMScorer = tiny
    d0, d1 = dialogue("d0"), dialogue("d1", [t + " And a much longer tail to pad the batch." for t in TEXTS])
    flow_expected = sum(_hand_pair(tiny, p) for p in flow_pairs(d0)) / 3
    utt_expected = sum(_hand_pair(tiny, p) for p in utterance_pairs(d0)) / 6
    alone = NLLDialogueScorer(CausalLMScorer(model, tok, batch_size=1)).score_sync([d0])[0]
    batched = NLLDialogueScorer(CausalLMScorer(model, tok, batch_size=16)).score_sync([d1, d0])[1]
    for result in (alone, batched):
        assert result.flow == pytest.approx(flow_expected, abs=1e-5)
        assert result.utterance == pytest.approx(utt_expected, abs=1e-5)
        assert result.total == pytest.approx(flow_expected + utt_expected, abs=1e-5)
        assert len(result.flow_items) == 3 and len(result.utterance_items) == 6
    ppl = NLLDialogueScorer(CausalLMScorer(model, tok), per_pair="ppl").score_sync([d0])[0]
    assert ppl.flow == pytest.approx(sum(math.exp(s) for s in alone.flow_items) / 3, rel=1e-5)


def test_score_stage_stores_scores_in_meta(tiny):
    model, tok, _, CausalLMScorer = tiny
    scorer = NLLDialogueScorer(CausalLMScorer(model, tok))
    result = asyncio.run(score_stage([dialogue("a"), dialogue("b", TEXTS[::-1])], ScoreConfig(), RunContext(),
                                     scorer=scorer))
    assert result.stats.n_kept == 2
    meta = result.kept[0].meta
    assert meta["scorer"] == "nll" and meta["total_score"] == pytest.approx(
        meta["flow_score"] + meta["utterance_score"], abs=2e-4)
    assert len(meta["flow_item_scores"]) == 3 and len(meta["utterance_item_scores"]) == 6
    assert result.kept[0].meta["flow_score"] == result.kept[1].meta["flow_score"]  # same flow


@pytest.mark.parametrize("reply, expected", [
    ("coherence: 7\ngroundedness: 4", (7.0, 4.0)),
    ("Coherence: 8/10\nGroundedness: 9/10", (8.0, 9.0)),
    ('{"coherence": 6, "groundedness": 5}', (6.0, 5.0)),
    ("**Coherence**: 9\n**Groundedness**: 10", (9.0, 10.0)),
    ("Sure! The coherence score is 7 and the groundedness score is 3.5.", (7.0, 3.5)),
    ("coherence: <1-10>\ngroundedness: <1-10>\ncoherence: 6\ngroundedness: 2", (6.0, 2.0)),
    ("Coherence - 5 out of 10. Grounded: 8", (5.0, 8.0)),
    ("coherence: 7", None),
    ("coherence: 11\ngroundedness: 5", None),
    ("coherence: 0\ngroundedness: 5", None),
    ("I cannot rate this dialogue.", None),
    ("", None),
    ("coherence: seven\ngroundedness: high", None),
])
def test_judge_parser(reply, expected):
    assert parse_judge_reply(reply) == expected


def test_judge_scorer_maps_ratings_and_rejects_failures():
    replies = ["coherence: 8\ngroundedness: 6", "no idea", Completion(error="timeout")]
    client = ScriptedClient(replies, mode="completion")
    ctx = RunContext(llm=client)
    records = [dialogue("a"), dialogue("b"), dialogue("c")]
    result = asyncio.run(score_stage(records, ScoreConfig(scorer="judge"), ctx))
    assert [d.id for d in result.kept] == ["a"]
    meta = result.kept[0].meta
    assert (meta["flow_score"], meta["utterance_score"], meta["total_score"]) == (4.0, 2.0, 6.0)
    assert (meta["coherence"], meta["groundedness"], meta["scorer"]) == (8.0, 6.0, "judge")
    assert sorted(r.reason for r in result.rejected) == ["judge_parse_failed", "llm_error"]
    assert client.calls[0].temperature == 0.0 and client.calls[0].prompt == build_judge_prompt(records[0])
    assert "[knowledge: Pollination: Pollen moves between flowers.] Wizard: They carry pollen." in client.calls[0].prompt
    assert JudgeDialogueScorer(client, JudgeConfig()).name == "judge"


def _scored(did: str, total: float) -> Dialogue:
    return dialogue(did).model_copy(update={"meta": {**dialogue().meta, "total_score": total}})


def test_select_keeps_the_lowest_totals_and_the_threshold():
    records = [_scored("a", 5.0), _scored("b", 2.0), _scored("c", 9.0), _scored("d", 2.0), _scored("e", 4.0)]
    result = select_stage(records, SelectConfig(top_n=2), RunContext())
    assert [d.id for d in result.kept] == ["b", "d"] and [d.meta["rank"] for d in result.kept] == [1, 2]
    assert {r.reason for r in result.rejected} == {"not_in_top_n"}
    both = select_stage(records, SelectConfig(top_n=3, max_total_score=4.5), RunContext())
    assert [d.id for d in both.kept] == ["b", "d", "e"]
    assert sorted(r.record["id"] for r in both.rejected if r.reason == "score_above_threshold") == ["a", "c"]
    assert select_stage(records, SelectConfig(), RunContext()).stats.n_kept == 5


def test_empty_input_loads_nothing():
    result = asyncio.run(score_stage([], ScoreConfig(nll={"model": "/nonexistent"}), RunContext()))
    assert result.stats.n_in == 0
