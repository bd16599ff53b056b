"""Chat forms of Explore-Instruct's extend and enrich prompts, and parsers for chat replies
(Wan et al., EMNLP 2023; fanqiwan/Explore-Instruct `generate_instruction.py`).

The reference prompts are one text block (a per-domain header, the target task, `###`-framed
demonstrations, the existing subtasks and peers, the request). For a chat client the same block
is the user message, behind a system message stating the output format exactly; demonstrations,
counts and sampling are those of the completion prompt.

A chat reply wraps the groups or example blocks in talk: "Sure! Here are three new subtasks:",
"### Subtask 2" headings, `---` rules, a code fence, "Let me know if you need more!". The chat
parsers take that talk off as `Piece`s (reasons `preamble`, `heading`, `closing_remark`, and
`fence` pieces from `strip_fence`) and hand the rest to the completion parsers, so the stage
rejects the talk with a reason and never reads it as an example.
"""

from __future__ import annotations

import re

from datagen.llm.client import Message
from datagen.methods.explore_instruct.parsers import ExtendParse, ParseFailure, parse_enrich_response, parse_extend_response
from datagen.prompts import load_template
from datagen.text.chat_reply import Piece, split_closing, strip_fence

CHAT_EXTEND_SYSTEM = "explore_instruct/chat_extend_system.txt"
CHAT_ENRICH_SYSTEM = "explore_instruct/chat_enrich_system.txt"

_LABEL = r"(?:new[ \t]+sub-?task|reason|examples?|instruction|input|output)"
# a line opening a group or an example: "New subtask:", "**1. Instruction:**", "- Input:"
_FIRST = {
    "extend": re.compile(r"^[ \t]*(?:[-*>#]+[ \t]*)?(?:\d+[ \t]*[.)][ \t]*)?\**[ \t]*new[ \t]+sub-?task[ \t]*\**[ \t]*:",
                         re.I | re.M),
    "enrich": re.compile(r"^[ \t]*(?:[-*>#]+[ \t]*)?(?:\d+[ \t]*[.)][ \t]*)?\**[ \t]*instruction[ \t]*\**[ \t]*:",
                         re.I | re.M),
}
_HAS_LABEL = re.compile(r"^[ \t]*(?:[-*>#]+[ \t]*)?(?:\d+[ \t]*[.)][ \t]*)?\**[ \t]*" + _LABEL + r"[ \t]*\**[ \t]*:", re.I)
# talk lines between blocks: "### Subtask 2", "**Example 3**", "Example 4:", "---"; a bare "###" is the separator
_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+\S.*|(?:\*\*|__)[^*_]+(?:\*\*|__):?|(?:sub-?task|example|group)"
                      r"[ \t]*\d+[ \t]*:?|[-*_]{3,})[ \t]*$", re.I)


_FENCE_LINE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})[\w+-]*[ \t]*$")


def chat_extend_messages(prompt: str) -> tuple[Message, ...]:
    """The completion extend prompt as the user turn, behind the format-stating system message."""
    return (Message(role="system", content=load_template(CHAT_EXTEND_SYSTEM)),
            Message(role="user", content=prompt.rstrip("\n")))


def chat_enrich_messages(prompt: str) -> tuple[Message, ...]:
    """The completion enrich prompt as the user turn, behind the format-stating system message."""
    return (Message(role="system", content=load_template(CHAT_ENRICH_SYSTEM)),
            Message(role="user", content=prompt.rstrip("\n")))


def strip_chat_talk(text: str, kind: str) -> tuple[str, list[Piece]]:
    """The reply from its first group (`kind` "extend") or example ("enrich") on, with
    headings and rules between blocks and closing remarks after the last one removed."""
    body, pieces = strip_fence(text)
    first = _FIRST[kind].search(body)
    if first is None:
        return body, pieces  # nothing to anchor on: the completion parser reports parse_failed
    lead: list[str] = []
    for line in body[:first.start()].splitlines():
        if _HEADING.match(line):
            pieces.append(Piece(line.strip(), "heading"))
        elif line.strip() and line.strip() != "###" and not _FENCE_LINE.match(line) and not _HAS_LABEL.match(line):
            lead.append(line.strip())  # not a separator, a fence opened after the lead-in or "Examples:"
    if lead:
        pieces.append(Piece("\n".join(lead), "preamble"))
    kept: list[str] = []
    for line in body[first.start():].splitlines():
        if line.strip() != "###" and _HEADING.match(line) and not _HAS_LABEL.match(line):
            pieces.append(Piece(line.strip(), "heading"))
        else:
            kept.append(line)
    rest, closing = split_closing("\n".join(kept).rstrip())
    lines = rest.rstrip().splitlines()
    if lines and _FENCE_LINE.match(lines[-1]) and sum(bool(_FENCE_LINE.match(ln)) for ln in lines) % 2:
        lines.pop()  # the close of a fence whose opening was in the lead-in
    return "\n".join(lines), pieces + closing


def parse_chat_extend(text: str, truncated: bool = False) -> tuple[ExtendParse, list[Piece]]:
    """Subtask groups of a chat reply to the extend prompt, and the talk around them."""
    body, talk = strip_chat_talk(text, "extend")
    return parse_extend_response(body, truncated), talk


def parse_chat_enrich(text: str, truncated: bool = False) -> tuple[list, list[ParseFailure], list[Piece]]:
    """Examples of a chat reply to the enrich prompt, the blocks that failed, and the talk."""
    body, talk = strip_chat_talk(text, "enrich")
    examples, failures = parse_enrich_response(body, truncated)
    return examples, failures, talk
