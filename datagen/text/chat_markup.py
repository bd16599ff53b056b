"""Markup a chat model wraps around its answer: code fences, markdown, quotes, preambles and
closing remarks. The building blocks of `datagen.text.chat_reply` (read its docstring for the
API); pure functions, no state.

Prompts written for completion models (Self-Instruct, Alpaca, Ensemble-Instruct) assume the
model continues the text; a chat model instead answers in chat style, so these helpers tell the
data apart from the talk around it. Detection is deliberately conservative: a line is talk only
when it opens with a stock phrase ("Sure!", "Here are", "Let me know", ...), so real data that
merely mentions such words stays data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """A part of a reply that is not data, and why: `preamble`, `closing_remark`,
    `not_an_item`, `empty_item`, `heading`, `label`, ..."""

    text: str
    reason: str


_FENCE_LINE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*[\w+#.-]*[ \t]*$")

_PREAMBLE = re.compile(
    r"^(?:sure|certainly|of course|absolutely|okay|ok|alright|all right|great|no problem|gladly|"
    r"happy to help|with pleasure|here(?:'s|’s| is| are| you go)|below (?:is|are)|"
    r"i(?:'ve|’ve| have)? (?:came up|come up|generated|created|written|wrote|made|prepared)|"
    r"the following|these are|as requested|following (?:are|is)|"
    r"(?:new|more|additional|next|another) (?:tasks?|instructions?|examples?)\b[^.!?]*:$)", re.I)

_CLOSING = re.compile(
    r"^(?:let me know|i hope|hope (?:this|these|that|it)|feel free|if you(?:'d|’d| would)? "
    r"(?:like|need|want)|would you like|do you (?:want|need)|shall i|happy (?:learning|writing|"
    r"coding|to help)|enjoy|good luck|these (?:tasks|instructions|examples|prompts|questions|"
    r"items) (?:cover|should|are|span|range|can|will|offer|include)|this (?:list|set|mix) |"
    r"note:|i can (?:also|generate|create|provide|make|write)|want (?:me|more)|need more|"
    r"each (?:of these|task) (?:is|was|should))", re.I)

_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"
                     r"|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "`": "`"}


def fence_span(lines: list[str]) -> tuple[int, int] | None:
    """(open, close) line indexes of the first fenced block, or None."""
    for i, line in enumerate(lines):
        opener = _FENCE_LINE.match(line)
        if opener:
            mark = opener.group(1)[0] * 3
            for j in range(i + 1, len(lines)):
                if lines[j].strip().startswith(mark) and lines[j].strip().strip(mark[0]) == "":
                    return i, j
            return None
    return None


def strip_fence(text: str) -> tuple[str, list[Piece]]:
    """The inside of a code fence that wraps the whole answer, plus the talk outside it.

    Unwrapped only when everything outside the one fenced block is blank, a preamble or a
    closing remark (a fence inside an item, such as a code input, stays as it is)."""
    lines = text.strip().splitlines()
    span = fence_span(lines)
    if span is None:
        return text.strip(), []
    i, j = span
    inner = "\n".join(lines[i + 1:j]).strip("\n")
    if fence_span(lines[j + 1:]) is not None:
        return text.strip(), []  # two fenced blocks: code inside the data, not a wrapper
    before = "\n".join(lines[:i]).strip()
    after = "\n".join(lines[j + 1:]).strip()
    if (before and not (is_preamble(before) or before.endswith(":"))) or (after and not is_closing(after)):
        return text.strip(), []
    pieces = ([Piece(before, "preamble")] if before else []) + ([Piece(after, "closing_remark")] if after else [])
    return inner, pieces


def strip_markdown(text: str) -> str:
    """Bold, italics and heading marks removed; the words stay."""
    text = _HEADING.sub("", text)
    text = _BOLD.sub(r"\2", text)
    text = _ITALIC.sub(lambda m: m.group(1) or m.group(2), text)
    return text.replace("**", "")  # an unmatched bold mark, e.g. left by a marker split


def strip_quotes(text: str) -> str:
    """Text without one pair of quotes around all of it (and none inside)."""
    text = text.strip()
    if len(text) >= 2 and _QUOTES.get(text[0]) == text[-1]:
        inner = text[1:-1]
        if text[0] not in inner and text[-1] not in inner:
            return inner.strip()
    return text


def _talk(text: str) -> str:
    return strip_markdown(text).strip().lstrip("#>*_ \t").strip()


def is_preamble(text: str) -> bool:
    """True for a lead-in such as "Sure! Here are seven more tasks:" or "Certainly, here are 7
    new tasks:" (a stock opening, or any short first line that ends with a colon)."""
    talk = _talk(text)
    if not talk:
        return False
    if _PREAMBLE.match(talk):
        return True
    return talk.endswith(":") and len(talk.split()) <= 14 and "\n" not in talk


def is_stock_preamble(text: str) -> bool:
    """True only for a stock opening ("Sure!", "Here are ...", "Certainly, ..."); a short line
    ending with a colon ("Paragraph:") is not enough, since inputs are written that way."""
    talk = _talk(text)
    return bool(talk) and bool(_PREAMBLE.match(talk))


_ANSWER_LEAD = re.compile(r"\b(?:answer|response|reply|translation|translated|summary|result|output|"
                          r"solution|rewritten|rewrite|version|here(?:'s|’s)?|below|follows?)\b", re.I)


def is_answer_lead(text: str) -> bool:
    """True for a lead-in to a free answer: a stock opening ("Sure!", "Here's ..."), or a short
    line ending with a colon that names the answer ("The translated sentence is:"); a line
    such as "Ingredients:" is content, not a lead-in."""
    talk = _talk(text)
    if not talk or "\n" in talk:
        return False
    return bool(_PREAMBLE.match(talk)) or (talk.endswith(":") and len(talk.split()) <= 14
                                            and bool(_ANSWER_LEAD.search(talk)))


def is_closing(text: str) -> bool:
    """True for a sign-off such as "Let me know if you need more!" or "I hope these help."."""
    return bool(_CLOSING.match(_talk(text)))


def split_closing(text: str) -> tuple[str, list[Piece]]:
    """`text` without closing-remark paragraphs (or a closing last line) at its end."""
    body, pieces = text.rstrip(), []
    while body:
        paras = re.split(r"\n[ \t]*\n", body)
        last = paras[-1]
        lines = last.splitlines()
        if len(paras) > 1 and is_closing(last):
            pieces.insert(0, Piece(last.strip(), "closing_remark"))
            body = "\n\n".join(paras[:-1]).rstrip()
        elif len(lines) > 1 and is_closing(lines[-1]):
            pieces.insert(0, Piece(lines[-1].strip(), "closing_remark"))
            body = "\n\n".join(paras[:-1] + ["\n".join(lines[:-1])]).rstrip()
        else:
            break
    return body, pieces
