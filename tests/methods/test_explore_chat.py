"""Explore-Instruct on a chat client: chat messages, talk rejected with reasons, clean examples
kept; a new subtask whose examples all fail is kept as an empty node (the reference keeps it);
user templates for the extend and enrich requests."""

from __future__ import annotations

import asyncio

import pytest

from datagen.errors import InputError
from datagen.llm.fake import ScriptedClient
from datagen.methods.explore_instruct.config import ExploreInstructConfig
from datagen.methods.explore_instruct.enrich import EnrichConfig, apply_enrich, enrich_stage
from datagen.methods.explore_instruct.stages import ExtendConfig, apply_extend, extend_stage
from datagen.prompts import check_templates
from tests.methods.test_explore_stages import HEUR, REWRITE, _ctx, _enrich, _extend, _tree

EXTEND_REPLY = """Sure! Here are two new subtasks for the target task:

### Subtask 1
**New subtask:** Formal email rewriting
**Reason:** Work emails often need a more formal register.
**Examples:**
###
**Instruction:** Rewrite the note so it sounds formal.
**Input:** hey, cant make it to the meeting tmrw
**Output:** I am afraid I will not be able to attend tomorrow's meeting.
###
**Instruction:** Make this request polite and formal.
**Input:** send me the report now
**Output:** Could you please send me the report at your earliest convenience?
###

---

### Subtask 2
**New subtask:** Sentence shortening
**Reason:** Short sentences read faster.
**Examples:**
###
**Instruction:** Shorten the sentence without losing its meaning.
**Input:** Due to the fact that it was raining, we decided to stay inside the house.
**Output:** Because it was raining, we stayed inside.
###
**Instruction:** Cut the filler words from the sentence.
**Input:** I just really think that we should basically leave now.
**Output:** I think we should leave now.
###

Let me know if you would like more subtasks!"""

ENRICH_REPLY = """Certainly! Here are two more examples:

```
**Example 1**
Instruction: Rewrite the sentence in plain words.
Input: The committee reached a consensus after protracted deliberation.
Output: The committee agreed after a long discussion.
###
**Example 2**
Instruction: Rewrite the greeting so it sounds friendly.
Input: Greetings. State your business.
Output: Hi there! How can I help you today?
```

I hope these examples are useful."""


def test_extend_on_a_chat_client_sends_messages_and_rejects_the_talk():
    tree, client = _tree(), ScriptedClient([EXTEND_REPLY], mode="chat")
    res = _extend(tree, "root", 2, client)
    request = client.calls[0]
    assert request.prompt is None and [m.role for m in request.messages] == ["system", "user"]
    assert "New subtask:" in request.messages[0].content and "Propose 3 new subtasks" in request.messages[1].content
    assert [t.meta["raw_task_name"] for t in res.kept] == ["Formal email rewriting"] * 2 + ["Sentence shortening"] * 2
    assert res.kept[0].instruction == "Rewrite the note so it sounds formal."
    assert res.kept[3].instances[0].output == "I think we should leave now."
    assert all("**" not in t.instruction + t.instances[0].output for t in res.kept)
    assert res.stats.rejected_by_reason == {"preamble": 1, "heading": 3, "closing_remark": 1}  # "---" too
    nodes = apply_extend(tree, "root", res.kept)
    assert [len(n.examples) for n in nodes] == [2, 2]


def test_enrich_on_a_chat_client_strips_fence_headings_and_closing():
    tree, client = _tree(), ScriptedClient([ENRICH_REPLY], mode="chat")
    res = _enrich(tree, "root", 2, client)
    assert [t.instruction for t in res.kept] == ["Rewrite the sentence in plain words.",
                                                  "Rewrite the greeting so it sounds friendly."]
    assert res.kept[1].instances[0].output == "Hi there! How can I help you today?"
    assert res.stats.rejected_by_reason == {"preamble": 1, "heading": 2, "closing_remark": 1}
    assert apply_enrich(tree, "root", res.kept) == 2


def test_completion_mode_still_sends_the_plain_prompt():
    tree, client = _tree(), ScriptedClient(["New subtask: x"], mode="completion")
    _extend(tree, "root", 1, client, ExtendConfig(max_calls=1))
    assert client.calls[0].messages is None or not client.calls[0].messages
    assert "Propose 3 new subtasks" in client.calls[0].prompt


def test_a_subtask_whose_examples_all_fail_is_kept_as_an_empty_node():
    reply = ("New subtask: Tiny edits\nReason: Small fixes matter.\nExamples:\n###\n"
             "Instruction: Fix it\nInput: <noinput>\nOutput: ok\n###")  # 2-word instruction: too_short
    tree, client = _tree(), ScriptedClient([reply], mode="completion")
    res = _extend(tree, "root", 1, client, ExtendConfig(max_calls=1))
    assert res.stats.extra["new_subtasks"] == 1 and res.stats.extra["subtasks_without_examples"] == 1
    assert "too_short" in res.stats.rejected_by_reason
    [record] = res.kept
    assert record.meta["empty_node"] and record.instances == []
    [node] = apply_extend(tree, "root", res.kept)
    assert node.raw_task_name == "Tiny edits" and node.examples == []
    assert [c.task_name for c in tree.root.children] == [node.task_name]
    apply_extend(tree, "root", res.kept)  # idempotent on resume
    assert len(tree.root.children) == 1 and node.examples == []


def test_user_templates_replace_the_extend_and_enrich_requests(tmp_path):
    own = tmp_path / "extend.txt"
    own.write_text("Split {target} into {n_new} parts with {n_examples} examples each.\n{demos}", encoding="utf-8")
    tree, client = _tree(), ScriptedClient(["nothing"], mode="completion")
    _extend(tree, "root", 1, client, ExtendConfig(template=str(own), max_calls=1))
    assert "Split Root into 3 parts with 2 examples each." in client.calls[0].prompt
    assert "Target task:" not in client.calls[0].prompt
    mine = tmp_path / "enrich.txt"
    mine.write_text("More for {subtask} of {target}: {n_examples}\n{demos}", encoding="utf-8")
    client = ScriptedClient(["nothing"], mode="completion")
    _enrich(tree, "root", 1, client, EnrichConfig(template=str(mine), call_budget=1, max_idle_calls=1))
    assert "More for Root of Root: 10" in client.calls[0].prompt


def test_a_template_without_its_placeholders_is_refused(tmp_path):
    own = tmp_path / "extend.txt"
    own.write_text("Split {target}.", encoding="utf-8")
    with pytest.raises(InputError, match=r"extend\.template lacks \{demos\}, \{n_new\}, \{n_examples\}"):
        check_templates(ExploreInstructConfig(extend={"template": str(own)}))
    with pytest.raises(InputError, match=r"enrich\.template lacks"):
        check_templates(ExploreInstructConfig(enrich={"template": str(own)}))
