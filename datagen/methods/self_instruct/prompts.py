"""Pure prompt builders for Self-Instruct (Wang et al., ACL 2023) and its Alpaca variant.

Structures follow the reference code (yizhongw/self-instruct `bootstrap_instructions.py`,
`identify_clf_or_not.py`, `generate_instances.py`; tatsu-lab/stanford_alpaca
`generate_instruction.py`); the wording of every template is ours, stored as data files in
`datagen/prompts/`. A chat backend sends these raw prompts as one user message.
"""

from __future__ import annotations

import random
import re
from typing import Protocol, Sequence, TypeVar

from datagen.prompts import load_template, template_text
from datagen.records import Task

T = TypeVar("T")

BOOTSTRAP_HEADER = "self_instruct/bootstrap.txt"
BOOTSTRAP_CLF_HEADER = "self_instruct/bootstrap_clf.txt"
CLF_TEMPLATE = "self_instruct/clf.txt"
OUTPUT_FIRST_TEMPLATE = "self_instruct/output_first.txt"
INPUT_FIRST_TEMPLATE = "self_instruct/input_first.txt"
ALPACA_TEMPLATE = "self_instruct/alpaca_prompt.txt"
CLF_QUESTION = "Is it classification?"
NO_INPUT = "<noinput>"  # Alpaca's marker for an empty input



class ICLConfig(Protocol):
    prompt_instructions: int
    machine_in_prompt: int


def sample_icl(seed_pool: Sequence[T], machine_pool: Sequence[T], cfg: ICLConfig,
               rng: random.Random) -> list[T]:
    """In-context demonstrations for one prompt (`bootstrap_instructions.py`).

    `min(machine_in_prompt, |machine|)` machine items, then seed items up to
    `prompt_instructions`, each drawn uniformly without replacement, then shuffled. Works on
    strings or Tasks; the same rng state gives the same draw. Fewer seeds than needed gives a
    shorter list rather than an error.
    """
    n_machine = min(cfg.machine_in_prompt, len(machine_pool), cfg.prompt_instructions)
    chosen = rng.sample(list(machine_pool), n_machine)
    n_seed = min(cfg.prompt_instructions - n_machine, len(seed_pool))
    chosen += rng.sample(list(seed_pool), n_seed)
    rng.shuffle(chosen)
    return chosen


def clean_instruction(text: str) -> str:
    """Collapse whitespace and drop trailing colons, as every reference prompt builder does."""
    return re.sub(r"\s+", " ", text).strip().rstrip(":").rstrip()


class HeaderConfig(Protocol):
    clf_seeds_only: bool
    template: str | None  # a user header file replacing the bundled one


def build_bootstrap_prompt(instructions: Sequence[str], cfg: HeaderConfig | None = None) -> str:
    """Header line, the demonstrations as "1. ..." to "k. ...", then the open number "k+1.".

    With `cfg.clf_seeds_only` the header asks for classification tasks and their labels;
    `cfg.template`, when set, is the header instead.
    """
    classification = bool(cfg is not None and cfg.clf_seeds_only)
    header = template_text(getattr(cfg, "template", None),
                           BOOTSTRAP_CLF_HEADER if classification else BOOTSTRAP_HEADER)
    lines = [header]
    lines += [f"{i}. {clean_instruction(text)}" for i, text in enumerate(instructions, start=1)]
    lines.append(f"{len(instructions) + 1}.")
    return "\n".join(lines)


def build_clf_prompt(instruction: str, template: str | None = None) -> str:
    """The few-shot "is it classification?" prompt (the user's `template` file when given) with
    one query task appended."""
    return f"{template_text(template, CLF_TEMPLATE)} {instruction.strip()}\n{CLF_QUESTION}"


class InstanceTemplates(Protocol):
    template: str | None  # input-first, generation tasks
    template_clf: str | None  # output-first, classification tasks


def instance_template(task: Task, cfg: InstanceTemplates | None = None) -> str:
    """The few-shot block for `task`: output-first for classification, input-first otherwise,
    from the user's file for that kind when `cfg` names one."""
    if task.is_classification:
        return template_text(getattr(cfg, "template_clf", None), OUTPUT_FIRST_TEMPLATE)
    return template_text(getattr(cfg, "template", None), INPUT_FIRST_TEMPLATE)


def build_instance_prompt(task: Task, cfg: InstanceTemplates | None = None) -> str:
    """Output-first for classification tasks, input-first otherwise (Self-Instruct §2.3)."""
    return f"{instance_template(task, cfg)} {task.instruction.strip()}\n"


def build_alpaca_prompt(seed_tasks: Sequence[Task], template: str | None = None) -> str:
    """Alpaca's requirement list (the user's `template` file when given), the demos as `###`
    blocks of numbered Instruction/Input/Output fields (first instance; an empty input is
    written `<noinput>`), then "###" and the open "k+1. Instruction:"."""
    parts = [template_text(template, ALPACA_TEMPLATE)]
    for k, task in enumerate(seed_tasks, start=1):
        first = task.instances[0] if task.instances else None
        given = first.input if first is not None else ""
        parts += ["###", f"{k}. Instruction: {clean_instruction(task.instruction)}",
                  f"{k}. Input:", given if given.strip() else NO_INPUT,
                  f"{k}. Output:", first.output if first is not None else ""]
    parts += ["###", f"{len(seed_tasks) + 1}. Instruction:"]
    return "\n".join(parts)
