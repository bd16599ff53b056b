"""Self-Instruct and Alpaca: golden prompts, parsers on malformed and truncated text, the instance
filter, the ICL sampler, and the LLM stages against the scripted fake client."""

from __future__ import annotations

import asyncio
import random
import re

import pytest

from datagen.errors import UserError
from datagen.filters.heuristics import heuristic_filter, heuristic_preset
from datagen.llm.client import Completion, LLMRequest
from datagen.llm.fake import ScriptedClient, user_text
from datagen.methods.self_instruct.stages import (
    AlpacaConfig, BootstrapConfig, ClassifyConfig, InstanceConfig, alpaca_bootstrap_stage, bootstrap_stage,
    build_alpaca_prompt, build_bootstrap_prompt, build_clf_prompt, build_instance_prompt, filter_instances,
    line_start, parse_alpaca_response, parse_classification_instances, parse_clf_label,
    parse_generation_instances, parse_numbered_instructions, sample_icl,
)
from datagen.methods.self_instruct.task_stages import classify_stage, instances_stage
from datagen.methods.self_instruct.parsers import split_alpaca_response
from datagen.methods.self_instruct.prompts import (
    ALPACA_TEMPLATE, BOOTSTRAP_HEADER, CLF_TEMPLATE, INPUT_FIRST_TEMPLATE, OUTPUT_FIRST_TEMPLATE, load_template,
)
from datagen.records import Instance, Task
from datagen.stage import RunContext

HEADER = "Propose a numbered series of new and varied tasks that a person might ask an assistant to do."


def seed(i: int, clf: bool = False, given: str = "", output: str = "out") -> Task:
    return Task(id=f"seed_task_{i}", method="seed", origin="seed", instruction=f"Seed instruction number {i}.",
                is_classification=clf, instances=[Instance(input=given, output=output)])


SEEDS = [seed(i, clf=i % 4 == 0, given="in" if i % 2 else "") for i in range(20)]
MACHINE = [Task.new(f"Machine instruction number {i}.", "self_instruct") for i in range(5)]


def run(coro):
    return asyncio.run(coro)


def length(text: str) -> Completion:
    return Completion(texts=[text], finish_reasons=["length"])


def error(msg: str = "HTTP 500: upstream failed") -> Completion:
    return Completion(error=msg)


# --- prompts -------------------------------------------------------------------------------------

def test_bootstrap_prompt_golden():
    prompt = build_bootstrap_prompt(["Name  three\tcolours :", "Add two numbers.\n"])
    assert prompt == f"{HEADER}\n1. Name three colours\n2. Add two numbers.\n3."
    clf = build_bootstrap_prompt(["Is it spam?"], BootstrapConfig(clf_seeds_only=True))
    assert clf.startswith("Propose a numbered series of new classification tasks") and clf.endswith("\n1. Is it spam?\n2.")


def test_clf_prompt_golden_and_demo_mix():
    template = load_template(CLF_TEMPLATE)
    assert template.endswith("\n\nTask:")
    assert build_clf_prompt("  Sort the list.\n") == template + " Sort the list.\nIs it classification?"
    demos = re.findall(r"^Task: (.+)\nIs it classification\? (Yes|No)$", template, re.M)
    assert len(demos) == template.count("Task:") - 1 == 30
    yes = sum(label == "Yes" for _, label in demos)
    assert 10 <= yes <= 15  # mixed, more No than Yes like the reference's 12/19
    assert template.splitlines()[0].startswith("Decide whether each task below is a classification task")


def test_instance_prompts_pick_output_first_for_classification():
    clf = Task.new("Is the review positive or negative?", "self_instruct", is_classification=True)
    gen = Task.new("Write a short poem about rain.", "self_instruct", is_classification=False)
    assert build_instance_prompt(clf) == load_template(OUTPUT_FIRST_TEMPLATE) + " Is the review positive or negative?\n"
    assert build_instance_prompt(gen) == load_template(INPUT_FIRST_TEMPLATE) + " Write a short poem about rain.\n"
    out_first, in_first = load_template(OUTPUT_FIRST_TEMPLATE), load_template(INPUT_FIRST_TEMPLATE)
    assert 12 <= out_first.count("\nTask:") - 1 <= 16 and out_first.count("Class label:") >= 25
    assert 10 <= in_first.count("\nTask:") - 1 <= 12 and "Example 2\n" in in_first
    # the demos themselves parse with our parsers (the model imitates them)
    demo = out_first.split("\n\nTask: ")[1]
    assert [i.output for i in parse_classification_instances(demo.split("\n", 1)[1], False)] == ["Positive", "Negative"]
    conv = in_first.split("\n\nTask: ")[3].split("\n", 1)[1]
    assert parse_generation_instances(conv, False) == [Instance(input="Temperature: 25 °C", output="77 °F"),
                                                       Instance(input="Temperature: -10 °C", output="14 °F")]


