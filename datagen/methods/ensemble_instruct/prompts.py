"""Pure prompt builders for Ensemble-Instruct (Lee et al., Findings of EMNLP 2023).

Structures follow IBM/ensemble-instruct (`gen_instructions.py`, `gen_instances.py`,
`gen_output_zeroshot.py`); the wording and every demo are ours, stored in `datagen/prompts/`:

- instruction generation, one template per task type: a header line, the in-context
  instructions as "i. <instruction> |EoS|", then the open number "k+1.";
- instance generation, one template per type: a header, `instruction:/input:/output:` demos
  (type A) or `instruction:/output:` demos (type B) each closed by a `|EoS|` line and a blank
  line, ending in "instruction:"; the prompt is `template + " " + instruction + "\\n"`;
- zero-shot extra outputs: the instruction, a newline, then the input (empty for type B).

Task types: A needs an input (the seed's first instance has one), B is output only.
"""

from __future__ import annotations

from typing import Literal, Sequence

from datagen.methods.ensemble_instruct.parsers import EOS
from datagen.methods.self_instruct.prompts import clean_instruction
from datagen.prompts import template_text

TaskType = Literal["A", "B"]
TASK_TYPES: tuple[TaskType, ...] = ("A", "B")
INSTRUCTION_TEMPLATES = {"A": "ensemble_instruct/instructions_a.txt", "B": "ensemble_instruct/instructions_b.txt"}
INSTANCE_TEMPLATES = {"A": "ensemble_instruct/instances_a.txt", "B": "ensemble_instruct/instances_b.txt"}


def build_instruction_prompt(instructions: Sequence[str], task_type: TaskType,
                             template: str | None = None) -> str:
    """Header (the user's `template` file when given), the demos numbered "1. ... |EoS|" to
    "k. ... |EoS|", then the open "k+1."."""
    lines = [template_text(template, INSTRUCTION_TEMPLATES[task_type])]
    lines += [f"{i}. {clean_instruction(text)} {EOS}" for i, text in enumerate(instructions, start=1)]
    lines.append(f"{len(instructions) + 1}.")
    return "\n".join(lines)


def build_instance_prompt(instruction: str, task_type: TaskType, template: str | None = None) -> str:
    """The type's demos (the user's `template` file when given), then the instruction after the
    final "instruction:" label."""
    return f"{template_text(template, INSTANCE_TEMPLATES[task_type])} {instruction.strip()}\n"


def build_zero_shot_prompt(instruction: str, given: str, template: str | None = None) -> str:
    """`gen_output_zeroshot.py`: instruction, newline, input (nothing after the newline for B).

    A user `template` file is filled in instead: {instruction} and {input} replaced (the input
    is empty for type B)."""
    if template:
        return (template_text(template, "")
                .replace("{instruction}", instruction.strip()).replace("{input}", given.strip()))
    return f"{instruction.strip()}\n{given.strip()}"
