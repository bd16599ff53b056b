"""Ensemble-Instruct stages with the scripted fake client: requests, parsing, rejections."""

from __future__ import annotations

import asyncio
import random

import pytest

from datagen.errors import UserError
from datagen.llm.client import Completion
from datagen.llm.fake import ScriptedClient, user_text
from datagen.filters.target import select_target
from datagen.methods.ensemble_instruct import stages as ei
from datagen.methods.ensemble_instruct.vote import VoteConfig, vote_stage
from datagen.records import Instance, Task
from datagen.stage import RunContext


def run(coro):
    return asyncio.run(coro)


def ctx(client, seed: int = 0) -> RunContext:
    return RunContext(llm=client, rng=random.Random(seed))


def seed(i: int, with_input: bool) -> Task:
    inst = Instance(input=f"input {i}" if with_input else "", output=f"output {i}")
    return Task(id=f"seed_{i}", method="seed", origin="seed", instruction=f"Seed task number {i} here.",
                instances=[inst])


SEEDS_A = [seed(i, True) for i in range(30)]
SEEDS_B = [seed(i, False) for i in range(30, 45)]
MACHINE = [Task.new(f"Machine task number {i} here.", ei.METHOD, meta={"task_type": "B"}) for i in range(6)]


def test_task_type_comes_from_the_first_instance():
    assert ei.task_type_of(SEEDS_A[0]) == "A" and ei.task_type_of(SEEDS_B[0]) == "B"
    assert ei.task_type_of(Task.new("No instances at all here.", "x")) == "B"


@pytest.mark.parametrize("mix, n_machine", [("code", 4), ("paper", 2)])
def test_type_b_icl_mix_code_versus_paper(mix, n_machine):
    client = ScriptedClient(lambda req: " Write a limerick about a tired owl. |EoS|", mode="completion")
    cfg = ei.InstructionConfig(icl_mix=mix)
    res = run(ei.instruction_stage([], cfg, ctx(client), task_type="B", seeds=SEEDS_B, machine=MACHINE))
    assert len(client.calls) == 5
    for req in client.calls:
        lines = user_text(req).splitlines()
        items = [line for line in lines if line.endswith(" |EoS|")]
        assert len(items) == 10 and lines[-1] == "11."
        assert sum("Machine task" in line for line in items) == n_machine
        assert (req.temperature, req.top_p, req.max_tokens, req.stop) == (0.7, 1.0, 256, ("|EoS|",))
    assert {t.instruction for t in res.kept} == {"Write a limerick about a tired owl."}
    assert all(t.meta["task_type"] == "B" for t in res.kept)


def test_type_a_mix_is_20_seed_plus_4_machine_and_fewer_machine_when_pool_is_small():
    client = ScriptedClient(lambda req: " Convert the temperature to Kelvin.", mode="completion")
    run(ei.instruction_stage([], ei.InstructionConfig(prompts_per_round=2), ctx(client), task_type="A",
                             seeds=SEEDS_A, machine=MACHINE[:1]))
    for req in client.calls:
        items = [line for line in user_text(req).splitlines() if line.endswith(" |EoS|")]
        assert len(items) == 24 and sum("Machine task" in line for line in items) == 1


def test_instruction_stage_rejections_and_marker_never_stored():
    # the first reply comes from a backend that returns the stop marker and more (BAM did), so it
    # is scripted as a Completion, which the fake passes through uncut
    replies = [Completion(texts=[" Summarize the review in one line. |EoS|\n7. leaked"], finish_reasons=["stop"]),
               Completion(error="HTTP 500"), "   ",
               Completion(texts=[" A very long rambling"], finish_reasons=["length"]),
               "Explain recursion to a child |EoS|"]
    client = ScriptedClient(replies, mode="completion")
    res = run(ei.instruction_stage([], ei.InstructionConfig(), ctx(client), task_type="A",
                                   seeds=SEEDS_A, machine=[], round_idx=3))
    assert [t.instruction for t in res.kept] == ["Summarize the review in one line.",
                                                 "A very long rambling", "Explain recursion to a child"]
    assert not any("|EoS|" in t.instruction for t in res.kept)
    assert res.kept[1].meta["truncated"] is True and res.kept[0].meta["round"] == 3
    assert [r.reason for r in res.rejected] == ["llm_error", "no_instructions"]
    assert [r.sample_index for r in client.calls] == [15, 16, 17, 18, 19]
    strict = run(ei.instruction_stage([], ei.InstructionConfig(drop_truncated=True), ctx(ScriptedClient(replies, mode="completion")),
                                      task_type="A", seeds=SEEDS_A, machine=[]))
    assert "truncated_response" in strict.stats.rejected_by_reason


