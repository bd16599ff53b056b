"""InsTag tagging: the prompt, the reply parser on clean/fenced/prose/broken text, and the stage."""

from __future__ import annotations

import asyncio
import json

import pytest

from datagen.llm.client import Completion, LLMRequest
from datagen.llm.fake import ScriptedClient
from datagen.methods.instag.tagging import TaggingConfig, build_tagging_prompt, parse_tags, tag_stage
from datagen.records import Dialogue, Instance, Task, Turn
from datagen.stage import RunContext

CLEAN = '[{"tag": "poem writing", "explanation": "asks for verse"}, {"tag": "humor", "explanation": "funny"}]'


def tags_of(parsed):
    items, how = parsed
    return [t["tag"] for t in items], how


# ---- prompt -------------------------------------------------------------------------------

def test_prompt_structure():
    msgs = build_tagging_prompt("  Translate 'hello' into French.  ", TaggingConfig())
    assert [m.role for m in msgs] == ["system", "user"]
    assert msgs[0].content == "You are a helpful assistant."
    user = msgs[1].content
    assert "tag" in user and "explanation" in user and "JSON" in user
    assert user.count("Query:") == 3  # two few-shot examples, then the query
    assert user.endswith("Query: Translate 'hello' into French.\nAssistant:")
    # the few-shot answers are themselves valid replies
    for block in user.split("Assistant: ")[1:3]:
        assert parse_tags(block.split("\n")[0])[1] == "json"


def test_prompt_cuts_long_queries():
    msgs = build_tagging_prompt("word " * 5000, TaggingConfig(max_query_chars=100))
    query = msgs[1].content.split("Query: ")[-1]
    assert len(query) < 130 and query.endswith("...\nAssistant:")


# ---- parser -------------------------------------------------------------------------------

def test_parse_clean_json():
    assert tags_of(parse_tags(CLEAN)) == (["poem writing", "humor"], "json")
    items, _ = parse_tags(CLEAN)
    assert items[0] == {"tag": "poem writing", "explanation": "asks for verse"}


def test_parse_fenced_json():
    text = f"Here are the tags:\n```json\n{CLEAN}\n```\nHope this helps."
    assert tags_of(parse_tags(text)) == (["poem writing", "humor"], "fenced")


def test_parse_json_inside_prose():
    text = f"Sure! The query's intentions are {CLEAN} as listed."
    assert tags_of(parse_tags(text)) == (["poem writing", "humor"], "embedded")


def test_parse_other_shapes():
    assert tags_of(parse_tags('{"tags": [{"tag": "math"}]}')) == (["math"], "json")
    assert tags_of(parse_tags('["math", "algebra"]')) == (["math", "algebra"], "json")
    assert tags_of(parse_tags('{"tag": "math", "explanation": "x"}')) == (["math"], "json")


def test_parse_broken_json_falls_back_to_tag_pairs():
    text = ('[{"tag": "code generation", "explanation": "wants \\"code\\""}, {"tag": "python", '
            '"explanation": "language"}, {"tag": "unit tests", "expla')
    items, how = parse_tags(text)
    assert how == "regex"
    assert [t["tag"] for t in items] == ["code generation", "python", "unit tests"]
    assert items[0]["explanation"] == 'wants "code"'


def test_parse_cleans_tags():
    text = json.dumps([{"tag": "  math  "}, {"tag": "math"}, {"tag": ""}, {"tag": "x" * 200},
                       {"tag": "step  by\nstep", "explanation": " a  b "}])
    items, _ = parse_tags(text)
    assert items == [{"tag": "math", "explanation": ""}, {"tag": "step by step", "explanation": "a b"}]


@pytest.mark.parametrize("text", ["", "I cannot help with that.", "[1, 2, 3]", '{"label": "x"}',
                                  "```\nnot json\n```"])
def test_parse_unreadable_is_none(text):
    assert parse_tags(text) is None


def test_parse_empty_list_is_a_valid_answer():
    assert parse_tags("[]") == ([], "json")


# ---- stage --------------------------------------------------------------------------------

def reply_for(table):
    def respond(req: LLMRequest):
        query = req.messages[-1].content.split("Query: ")[-1].removesuffix("\nAssistant:")
        return table[query]
    return respond


def run_stage(records, responder, cfg=None):
    client = ScriptedClient(responder)
    result = asyncio.run(tag_stage(records, cfg or TaggingConfig(), RunContext(llm=client)))
    return result, client


def test_tag_stage_tasks_and_dialogues():
    records = [
        Task.new("Write a funny poem", "instag", instances=[Instance()]),
        Task.new("Fix this code", "instag", instances=[Instance(input="print(x")]),
        Dialogue(id="d1", method="instag", turns=[Turn(speaker="user", text="Hi, plan a trip"),
                                                  Turn(speaker="assistant", text="Sure"),
                                                  Turn(speaker="user", text="Write a funny poem")]),
    ]
    table = {
        "Write a funny poem": CLEAN,
        "Fix this code\n\nprint(x": '```json\n[{"tag": "debugging", "explanation": "e"}]\n```',
        "Hi, plan a trip": '[{"tag": "travel planning", "explanation": "e"}, {"tag": "humor", "explanation": "e"}]',
    }
    result, client = run_stage(records, reply_for(table))
    assert len(client.calls) == 3  # the repeated query is asked once
    assert [r.meta["tags"] for r in result.kept] == [
        ["poem writing", "humor"], ["debugging"], ["travel planning", "humor", "poem writing"]]
    dialogue = result.kept[2]
    assert [(t["turn"], t["tag"]) for t in dialogue.meta["instag_raw"]] == [
        (0, "travel planning"), (0, "humor"), (1, "poem writing"), (1, "humor")]
    assert dialogue.meta["instag_parse"] == ["json", "json"]
    assert result.stats.extra["parsed_fenced"] == 1 and result.stats.extra["queries"] == 4
    assert client.calls[0].temperature == 0.0 and client.calls[0].messages[0].role == "system"


def test_tag_stage_rejections():
    records = [Task.new(f"q{i}", "instag", instances=[Instance()]) for i in range(5)]
    records.append(Dialogue(id="d-empty", method="instag", turns=[]))
    table = {
        "q0": "no idea",
        "q1": Completion(error="HTTP 500"),
        "q2": "[]",
        "q3": Completion(texts=['[{"tag": "math", "explanation": "x"}, {"tag": "alg'], finish_reasons=["length"]),
        "q4": Completion(texts=['[{"ta'], finish_reasons=["length"]),
    }
    result, _ = run_stage(records, reply_for(table))
    assert result.stats.rejected_by_reason == {"parse_failed": 2, "llm_error": 1, "no_tags": 1, "empty_query": 1}
    by_id = {r.record["instruction"] if "instruction" in r.record else r.record["id"]: r for r in result.rejected}
    assert by_id["q0"].evidence["raw"] == "no idea"
    assert by_id["q1"].evidence["error"] == "HTTP 500"
    assert by_id["q4"].evidence["truncated"] is True
    assert [r.meta["tags"] for r in result.kept] == [["math"]]
    assert result.kept[0].meta["instag_truncated"] is True
    assert result.stats.n_in == 6 and result.stats.n_kept + result.stats.n_rejected == 6
