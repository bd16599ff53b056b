"""Every reply of the chat-reply corpus (tests/methods/chat_replies/*.jsonl) through the real
chat parser of its prompt type: the exact items, and the reason of every rejected piece."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datagen.methods.ensemble_instruct.chat import (
    clean_zero_shot, parse_chat_instruction, parse_chat_raw_instances,
)
from datagen.methods.self_instruct.chat_parsers import (
    parse_chat_classification_instances, parse_chat_clf_label, parse_chat_generation_instances,
    parse_chat_instructions, split_chat_alpaca,
)

from datagen.methods.explore_instruct.chat import parse_chat_enrich, parse_chat_extend
from datagen.methods.instag.tagging import parse_tags
from datagen.methods.syndg.chat import chat_utterance
from datagen.methods.syndg.judge import parse_chat_judge_reply

CORPUS = Path(__file__).parent / "chat_replies"
KINDS = ["si_bootstrap", "si_clf", "si_input_first", "si_output_first", "alpaca", "ei_instructions_a",
         "ei_instructions_b", "ei_instances_a", "ei_instances_b", "ei_zero_shot",
         "explore_extend", "explore_enrich", "syndg_turn", "syndg_judge", "instag_tagging"]


def load(kind: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / f"{kind}.jsonl").read_text(encoding="utf-8").splitlines()]


def parse(kind: str, rec: dict):
    """(parsed data, sorted reasons of the rejected pieces) with the stage's parser."""
    reply = rec["reply"]
    if kind == "si_bootstrap":
        got = parse_chat_instructions(reply, rec["demos"], rec["limit"])
        return got.items, [p.reason for p in got.rejected]
    if kind == "si_clf":
        return parse_chat_clf_label(reply), None
    if kind in ("si_input_first", "si_output_first"):
        reader = parse_chat_generation_instances if kind == "si_input_first" else parse_chat_classification_instances
        got = reader(reply, truncated=False)
        return [[i.input, i.output] for i in got.items], [p.reason for p in got.rejected]
    if kind == "alpaca":
        got, talk = split_chat_alpaca(reply, truncated=False, limit=16)
        if "malformed" in rec:
            assert len(got.malformed) == rec["malformed"]
        return [list(t) for t in got.items], [p.reason for p in talk]
    if kind.startswith("ei_instructions"):
        got = parse_chat_instruction(reply, rec["demos"])
        return got.items, [p.reason for p in got.rejected]
    if kind.startswith("ei_instances"):
        chunks = parse_chat_raw_instances(rec["instruction"], reply)
        return ([[c.instruction, c.input, c.output] for c in chunks if c.ok],
                [c.reason for c in chunks if not c.ok])
    if kind == "explore_extend":
        got, talk = parse_chat_extend(reply)
        data = [[s.name, s.reason, [[e["instruction"], e["input"], e["output"]] for e in s.examples]]
                for s in got.subtasks]
        return data, [p.reason for p in talk] + [f.reason for f in got.failures]
    if kind == "explore_enrich":
        examples, failures, talk = parse_chat_enrich(reply)
        return ([[e["instruction"], e["input"], e["output"]] for e in examples],
                [p.reason for p in talk] + [f.reason for f in failures])
    if kind == "syndg_turn":
        text, pieces = chat_utterance(reply, rec["speakers"])
        return text, [p.reason for p in pieces]
    if kind == "syndg_judge":
        ratings = parse_chat_judge_reply(reply)
        return (list(ratings) if ratings else None), None
    if kind == "instag_tagging":
        parsed = parse_tags(reply)
        if parsed is None:
            return None, None
        assert parsed[1] == rec["how"], rec["notes"]
        return [[t["tag"], t["explanation"]] for t in parsed[0]], None
    text, pieces = clean_zero_shot(reply, rec["stops"])
    return text, [p.reason for p in pieces]


CASES = [(kind, rec) for kind in KINDS for rec in load(kind)]


@pytest.mark.parametrize("kind, rec", CASES, ids=[rec["id"] + ":" + rec["style"] for _, rec in CASES])
def test_chat_reply_parses_exactly(kind, rec):
    data, reasons = parse(kind, rec)
    assert data == rec["expected"], rec["notes"]
    if rec["reasons"] is not None:
        assert sorted(reasons) == rec["reasons"], rec["notes"]


@pytest.mark.parametrize("kind", KINDS)
def test_corpus_has_at_least_50_replies_per_prompt_type(kind):
    records = load(kind)
    assert len(records) >= 50
    assert len({r["reply"] for r in records}) == len(records)  # no duplicate replies
