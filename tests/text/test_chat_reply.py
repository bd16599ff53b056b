"""datagen.text.chat_reply: items, fields, JSON and free answers out of chat-style replies."""

from __future__ import annotations

import pytest

from datagen.text.chat_reply import (
    clean_item, find_json, is_closing, is_preamble, parse_fields, single_item, split_items, strip_answer,
    strip_fence,
)


def test_split_items_markers_numbers_and_talk():
    reply = ("Sure! Here are four more tasks:\n\n1. **Write** a poem.\n2) Plan a trip\n   to Rome.\n\n(3) 'Quote me.'\n"
             "- Bullet task.\n\nLet me know if you need more!")
    got = split_items(reply)
    assert got.items == ["Write a poem.", "Plan a trip\n   to Rome.", "Quote me.", "Bullet task."]
    assert got.numbers == [1, 2, 3, None]
    assert [(p.reason, p.text) for p in got.rejected] == [
        ("preamble", "Sure! Here are four more tasks:"), ("closing_remark", "Let me know if you need more!")]


def test_split_items_rules_headings_and_empty_items():
    got = split_items("## Ideas\n\n9.\n10. Real item.\n---\nSome prose in the middle.\n11. Last item.")
    assert got.items == ["Real item.", "Last item."]
    assert sorted(p.reason for p in got.rejected) == ["empty_item", "heading", "not_an_item"]


def test_strip_fence_only_around_the_whole_answer():
    assert strip_fence("```text\n1. A\n```")[0] == "1. A"
    inner, pieces = strip_fence("Here it is:\n```\nx\n```\nHope this helps!")
    assert inner == "x" and [p.reason for p in pieces] == ["preamble", "closing_remark"]
    two = "```\na\n```\nand\n```\nb\n```"
    assert strip_fence(two)[0] == two  # two blocks: code inside the data


def test_clean_item_keeps_code_identifiers_and_math():
    assert clean_item("Rename my_var_name to snake_case") == "Rename my_var_name to snake_case"
    assert clean_item("Compute 2 * 3 * 4") == "Compute 2 * 3 * 4"
    assert clean_item("**Math:** Add *two* numbers") == "Add two numbers"
    assert clean_item("**Math:** Add", titles=False) == "Math: Add"


@pytest.mark.parametrize("line", ["Input: x", "**Input:** x", "**Input**: x", "### Input\nx", "Input - x",
                                  "- **Input**: x", "Input 2: x", "4. Input: x", "INPUT: x"])
def test_parse_fields_label_forms(line):
    got = parse_fields(f"{line}\nOutput: y", ["input", "output"])
    assert [(f.label, f.value) for f in got.fields] == [("input", "x"), ("output", "y")]


def test_parse_fields_not_inside_sentences_or_fences():
    got = parse_fields("Output:\n```\nInput: not a label\n```\nInput the numbers later", ["input", "output"])
    assert [f.label for f in got.fields] == ["output"]
    assert "Input the numbers later" in got.fields[0].value


def test_find_json_fenced_whole_or_in_prose():
    assert find_json('```json\n{"a": 1}\n```') == {"a": 1}
    assert find_json('Sure! Here it is: [1, 2] and more') == [1, 2]
    assert find_json("no json here") is None


def test_strip_answer_and_single_item():
    assert strip_answer("Sure! The answer is: Paris.").text == "Paris."
    assert strip_answer("**Answer:** 42").text == "42"
    assert strip_answer("Sure, you can.").text == "Sure, you can."
    assert single_item("Here's a new task:\n\nWrite a haiku.\n\nLet me know!").items == ["Write a haiku."]
    assert is_preamble("Certainly, here are 7 new tasks:") and is_closing("I hope these help.")
    assert not is_preamble("Translate the sentence.") and not is_closing("Write a letter.")
