"""Robust extraction from chat-model replies: list items, labelled fields, JSON, free answers.

Prompt-based generators (Self-Instruct, Wang et al. 2023; Alpaca, Taori et al. 2023;
Ensemble-Instruct, Lee et al. 2023) were written for completion models that continue a text.
Chat models answer in chat style instead: "Sure! Here are seven more tasks:", markdown bold,
`1)` or `-` bullets, numbering that restarts at 1, a code fence around the whole answer, "Let
me know if you need more!". This module separates the data from that talk. Everything that is
not data comes back as a `Piece(text, reason)`, never as data, so callers can reject it with a
reason and count it. All functions are pure.

API
---
`Piece(text, reason)`
    A rejected part of a reply. Reasons: `preamble` (a lead-in before the data),
    `closing_remark` (a sign-off after it), `not_an_item` (prose between or around list
    items), `empty_item` (a list marker with nothing after it), `label` (an "Answer:" label
    removed from a free answer).
`split_items(text) -> ItemList(items, numbers, rejected)`
    List items of a reply. Markers: `1.` `1)` `(1)` `Task 1:` `-` `*` `•` `+`, also after a
    heading mark or inside bold (`### 1.`, `**1.**`). Numbering may restart at 1 or continue;
    blank lines may separate items; an item runs on over following lines (and over blank lines
    inside a fenced code block or indented paragraphs). Each item goes through `clean_item`.
    `numbers[k]` is item k's number, or None for a bullet.
`clean_item(text, titles=True) -> str`
    Markdown bold/italics/heading marks and one pair of surrounding quotes removed, whitespace
    kept; with `titles`, a short bold lead label ("**Creative writing:** Write ...") dropped.
`single_item(text) -> ItemList`
    The reply as one item: a list's items when it has list markers, else the text left after
    removing a wrapping fence, preamble and closing remarks (one item, or none).
`strip_answer(text) -> Answer(text, rejected)`
    A free-text answer without a wrapping fence, a preamble ("Sure! The answer is:"), an
    "Answer:" label, closing remarks, wrapping bold or quotes.
`parse_fields(text, labels) -> Fields(fields, before)` (from `chat_fields`)
    Labelled fields in order: `Input:`, `**Input:**`, `**Input**:`, `### Input`, `Input -`,
    `- **Output**:`, `Input 2:`, `4. Input:`, case-insensitive; a value runs from its label to
    the next label line; `before` is the text before the first label.
`find_json(text) -> object | None` (from `chat_fields`)
    The first JSON object or array in the reply: inside a fence, the whole text, or in prose.
Lower-level helpers (from `chat_markup`): `strip_fence`, `strip_markdown`, `strip_quotes`,
`is_preamble`, `is_answer_lead`, `is_closing`, `split_closing`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from datagen.text.chat_fields import Field, Fields, find_json, parse_fields
from datagen.text.chat_markup import (
    Piece, is_answer_lead, is_closing, is_preamble, split_closing, strip_fence, strip_markdown, strip_quotes,
)

__all__ = [
    "Answer", "Field", "Fields", "ItemList", "Piece", "clean_item", "find_json", "is_closing",
    "is_answer_lead", "is_preamble", "parse_fields", "single_item", "split_closing", "split_items", "strip_answer",
    "strip_fence", "strip_markdown", "strip_quotes",
]

_MARKER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*"
    r"(?:(?:task|instruction|item)[ \t]*(?P<tnum>\d{1,3})[ \t]*[.):]"
    r"|(?P<num>\d{1,3})[ \t]?[.)](?![\d.])|\((?P<pnum>\d{1,3})\)|(?P<bullet>[-*•+–]))"
    r"(?:\*\*|__)?(?:[ \t]+(?P<rest>.*))?$", re.I)
_TITLE = re.compile(r"^(?:\*\*|__)([^*_\n]{1,60}?)(?::(?:\*\*|__)|(?:\*\*|__):)[ \t]+(?=\S)")
_RULE_LINE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")
_FENCE_TOGGLE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


class ItemList(NamedTuple):
    items: list[str]
    numbers: list[int | None]
    rejected: list[Piece]


class Answer(NamedTuple):
    text: str
    rejected: list[Piece]


def clean_item(text: str, titles: bool = True) -> str:
    """One item's text without markdown emphasis, heading marks or surrounding quotes."""
    text = text.strip()
    if titles:
        text = _TITLE.sub("", text, count=1)
    return strip_quotes(strip_markdown(text).strip())


def _marker(line: str) -> tuple[int | None, str] | None:
    match = _MARKER.match(line)
    if not match or (match.group("bullet") and match.group("rest") is None):
        return None  # a bare "-" or "*" line is a rule, not an item
    number = match.group("tnum") or match.group("num") or match.group("pnum")
    return (int(number) if number else None), (match.group("rest") or "")


