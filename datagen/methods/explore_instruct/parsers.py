"""Pure parsers for Explore-Instruct responses (fanqiwan/Explore-Instruct
`generate_instruction.py`): `New subtask:` / `Reason:` / `Examples:` sections holding
`###`-separated `Instruction:` / `Input:` / `Output:` blocks.

Where the reference parser is fragile we are stricter about structure and kinder to layout:
- labels are found at line starts, with or without numbering ("1. Instruction:") or markdown
  bold, so the numbered (rewriting) and unnumbered (brainstorming, math) demo styles both parse;
- a malformed subtask group or example block is one `parse_failed` item; the well-formed rest of
  the response is kept (the reference drops a whole response whose section counts differ);
- a leading "Examples:" is removed as a prefix (the reference's `lstrip("Examples:")` strips a
  set of characters and can eat the start of an instruction);
- on a "length" finish only the block that was cut off is dropped (`truncated`);
- math answers are boxed only when the answer really is one `$...$` span (the reference wraps
  "all but the first and last character", corrupting any other answer form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from datagen.methods.explore_instruct.tree import Example, make_example

_LEAD = r"^[ \t]*(?:[-*>#]+[ \t]*)?(?:\d+[ \t]*[.)][ \t]*)?\**[ \t]*"
_EXAMPLE_START = re.compile(_LEAD + r"instruction[ \t]*\**[ \t]*:", re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(_LEAD + r"(input|output)[ \t]*\**[ \t]*:", re.IGNORECASE | re.MULTILINE)
_SECTION = re.compile(_LEAD + r"(new[ \t]+sub-?task|reason|examples?)[ \t]*\**[ \t]*:",
                      re.IGNORECASE | re.MULTILINE)
_NO_INPUT = re.compile(r"^<\s*no[\s_-]*input\s*>\.?$", re.IGNORECASE)
_MATH_ANSWER = re.compile(r"(\s*)\$([^$]+)\$([\s.]*)", re.DOTALL)


@dataclass
class ParseFailure:
    """Text that could not be read: `parse_failed` (malformed) or `truncated` (cut off)."""

    reason: str
    text: str
    detail: str = ""


@dataclass
class ParsedSubtask:
    name: str
    reason: str
    examples: list[Example] = field(default_factory=list)


@dataclass
class ExtendParse:
    subtasks: list[ParsedSubtask] = field(default_factory=list)
    failures: list[ParseFailure] = field(default_factory=list)


def strip_prefix(text: str, prefix: str) -> str:
    """Remove `prefix` (case-insensitive) once from the start, after leading whitespace."""
    body = text.lstrip()
    return body[len(prefix):] if body.lower().startswith(prefix.lower()) else body


def _clean(value: str) -> str:
    return value.replace("###", "").strip().strip("*").strip()


def parse_example_block(block: str) -> Example | ParseFailure:
    """One "Instruction: ... Input: ... Output: ..." block (the leading label already cut)."""
    labels = list(_FIELD.finditer(block))
    kinds = [m.group(1).lower() for m in labels]
    if kinds != ["input", "output"]:
        return ParseFailure("parse_failed", block.strip(),
                            f"expected one Input: then one Output:, found {kinds or 'neither'}")
    instruction = _clean(" ".join(block[:labels[0].start()].split()))
    value = _clean(block[labels[0].end():labels[1].start()])
    output = _clean(block[labels[1].end():])
    if _NO_INPUT.match(value):
        value = ""
    if not instruction or not output:
        return ParseFailure("parse_failed", block.strip(),
                            "empty instruction" if not instruction else "empty output")
    return make_example(instruction, value, output)


def parse_examples(text: str, truncated: bool = False) -> tuple[list[Example], list[ParseFailure]]:
    """Every example block in `text`; with `truncated`, the last block is dropped as cut off."""
    text = text.replace("###", "\n")
    starts = list(_EXAMPLE_START.finditer(text))
    blocks = [text[m.end():(starts[i + 1].start() if i + 1 < len(starts) else len(text))]
              for i, m in enumerate(starts)]
    failures: list[ParseFailure] = []
    if truncated and blocks:
        failures.append(ParseFailure("truncated", blocks.pop().strip(), "finish_reason length"))
    examples: list[Example] = []
    for block in blocks:
        parsed = parse_example_block(block)
        (failures if isinstance(parsed, ParseFailure) else examples).append(parsed)  # type: ignore[arg-type]
    return examples, failures


def parse_enrich_response(text: str, truncated: bool = False) -> tuple[list[Example], list[ParseFailure]]:
    """An enrich reply: an optional "Examples:" heading, then example blocks."""
    body = strip_prefix(text.replace("###", "\n"), "Examples:")
    examples, failures = parse_examples(body, truncated)
    if not examples and not failures:
        failures.append(ParseFailure("parse_failed", text.strip(), "no Instruction: block"))
    return examples, failures


def _name(value: str) -> str:
    return " ".join(_clean(value).strip("\"'`").split())


def parse_extend_response(text: str, truncated: bool = False) -> ExtendParse:
    """An extend reply: groups of `New subtask:` name, `Reason:` text, `Examples:` blocks.

    Inside a group, everything after its `Examples:` label up to the next `New subtask:` is
    example text (so an output line starting "Reason:" does not break the group).
    """
    text = text.replace("###", "\n")
    out = ExtendParse()
    marks = [(m.group(1).lower().split()[0][:3], m) for m in _SECTION.finditer(text)]
    group_starts = [i for i, (kind, _) in enumerate(marks) if kind == "new"]
    if not group_starts:
        out.failures.append(ParseFailure("parse_failed", text.strip(), "no 'New subtask:' section"))
        return out
    for g, first in enumerate(group_starts):
        last = group_starts[g + 1] if g + 1 < len(group_starts) else len(marks)
        end = marks[last][1].start() if last < len(marks) else len(text)
        group_text = text[marks[first][1].start():end]
        is_last = g + 1 == len(group_starts)
        kinds = [kind for kind, _ in marks[first:last]]
        if len(kinds) < 3 or kinds[1] != "rea" or kinds[2] != "exa":
            reason = "truncated" if truncated and is_last else "parse_failed"
            out.failures.append(ParseFailure(reason, group_text.strip(),
                                             "expected New subtask:, Reason:, Examples: in order"))
            continue
        name_m, reason_m, examples_m = (m for _, m in marks[first:first + 3])
        name = _name(text[name_m.end():reason_m.start()])
        why = " ".join(_clean(text[reason_m.end():examples_m.start()]).split())
        if not name:
            out.failures.append(ParseFailure("parse_failed", group_text.strip(), "empty subtask name"))
            continue
        examples, failures = parse_examples(text[examples_m.end():end], truncated and is_last)
        out.failures += failures
        if not examples and not failures:
            out.failures.append(ParseFailure("parse_failed", group_text.strip(), "no Instruction: block"))
        out.subtasks.append(ParsedSubtask(name, why, examples))
    return out


def box_math_answer(output: str) -> str:
    """Wrap a final `Answer: $x$` as `Answer: $\\boxed{x}$`; any other answer form is left as it is."""
    idx = output.rfind("Answer:")
    if idx < 0:
        return output
    head, answer = output[:idx + len("Answer:")], output[idx + len("Answer:"):]
    if "\\boxed" in answer:
        return output
    m = _MATH_ANSWER.fullmatch(answer)
    if m is None or not m.group(2).strip():
        return output
    return f"{head}{m.group(1)}$\\boxed{{{m.group(2).strip()}}}${m.group(3)}"
