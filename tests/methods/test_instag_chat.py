"""InsTag tagging on a chat client: the system line states the JSON format, chat-style replies
(fenced, with preambles, trailing commas, single quotes, markdown lists) give clean tags, and a
reply with no tags is rejected, never guessed from prose."""

from __future__ import annotations

import asyncio

from datagen.llm.fake import ScriptedClient
from datagen.methods.instag.tagging import TaggingConfig, build_tagging_prompt, tag_stage
from datagen.prompts import load_template
from datagen.records import Instance, Task
from datagen.stage import RunContext

REPLIES = {
    "Sort a list in Python": 'Sure! Here are the tags:\n\n```json\n[{"tag": "python", "explanation": "asks for Python"},\n'
                             ' {"tag": "sorting", "explanation": "a list is sorted"},]\n```\n\nLet me know if you need more!',
    "Plan a trip to Rome": "1. **Travel planning**: the user wants an itinerary.\n2. **Destination** - Rome is named.",
    "Write a haiku": "[{'tag': 'poetry', 'explanation': 'a haiku is a poem'}]",
    "Say hello": "I think the user simply wants a greeting, nothing more to say here.",
}


def test_tagging_on_a_chat_client():
    records = [Task.new(q, "instag", instances=[Instance()]) for q in REPLIES]
    client = ScriptedClient(lambda request: REPLIES[request.messages[-1].content.rsplit("Query: ", 1)[1]
                                                    .split("\n")[0]], mode="chat")
    cfg = TaggingConfig(template=None)
    result = asyncio.run(tag_stage(records, cfg, RunContext(llm=client)))
    assert [r.meta["tags"] for r in result.kept] == [["python", "sorting"], ["Travel planning", "Destination"],
                                                     ["poetry"]]
    assert [r.meta["instag_parse"] for r in result.kept] == [["repaired"], ["list"], ["repaired"]]
    assert [r.reason for r in result.rejected] == ["parse_failed"]
    system = client.calls[0].messages[0].content
    assert system.startswith("You are a helpful assistant.") and '"tag"' in system and "JSON list only" in system


def test_completion_mode_keeps_the_plain_system_line():
    messages = build_tagging_prompt("Say hello", TaggingConfig())
    assert messages[0].content == "You are a helpful assistant."
    assert build_tagging_prompt("Say hello", TaggingConfig(), chat=True)[0].content == (
        "You are a helpful assistant. " + load_template("instag/chat_tagging_system.txt"))
