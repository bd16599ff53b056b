"""Pure parsers for chat replies to the Self-Instruct and Alpaca chat prompts (Wang et al. 2023,
yizhongw/self-instruct; Taori et al. 2023, tatsu-lab/stanford_alpaca).

The completion parsers (`parsers.py`) reproduce the reference rules on text continuations; a
chat reply needs `datagen.text.chat_reply` first: list markers, markdown, fences, preambles
and closing remarks. Whatever is not data comes back as a `Piece` with a reason code, so the
stage rejects and counts it. Reason codes added here: `echoed_demo` (an item that repeats a
demonstration), `not_an_instruction` (an item without a single word, such as "20 + 5 = 7"),
`over_limit` (items beyond the count the completion prompt's stop allows), `echo` (the query
task repeated before the answer), `malformed_item` and `truncated_item` (Alpaca blocks).
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from datagen.methods.self_instruct.parsers import AlpacaParse
from datagen.records import Instance
from datagen.text.chat_fields import field_text
from datagen.text.chat_markup import is_stock_preamble
from datagen.text.chat_reply import (
    Piece, is_preamble, parse_fields, split_closing, split_items, strip_fence, strip_markdown,
    strip_quotes,
)

_WORD = re.compile(r"[^\W\d_]{2,}")  # an instruction has at least one word of two letters
_RULE = re.compile(r"^[ \t]*(?:[-*_]{3,}|#{1,6}[ \t]*|\|EoS\|)[ \t]*$", re.M)  # rules, empty headings
# Separator lines between Alpaca tasks: "###", "---", "### Task 5", "**Task 5**".
_TASK_TITLE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:task[ \t]*\d+[ \t]*:?)?(?:\*\*|__)?[ \t]*$"
                         r"|^[ \t]*[-*_]{3,}[ \t]*$", re.M | re.I)


class ChatParse(NamedTuple):
    items: list
    rejected: list[Piece]


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".:?! ")


def parse_chat_instructions(text: str, demos: Sequence[str] = (), limit: int | None = None) -> ChatParse:
    """New instructions in a chat reply to the bootstrap prompt: list items, whitespace
    collapsed. Items repeating a demonstration, items without a word and items beyond `limit`
    are rejected pieces, as are preambles and closing remarks."""
    listed = split_items(text)
    shown = {_norm(d) for d in demos}
    items: list[str] = []
    rejected = list(listed.rejected)
    for raw in listed.items:
        item = " ".join(raw.split())
        if _norm(item) in shown:
            rejected.append(Piece(item, "echoed_demo"))
        elif not _WORD.search(item):
            rejected.append(Piece(item, "not_an_instruction"))
        elif limit is not None and len(items) >= limit:
            rejected.append(Piece(item, "over_limit"))
        else:
            items.append(item)
    return ChatParse(items, rejected)


_ECHO = re.compile(r"^(?:task:.*|is it classification\??)$", re.I)


def parse_chat_clf_label(text: str) -> bool | None:
    """Yes/no from a chat reply: the first word after markdown, an "Answer:" label or an echo
    of the question ("**Yes**", "Yes, it is.", "Answer: No" all count); None otherwise."""
    body = strip_markdown(strip_fence(text)[0])
    body = re.sub(r"^\s*(?:is it classification\?|answer:|label:|classification:)\s*", "", body, flags=re.I)
    words = body.split()
    first = words[0].strip(".,!:;\"'`*()[]").lower() if words else ""
    return True if first == "yes" else False if first == "no" else None


def _lead(text: str) -> tuple[str, list[Piece]]:
    """Text without leading talk: preamble lines, an echo of the task, horizontal rules."""
    pieces: list[Piece] = []
    lines = text.strip().splitlines()
    while lines and (is_stock_preamble(lines[0]) or _ECHO.match(field_text(lines[0]))
                     or not lines[0].strip()):
        if lines[0].strip():
            reason = "echo" if _ECHO.match(field_text(lines[0])) else "preamble"
            pieces.append(Piece(lines[0].strip(), reason))
        lines.pop(0)
    return "\n".join(lines), pieces


_EXAMPLE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*Example[ \t]*(\d*)[ \t]*[.:]?[ \t]*"
                      r"(?:\*\*|__)?[ \t]*:?[ \t]*(?=\S|$)", re.I | re.M)
_INPUT_PREFIX = re.compile(r"^Input\s*\d*\s*:", re.I)
_OUTPUT_ANYWHERE = re.compile(r"Output\s*\d*\s*:", re.I)


def _example_starts(text: str) -> list[re.Match[str]]:
    # "Example 2" or a bare "Example" line; "Example sentence: ..." is content, not a header.
    return [m for m in _EXAMPLE.finditer(text)
            if m.group(1) or not text[m.end():].split("\n", 1)[0].strip()]


def _instance(chunk: str) -> Instance:
    fields = parse_fields(chunk, ["output"])
    if fields.fields:
        given, answer = fields.before, fields.fields[0].value
    else:  # an inline "Output:" (the reference splits anywhere), or no output at all
        parts = _OUTPUT_ANYWHERE.split(strip_markdown(chunk), maxsplit=1)
        given, answer = ("", parts[0]) if len(parts) == 1 else (parts[0], parts[1])
    given = _INPUT_PREFIX.sub("", _RULE.sub("", field_text(given)).strip()).strip()
    answer = _RULE.sub("", answer).strip()
    return Instance(input=given, output=answer)


def parse_chat_generation_instances(text: str, truncated: bool) -> ChatParse:
    """Input-first chat reply: "Example k" blocks (markdown allowed), each split at its first
    "Output:" label; or one bare input/output pair. Talk before the first block and closing
    remarks after the last one are rejected pieces; the last instance goes when truncated."""
    body, rejected = strip_fence(text)
    body, closing = split_closing(body)
    starts = _example_starts(body)
    if starts:
        before = body[:starts[0].start()].strip()
        if before:
            rejected.append(Piece(before, "preamble" if is_preamble(before) else "not_an_item"))
        ends = [m.start() for m in starts[1:]] + [len(body)]
        instances = [_instance(body[m.end():end]) for m, end in zip(starts, ends)]
    else:
        body, lead = _lead(body)
        rejected += lead
        has_output = parse_fields(body, ["output"]).fields or _OUTPUT_ANYWHERE.search(body)
        instances = [_instance(body)] if has_output else []
    return ChatParse(instances[:-1] if truncated else instances, rejected + closing)


def parse_chat_classification_instances(text: str, truncated: bool) -> ChatParse:
    """Output-first chat reply: each "Class label:" field (markdown allowed) gives the label
    (its first line, emphasis and quotes removed) and the input (the rest)."""
    body, rejected = strip_fence(text)
    body, closing = split_closing(body)
    fields = parse_fields(body, ["class label"])
    if fields.before:
        _, lead = _lead(fields.before)
        reason = lead[0].reason if lead else "not_an_item"
        rejected.append(Piece(fields.before, reason))
    instances = []
    for field in fields.fields:
        label, _, rest = field.value.partition("\n")
        rest = _RULE.sub("", field_text(rest)).strip()
        instances.append(Instance(input=rest, output=strip_quotes(field_text(label))))
    return ChatParse(instances[:-1] if truncated else instances, rejected + closing)


_NO_INPUT = {"<noinput>", "noinput", "no input", "<no input>", "none", "(none)", "n/a", "-", ""}


def split_chat_alpaca(text: str, truncated: bool, limit: int | None = None) -> tuple[AlpacaParse, list[Piece]]:
    """Alpaca chat reply: groups of Instruction/Input/Output fields, each group opened by an
    Instruction label (numbered, bold, heading or plain; the numbers are not checked, so a
    restart at 1 or a preamble loses nothing). A group without exactly these three fields in
    this order is malformed; "<noinput>" and the like become ""; groups beyond `limit` are
    `over_limit` pieces."""
    body, rejected = strip_fence(text)
    body, closing = split_closing(body)
    fields = parse_fields(body, ["instruction", "input", "output"])
    before = _TASK_TITLE.sub("", fields.before).strip()
    if before:
        rejected.append(Piece(before, "preamble" if is_preamble(before) else "not_an_item"))
    groups: list[list] = []
    for field in fields.fields:
        if field.label == "instruction" or not groups:
            groups.append([])
        groups[-1].append(field)
    items, malformed, dropped = [], [], None
    for k, group in enumerate(groups):
        raw = "\n".join(f"{f.label}: {f.value}" for f in group)
        if truncated and k == len(groups) - 1:
            dropped = raw
            continue
        if [f.label for f in group] != ["instruction", "input", "output"]:
            malformed.append(raw)
            continue
        ins, given, out = (_TASK_TITLE.sub("", f.value).strip() for f in group)
        given = "" if strip_markdown(given).strip("`* ").lower() in _NO_INPUT else given
        if limit is not None and len(items) >= limit:
            rejected.append(Piece(raw, "over_limit"))
            continue
        items.append((" ".join(field_text(ins).split()), given, out))
    return AlpacaParse(items, malformed, dropped), rejected + closing
