"""Explore-Instruct parsers on well-formed and malformed responses (reference:
fanqiwan/Explore-Instruct `generate_instruction.py`)."""

from __future__ import annotations

from datagen.methods.explore_instruct.parsers import (
    box_math_answer, parse_enrich_response, parse_examples, parse_extend_response, strip_prefix,
)

EXTEND_REPLY = """New subtask: Formal tone shift
Reason: Work messages often need a formal register.
Examples:
###
1. Instruction: Make this note formal.
Input: hey boss, cant come tmrw
Output: Dear Manager, I will be unable to attend tomorrow.
###
2. Instruction: Rewrite the message politely.
Input: <noinput>
Output: Could you please send the file?
###
**New Subtask:** Headline writing
Reason: Short titles help readers.
Example:
###
Instruction: Write a headline for the text.
Input: The city opened a new park.
Output: City Unveils New Park
Reason: this line belongs to the output
###
Instruction: Broken example without its input
Output: no input label
###
"""


def test_extend_reply_numbered_and_unnumbered_groups():
    parsed = parse_extend_response(EXTEND_REPLY)
    assert [s.name for s in parsed.subtasks] == ["Formal tone shift", "Headline writing"]
    first, second = parsed.subtasks
    assert first.reason == "Work messages often need a formal register."
    assert first.examples == [
        {"instruction": "Make this note formal.", "input": "hey boss, cant come tmrw",
         "output": "Dear Manager, I will be unable to attend tomorrow."},
        {"instruction": "Rewrite the message politely.", "input": "", "output": "Could you please send the file?"},
    ]
    assert second.examples[0]["output"] == "City Unveils New Park\nReason: this line belongs to the output"
    [failure] = parsed.failures
    assert failure.reason == "parse_failed" and "found ['output']" in failure.detail


def test_extend_reply_without_sections_or_with_a_broken_group():
    assert [f.reason for f in parse_extend_response("Sure! Here are some ideas.").failures] == ["parse_failed"]
    assert parse_extend_response("").subtasks == []
    reply = "New subtask: A\nExamples:\nInstruction: x y z\nInput: a\nOutput: b\n" \
            "New subtask: B\nReason: r\nExamples:\nInstruction: p q r\nInput: a\nOutput: b\n"
    parsed = parse_extend_response(reply)
    assert [s.name for s in parsed.subtasks] == ["B"]  # the reference dropped the whole reply
    assert [f.reason for f in parsed.failures] == ["parse_failed"]


def test_truncation_drops_only_the_cut_block():
    reply = "New subtask: A\nReason: r\nExamples:\n###\nInstruction: one two three\nInput: a\nOutput: b\n" \
            "###\nInstruction: four five six\nInput: c\nOutput: cut mid"
    parsed = parse_extend_response(reply, truncated=True)
    assert [len(s.examples) for s in parsed.subtasks] == [1]
    assert [f.reason for f in parsed.failures] == ["truncated"]
    cut_group = parse_extend_response("New subtask: A\nReason: r\nExamples:\nInstruction: a b c\nInput: x\n"
                                      "Output: y\nNew subtask: B\nReason: half", truncated=True)
    assert [f.reason for f in cut_group.failures] == ["truncated"]


def test_enrich_reply_prefix_is_a_real_prefix():
    # lstrip("Examples:") would also eat the "Exam" of "Examine" (a character set)
    reply = "Examples:\nInstruction: Examine the sentence and fix its tense.\nInput: He go home.\nOutput: He went home."
    examples, failures = parse_enrich_response(reply)
    assert examples[0]["instruction"] == "Examine the sentence and fix its tense." and not failures
    assert strip_prefix("  examples: x", "Examples:") == " x"
    assert strip_prefix("Exams are hard", "Examples:") == "Exams are hard"


def test_malformed_example_blocks():
    text = ("###\nInstruction: \nInput: a\nOutput: b\n###\nInstruction: fine one here\nInput: <No Input>\n"
            "Output: ok\n###\nInstruction: two inputs\nInput: a\nInput: b\nOutput: c\n"
            "###\nInstruction: no output at all\nInput: a\nOutput:   \n")
    examples, failures = parse_examples(text)
    assert examples == [{"instruction": "fine one here", "input": "", "output": "ok"}]
    assert [f.detail for f in failures] == ["empty instruction", "expected one Input: then one Output:, "
                                            "found ['input', 'input', 'output']", "empty output"]
    examples, failures = parse_enrich_response("I cannot help with that.")
    assert examples == [] and [f.reason for f in failures] == ["parse_failed"]


def test_math_boxing_only_for_a_dollar_span():
    assert box_math_answer("Explanation: 2+2=4. Answer: $4$") == "Explanation: 2+2=4. Answer: $\\boxed{4}$"
    assert box_math_answer("Answer: $\\frac{1}{2}$.") == "Answer: $\\boxed{\\frac{1}{2}}$."
    for untouched in ("Answer: 4", "Answer: $\\boxed{4}$", "Answer: $x$ or $y$", "Answer: 12 apples",
                      "No answer line", "Answer: $$"):
        assert box_math_answer(untouched) == untouched