def test_alpaca_prompt_golden():
    demos = [Task.new("Give an antonym:", "seed", instances=[Instance(input="happy", output="sad")]),
             Task.new("Name a  primary colour.", "seed", instances=[Instance(input="", output="Red")])]
    expected = (load_template(ALPACA_TEMPLATE) + "\n###\n1. Instruction: Give an antonym\n1. Input:\nhappy\n"
                "1. Output:\nsad\n###\n2. Instruction: Name a primary colour.\n2. Input:\n<noinput>\n"
                "2. Output:\nRed\n###\n3. Instruction:")
    assert build_alpaca_prompt(demos) == expected


def test_alpaca_requirements_are_numbered_one_to_nine():
    text = load_template(ALPACA_TEMPLATE)
    assert [int(n) for n in re.findall(r"^(\d+)\. ", text, re.M)] == list(range(1, 10))  # the PR #24 fix
    assert text.endswith("\n\nList of 20 tasks:")


def test_templates_are_our_own_wording():
    texts = " ".join(load_template(n) for n in (BOOTSTRAP_HEADER, CLF_TEMPLATE, ALPACA_TEMPLATE,
                                                 OUTPUT_FIRST_TEMPLATE, INPUT_FIRST_TEMPLATE))
    for phrase in ("Come up with a series of tasks", "regarded as a classification task",
                   "You are asked to come up with a set of 20", "Here are the requirements"):
        assert phrase not in texts


# --- ICL sampler -----------------------------------------------------------------------------------

def test_sample_icl_mix_and_determinism():
    cfg = BootstrapConfig()
    seeds = [f"s{i}" for i in range(30)]
    machine = [f"m{i}" for i in range(10)]
    picked = sample_icl(seeds, machine, cfg, random.Random(7))
    assert len(picked) == 8 and len(set(picked)) == 8
    assert sum(p.startswith("m") for p in picked) == 2
    assert picked == sample_icl(seeds, machine, cfg, random.Random(7))
    assert picked != sample_icl(seeds, machine, cfg, random.Random(8))
    assert sum(p.startswith("m") for p in sample_icl(seeds, machine[:1], cfg, random.Random(0))) == 1
    assert all(p.startswith("s") for p in sample_icl(seeds, [], cfg, random.Random(0)))
    # order is shuffled: the machine items are not always first
    firsts = {sample_icl(seeds, machine, cfg, random.Random(k))[0][0] for k in range(20)}
    assert firsts == {"m", "s"}
    assert sorted(sample_icl(seeds[:3], [], cfg, random.Random(0))) == ["s0", "s1", "s2"]  # too few seeds
    assert len(sample_icl(SEEDS, [], AlpacaConfig(), random.Random(0))) == 3


# --- parsers ---------------------------------------------------------------------------------------

def test_parse_numbered_continuation_keeps_casing_and_collapses_whitespace():
    text = " Write a Python  function\tfor FizzBuzz.\n10. Explain the NATO alphabet.\n11 . Spaced number item\n12.Not split"
    # "12.Not" has no space after the dot, so it is not an item break (the reference rule)
    assert parse_numbered_instructions(text) == [
        "Write a Python function for FizzBuzz.", "Explain the NATO alphabet.", "Spaced number item 12.Not split"]


def test_parse_numbered_handles_multiline_items_empty_items_and_start():
    text = " First item\ncontinues here\n10. \n11. Third item\n12."
    assert parse_numbered_instructions(text) == ["First item continues here", "Third item"]
    assert parse_numbered_instructions(" only one", start=4) == ["only one"]
    assert parse_numbered_instructions("") == []


