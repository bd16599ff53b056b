"""SynDG on a chat client: turn and judge requests as chat messages, chat-style utterances
cleaned (the talk counted in stats), chat-style ratings read; user templates for both."""

from __future__ import annotations

import asyncio

import pytest

from datagen.errors import InputError
from datagen.llm.fake import ScriptedClient
from datagen.methods.syndg.config import SynDGConfig
from datagen.methods.syndg.realize import RealizeConfig, build_turn_prompt, realize_stage
from datagen.methods.syndg.scoring import JudgeConfig, ScoreConfig, score_stage
from datagen.llm.client import Completion
from datagen.prompts import check_templates
from datagen.stage import RunContext
from tests.methods.test_syndg_realize import PERSONA
from tests.methods.test_syndg_scoring import dialogue

TURNS = ["Sure, here's the next turn:\n\n\"I swim every morning before work.\"",
         "**Person 2:** Cooking is my way to relax after a long day.\n\nI hope this fits the conversation!",
         # a Completion passes the fake uncut: a backend that ignores the stop and writes the next turn
         Completion(texts=["Person 1: Do you ever sing while you cook?\nPerson 2: All the time!"],
                    finish_reasons=["stop"]),
         "```\nYes, I sing old songs while the soup simmers.\n```"]


def test_realize_on_a_chat_client_keeps_clean_utterances_and_counts_the_talk():
    client = ScriptedClient(TURNS, mode="chat")
    res = asyncio.run(realize_stage([PERSONA], RealizeConfig(), RunContext(llm=client)))
    [kept] = res.kept
    assert [t.text for t in kept.turns] == ["I swim every morning before work.",
                                            "Cooking is my way to relax after a long day.",
                                            "Do you ever sing while you cook?",
                                            "Yes, I sing old songs while the soup simmers."]
    first = client.calls[0]
    assert first.prompt is None and [m.role for m in first.messages] == ["system", "user"]
    assert "Person 1's next message only" in first.messages[0].content
    assert first.messages[1].content == build_turn_prompt(PERSONA, [], RealizeConfig()).removesuffix("Person 1:").rstrip()
    extra = res.stats.extra
    assert (extra["talk_preamble"], extra["talk_closing_remark"], extra["talk_speaker_label"],
            extra["talk_next_turn"]) == (1, 1, 2, 1)


def test_a_chat_reply_with_only_talk_rejects_the_dialogue():
    client = ScriptedClient(["Sure! Here's the next turn:\n\n**Person 1:**"], mode="chat")
    res = asyncio.run(realize_stage([PERSONA], RealizeConfig(), RunContext(llm=client)))
    assert [r.reason for r in res.rejected] == ["empty_utterance"]


def test_judge_on_a_chat_client_reads_chat_style_ratings():
    replies = ["**Coherence:** 8/10\n**Groundedness:** 6/10\n\nThe dialogue flows well.",
               "Coherence (1-10): 7\nGroundedness (1-10): 9",
               '```json\n{"coherence": 5, "groundedness": 4}\n```',
               "Sure! I'd rate it as follows. Coherence: a solid one."]
    client = ScriptedClient(replies, mode="chat")
    records = [dialogue(d) for d in "abcd"]
    res = asyncio.run(score_stage(records, ScoreConfig(scorer="judge"), RunContext(llm=client)))
    assert [(d.meta["coherence"], d.meta["groundedness"]) for d in res.kept] == [(8.0, 6.0), (7.0, 9.0), (5.0, 4.0)]
    assert [r.reason for r in res.rejected] == ["judge_parse_failed"]
    assert client.calls[0].messages[0].role == "system" and "groundedness: <" in client.calls[0].messages[0].content


def test_user_templates_for_turn_and_judge(tmp_path):
    turn = tmp_path / "turn.txt"
    turn.write_text("So far:\n{history}\n{speaker} says ({knowledge}):", encoding="utf-8")
    prompt = build_turn_prompt(PERSONA, [], RealizeConfig(template=str(turn)))
    assert prompt.startswith("So far:\n(nothing yet: Person 1 opens the conversation)\nPerson 1 says (I swim.):")
    judge = tmp_path / "judge.txt"
    judge.write_text("Rate this:\n{dialogue}", encoding="utf-8")
    client = ScriptedClient(["coherence: 8\ngroundedness: 6"], mode="completion")
    cfg = ScoreConfig(scorer="judge", judge=JudgeConfig(template=str(judge)))
    asyncio.run(score_stage([dialogue()], cfg, RunContext(llm=client)))
    assert client.calls[0].prompt.startswith("Rate this:\n[knowledge:")
    bad = tmp_path / "bad.txt"
    bad.write_text("Write the next message.", encoding="utf-8")
    with pytest.raises(InputError, match=r"realize\.template lacks \{history\}, \{speaker\}, \{knowledge\}"):
        check_templates(SynDGConfig(realize={"template": str(bad)}))
    with pytest.raises(InputError, match=r"score\.judge\.template lacks \{dialogue\}"):
        check_templates(SynDGConfig(score={"judge": {"template": str(bad)}}))
