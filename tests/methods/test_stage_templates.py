"""User templates for every LLM stage of Self-Instruct (Alpaca preset included) and
Ensemble-Instruct: a file set as `<stage>.template` (or `template_*`) shapes the prompt the
stage actually sends, in completion mode and in chat mode, and `check_templates` refuses a file
that lacks a required placeholder, naming the key."""

from __future__ import annotations

import asyncio
import random

import pytest

from datagen.errors import InputError
from datagen.llm.fake import ScriptedClient
from datagen.methods.ensemble_instruct import stages as ei
from datagen.methods.ensemble_instruct.config import EnsembleInstructConfig
from datagen.methods.self_instruct import stages as si
from datagen.methods.self_instruct import task_stages as ts
from datagen.methods.self_instruct.config import SelfInstructConfig
from datagen.prompts import check_templates
from datagen.records import Instance, Task
from datagen.stage import RunContext

SEEDS = [Task(id=f"seed_{i}", method="seed", origin="seed", instruction=f"Seed instruction number {i}.",
              is_classification=False, instances=[Instance(input="in" if i % 2 else "", output="out")])
         for i in range(12)]

CLF_FEW_SHOT = ("My own classification header.\n\n"
                "Task: Is this tweet sarcastic?\nIs it classification? Yes\n\n"
                "Task: Write a haiku about frost.\nIs it classification? No\n\n"
                "Task:")
GEN_FEW_SHOT = ("My own input-first header.\n\n"
                "Task: Reverse the word.\nWord: cat\nOutput: tac\n\n"
                "Task:")
OUT_FEW_SHOT = ("My own output-first header.\n\n"
                "Task: Is the number even or odd?\nClass label: Even\nNumber: 4\n\n"
                "Task:")
EI_FEW_SHOT = ("My own type-{t} demos.\n\n"
               "instruction: Name a colour.\noutput: Teal.\n|EoS|\n\n"
               "instruction:")


def run(coro):
    return asyncio.run(coro)


def ctx_for(mode: str, reply: str = "") -> tuple[ScriptedClient, RunContext]:
    client = ScriptedClient(lambda req: reply, mode=mode)
    return client, RunContext(llm=client, rng=random.Random(0))