def test_instruction_stage_without_seeds_of_the_type_is_a_user_error():
    with pytest.raises(UserError, match="type B"):
        run(ei.instruction_stage([], ei.InstructionConfig(), ctx(ScriptedClient([], mode="completion")), task_type="B",
                                 seeds=[], machine=[]))


def test_select_target_keeps_first_and_rejects_overshoot():
    res = select_target(MACHINE, None, target=4)
    assert [t.id for t in res.kept] == [t.id for t in MACHINE[:4]]
    assert [r.reason for r in res.rejected] == ["over_target", "over_target"]


def typed(instruction: str, task_type: str) -> Task:
    return Task.new(instruction, ei.METHOD, meta={"task_type": task_type})


def test_instances_stage_uses_the_types_template_and_stores_raw_text():
    tasks = [typed("Reverse the given string.", "A"), typed("Tell me a fun fact about owls.", "B")]
    client = ScriptedClient(["input: abc\noutput: cba\n|EoS|", Completion(error="timeout")], mode="completion")
    res = run(ei.instances_stage(tasks, ei.InstanceConfig(), ctx(client), member="m0-gen"))
    a, b = client.calls
    assert a.prompt.endswith("instruction: Reverse the given string.\n") and "input:" in a.prompt
    assert b.prompt.endswith("instruction: Tell me a fun fact about owls.\n") and "\ninput:" not in b.prompt
    assert (a.temperature, a.max_tokens, a.stop) == (0.7, 512, ("\n\n", "|EoS|"))
    assert res.kept[0].meta["raw_instances"] == "input: abc\noutput: cba\n"  # as returned: cut at |EoS|
    assert res.kept[0].meta["instance_member"] == "m0-gen"
    assert [r.reason for r in res.rejected] == ["llm_error"]
    multi = run(ei.instances_stage(tasks[:1], ei.InstanceConfig(parser="multiline"),
                                   ctx(ScriptedClient(["x"], mode="completion")), member="m0"))
    assert multi.stats.n_kept == 1


def test_instance_stop_follows_the_parser_unless_set():
    assert ei.InstanceConfig().stop_sequences() == ("\n\n", "|EoS|")
    assert ei.InstanceConfig(parser="multiline").stop_sequences() == ("|EoS|",)
    assert ei.InstanceConfig(stop=["###"]).stop_sequences() == ("###",)


def raw_task(instruction: str, raw: str, task_type: str = "A") -> Task:
    return typed(instruction, task_type).model_copy(update={"meta": {
        "task_type": task_type, "raw_instances": raw, "instance_member": "m0"}})