def _blocks(lines: list[str]) -> list[tuple[str, int | None, list[str]]]:
    """Lines grouped into ("item", number, lines) and ("para", None, lines) blocks."""
    blocks: list[tuple[str, int | None, list[str]]] = []
    in_fence, blank = False, False
    for line in lines:
        toggles = len(_FENCE_TOGGLE.findall(line)) or line.count("```") % 2
        if in_fence:
            blocks[-1][2].append(line)
            in_fence = not toggles
            continue
        if not line.strip() or _RULE_LINE.match(line):  # a "---" rule separates like a blank line
            blank = True
            continue
        marker = _marker(line)
        last = blocks[-1] if blocks else None
        nested = marker is not None and marker[0] is None and line[:1] in " \t" and last is not None \
            and last[0] == "item" and last[1] is not None  # an indented bullet under a numbered item
        if marker is not None and not nested:
            blocks.append(("item", marker[0], [marker[1]]))
        elif nested and last is not None:
            last[2].append(line)
        elif last and last[0] == "item" and not is_closing(line) and (not blank or line[:1] in " \t"):
            last[2].append(line)  # the item runs on (an indented paragraph after a blank too)
        elif last and last[0] == "para" and not blank:
            last[2].append(line)
        else:
            blocks.append(("para", None, [line]))
        in_fence = bool(blocks) and bool(toggles)
        blank = False
    return blocks


def split_items(text: str) -> ItemList:
    """List items of a chat reply, and every other piece with a reason (module docstring)."""
    body, rejected = strip_fence(text)
    blocks = _blocks(body.splitlines())
    first_item = next((k for k, b in enumerate(blocks) if b[0] == "item"), len(blocks))
    last_item = max((k for k, b in enumerate(blocks) if b[0] == "item"), default=-1)
    items: list[str] = []
    numbers: list[int | None] = []
    for k, (kind, number, lines) in enumerate(blocks):
        raw = "\n".join(lines).strip()
        if kind == "item":
            item = clean_item(raw)
            if item:
                items.append(item)
                numbers.append(number)
            else:
                rejected.append(Piece(raw, "empty_item"))
            continue
        if is_closing(raw) and k > first_item:
            reason = "closing_remark"
        elif is_preamble(raw) and k < last_item or (k < first_item and raw.rstrip("*_ ").endswith(":")):
            reason = "preamble"
        elif k < first_item and re.fullmatch(r"(?:#{1,6}[ \t]*)?(?:\*\*|__).+(?:\*\*|__)|#{1,6}[ \t]+.+", raw):
            reason = "heading"
        else:
            reason = "closing_remark" if is_closing(raw) else "not_an_item"
        rejected.append(Piece(raw, reason))
    return ItemList(items, numbers, rejected)


def single_item(text: str) -> ItemList:
    """The reply as one item (or a list's items when it has list markers)."""
    listed = split_items(text)
    if listed.items:
        return listed
    answer = strip_answer(text)
    paras = [p for p in re.split(r"\n[ \t]*\n", answer.text) if p.strip()]
    if not paras:
        return ItemList([], [], answer.rejected)
    return ItemList([clean_item(" ".join(paras))], [None], answer.rejected)


_LEAD_LABEL = re.compile(r"^(?:\*\*|__)?(?:answer|output|response|result|final answer)[ \t]*:"
                         r"(?:\*\*|__)?[ \t]*", re.I)


def _drop_label(body: str, rejected: list[Piece]) -> str:
    label = _LEAD_LABEL.match(body)
    if label and body[label.end():].strip():
        rejected.append(Piece(label.group(0).strip(), "label"))
        return body[label.end():].strip()
    return body


def strip_answer(text: str) -> Answer:
    """A free-text answer without the chat talk around it (module docstring)."""
    body, rejected = strip_fence(text)
    body = _drop_label(body, rejected)  # "**Answer:** ..." before the colon rule reads it as a lead-in
    lines = body.splitlines()
    first = lines[0] if lines else ""
    head, colon, tail = first.partition(":")
    if len(lines) > 1 and is_answer_lead(first) and (first.rstrip().endswith((":", "!")) or len(first.split()) <= 4):
        rejected.append(Piece(first.strip(), "preamble"))
        body = "\n".join(lines[1:]).strip()
    elif colon and tail.strip() and is_answer_lead(head + ":") and len(head.split()) <= 12:
        rejected.append(Piece(head.strip() + ":", "preamble"))  # "Sure! The answer is: Paris."
        body = (tail + "\n" + "\n".join(lines[1:])).strip()
    inner, more = strip_fence(body)  # a fence after the preamble
    body, rejected = inner, rejected + more
    body = _drop_label(body, rejected)
    body, closing = split_closing(body)
    body = body.strip()
    if re.fullmatch(r"(\*\*|__)[^*_]+\1", body):
        body = body[2:-2].strip()
    return Answer(strip_quotes(body), rejected + closing)