def write(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_self_instruct_bootstrap_header_from_a_user_file(tmp_path):
    own = write(tmp_path, "bootstrap.txt", "Come up with a list of 15 diverse task instructions:")
    for clf_only in (False, True):  # the file replaces whichever bundled header applies
        cfg = si.BootstrapConfig(template=own, clf_seeds_only=clf_only)
        client, ctx = ctx_for("completion")
        seeds = [t.model_copy(update={"is_classification": True}) for t in SEEDS] if clf_only else SEEDS
        run(si.bootstrap_stage(None, cfg, ctx, seeds=seeds))
        prompt = client.calls[0].prompt
        assert prompt.startswith("Come up with a list of 15 diverse task instructions:\n1. ")
        assert prompt.endswith("\n9.")
    client, ctx = ctx_for("chat")
    run(si.bootstrap_stage(None, si.BootstrapConfig(template=own), ctx, seeds=SEEDS))
    system, user = client.calls[0].messages
    assert user.content.startswith("Come up with a list of 15 diverse task instructions:\n1. ")
    assert "numbered 9 to 15" in system.content  # the format line stays ours


def test_self_instruct_classify_few_shot_from_a_user_file(tmp_path):
    cfg = si.ClassifyConfig(template=write(tmp_path, "clf.txt", CLF_FEW_SHOT))
    task = [Task.new("Is the email spam?", "self_instruct")]
    client, ctx = ctx_for("completion", "Yes")
    run(ts.classify_stage(task, cfg, ctx))
    assert client.calls[0].prompt == CLF_FEW_SHOT + " Is the email spam?\nIs it classification?"
    client, ctx = ctx_for("chat", "Yes")
    run(ts.classify_stage(task, cfg, ctx))
    messages = client.calls[0].messages
    assert messages[0].content.startswith("My own classification header.")
    assert [m.content for m in messages[1:]] == [
        "Task: Is this tweet sarcastic?\nIs it classification?", "Yes",
        "Task: Write a haiku about frost.\nIs it classification?", "No",
        "Task: Is the email spam?\nIs it classification?"]


def test_self_instruct_instances_use_the_users_file_of_each_kind(tmp_path):
    cfg = si.InstanceConfig(template=write(tmp_path, "gen.txt", GEN_FEW_SHOT),
                            template_clf=write(tmp_path, "clf.txt", OUT_FEW_SHOT))
    clf = Task.new("Is the review positive?", "self_instruct", is_classification=True)
    gen = Task.new("Translate the sentence.", "self_instruct", is_classification=False)
    client, ctx = ctx_for("completion", "Output: x")
    run(ts.instances_stage([clf, gen], cfg, ctx))
    assert sorted(req.prompt for req in client.calls) == sorted([
        OUT_FEW_SHOT + " Is the review positive?\n", GEN_FEW_SHOT + " Translate the sentence.\n"])
    client, ctx = ctx_for("chat", "Output: x")
    run(ts.instances_stage([gen], cfg, ctx))
    messages = client.calls[0].messages
    assert messages[0].content.startswith("My own input-first header.")
    assert [m.content for m in messages[1:]] == [
        "Task: Reverse the word.", "Word: cat\nOutput: tac", "Task: Translate the sentence."]


def test_alpaca_requirements_from_a_user_file(tmp_path):
    own = write(tmp_path, "prompt.txt", "You are asked to come up with a set of 20 diverse task instructions.\n\n"
                                        "List of 20 tasks:")
    cfg = si.AlpacaConfig(template=own, prompts_per_round=1)
    client, ctx = ctx_for("completion")
    run(si.alpaca_bootstrap_stage(None, cfg, ctx, seeds=SEEDS))
    prompt = client.calls[0].prompt
    assert prompt.startswith("You are asked to come up with a set of 20 diverse task instructions.\n\n"
                             "List of 20 tasks:\n###\n1. Instruction: ")
    assert prompt.endswith("###\n4. Instruction:")
    client, ctx = ctx_for("chat")
    run(si.alpaca_bootstrap_stage(None, cfg, ctx, seeds=SEEDS))
    assert client.calls[0].messages[1].content.startswith("You are asked to come up with a set of 20")


@pytest.mark.parametrize("task_type", ["A", "B"])
def test_ensemble_instruction_header_from_a_user_file_per_type(tmp_path, task_type):
    other = "B" if task_type == "A" else "A"
    cfg = ei.InstructionConfig(**{f"template_{task_type.lower()}": write(tmp_path, "h.txt", "My own header.")})
    seeds = [s for s in SEEDS if bool(s.instances[0].input) == (task_type == "A")]
    for mode in ("completion", "chat"):
        client, ctx = ctx_for(mode, "Write a limerick about a tired owl. |EoS|")
        run(ei.instruction_stage([], cfg, ctx, task_type=task_type, seeds=seeds, machine=[]))
        req = client.calls[0]
        text = req.prompt if mode == "completion" else req.messages[1].content
        assert text.startswith("My own header.\n1. ")
    client, ctx = ctx_for("completion", "x |EoS|")
    other_seeds = [s for s in SEEDS if s not in seeds]
    run(ei.instruction_stage([], cfg, ctx, task_type=other, seeds=other_seeds, machine=[]))
    assert not client.calls[0].prompt.startswith("My own header.")  # the other type keeps its own


def test_ensemble_instances_and_zero_shot_from_user_files(tmp_path):
    demos = EI_FEW_SHOT.format(t="A")
    cfg = ei.InstanceConfig(template_a=write(tmp_path, "a.txt", demos))
    task = Task.new("Translate the sentence into German.", ei.METHOD, meta={"task_type": "A"})
    client, ctx = ctx_for("completion", "input: x\noutput: y\n|EoS|")
    run(ei.instances_stage([task], cfg, ctx, member="m0"))
    assert client.calls[0].prompt == demos + " Translate the sentence into German.\n"
    client, ctx = ctx_for("chat", "input: x\noutput: y")
    run(ei.instances_stage([task], cfg, ctx, member="m0"))
    messages = client.calls[0].messages
    assert messages[0].content.startswith("My own type-A demos.")
    assert [m.content for m in messages[1:]] == [
        "instruction: Name a colour.", "output: Teal.\n|EoS|", "instruction: Translate the sentence into German."]

    zs = ei.ZeroShotConfig(template=write(tmp_path, "zs.txt", "Instruction: {instruction}\nInput: {input}\nAnswer:"))
    done = Task.new("Add the numbers.", ei.METHOD, instances=[Instance(input="2, 3", output="5")],
                    meta={"task_type": "A"})
    for mode in ("completion", "chat"):
        client, ctx = ctx_for(mode, "5")
        run(ei.extra_output_stage([done], zs, ctx, member="m1"))
        req = client.calls[0]
        text = req.prompt if mode == "completion" else req.messages[-1].content
        assert text == "Instruction: Add the numbers.\nInput: 2, 3\nAnswer:"


@pytest.mark.parametrize(("cfg_cls", "section", "key", "text", "missing"), [
    (SelfInstructConfig, "classify", "template", "Decide whether each task is classification.", "Task:"),
    (SelfInstructConfig, "instances", "template", "Write examples.", "Task:"),
    (SelfInstructConfig, "instances", "template_clf", "Write labelled examples.", "Task:"),
    (EnsembleInstructConfig, "instances", "template_a", "Some demos without the label.", "instruction:"),
    (EnsembleInstructConfig, "instances", "template_b", "Some demos without the label.", "instruction:"),
    (EnsembleInstructConfig, "zero_shot", "template", "Answer this: {instruction}", "{input}"),
])
def test_a_stage_template_without_its_placeholder_is_refused_naming_the_key(
        tmp_path, cfg_cls, section, key, text, missing):
    cfg = cfg_cls(**{section: {key: write(tmp_path, "own.txt", text)}})
    with pytest.raises(InputError, match=rf"{section}\.{key} lacks {missing}"):
        check_templates(cfg)


def test_header_templates_need_no_placeholder_but_must_exist(tmp_path):
    own = write(tmp_path, "header.txt", "Any header at all.")
    check_templates(SelfInstructConfig(bootstrap={"template": own}, alpaca={"template": own}))
    check_templates(EnsembleInstructConfig(instructions={"template_a": own, "template_b": own}))
    with pytest.raises(InputError, match=r"instructions\.template_b not found"):
        check_templates(EnsembleInstructConfig(instructions={"template_b": str(tmp_path / "nope.txt")}))