def test_parse_numbered_chat_replies():
    # a chat model that repeats the open number
    assert parse_numbered_instructions("9. Alpha task here\n10. Beta task here") == ["Alpha task here", "Beta task here"]
    # a chat model that echoes the demonstrations first: text before the "9." line is dropped
    echo = "Sure!\n1. old one\n8. old eight\n9. New nine\n10. New ten"
    assert parse_numbered_instructions(echo) == ["New nine", "New ten"]
    # "2016." inside an item is not an item break (only a line start is)
    assert parse_numbered_instructions(" Name the winner in 2016. Then explain") == ["Name the winner in 2016. Then explain"]


@pytest.mark.parametrize("text, strict, expected", [
    ("Yes", True, True), (" yes", True, True), ("YES\n", True, True), ("No", True, False), (" no", True, False),
    ("Yes.", True, None), ("Maybe", True, None), ("", True, None),
    ("Yes.", False, True), ("yes, it is", False, True), ("No!", False, False), ("Perhaps", False, None),
])
def test_parse_clf_label(text, strict, expected):
    assert parse_clf_label(text, strict=strict) is expected


def test_parse_generation_instances_examples_and_single_output():
    text = ("Example 1\nInput 1: The sky is blue.\nOutput 1: El cielo es azul.\n"
            "Example 2\nSentence: I am tired.\nOutput: Estoy cansado.\nInput 3: stray")
    assert parse_generation_instances(text, truncated=False) == [
        Instance(input="The sky is blue.", output="El cielo es azul."),
        Instance(input="Sentence: I am tired.", output="Estoy cansado.")]
    assert parse_generation_instances(text, truncated=True) == [
        Instance(input="The sky is blue.", output="El cielo es azul.")]
    assert parse_generation_instances("Output: Paris is the capital.", False) == [
        Instance(input="", output="Paris is the capital.")]
    assert parse_generation_instances("Paris is the capital.", False) == []
    assert parse_generation_instances("Output: Paris.", truncated=True) == []
    # a chunk with no Output marker is an output with no input, as in the reference
    assert parse_generation_instances("Example 1\nJust some text", False) == [Instance(input="", output="Just some text")]
    # a second Output marker ends the first output
    assert parse_generation_instances("Output: a\nOutput: b", False) == [Instance(input="", output="a")]


def test_example_inside_content_splits_only_in_reference_mode():
    text = "Example 1\nQuestion: Give an example of a mammal.\nOutput: For Example 2 kinds: a dog or a whale."
    assert parse_generation_instances(text, False) == [
        Instance(input="Question: Give an example of a mammal.", output="For Example 2 kinds: a dog or a whale.")]
    reference = parse_generation_instances(text, False, anchored=False)
    assert len(reference) == 2 and reference[0].output == "For"  # the reference pitfall


def test_parse_classification_instances():
    text = ("Sure, here you go.\nClass label: Positive\nReview: Great phone.\nBattery lasts.\n"
            "Class label: Negative\nReview: Broke in a day.\nClass label: Neutral")
    assert parse_classification_instances(text, False) == [
        Instance(input="Review: Great phone.\nBattery lasts.", output="Positive"),
        Instance(input="Review: Broke in a day.", output="Negative"),
        Instance(input="", output="Neutral")]
    assert len(parse_classification_instances(text, True)) == 2
    assert parse_classification_instances("Positive\nReview: ok", False) == []


def test_filter_instances_reasons_and_stable_order():
    a, b, c = (Instance(input=f"in {k}", output=f"out {k}") for k in "abc")
    kept, verdict = filter_instances([b, a, b, c, a])
    assert verdict is None and kept == [b, a, c]  # duplicates removed, first-seen order
    _, verdict = filter_instances([Instance(input="x", output="x"), Instance(input="", output=""),
                                   Instance(input="Text:", output="y"), Instance(input="q", output="Answer:")])
    assert verdict.reason == "invalid_instances"
    assert verdict.evidence == {"instance_reasons": ["same_input_output", "same_input_output",
                                                     "ends_with_colon", "ends_with_colon"]}
    _, verdict = filter_instances([Instance(input="q", output="  ")])
    assert verdict.evidence == {"instance_reasons": ["empty_output"]}
    # invalid ones are dropped, the rest kept
    kept, verdict = filter_instances([Instance(input="x", output="x"), a])
    assert verdict is None and kept == [a]


