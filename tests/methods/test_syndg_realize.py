"""SynDG realization: golden prompts, the utterance parser, and the batched turn loop with the
scripted fake client (one generate_many per turn, failures reject one dialogue only)."""

from __future__ import annotations

import asyncio
import random

from datagen.llm.client import Completion, LLMRequest
from datagen.llm.fake import ScriptedClient, user_text
from datagen.methods.syndg.realize import (RealizeConfig, build_turn_prompt, build_turn_request,
                                           clean_utterance, realize_stage)
from datagen.records import Dialogue
from datagen.stage import RunContext

WOW = Dialogue(id="d-wow", method="syndg", flow=[
    "Honey bee | [none] | [none]", "Honey bee | Honey bee | Bees make honey.",
    "Honey bee | [none] | [none]", "Honey bee | Pollination | Pollen moves between flowers.",
    "Honey bee | [none] | [none]", "Honey bee | Honey bee | [none]"],
    meta={"style": "wow", "speakers": ["Apprentice", "Wizard"], "chosen_topic": "Honey bee",
          "knowledge_turns": [1, 3, 5]})
PERSONA = Dialogue(id="d-pc", method="syndg", flow=["I swim.", "[none]", "[none]", "I cook. | I sing."],
                   meta={"style": "persona", "speakers": ["Person 1", "Person 2"],
                         "personas": [["I swim.", "I run."], ["I cook.", "I sing."]],
                         "knowledge_turns": [0, 1, 2, 3]})

WOW_INTRO = ('Below is a conversation between two people about "Honey bee". The Apprentice is curious and '
             'knows little about the topic; the Wizard has read about it and shares what it knows in a '
             'friendly, conversational way.\n\n')
WOW_ASK = ("one to three natural sentences that fit the conversation and follow the knowledge note above, "
           "with any facts put in your own words (do not copy them word for word). Reply with the message only.")

GOLDEN_WOW_TURN_0 = (
    WOW_INTRO + "Conversation so far:\n(nothing yet: Apprentice opens the conversation)\n\n"
    "Knowledge for Apprentice's next message: none (no new facts: react, ask a question or share an "
    "opinion about Honey bee)\nWhat comes after it:\n"
    '- Wizard: "Bees make honey."\n- Apprentice: none (free chat)\n\n'
    f"Write Apprentice's next message: {WOW_ASK}\n\nApprentice:")

GOLDEN_WOW_TURN_3 = (
    WOW_INTRO + "Conversation so far:\nApprentice: Do bees sleep?\nWizard: They rest, and they make honey.\n"
    "Apprentice: Cool, what else?\n\n"
    'Knowledge for Wizard\'s next message: "Pollen moves between flowers." (about Pollination, a related topic)\n'
    "What comes after it:\n- Apprentice: none (free chat)\n- Wizard: none (free chat)\n\n"
    f"Write Wizard's next message: {WOW_ASK}\n\nWizard:")

GOLDEN_PERSONA_TURN_1 = (
    "Below is a casual conversation between two people who are getting to know each other. Each of them "
    "has a few facts about themselves (a persona) and mentions them naturally when they fit.\n\n"
    "Conversation so far:\nPerson 1: Hi! I just got back from the pool.\n\n"
    "Persona for Person 2's next message: none in particular; stay in character (Person 2: I cook. I sing.)\n"
    "What comes after it:\n- Person 1: none (free chat)\n- Person 2: I cook. I sing.\n\n"
    "Write Person 2's next message: one to three short, natural sentences that fit the conversation and "
    "reflect the persona above in your own words. Reply with the message only.\n\nPerson 2:")


def test_golden_prompts():
    cfg = RealizeConfig()
    assert build_turn_prompt(WOW, [], cfg) == GOLDEN_WOW_TURN_0
    history = ["Do bees sleep?", "They rest, and they make honey.", "Cool, what else?"]
    assert build_turn_prompt(WOW, history, cfg) == GOLDEN_WOW_TURN_3
    assert build_turn_prompt(PERSONA, ["Hi! I just got back from the pool."], cfg) == GOLDEN_PERSONA_TURN_1


def test_lookahead_window_and_the_end_of_the_dialogue():
    last = build_turn_prompt(WOW, ["a"] * 5, RealizeConfig())
    assert "Knowledge for Wizard's next message: none (no new facts" in last
    assert "- (the conversation ends after this message)" in last
    one = build_turn_prompt(WOW, [], RealizeConfig(lookahead=1))
    assert '- Wizard: "Bees make honey."' in one and "- Apprentice: none" not in one
    grounded = build_turn_prompt(PERSONA, [], RealizeConfig())
    assert "Persona for Person 1's next message: I swim.\n" in grounded


