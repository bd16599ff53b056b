"""Chat-style fake answers to Self-Instruct, Alpaca and Ensemble-Instruct prompts.

Self-Instruct: Wang et al., ACL 2023; Alpaca: Taori et al., 2023; Ensemble-Instruct: Lee et al.,
Findings of EMNLP 2023. Each builder reads what it needs from the prompt (the open number, the
last task) and writes the shape the prompt asks for, dressed the way chat models dress it when
`Style` says so: a preamble line, bold labels, numbering restarted at 1, a closing remark.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from datagen.llm.fake_pools import DOCS, answer, labels_in, make_input, make_task

CLF_WORDS = re.compile(r"classify|decide whether|label|tell whether|sort the|which (?:one|of)|is (?:it|this|the)\b"
                       r"|\bor not\b|true or false|\byes or no\b", re.IGNORECASE)
NEEDS_INPUT = re.compile(r"\b(?:the|this|these|following|given)\s+(?:\w+\s+)?(?:paragraph|text|sentences?|email"
                         r"|review|snippet|note|message|list|code|passage|entry|article|story|poem|words?"
                         r"|numbers?|data|table|document|query|statement|question|recipe|function|argument)s?\b",
                         re.IGNORECASE)


@dataclass
class Style:
    """How chatty one reply is. `chatty` False: exactly the asked format."""

    preamble: bool = False
    bold: bool = False
    restart: bool = False  # number items from 1 instead of the prompt's open number
    closing: bool = False

    @classmethod
    def draw(cls, rng: random.Random, chatty: bool) -> Style:
        if not chatty:
            return cls()
        return cls(rng.random() < 0.8, rng.random() < 0.5, rng.random() < 0.5, rng.random() < 0.6)

    def label(self, name: str) -> str:
        """`Input:` or, bold, `**Input:**`."""
        return f"**{name}:**" if self.bold else f"{name}:"

    def wrap(self, body: str, rng: random.Random, opener: str) -> str:
        """Preamble (then a blank line, as chat models write it) and a closing remark."""
        head = f"{opener}\n\n" if self.preamble else ""
        tail = "\n\n" + rng.choice(("Let me know if you'd like more!", "I hope these help.",
                                    "Feel free to ask for changes.")) if self.closing else ""
        return head + body + tail


def last_task(prompt: str, label: str = "Task:") -> str:
    """The text after the prompt's last `label` (the task the reply is about)."""
    return prompt.rsplit(label, 1)[-1].strip().splitlines()[0].strip() if label in prompt else ""


def open_number(prompt: str) -> int:
    """The number the reply starts at: a completion prompt's open "9." (or "4. Instruction:"),
    or a chat request's "numbered 9 to 15" / "Write task 3." / "Write tasks 4 to 19."."""
    found = (re.search(r"numbered (?:from )?(\d+)|Write tasks? (\d+)", prompt)
             or re.search(r"(\d+)\s*\.(?:\s*Instruction:)?\s*$", prompt))
    return int(next(g for g in found.groups() if g)) if found else 1


def bootstrap(prompt: str, rng: random.Random, style: Style) -> str:
    """A numbered list of new instructions continuing the prompt's list (items < 16)."""
    start = open_number(prompt)
    first = 1 if style.restart else start
    count = rng.randint(4, max(4, min(7, 16 - start)))
    clf = True if "classification" in prompt.split("\n", 1)[0].lower() else None
    lines = []
    for k in range(count):
        text = make_task(rng, classification=clf).instruction
        if style.bold:
            verb, _, rest = text.partition(" ")
            text = f"**{verb}** {rest}"
        lines.append(f"{first + k}. {text}")
    return style.wrap("\n".join(lines), rng, rng.choice(("Sure! Here are some new tasks:",
                                                         "Here are a few more task ideas:")))


def is_classification(instruction: str) -> bool:
    return bool(CLF_WORDS.search(instruction))


def classify(prompt: str, rng: random.Random, style: Style) -> str:
    yes = is_classification(last_task(prompt))
    if style.preamble:
        return ("Yes." if yes else "No.") + rng.choice((" It picks from fixed labels.", " The answer is free text."))
    return "Yes" if yes else "No"


def field_name(instruction: str) -> str:
    found = re.search(r"\b(" + "|".join(DOCS) + r"|sentence|text|email|review|paragraph)\b", instruction.lower())
    return found.group(1).capitalize() if found else "Input"


def output_first(prompt: str, rng: random.Random, style: Style) -> str:
    """One labelled input per class label of the last task (Self-Instruct's output-first)."""
    task = last_task(prompt)
    field = field_name(task)
    blocks = [f"{style.label('Class label')} {label.capitalize()}\n{field}: {make_input(rng)}"
              for label in labels_in(task)[:3]]
    return style.wrap("\n".join(blocks), rng, "Here is an input for each label:")


def input_first(prompt: str, rng: random.Random, style: Style) -> str:
    """`Example k` blocks with an input then `Output:`, or a bare `Output:` (input-first)."""
    task = last_task(prompt)
    if not NEEDS_INPUT.search(task):
        return style.wrap(f"{style.label('Output')} {answer(task)}", rng, "Sure! Here is an example:")
    field = field_name(task)
    blocks = []
    for k in range(1, rng.randint(2, 3) + 1):
        given = make_input(rng)
        head = f"**Example {k}**" if style.bold else f"Example {k}"
        blocks.append(f"{head}\n{field}: {given}\n{style.label('Output')} {answer(task, given)}")
    return style.wrap("\n".join(blocks), rng, "Sure! Here are some examples:")


def alpaca(prompt: str, rng: random.Random, style: Style) -> str:
    """`###`-separated numbered Instruction/Input/Output blocks from the open number on."""
    start = open_number(prompt)
    first = 1 if style.restart else start
    blocks = []
    for k in range(first, first + rng.randint(3, min(8, 20 - start))):
        task = make_task(rng)
        out = answer(task.instruction, task.input)
        blocks.append(f"{k}. {style.label('Instruction')} {task.instruction}\n{k}. {style.label('Input')}\n"
                      f"{task.input or '<noinput>'}\n{k}. {style.label('Output')}\n{out}")
    return style.wrap("\n###\n".join(blocks), rng, "Sure! Here is a list of tasks:")


def ensemble_instruction(prompt: str, rng: random.Random, style: Style) -> str:
    """One new instruction after the open number, closed by `|EoS|`; type A needs an input."""
    type_b = bool(re.search(r"without (?:any )?(?:extra )?input|no input", prompt, re.I))
    task = make_task(rng, classification=False, needs_input=not type_b)
    number = 1 if style.restart else open_number(prompt)
    return style.wrap(f"{number}. {task.instruction} |EoS|", rng, "Sure! Here's a new task:")


def ensemble_instance(prompt: str, rng: random.Random, style: Style) -> str:
    """`input:`/`output:` (type A) or `output:` (type B) for the last instruction, then `|EoS|`."""
    task = last_task(prompt, "instruction:")
    type_a = bool(re.search(r"^input:", prompt, re.MULTILINE))
    given = make_input(rng) if type_a else ""
    out = answer(task, given).replace("\n", " ")  # one line: the reference parser reads line 2 only
    lines = ([f"input: {given}"] if type_a else []) + [f"output: {out}", "|EoS|"]
    return style.wrap("\n".join(lines), rng, "Sure! Here's an example:")


def zero_shot(prompt: str, rng: random.Random, style: Style) -> str:
    """The answer to a bare instruction (and input): the same text every member gives."""
    instruction, _, given = prompt.partition("\n")
    text = answer(instruction, given)
    return f"Sure! {text}" if style.preamble else text
