"""Golden prompts of Ensemble-Instruct, one per type and step (no model)."""

from __future__ import annotations

from datagen.methods.ensemble_instruct.prompts import (
    build_instance_prompt, build_instruction_prompt, build_zero_shot_prompt,
)
from datagen.methods.self_instruct.prompts import load_template


def test_instruction_prompt_type_a_golden():
    prompt = build_instruction_prompt(["Translate the   sentence\ninto German:", "Fix the grammar."], "A")
    assert prompt == (
        "Below is a numbered list of tasks for an assistant. Each task comes with an input to work on "
        "(a text, a list, a question, some code), and each item ends with |EoS|. Add one new task of "
        "the same kind.\n"
        "1. Translate the sentence into German |EoS|\n"
        "2. Fix the grammar. |EoS|\n"
        "3.")


def test_instruction_prompt_type_b_golden():
    prompt = build_instruction_prompt(["Tell me a joke about cats."], "B")
    assert prompt == (
        "Below is a numbered list of tasks for an assistant. Each task can be answered directly, "
        "without any extra input, and each item ends with |EoS|. Add one new task of the same kind.\n"
        "1. Tell me a joke about cats. |EoS|\n"
        "2.")


def test_instance_prompt_is_template_space_instruction_newline():
    for task_type, name in (("A", "ensemble_instruct/instances_a.txt"), ("B", "ensemble_instruct/instances_b.txt")):
        prompt = build_instance_prompt("  Count the vowels in the word. ", task_type)
        template = load_template(name)
        assert prompt == template + " Count the vowels in the word.\n"
        assert template.endswith("|EoS|\n\ninstruction:")


def test_instance_templates_have_the_structure_of_each_type():
    a = load_template("ensemble_instruct/instances_a.txt").split("\n\n")
    b = load_template("ensemble_instruct/instances_b.txt").split("\n\n")
    demos_a, demos_b = a[1:-1], b[1:-1]
    assert len(demos_a) == 18 and len(demos_b) == 15  # the paper's 18 (type A) and 15 (type B)
    for demo in demos_a:
        lines = demo.splitlines()
        assert lines[0].startswith("instruction: ") and lines[1].startswith("input: ")
        assert lines[2].startswith("output:") and lines[-1] == "|EoS|"
    for demo in demos_b:
        lines = demo.splitlines()
        assert lines[0].startswith("instruction: ") and lines[1].startswith("output:")
        assert lines[-1] == "|EoS|" and not any(line.startswith("input:") for line in lines)


def test_zero_shot_prompt_is_instruction_newline_input():
    assert build_zero_shot_prompt(" Add the numbers. ", " 2, 3 ") == "Add the numbers.\n2, 3"
    assert build_zero_shot_prompt("Tell me a joke.", "") == "Tell me a joke.\n"


def test_chat_form_splits_every_instance_demo_into_one_turn_pair():
    from datagen.methods.ensemble_instruct.chat import chat_instance_messages

    for task_type, n_demos in (("A", 18), ("B", 15)):
        messages = chat_instance_messages("Count the vowels in the word.", task_type)
        turns = messages[1:-1]
        assert len(turns) == 2 * n_demos
        for user, assistant in zip(turns[::2], turns[1::2]):
            assert user.role == "user" and user.content.startswith("instruction: ") and "\n" not in user.content
            assert assistant.role == "assistant" and assistant.content.endswith("|EoS|")
            assert assistant.content.startswith("input: " if task_type == "A" else "output:")
        assert messages[-1].content == "instruction: Count the vowels in the word."
