"""Chat forms of the Ensemble-Instruct prompts and parsers for their replies (Lee et al.,
Findings of EMNLP 2023; IBM/ensemble-instruct `gen_instructions.py`, `gen_instances.py`,
`sample_instances.py`, `gen_output_zeroshot.py`).

The repo's prompts are continuations (an open "k+1." after `|EoS|`-terminated items; an
"instruction:" label after `|EoS|`-closed demos). For a chat client each becomes a system
message stating the output format, the same demonstrations (instance demos as user/assistant
turns), then the request. Replies go through `datagen.text.chat_reply`; talk around the data
comes back with a reason (`preamble`, `closing_remark`, `echoed_demo`, `not_an_instruction`,
...) so the stages reject and count it.

A user template replaces the same text in both modes: the instruction header heads the user
message above the numbered demos; an instance template is split at each blank line +
"instruction:", its header opening the system message and its demos becoming the turns; a
zero-shot template is the user message. The system messages' format instructions stay ours,
since the chat parsers depend on them.
"""

from __future__ import annotations

import re
from typing import Sequence

from datagen.llm.client import Message, cut_at_stops
from datagen.methods.ensemble_instruct.parsers import EOS, MIN_HARVEST_WORDS, ParsedChunk
from datagen.methods.ensemble_instruct.prompts import (
    INSTANCE_TEMPLATES, TaskType, build_instruction_prompt, build_zero_shot_prompt,
)
from datagen.methods.self_instruct.chat_parsers import ChatParse, parse_chat_instructions
from datagen.methods.self_instruct.chat_prompts import few_shot_turns
from datagen.prompts import load_template, template_text
from datagen.text.chat_fields import field_text
from datagen.text.chat_reply import (
    Piece, is_preamble, parse_fields, single_item, split_closing, strip_answer, strip_fence,
)

CHAT_INSTRUCTION_SYSTEM = "ensemble_instruct/chat_instruction_system.txt"
CHAT_INSTANCE_SYSTEM = {"A": "ensemble_instruct/chat_instance_a_system.txt",
                        "B": "ensemble_instruct/chat_instance_b_system.txt"}
CHAT_ZERO_SHOT_SYSTEM = "ensemble_instruct/chat_zero_shot_system.txt"


def chat_instruction_messages(instructions: Sequence[str], task_type: TaskType,
                              template: str | None = None) -> tuple[Message, ...]:
    """System format line, the type's header (or the user's `template` file) and "i. ... |EoS|"
    demos (no open number), then the request for task k+1."""
    listing = build_instruction_prompt(instructions, task_type, template).rsplit("\n", 1)[0]
    user = f"{listing}\n\nWrite task {len(instructions) + 1}."
    return (Message(role="system", content=load_template(CHAT_INSTRUCTION_SYSTEM)),
            Message(role="user", content=user))


def chat_instance_messages(instruction: str, task_type: TaskType,
                           template: str | None = None) -> tuple[Message, ...]:
    """The type's demos (of the user's `template` file when given) as turns (user
    "instruction: ...", assistant "input: ...\\noutput: ...\\n|EoS|"), then the query instruction."""
    header, demos = few_shot_turns(template_text(template, INSTANCE_TEMPLATES[task_type]), "instruction:")
    messages = [Message(role="system", content=load_template(CHAT_INSTANCE_SYSTEM[task_type]).format(header=header))]
    for prompt, answer in demos:
        messages += [Message(role="user", content=prompt), Message(role="assistant", content=answer)]
    messages.append(Message(role="user", content=f"instruction: {instruction.strip()}"))
    return tuple(messages)


def chat_zero_shot_messages(instruction: str, given: str, template: str | None = None) -> tuple[Message, ...]:
    """A system line asking for the bare answer, then the repo's zero-shot prompt unchanged (or
    the user's `template` file filled in)."""
    return (Message(role="system", content=load_template(CHAT_ZERO_SHOT_SYSTEM)),
            Message(role="user", content=build_zero_shot_prompt(instruction, given, template)))


def parse_chat_instruction(text: str, demos: Sequence[str] = ()) -> ChatParse:
    """The new instruction(s) of a chat reply: cut at the first `|EoS|` (as the repo), then list
    items, or the whole reply as one item when it has no list marker; a repeated number
    ("25. Write ...") is removed, demos repeated and items without a word are rejected."""
    body, _ = cut_at_stops(text, (EOS,))
    one = single_item(body)
    rebuilt = "\n".join(f"{k + 1}. {item}" for k, item in enumerate(one.items))
    parse = parse_chat_instructions(rebuilt, demos)
    return ChatParse(parse.items, one.rejected + parse.rejected)


def _drop_marker(value: str) -> str:
    return re.sub(r"\n?[ \t]*\|EoS\|[ \t]*", "\n", value).strip()


def parse_chat_raw_instances(instruction: str, raw: str) -> list[ParsedChunk]:
    """Rows of a chat reply to the instance prompt, as `ParsedChunk`s like `parse_raw_instances`.

    Fields (`input:`, `**Output:**`, ...) are grouped at each "instruction:" label; the first
    group answers the given instruction (an echoed "instruction:" line is allowed), later groups
    with an instruction of at least five words and an output are harvested, as the repo
    intended. Talk before the first field and closing remarks are chunks with their reason."""
    instruction = instruction.replace(EOS, "").strip()
    if not raw.strip():
        return [ParsedChunk(0, raw, reason="empty_raw")]
    body, talk = strip_fence(raw)
    body, closing = split_closing(_drop_marker(body))
    fields = parse_fields(body, ["instruction", "input", "output"])
    if fields.before:
        talk.insert(0, Piece(fields.before, "preamble" if is_preamble(fields.before) else "not_an_item"))
    groups: list[dict[str, str]] = []
    for field in fields.fields:
        # A new example opens at an "instruction:" label once the current one has an
        # instruction or an output (an echoed instruction opens the first example).
        if not groups or (field.label == "instruction" and ({"instruction", "output"} & groups[-1].keys())):
            groups.append({})
        groups[-1].setdefault(field.label, field.value)
    chunks: list[ParsedChunk] = []
    for idx, group in enumerate(groups):
        text = "\n".join(f"{label}: {value}" for label, value in group.items())
        ins = " ".join(field_text(group.get("instruction", instruction if idx == 0 else "")).split())
        inp, out = group.get("input", ""), group.get("output")
        if idx == 0 and out is None:
            chunks.append(ParsedChunk(0, text, reason="parse_failed"))
        elif idx == 0:
            chunks.append(ParsedChunk(0, text, instruction, inp, out,
                                      reason=None if out.split() else "empty_output"))
        elif out and out.split() and len(ins.split()) >= MIN_HARVEST_WORDS:
            chunks.append(ParsedChunk(idx, text, ins, inp, out))
        else:
            chunks.append(ParsedChunk(idx, text, reason="harvest_not_a_task"))
    if not chunks:
        chunks.append(ParsedChunk(0, raw, reason="parse_failed"))
    first = len(chunks)
    chunks += [ParsedChunk(first + k, p.text, reason=p.reason) for k, p in enumerate(talk + closing)]
    return chunks


def clean_zero_shot(text: str, stops: Sequence[str]) -> tuple[str, list[Piece]]:
    """A zero-shot chat answer without preamble, wrapping fence or quotes and closing remarks,
    then cut at the first stop (the repo's "\\n\\n" keeps one paragraph, now of the answer)."""
    answer = strip_answer(text)
    return cut_at_stops(answer.text, stops)[0].strip(), answer.rejected
