"""Chat forms of the Self-Instruct and Alpaca prompts (Wang et al. 2023, yizhongw/self-instruct;
Taori et al. 2023, tatsu-lab/stanford_alpaca).

The reference prompts are text continuations: a numbered list ending in an open "9." or a
few-shot block ending in "Task: <instruction>". A chat model answers them in chat style
instead, so when the client's mode is "chat" a stage sends these messages: a system message
that states the output format exactly, the same demonstrations, then the request. The
demonstrations, their number and their order are exactly those of the completion prompt; only
the framing changes. Few-shot templates become user/assistant turns, one per demonstration.

A user template (a stage config's `template`) replaces the same text in both modes: a header
(bootstrap, Alpaca) heads the user message above the demonstrations; a few-shot block
(classify, instances) is split into its header, which opens the system message, and its
demonstrations, which become the turns. The system message's format instructions stay ours,
since the chat parsers depend on them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from datagen.llm.client import Message
from datagen.methods.self_instruct.prompts import (
    CLF_QUESTION, CLF_TEMPLATE, HeaderConfig, InstanceTemplates, build_alpaca_prompt,
    build_bootstrap_prompt, instance_template,
)
from datagen.prompts import load_template, template_text
from datagen.records import Task

CHAT_BOOTSTRAP_SYSTEM = "self_instruct/chat_bootstrap_system.txt"
CHAT_CLF_SYSTEM = "self_instruct/chat_clf_system.txt"
CHAT_OUTPUT_FIRST_SYSTEM = "self_instruct/chat_output_first_system.txt"
CHAT_INPUT_FIRST_SYSTEM = "self_instruct/chat_input_first_system.txt"
CHAT_ALPACA_SYSTEM = "self_instruct/chat_alpaca_system.txt"


def item_limit(stops: Sequence[str], start: int) -> int | None:
    """How many new items the completion prompt's numeric stop allows: stop "16." with open
    number 9 gives 7 (items 9-15). None when no stop is a list number."""
    numbers = [int(m.group(1)) for s in stops if (m := re.fullmatch(r"\n?(\d+)[ \t]?\.?", s))]
    return max(0, min(numbers) - start) if numbers else None


def few_shot_turns(template: str, opener: str) -> tuple[str, list[tuple[str, str]]]:
    """A few-shot template split into its header and (prompt, answer) demonstrations.

    Blocks are separated by a blank line and open with `opener` ("Task:", "instruction:");
    a block's first line is the prompt and the rest is the answer. The final open block (the
    bare opener the query is appended to) is dropped."""
    head, *blocks = template.split(f"\n\n{opener}")
    demos = []
    for block in blocks:
        first, _, answer = block.partition("\n")
        if first.strip() or answer.strip():
            demos.append((f"{opener}{first}", answer))
    return head.strip(), demos


def _demo_prefix(system: str, demos: list[tuple[str, str]]) -> tuple[Message, ...]:
    """The system line, then each demonstration as a user turn and an assistant answer."""
    messages = [Message(role="system", content=system)]
    for prompt, answer in demos:
        messages += [Message(role="user", content=prompt), Message(role="assistant", content=answer)]
    return tuple(messages)


def chat_bootstrap_messages(instructions: Sequence[str], cfg: HeaderConfig | None = None,
                            limit: int | None = 7) -> tuple[Message, ...]:
    """System format line, then the completion prompt's header and numbered demonstrations
    without the open number, then the request for `limit` new tasks numbered from k+1."""
    first = len(instructions) + 1
    if limit:
        request = f"exactly {limit} new tasks, numbered {first} to {first + limit - 1}."
    else:
        request = f"new tasks, numbered from {first}."
    system = load_template(CHAT_BOOTSTRAP_SYSTEM).format(request=request)
    listing = build_bootstrap_prompt(instructions, cfg).rsplit("\n", 1)[0]
    user = f"{listing}\n\nWrite {request}"
    return Message(role="system", content=system), Message(role="user", content=user)


def chat_clf_messages(instruction: str, template: str | None = None) -> tuple[Message, ...]:
    """The "is it classification?" demonstrations (of the user's `template` file when given)
    as turns, then the query task."""
    return _clf_demo_turns(template_text(template, CLF_TEMPLATE)) + (
        Message(role="user", content=f"Task: {instruction.strip()}\n{CLF_QUESTION}"),)


@lru_cache(maxsize=8)
def _clf_demo_turns(template: str) -> tuple[Message, ...]:
    """The system line and the demonstration turns, the same for every classify request (built
    once per template: 20,000 requests rebuilt over a million identical messages)."""
    header, demos = few_shot_turns(template, "Task:")
    turns = []
    for prompt, answer in demos:  # the demo's prompt line is "Task: ...", its answer line the question + label
        question, _, label = answer.rpartition(" ")
        turns.append((f"{prompt}\n{question}", label))
    system = load_template(CHAT_CLF_SYSTEM).format(header=header)
    return _demo_prefix(system, turns)


def chat_instance_messages(task: Task, cfg: InstanceTemplates | None = None) -> tuple[Message, ...]:
    """Output-first demonstrations for classification tasks, input-first otherwise (from the
    user's files when `cfg` names them), as turns."""
    system = CHAT_OUTPUT_FIRST_SYSTEM if task.is_classification else CHAT_INPUT_FIRST_SYSTEM
    return _demo_turns(system, instance_template(task, cfg)) + (
        Message(role="user", content=f"Task: {task.instruction.strip()}"),)


@lru_cache(maxsize=8)
def _demo_turns(system: str, template: str) -> tuple[Message, ...]:
    """The system line and an instance template's demonstration turns (built once per template)."""
    header, demos = few_shot_turns(template, "Task:")
    return _demo_prefix(load_template(system).format(header=header), demos)


def chat_alpaca_messages(seed_tasks: Sequence[Task], limit: int | None = 16,
                         template: str | None = None) -> tuple[Message, ...]:
    """Alpaca's requirements and `###` demonstration blocks as the user message (without the
    open "k+1. Instruction:"), asking for tasks k+1 to k+limit in the same numbered format."""
    first = len(seed_tasks) + 1
    last = first + (limit or 20 - first + 1) - 1
    body = build_alpaca_prompt(seed_tasks, template).rsplit("\n###\n", 1)[0]
    system = load_template(CHAT_ALPACA_SYSTEM).format(first=first, last=last)
    user = f"{body}\n###\n\nWrite tasks {first} to {last}."
    return Message(role="system", content=system), Message(role="user", content=user)
