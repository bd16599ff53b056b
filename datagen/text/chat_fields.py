"""Labelled fields and JSON inside chat replies; part of `datagen.text.chat_reply` (read its
docstring for the API). Pure functions.

A completion model continues "Input:" / "Output:" exactly as the demonstrations wrote them; a
chat model writes `**Input:**`, `### Input`, `- **Output**:` or `Input -`, sometimes numbered
(`4. Input:`, `Input 2:`). One label pattern accepts all of them, and only at a line start,
so "input" inside a sentence is never a label.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, NamedTuple, Sequence

from datagen.text.chat_markup import strip_fence, strip_markdown


class Field(NamedTuple):
    label: str  # lower case, as given in `labels`
    value: str
    number: int | None  # "Input 2:" / "2. Input:" -> 2


class Fields(NamedTuple):
    fields: list[Field]
    before: str  # the text before the first label (a preamble, an echo, or nothing)

    def first(self, label: str) -> str | None:
        return next((f.value for f in self.fields if f.label == label), None)


_EMPH = r"(?:\*\*|__|\*)"


@lru_cache(maxsize=64)
def _label_pattern(labels: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for label in labels)
    return re.compile(
        rf"^[ \t]*(?:[-*•+][ \t]+)?(?P<hash>#{{1,6}}[ \t]*)?{_EMPH}?[ \t]*(?:(?P<pre>\d{{1,3}})[.)][ \t]*)?"
        rf"{_EMPH}?[ \t]*(?P<label>{names})(?:[ \t]*(?P<num>\d{{1,3}}))?[ \t]*{_EMPH}?[ \t]*"
        rf"(?P<delim>[:：]|[-–—](?=[ \t]|$))?[ \t]*{_EMPH}?[ \t]*(?P<rest>.*)$", re.I)


def _label_at(line: str, labels: tuple[str, ...]) -> tuple[str, int | None, str] | None:
    match = _label_pattern(labels).match(line)
    if not match:
        return None
    rest = match.group("rest")
    # Without a delimiter a label counts only as a heading or alone on its line ("**Output**").
    if not (match.group("delim") or match.group("hash") or not rest.strip()):
        return None
    number = match.group("num") or match.group("pre")
    label = next(name for name in labels if re.fullmatch(
        re.escape(name).replace(r"\ ", r"[ \t]+"), match.group("label"), re.I))
    return label, (int(number) if number else None), rest


def _value(lines: list[str]) -> str:
    text = "\n".join(lines).strip()
    inner, _ = strip_fence(text)  # a fence around the whole value (code output) is markup
    if inner != text and "```" not in inner:
        text = inner
    bold = re.fullmatch(r"(\*\*|__)([^*_\n]+)\1", text)
    return bold.group(2).strip() if bold else text


def parse_fields(text: str, labels: Sequence[str]) -> Fields:
    """Labelled fields of `text` in order (module docstring of `chat_reply`); labels are
    matched case-insensitively and reported in the case given in `labels`."""
    wanted = tuple(label.lower() for label in labels)
    fields: list[tuple[str, int | None, list[str]]] = []
    before: list[str] = []
    in_fence = False
    for line in text.splitlines():
        found = None if in_fence else _label_at(line, wanted)
        if line.strip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if found is not None:
            label, number, rest = found
            fields.append((label, number, [rest] if rest.strip() else []))
        elif fields:
            fields[-1][2].append(line)
        else:
            before.append(line)
    return Fields([Field(label, _value(lines), number) for label, number, lines in fields],
                  "\n".join(before).strip())


def find_json(text: str) -> Any | None:
    """The first JSON object or array in `text`: fenced, whole, or embedded in prose."""
    inner, _ = strip_fence(text)
    for candidate in (inner, text):
        try:
            return json.loads(candidate)
        except ValueError:
            pass
    decoder = json.JSONDecoder()
    for match in re.finditer(r"[\[{]", text):
        try:
            return decoder.raw_decode(text, match.start())[0]
        except ValueError:
            continue
    return None


def field_text(value: str) -> str:
    """A field value with inline markdown emphasis removed (labels, short values)."""
    return strip_markdown(value).strip()