def test_filter_instances_no_instances_and_conflicts():
    assert filter_instances([])[1].reason == "no_instances"
    kept, verdict = filter_instances([Instance(input="2+2", output="4"), Instance(input="2+2", output="5")])
    assert kept == [] and verdict.reason == "conflicting_instances"
    assert verdict.evidence == {"input": "2+2", "outputs": ["4", "5"]}
    # empty inputs may have different outputs (an output-only task with several answers)
    kept, verdict = filter_instances([Instance(output="Red"), Instance(output="Blue")])
    assert verdict is None and [i.output for i in kept] == ["Red", "Blue"]
    # an invalid instance cannot cause a conflict: invalid ones go first, as in the reference
    kept, verdict = filter_instances([Instance(input="q", output="a"), Instance(input="q", output="b:")])
    assert verdict is None and kept == [Instance(input="q", output="a")]


def test_filter_instances_cap_is_seeded_and_keeps_order():
    many = [Instance(input=f"in {k}", output=f"out {k}") for k in range(9)]
    kept, _ = filter_instances(many, max_instances=5, rng=random.Random(1))
    assert len(kept) == 5 and kept == sorted(kept, key=many.index)
    assert kept == filter_instances(many, max_instances=5, rng=random.Random(1))[0]
    assert filter_instances(many, 5)[0] == filter_instances(many, 5)[0]  # default seed 123


ALPACA_TEXT = (" Describe your ideal weekend.\n4. Input:\n<noinput>\n4. Output:\nSleeping in.\n###\n"
               "5. Instruction: Fix the typo.\n5. Input:\nTeh cat.\n5. Output:\nThe cat.\n###\n"
               "6. Instruction: Count to three.\n6. Input:\n<NoInput>\n6. Output:\n1, 2, 3\n###\n7. Instruction: Cut off")


def test_parse_alpaca_response_strict_numbering():
    assert parse_alpaca_response(ALPACA_TEXT, truncated=True) == [
        ("Describe your ideal weekend.", "", "Sleeping in."), ("Fix the typo.", "Teh cat.", "The cat."),
        ("Count to three.", "", "1, 2, 3")]
    parsed = split_alpaca_response(ALPACA_TEXT, truncated=True)
    assert parsed.truncated == "7. Instruction: Cut off" and parsed.malformed == []
    # not truncated: the incomplete last chunk fails the 7-part rule instead
    parsed = split_alpaca_response(ALPACA_TEXT, truncated=False)
    assert len(parsed.items) == 3 and parsed.malformed == ["7. Instruction: Cut off"]
    # a misnumbered chunk is lost on its own
    renumbered = ALPACA_TEXT.replace("5. ", "9. ")
    assert [i[0] for i in parse_alpaca_response(renumbered, True)] == ["Describe your ideal weekend.",
                                                                       "Count to three."]
    assert split_alpaca_response(renumbered, True).malformed[0].startswith("9. Instruction: Fix the typo.")
    # a skipped number shifts the count: every later chunk is lost
    skipped = ALPACA_TEXT.replace("6. ", "7. ").replace("5. ", "6. ")
    assert [i[0] for i in parse_alpaca_response(skipped, True)] == ["Describe your ideal weekend."]
    assert len(split_alpaca_response(skipped, True).malformed) == 2
    # missing field or wrong field order
    assert parse_alpaca_response(" Do X now.\n4. Output:\nY", False) == []
    assert parse_alpaca_response(" Do X now.\n4. Output:\nY\n4. Input:\nZ", False) == []


def test_parse_alpaca_chat_replies_and_number_boundaries():
    chat = "###\n4. Instruction: Say hi.\n4. Input:\n<noinput>\n4. Output:\nHi!"
    assert parse_alpaca_response(chat, False) == [("Say hi.", "", "Hi!")]
    # "14." never counts as "4."
    assert parse_alpaca_response(" Add.\n14. Input:\n1\n4. Output:\n2", False) == []
    assert parse_alpaca_response("", False) == [] and parse_alpaca_response("", True) == []


# --- configs ---------------------------------------------------------------------------------------