def test_request_parameters_follow_the_config_and_are_reproducible():
    req = build_turn_request(WOW, ["x"], RealizeConfig())
    assert (req.temperature, req.max_tokens, req.stop) == (0.7, 96, ("\nApprentice:", "\nWizard:"))
    assert build_turn_request(WOW, [], RealizeConfig(stop=("\n",))).stop == ("\n",)
    assert req.seed == build_turn_request(WOW, ["y"], RealizeConfig()).seed  # per dialogue and turn
    assert req.seed != build_turn_request(WOW, ["x", "y"], RealizeConfig()).seed


def test_clean_utterance():
    speakers = ["Apprentice", "Wizard"]
    assert clean_utterance(" Bees dance to share directions.\nApprentice: wow", speakers) == \
        "Bees dance to share directions."
    assert clean_utterance("Wizard: Bees dance.", speakers) == "Bees dance."
    assert clean_utterance("**Wizard**: Bees dance.", speakers) == "Bees dance."
    assert clean_utterance('"Bees dance."', speakers) == "Bees dance."
    assert clean_utterance("Bees dance. Apprentice: Really? Wizard: Yes.", speakers) == "Bees dance."
    assert clean_utterance("\n\n  Hello there  \n", speakers) == "Hello there"
    assert clean_utterance("  \n ", speakers) == ""
    assert clean_utterance("Wizard:", speakers) == ""


class CountingClient(ScriptedClient):
    """The fake client, also recording each generate_many batch."""

    def __init__(self, responder) -> None:
        super().__init__(responder)
        self.batches: list[list[LLMRequest]] = []

    async def generate_many(self, requests):
        self.batches.append(list(requests))
        return await super().generate_many(requests)


def _flows(n: int) -> list[Dialogue]:
    return [WOW.model_copy(update={"id": f"d{k}"}) for k in range(n)]


def _turn(req: LLMRequest) -> int:
    history = user_text(req).split("Conversation so far:\n", 1)[1].split("\n\n", 1)[0]
    return 0 if history.startswith("(nothing yet") else len(history.splitlines())


def test_dialogues_advance_together_one_generate_many_per_turn():
    client = CountingClient(lambda r: f"Message {_turn(r)}.")
    ctx = RunContext(llm=client, rng=random.Random(0))
    result = asyncio.run(realize_stage(_flows(4), RealizeConfig(), ctx))
    assert result.stats.n_kept == 4 and len(client.batches) == 6
    for t, batch in enumerate(client.batches):
        assert len(batch) == 4 and {_turn(r) for r in batch} == {t}
    d = result.kept[0]
    assert [t.text for t in d.turns] == [f"Message {k}." for k in range(6)]
    assert [t.speaker for t in d.turns] == ["Apprentice", "Wizard"] * 3
    assert [t.grounding for t in d.turns] == d.flow


def test_failures_reject_only_their_dialogue():
    def responder(req: LLMRequest):
        turn = _turn(req)
        if req.seed == build_turn_request(_flows(3)[1], ["x"] * 3, RealizeConfig()).seed:
            return Completion(error="HTTP 500")  # dialogue d1, turn 3
        if req.seed == build_turn_request(_flows(3)[2], [], RealizeConfig()).seed:
            return "Apprentice:   "  # dialogue d2, turn 0: nothing usable
        if turn == 5:
            return Completion(texts=["A long reply cut"], finish_reasons=["length"])
        return f"Message {turn}."

    client = CountingClient(responder)
    result = asyncio.run(realize_stage(_flows(3), RealizeConfig(), RunContext(llm=client)))
    assert [d.id for d in result.kept] == ["d0"]
    assert result.kept[0].turns[-1].text == "A long reply cut"  # kept, as the reference keeps T5's cut text
    assert result.stats.extra["truncated_turns"] == 1
    by_reason = {r.reason: r for r in result.rejected}
    assert set(by_reason) == {"llm_error", "empty_utterance"}
    assert by_reason["llm_error"].evidence == {"turn": 3, "error": "HTTP 500"}
    assert len(by_reason["llm_error"].record["turns"]) == 3
    assert by_reason["empty_utterance"].evidence["turn"] == 0
    assert [len(b) for b in client.batches] == [3, 2, 2, 2, 1, 1]  # dropped dialogues stop asking


def test_batches_of_dialogues():
    client = CountingClient(lambda r: "Hi.")
    result = asyncio.run(realize_stage(_flows(5), RealizeConfig(batch_dialogues=2), RunContext(llm=client)))
    assert result.stats.n_kept == 5
    assert [len(b) for b in client.batches] == [2] * 6 + [2] * 6 + [1] * 6
