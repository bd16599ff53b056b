"""The chat path of every Self-Instruct, Alpaca and Ensemble-Instruct stage on the scripted
fake client in chat mode: chat messages with a format line and the same demos, the same
decoding numbers, clean kept records, and talk rejected (or counted) with its reason."""

from __future__ import annotations

import asyncio
import random
from collections import Counter

from datagen.llm.fake import ScriptedClient
from datagen.methods.ensemble_instruct import stages as ei
from datagen.methods.self_instruct import stages as si
from datagen.methods.self_instruct import task_stages as ts
from datagen.records import Instance, Task
from datagen.stage import RunContext

SEEDS = [Task(id=f"seed_{i}", method="seed", origin="seed", instruction=f"Seed instruction number {i}.",
              is_classification=False, instances=[Instance(input="in" if i % 2 else "", output="out")])
         for i in range(12)]


def run(coro):
    return asyncio.run(coro)


def chat_ctx(responder) -> tuple[ScriptedClient, RunContext]:
    client = ScriptedClient(responder, mode="chat")
    return client, RunContext(llm=client, rng=random.Random(0))


def reasons(result) -> Counter:
    return Counter(r.reason for r in result.rejected)


def test_bootstrap_chat_sends_messages_and_rejects_talk():
    reply = ("Sure! Here are seven more tasks:\n\n1. **Write** a poem about rain.\n2) \"Plan a picnic for four.\"\n"
             "3. 20 + 5 = 7\n\nLet me know if you need more!")
    client, ctx = chat_ctx(lambda req: reply)
    cfg = si.BootstrapConfig()
    res = run(si.bootstrap_stage(None, cfg, ctx, seeds=SEEDS))
    assert len(client.calls) == cfg.prompts_per_round
    for req in client.calls:
        system, user = req.messages
        assert req.prompt is None and system.role == "system" and "numbered 9 to 15" in system.content
        assert sum(line[:2].rstrip(".").isdigit() for line in user.content.splitlines()) == 8  # same 8 demos
        assert (req.temperature, req.top_p, req.max_tokens, req.presence_penalty) == (0.7, 0.5, 1024, 2.0)
        assert req.stop == ()  # "\n\n" would end the reply at its preamble
    assert [t.instruction for t in res.kept] == ["Write a poem about rain.", "Plan a picnic for four."] * 5
    assert reasons(res) == {"preamble": 5, "closing_remark": 5, "not_an_instruction": 5}
    assert res.stats.rejected_by_reason == dict(reasons(res))
    assert res.rejected[0].record["text"] == "Sure! Here are seven more tasks:"


def test_bootstrap_completion_mode_is_unchanged():
    client = ScriptedClient(lambda req: " New task alpha here\n10. New task beta here", mode="completion")
    res = run(si.bootstrap_stage(None, si.BootstrapConfig(), RunContext(llm=client, rng=random.Random(0)), seeds=SEEDS))
    assert client.calls[0].messages is None and client.calls[0].prompt.endswith("\n9.")
    assert client.calls[0].stop == ("\n\n", "\n16", "16.", "16 .") and res.stats.n_rejected == 0


def test_classify_chat_uses_demo_turns_and_reads_chat_labels():
    tasks = [Task.new("Is the email spam?", "self_instruct"), Task.new("Write a poem about owls.", "self_instruct")]
    client, ctx = chat_ctx(lambda req: "**Yes**" if "spam" in req.messages[-1].content else "No, it is open-ended.")
    res = run(ts.classify_stage(tasks, si.ClassifyConfig(), ctx))
    req = client.calls[0]
    assert len(req.messages) == 2 + 2 * 30 and req.messages[2].content in ("Yes", "No")
    assert (req.max_tokens, req.temperature, req.stop) == (3, 0.0, ("\n", "Task"))
    assert [t.is_classification for t in res.kept] == [True, False]