def test_config_defaults_and_stop_sequences():
    cfg = BootstrapConfig()
    assert (cfg.prompt_instructions, cfg.machine_in_prompt, cfg.prompts_per_round) == (8, 2, 5)
    assert (cfg.temperature, cfg.top_p, cfg.presence_penalty, cfg.max_tokens) == (0.7, 0.5, 2.0, 1024)
    assert cfg.stop_sequences() == ("\n\n", "\n16", "16.", "16 .")
    assert BootstrapConfig(line_start_stops=True).stop_sequences() == ("\n\n", "\n16", "\n16.", "\n16 .")
    assert InstanceConfig().stop == ("Example 6", "Task:") and InstanceConfig(max_instances=3).stop[0] == "Example 4"
    assert AlpacaConfig().stop_sequences() == ("\n20", "20.")
    assert AlpacaConfig(line_start_stops=True).stop_sequences() == ("\n20", "\n20.")
    assert line_start(["a", "\nb", "a"]) == ("\na", "\nb")
    with pytest.raises(Exception):
        BootstrapConfig(prompts_per_round=0)


# --- stages ----------------------------------------------------------------------------------------

def continuation(k: int) -> str:
    return f" New task alpha number {k} here\n10. New task beta number {k} here"


def test_bootstrap_stage_requests_parses_and_rejects():
    replies = [continuation(0), error(), length(continuation(2)), "  ", continuation(4)]
    client = ScriptedClient(replies, mode="completion")
    res = run(bootstrap_stage(None, BootstrapConfig(), RunContext(llm=client, rng=random.Random(3)),
                              seeds=SEEDS, machine=MACHINE, round_idx=2))
    assert len(client.calls) == 5
    req = client.calls[0]
    assert (req.temperature, req.top_p, req.max_tokens, req.presence_penalty) == (0.7, 0.5, 1024, 2.0)
    assert req.stop == ("\n\n", "\n16", "16.", "16 .") and req.n == 1
    assert [r.sample_index for r in client.calls] == [10, 11, 12, 13, 14]
    assert all(r.prompt.startswith(HEADER) and r.prompt.endswith("\n9.") for r in client.calls)
    assert all(sum(m.instruction in r.prompt for m in MACHINE) == 2 for r in client.calls)

    assert [t.instruction for t in res.kept] == [
        "New task alpha number 0 here", "New task beta number 0 here",
        "New task alpha number 4 here", "New task beta number 4 here"]
    first = res.kept[0]
    assert first.method == "self_instruct" and first.origin == "machine" and first.meta == {"round": 2, "request_idx": 0}
    assert len(first.parents) == 8 and sum(p.startswith("task-") for p in first.parents) == 2
    assert all(f"{i}. " in client.calls[0].prompt for i in range(1, 9))
    assert res.stats.rejected_by_reason == {"llm_error": 1, "truncated_response": 1, "no_instructions": 1}
    assert res.stats.n_in == 7 == res.stats.n_kept + res.stats.n_rejected
    err = next(r for r in res.rejected if r.reason == "llm_error")
    assert err.evidence == {"error": "HTTP 500: upstream failed"} and err.record == {"round": 2, "request_idx": 1}
    cut = next(r for r in res.rejected if r.reason == "truncated_response")
    assert cut.record["text"] == continuation(2) and cut.stage == "bootstrap"


def test_bootstrap_stage_is_deterministic_given_the_rng():
    def prompts(seed: int) -> list[str]:
        client = ScriptedClient(lambda req: continuation(0), mode="completion")
        run(bootstrap_stage([], BootstrapConfig(), RunContext(llm=client, rng=random.Random(seed)), seeds=SEEDS))
        return [r.prompt for r in client.calls]

    assert prompts(1) == prompts(1) != prompts(2)


def test_bootstrap_stage_classification_seeds_only():
    client = ScriptedClient(lambda req: continuation(0), mode="completion")
    cfg = BootstrapConfig(clf_seeds_only=True, prompts_per_round=2, line_start_stops=True)
    run(bootstrap_stage(None, cfg, RunContext(llm=client), seeds=SEEDS))
    clf_texts = {t.instruction for t in SEEDS if t.is_classification}
    assert len(clf_texts) == 5
    for req in client.calls:
        listed = re.findall(r"^\d+\. (.+)$", user_text(req), re.M)
        assert len(listed) == 5 and set(listed) <= clf_texts and user_text(req).endswith("\n6.")
        assert "classification" in user_text(req).splitlines()[0] and "\n16." in req.stop
    with pytest.raises(UserError, match="clf_seeds_only"):
        run(bootstrap_stage(None, cfg, RunContext(llm=client), seeds=[seed(1)]))


