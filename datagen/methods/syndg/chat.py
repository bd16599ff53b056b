"""Chat forms of SynDG's turn and judge prompts, and the utterance in a chat reply (Bao et al.,
ACL 2023; HITSZ-HLT/SynDG).

The turn prompt ends with an open "Wizard:" for a completion model to continue. A chat model
answers it in chat style instead: "Sure, here's the Wizard's next turn:", "**Wizard:** ...", the
message in quotes, a note about the knowledge used. For a chat client the same prompt (without
the open label) is the user turn, behind a system message that states the format. The judge
prompt already names its format; the chat form repeats it as the system message.

`chat_utterance` returns the message and every piece of talk around it as a `Piece` (reasons
`preamble`, `closing_remark`, `label`, `speaker_label`, `next_turn`, `not_an_utterance`): the
dialogue record must be kept, so the realize stage counts these in its stats.
"""

from __future__ import annotations

import re
from typing import Sequence

from datagen.llm.client import Message
from datagen.prompts import load_template
from datagen.text.chat_reply import Piece, is_closing, strip_answer, strip_markdown, strip_quotes

CHAT_TURN_SYSTEM = "syndg/chat_turn_system.txt"
CHAT_JUDGE_SYSTEM = "syndg/chat_judge_system.txt"


def chat_turn_messages(prompt: str, speaker: str) -> tuple[Message, ...]:
    """The completion turn prompt without its open "Speaker:" line, behind the system message."""
    body = prompt.rstrip()
    if body.endswith(f"{speaker}:"):
        body = body[: -len(f"{speaker}:")].rstrip()
    system = load_template(CHAT_TURN_SYSTEM).format(speaker=speaker)
    return Message(role="system", content=system), Message(role="user", content=body)


def chat_judge_messages(prompt: str) -> tuple[Message, ...]:
    return (Message(role="system", content=load_template(CHAT_JUDGE_SYSTEM)),
            Message(role="user", content=prompt.rstrip()))


def _label(speakers: Sequence[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(s) for s in speakers)
    # "Wizard:", "**Wizard:**", "**Wizard**:", "Wizard's next message:", "Wizard (turn 3):"
    return re.compile(rf"^[ \t]*(?:\*\*|__)?(?:the[ \t]+)?(?:{names})(?:['’]s)?(?:[ \t]+next[ \t]+"
                      rf"(?:message|turn|reply))?(?:[ \t]*\([^)\n]*\))?[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*"
                      rf"(?:\*\*|__)?[ \t]*", re.I)


def chat_utterance(text: str, speakers: Sequence[str]) -> tuple[str, list[Piece]]:
    """The one utterance in a chat reply, and the talk around it (module docstring)."""
    answer = strip_answer(text)
    pieces = list(answer.rejected)
    label = _label(speakers)
    paras = [p.strip() for p in re.split(r"\n[ \t]*\n", answer.text) if p.strip()]
    message = ""
    for k, para in enumerate(paras):
        lines = [ln.strip() for ln in para.splitlines() if ln.strip()]
        head = label.match(lines[0])
        if message:
            reason = "next_turn" if head else "closing_remark" if is_closing(para) else "not_an_utterance"
            pieces.append(Piece(para, reason))
            continue
        if head and not lines[0][head.end():].strip() and len(lines) == 1:
            pieces.append(Piece(lines[0], "speaker_label"))  # the label alone, the message follows
            continue
        if head:
            pieces.append(Piece(head.group(0).strip(), "speaker_label"))
            lines[0] = lines[0][head.end():]
        rest = [ln for ln in lines[1:] if label.match(ln)]  # the model went on with another turn
        if rest:
            cut = lines.index(rest[0])
            pieces.append(Piece("\n".join(lines[cut:]), "next_turn"))
            lines = lines[:cut]
        message = strip_quotes(strip_markdown(" ".join(lines)).strip())
    return " ".join(message.split()), pieces