def test_parse_stage_rows_harvest_and_rejections():
    harvest = ("input: cat\noutput: cats\n|EoS|\n\ninstruction: Give the plural of the noun please.\n"
               "input: mouse\noutput: mice\n|EoS|")
    tasks = [raw_task("Pluralize the noun.", harvest), raw_task("Empty one here.", ""),
             raw_task("Malformed one here.", "Sure, here you go")]
    res = ei.parse_stage(tasks, ei.InstanceConfig(parser="multiline"))
    assert [(t.instruction, t.instances[0].input, t.instances[0].output) for t in res.kept] == [
        ("Pluralize the noun.", "cat", "cats"), ("Give the plural of the noun please.", "mouse", "mice")]
    first, harvested = res.kept
    assert first.id == tasks[0].id and "raw_instances" not in first.meta
    assert first.meta["candidates"] == [{"member": "m0", "text": "cats"}]
    assert harvested.parents == [tasks[0].id] and harvested.meta["harvested"] is True
    assert harvested.meta["task_type"] == "A"
    assert [r.reason for r in res.rejected] == ["empty_raw", "parse_failed"]
    assert res.stats.n_in == 4 and res.stats.extra == {"raw_records": 3.0, "harvested": 1.0}
    off = ei.parse_stage(tasks[:1], ei.InstanceConfig(parser="multiline", harvest=False))
    assert [r.reason for r in off.rejected] == ["harvest_disabled"] and off.stats.n_kept == 1
    ref = ei.parse_stage(tasks[:1], ei.InstanceConfig())  # the repo's rule never harvests this
    assert ref.stats.n_kept == 1 and [r.reason for r in ref.rejected] == ["harvest_not_a_task"]


def voted_row(instruction: str, given: str, output: str) -> Task:
    return Task.new(instruction, ei.METHOD, instances=[Instance(input=given, output=output)],
                    meta={"task_type": "A" if given else "B", "candidates": [{"member": "m0", "text": output}]})


def test_extra_output_stage_zero_shot_prompt_greedy_and_stop_cut():
    rows = [voted_row("Add the numbers.", "2, 3", "5"), voted_row("Name a primary colour.", "", "Red")]
    # a backend that ignores the stop (BAM did): the stage cuts itself; a Completion passes the fake uncut
    client = ScriptedClient([Completion(texts=["  5 |EoS| junk"], finish_reasons=["stop"]),
                             Completion(error="HTTP 429")], mode="completion")
    res = run(ei.extra_output_stage(rows, ei.ZeroShotConfig(), ctx(client), member="m1-zs"))
    assert [r.prompt for r in client.calls] == ["Add the numbers.\n2, 3", "Name a primary colour.\n"]
    assert all((r.temperature, r.max_tokens, r.stop) == (0.0, 256, ("\n\n", "|EoS|")) for r in client.calls)
    assert res.kept[0].meta["candidates"] == [{"member": "m0", "text": "5"},
                                              {"member": "m1-zs", "text": "5", "truncated": False}]
    assert [r.reason for r in res.rejected] == ["llm_error"]
    assert res.rejected[0].evidence["member"] == "m1-zs"


def test_three_members_end_to_end_through_the_vote():
    tasks = [typed("Reverse the given string.", "A"), typed("Name the largest ocean on Earth.", "B")]
    gen = ScriptedClient(lambda req: "input: abc\noutput: cba\n|EoS|" if "\ninput:" in user_text(req)
                         else "output: The Pacific Ocean.\n|EoS|", mode="completion")
    zs1 = ScriptedClient(lambda req: "cba" if "abc" in user_text(req) else "Pacific", mode="completion")
    zs2 = ScriptedClient(lambda req: "c b a" if "abc" in user_text(req) else "the pacific ocean", mode="completion")
    inst = run(ei.instances_stage(tasks, ei.InstanceConfig(), ctx(gen), member="m0"))
    rows = ei.parse_stage(inst.kept, ei.InstanceConfig())
    rows = run(ei.extra_output_stage(rows.kept, ei.ZeroShotConfig(), ctx(zs1), member="m1"))
    rows = run(ei.extra_output_stage(rows.kept, ei.ZeroShotConfig(), ctx(zs2), member="m2"))
    voted = vote_stage(rows.kept, VoteConfig())
    out = {t.instruction: (t.instances[0].output, t.meta["votes"]["branch"]) for t in voted.kept}
    assert out == {"Reverse the given string.": ("cba", "exact_o0"),
                   "Name the largest ocean on Earth.": ("The Pacific Ocean.", "exact_o0")}