def test_classify_stage_labels_machine_tasks_and_keeps_seed_labels():
    tasks = [SEEDS[0], *(Task.new(f"Candidate task number {k} to label", "self_instruct") for k in range(4))]
    answers = {"0": " Yes", "1": "No", "2": error("timeout"), "3": "Perhaps"}

    def responder(req: LLMRequest):
        return answers[re.search(r"number (\d) to label\nIs it classification\?$", user_text(req)).group(1)]

    client = ScriptedClient(responder, mode="completion")
    res = run(classify_stage(tasks, ClassifyConfig(), RunContext(llm=client)))
    assert len(client.calls) == 4  # the seed keeps its own label
    req = client.calls[0]
    assert (req.temperature, req.top_p, req.max_tokens, req.stop) == (0.0, 0.0, 3, ("\n", "Task"))
    assert [t.is_classification for t in res.kept] == [True, True, False, False]  # "Perhaps" -> no
    assert res.kept[0] is SEEDS[0] and res.kept[1].meta["clf_raw"] == " Yes"
    assert res.stats.rejected_by_reason == {"llm_error": 1}
    assert res.rejected[0].evidence == {"error": "timeout"}
    strict = run(classify_stage(tasks, ClassifyConfig(unknown_label="reject"), RunContext(llm=ScriptedClient(responder, mode="completion"))))
    assert strict.stats.rejected_by_reason == {"llm_error": 1, "unknown_label": 1}
    assert strict.stats.n_in == 5 and strict.stats.n_kept == 3


def test_instances_stage_prompts_budgets_and_rejections():
    def task(k: int, clf: bool) -> Task:
        return Task.new(f"Machine task {k} needing instances", "self_instruct", is_classification=clf)

    tasks = [task(0, False), task(1, True), task(2, False), task(3, False), task(4, False),
             task(5, False), task(6, False), task(7, True), SEEDS[1]]
    replies = {
        0: "Example 1\nInput: a\nOutput: A\nExample 2\nInput: b\nOutput: B\nExample 3\nInput: c\nOutput: C",
        1: "Class label: Yes\nText: hi\nClass label: No\nText: bye",
        2: "Output: same\nInput: no",  # output then a stray input
        3: error("HTTP 429"),
        4: "Nothing useful here.",
        5: "Example 1\nInput: q\nOutput: one\nExample 2\nInput: q\nOutput: two",
        6: "Example 1\nInput: z\nOutput: z",
        7: length("Class label: Yes\nText: ok\nClass label: No\nText: cut of"),
    }
    client = ScriptedClient(lambda req: replies[int(re.search(r"Machine task (\d)", user_text(req)).group(1))], mode="completion")
    res = run(instances_stage(tasks, InstanceConfig(), RunContext(llm=client)))
    assert len(client.calls) == 8  # the seed keeps its instances
    assert [r.max_tokens for r in client.calls] == [300] * 5 + [300] * 3  # each batch of 5 holds a clf task
    first = client.calls[0]
    assert (first.temperature, first.top_p, first.presence_penalty, first.stop) == (0.0, 0.0, 1.5, ("Example 6", "Task:"))
    assert "Class label:" in client.calls[1].prompt[-600:] and "Class label:" not in client.calls[0].prompt

    by_id = {t.instruction.split()[2]: t for t in res.kept}
    assert [i.output for i in by_id["0"].instances] == ["A", "B", "C"]
    assert by_id["0"].meta["instances_parsed"] == 3 and by_id["0"].meta["truncated"] is False
    assert by_id["1"].instances == [Instance(input="Text: hi", output="Yes"), Instance(input="Text: bye", output="No")]
    assert by_id["2"].instances == [Instance(input="", output="same")]
    assert by_id["7"].instances == [Instance(input="Text: ok", output="Yes")] and by_id["7"].meta["truncated"]
    assert res.kept[-1] is SEEDS[1]
    assert res.stats.rejected_by_reason == {"llm_error": 1, "no_instances": 1, "conflicting_instances": 1,
                                            "invalid_instances": 1}
    invalid = next(r for r in res.rejected if r.reason == "invalid_instances")
    assert invalid.evidence["instance_reasons"] == ["same_input_output"] and invalid.evidence["raw"] == replies[6]
    assert res.stats.n_in == 9


