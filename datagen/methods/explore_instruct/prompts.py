"""Pure prompt builders for Explore-Instruct's lookahead/backtracking (extend) and enrich calls.

Structure as in fanqiwan/Explore-Instruct `generate_instruction.py` and `prompt_bank/`: a per-domain header (role, numbered requirements, response format), then the target
task, two demos from the target's examples framed by `###`, the target's existing subtasks and
its peer tasks (the siblings: this is how backtracking widens the domain), and the request.
The wording is ours, in `datagen/prompts/explore_*.txt`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence

from datagen.prompts import load_template, template_text
from datagen.methods.explore_instruct.tree import Example, TreeNode

NO_INPUT = "<noinput>"  # the reference's marker for an empty input (Alpaca's)



@dataclass(frozen=True)
class DomainStyle:
    """What differs between the reference's three domains."""

    name: str
    numbered_demos: bool  # rewriting numbers its demos "1. Instruction:", the others do not
    heuristic_preset: str  # datagen.filters.heuristics preset (blacklist per domain)
    box_math: bool = False  # rewrite a final `Answer: $x$` as `$\boxed{x}$`

    @property
    def extend_header(self) -> str:
        return load_template(f"explore_instruct/{self.name}_extend.txt")

    @property
    def enrich_header(self) -> str:
        return load_template(f"explore_instruct/{self.name}_enrich.txt")


STYLES: dict[str, DomainStyle] = {
    "rewriting": DomainStyle("rewriting", True, "explore_rewrite"),
    "brainstorming": DomainStyle("brainstorming", False, "explore_brainstorming"),
    "math": DomainStyle("math", False, "explore_math", box_math=True),
}
ALIASES = {"rewrite": "rewriting", "write_assistance": "rewriting"}  # the reference's own keys


def domain_style(name: str) -> DomainStyle:
    key = ALIASES.get(name, name)
    if key not in STYLES:
        raise ValueError(f"unknown Explore-Instruct domain style {name!r}: use rewriting, brainstorming or math")
    return STYLES[key]


def sample_demos(node: TreeNode, k: int, rng: random.Random, source: str = "parent") -> list[Example]:
    """k demos drawn at random from the parent's examples (the node's own at the root), as the reference does;
    `source="node"` draws from the node's own examples instead."""
    return draw_demos((node if source == "node" else node.demo_source()).examples, k, rng)


def draw_demos(pool: Sequence[Example], k: int, rng: random.Random) -> list[Example]:
    """k demos drawn at random from `pool` (all of them when it holds fewer)."""
    return rng.sample(list(pool), min(k, len(pool)))


def render_demos(examples: Sequence[Example], numbered: bool) -> str:
    """`###`-framed Instruction/Input/Output blocks, `<noinput>` for an empty input."""
    blocks = []
    for i, ex in enumerate(examples, start=1):
        number = f"{i}. " if numbered else ""
        blocks.append(f"###\n{number}Instruction: {ex['instruction']}\n"
                      f"Input: {ex.get('input') or NO_INPUT}\nOutput: {ex['output']}")
    return "\n".join(blocks + ["###"]) if blocks else "###"


def _names(names: Sequence[str]) -> str:
    return repr(list(names))  # the reference shows a Python list of task_name strings


def build_extend_prompt(node: TreeNode, demos: Sequence[Example], style: DomainStyle, *,
                        children: Sequence[str], n_new: int, max_children: int, n_examples: int, template: str | None = None) -> str:
    """Ask for `n_new` new subtasks of `node`. `children` are its current subtask names,
    including any added earlier in the same extend step. `template` is a user file replacing
    the bundled request after the domain header."""
    tail = template_text(template, "explore_instruct/extend_tail.txt").format(
        target=node.raw_task_name, demos=render_demos(demos, style.numbered_demos),
        children=_names(children), peers=_names([s.task_name for s in node.siblings]),
        max_children=max_children, n_existing=len(children), n_new=n_new, n_examples=n_examples)
    return f"{style.extend_header}\n\n{tail}\n"


def build_enrich_prompt(node: TreeNode, demos: Sequence[Example], style: DomainStyle, *,
                        n_examples: int, template: str | None = None) -> str:
    """Ask for `n_examples` more examples of `node`, shown as a subtask of its parent (the
    root is its own parent here, as in the reference). `template` as in `build_extend_prompt`."""
    target = node.demo_source()
    tail = template_text(template, "explore_instruct/enrich_tail.txt").format(
        target=target.raw_task_name, demos=render_demos(demos, style.numbered_demos),
        children=_names([c.task_name for c in target.children]),
        peers=_names([s.task_name for s in target.siblings]), n_examples=n_examples,
        subtask=node.raw_task_name, reason=node.reason or "-")
    return f"{style.enrich_header}\n\n{tail}\n"