def test_instances_chat_parses_markdown_and_rejects_talk():
    clf = Task.new("Is the review positive or negative?", "self_instruct", is_classification=True)
    gen = Task.new("Translate the sentence into Spanish.", "self_instruct", is_classification=False)

    def reply(req):
        if "Class label" in req.messages[0].content:
            return "Here you go:\n\n**Class label:** Positive\n**Review:** Lovely.\n\n**Class label:** Negative\n**Review:** Awful."
        return ("Sure! Here are some examples:\n\n**Example 1**\n**Sentence:** I am tired.\n**Output:** Estoy cansado.\n\n"
                "Let me know if you'd like more examples!")

    client, ctx = chat_ctx(reply)
    res = run(ts.instances_stage([clf, gen], si.InstanceConfig(), ctx))
    assert all(req.stop == ("Example 6",) and req.messages[0].role == "system" for req in client.calls)
    assert [[(i.input, i.output) for i in t.instances] for t in res.kept] == [
        [("Review: Lovely.", "Positive"), ("Review: Awful.", "Negative")], [("Sentence: I am tired.", "Estoy cansado.")]]
    assert reasons(res) == {"preamble": 2, "closing_remark": 1}
    assert res.stats.n_in == 5 and res.stats.extra["tasks_in"] == 2.0


def test_alpaca_chat_restarted_numbering_and_preamble_lose_nothing():
    reply = ("Sure! Here are 16 more tasks:\n1. Instruction: Say hi.\n1. Input:\n<noinput>\n1. Output:\nHi!\n###\n"
             "2. Instruction: Add the numbers.\n2. Input:\n2 and 3\n2. Output:\n5")
    client, ctx = chat_ctx(lambda req: reply)
    res = run(si.alpaca_bootstrap_stage(None, si.AlpacaConfig(prompts_per_round=2), ctx, seeds=SEEDS))
    assert "tasks 4 to 19" in client.calls[0].messages[0].content and client.calls[0].stop == ()
    assert [(t.instruction, t.instances[0].input, t.instances[0].output) for t in res.kept] == [
        ("Say hi.", "", "Hi!"), ("Add the numbers.", "2 and 3", "5")] * 2
    assert reasons(res) == {"preamble": 2}


def test_ensemble_instruction_chat_strips_number_and_preamble():
    client, ctx = chat_ctx(lambda req: "Sure! Here's a new task:\n\n25. Write a limerick about a tired owl. |EoS|")
    res = run(ei.instruction_stage([], ei.InstructionConfig(), ctx, task_type="B", seeds=SEEDS, machine=[]))
    req = client.calls[0]
    assert req.messages[0].role == "system" and req.stop == ("|EoS|",) and req.temperature == 0.7
    assert sum(line.endswith(" |EoS|") for line in req.messages[1].content.splitlines()) == 10
    assert {t.instruction for t in res.kept} == {"Write a limerick about a tired owl."}
    assert reasons(res) == {"preamble": 5}


def test_ensemble_instances_parse_and_zero_shot_chat():
    task = Task.new("Translate the sentence into German.", ei.METHOD, meta={"task_type": "A"})
    client, ctx = chat_ctx(lambda req: "Sure! Here's an example:\n\n**Input:** The dog sleeps.\n"
                                       "**Output:** Der Hund schläft.\n\nLet me know if you need more!")
    raw = run(ei.instances_stage([task], ei.InstanceConfig(), ctx, member="m0"))
    assert client.calls[0].stop == ("|EoS|",) and client.calls[0].messages[-1].content.startswith("instruction: ")
    assert raw.kept[0].meta["instance_mode"] == "chat"
    rows = ei.parse_stage(raw.kept, ei.InstanceConfig())  # the chat parser, whatever cfg.parser says
    assert [(t.instances[0].input, t.instances[0].output) for t in rows.kept] == [("The dog sleeps.", "Der Hund schläft.")]
    assert reasons(rows) == {"preamble": 1, "closing_remark": 1}
    client, ctx = chat_ctx(lambda req: "Sure! The answer is: Der Hund schläft.\n\nI hope this helps!")
    out = run(ei.extra_output_stage(rows.kept, ei.ZeroShotConfig(), ctx, member="m1"))
    assert client.calls[0].stop == ("|EoS|",) and client.calls[0].messages[-1].content == (
        "Translate the sentence into German.\nThe dog sleeps.")
    assert out.kept[0].meta["candidates"][-1]["text"] == "Der Hund schläft."
    assert out.stats.extra == {"removed_preamble": 1.0, "removed_closing_remark": 1.0}