def test_instances_stage_token_budget_rules():
    gen = [Task.new(f"Generation task {k} here", "self_instruct", is_classification=False) for k in range(6)]
    clf = Task.new("Classification task here now", "self_instruct", is_classification=True)
    tasks = gen[:5] + [clf]
    for rule, expected in (("batch", [350] * 5 + [300]), ("task", [350] * 5 + [300])):
        client = ScriptedClient(lambda req: "Output: x", mode="completion")
        run(instances_stage(tasks, InstanceConfig(max_tokens_rule=rule), RunContext(llm=client)))
        assert [r.max_tokens for r in client.calls] == expected
    tasks = [clf] + gen[:4] + [gen[5]]
    client = ScriptedClient(lambda req: "Output: x", mode="completion")
    run(instances_stage(tasks, InstanceConfig(max_tokens_rule="task"), RunContext(llm=client)))
    assert [r.max_tokens for r in client.calls] == [300] + [350] * 5
    client = ScriptedClient(lambda req: "Output: x", mode="completion")
    run(instances_stage(tasks, InstanceConfig(), RunContext(llm=client)))
    assert [r.max_tokens for r in client.calls] == [300] * 5 + [350]


def test_instances_stage_cap_is_reproducible_per_task():
    # bare "Example" headings: the "Example 6" stop never fires, so all 8 come back and the cap acts
    many = "\n".join(f"Example\nInput: in {k}\nOutput: out {k}" for k in range(1, 9))
    task = Task.new("Give many examples of things", "self_instruct", is_classification=False)
    outs = [run(instances_stage([task], InstanceConfig(), RunContext(llm=ScriptedClient(lambda r: many, mode="completion")))).kept[0]
            for _ in range(2)]
    assert len(outs[0].instances) == 5 and outs[0].instances == outs[1].instances
    assert outs[0].meta["instances_parsed"] == 8 and outs[0].meta["instances_dropped"] == {}


def test_alpaca_stage_one_instance_per_task_and_rejections():
    replies = [length(ALPACA_TEXT), error("boom"), "", ALPACA_TEXT.replace("5. ", "8. ")]
    client = ScriptedClient(replies, mode="completion")
    cfg = AlpacaConfig(prompts_per_round=4)
    res = run(alpaca_bootstrap_stage(None, cfg, RunContext(llm=client, rng=random.Random(0)), seeds=SEEDS, round_idx=1))
    req = client.calls[0]
    assert (req.temperature, req.top_p, req.max_tokens, req.stop) == (1.0, 1.0, 3072, ("\n20", "20."))
    assert [r.sample_index for r in client.calls] == [4, 5, 6, 7]
    assert all(r.prompt.endswith("###\n4. Instruction:") and r.prompt.count("\n###\n") == 4 for r in client.calls)
    assert [t.instruction for t in res.kept] == ["Describe your ideal weekend.", "Fix the typo.", "Count to three.",
                                                 "Describe your ideal weekend.", "Count to three."]
    assert res.kept[1].instances == [Instance(input="Teh cat.", output="The cat.")]
    assert res.kept[0].method == "alpaca" and len(res.kept[0].parents) == 3
    assert all(p.startswith("seed_task_") for p in res.kept[0].parents)
    assert res.kept[0].meta == {"round": 1, "request_idx": 0}
    # the 4th reply: its misnumbered "8." chunk and its incomplete last chunk (not truncated)
    assert res.stats.rejected_by_reason == {"truncated_item": 1, "llm_error": 1, "no_instructions": 1,
                                            "malformed_item": 2}
    assert [r.record["text"] for r in res.rejected if r.reason == "malformed_item"] == [
        "8. Instruction: Fix the typo.\n8. Input:\nTeh cat.\n8. Output:\nThe cat.", "7. Instruction: Cut off"]
    assert res.stats.n_in == 5 + 5
    # the Alpaca preset's 18-word blacklist then applies
    extra = Task.new("Compose a music playlist for a long drive", "alpaca", instances=[Instance(output="x")])
    filtered = heuristic_filter([*res.kept, extra], heuristic_preset("alpaca"))
    assert filtered.stats.rejected_by_reason == {"too_short": 3, "blacklisted_word": 1}
    assert filtered.rejected[-1].evidence == {"word": "music"} and filtered.stats.n_kept == 2


def test_alpaca_stage_needs_seeds():
    with pytest.raises(UserError, match="needs seed tasks"):
        run(alpaca_bootstrap_stage(None, AlpacaConfig(), RunContext(llm=ScriptedClient([], mode="completion")), seeds=[]))
