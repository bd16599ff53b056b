"""Golden Explore-Instruct prompts: header per domain, then target, demos, subtasks, peers, request."""

from __future__ import annotations

import random

import pytest

from datagen.methods.explore_instruct.tree import DomainTree, make_example
from datagen.methods.explore_instruct.prompts import (
    STYLES, build_enrich_prompt, build_extend_prompt, domain_style, load_template, render_demos, sample_demos,
)


@pytest.fixture()
def tree() -> DomainTree:
    tree = DomainTree.from_root("Rewriting", [make_example("Shorten this.", "A long text.", "Short."),
                                              make_example("Fix the typo.", "", "The cat.")])
    tree.add_child(tree.root, "Tone change", "Tone matters.", [make_example("Make it polite.", "Go.", "Please go.")])
    tree.add_child(tree.root, "Summaries", "", [])
    return tree


EXTEND_TAIL = """Target task: Tone change
Examples:
###
1. Instruction: Shorten this.
Input: A long text.
Output: Short.
###
2. Instruction: Fix the typo.
Input: <noinput>
Output: The cat.
###

The target task already has these subtasks: ['formal_register'].
These are its peer tasks: ['summaries'].
The target task can be split into at most 12 subtasks; it has 1 so far. Propose 3 new subtasks, each with its reason and 2 examples, in the response format above.
"""

ENRICH_TAIL = """Target task: Rewriting
Examples:
###
Instruction: Fix the typo.
Input: <noinput>
Output: The cat.
###

The target task already has these subtasks: ['tone_change', 'summaries'].
These are its peer tasks: [].
Write 10 new examples of the subtask below, in the response format above.
New subtask: Tone change
Reason: Tone matters.
"""


def test_extend_prompt_golden(tree):
    node = tree.get("tone_change")
    prompt = build_extend_prompt(node, tree.root.examples, domain_style("rewriting"),
                                 children=["formal_register"], n_new=3, max_children=12, n_examples=2)
    assert prompt == load_template("explore_instruct/rewriting_extend.txt") + "\n\n" + EXTEND_TAIL


def test_enrich_prompt_golden_unnumbered(tree):
    node = tree.get("tone_change")
    prompt = build_enrich_prompt(node, tree.root.examples[1:], domain_style("brainstorming"), n_examples=10)
    assert prompt == load_template("explore_instruct/brainstorming_enrich.txt") + "\n\n" + ENRICH_TAIL


def test_every_domain_header_states_the_response_format():
    for style in STYLES.values():
        extend, enrich = style.extend_header, style.enrich_header
        assert extend.count("New subtask:") == 1 and "Reason:" in extend and "Examples:" in extend
        assert "Instruction:" in enrich and "###" in enrich and "New subtask:" not in enrich
        assert ("1. Instruction:" in extend) == style.numbered_demos
    assert "\\boxed" in STYLES["math"].extend_header
    assert domain_style("rewrite") is STYLES["rewriting"]
    with pytest.raises(ValueError, match="unknown Explore-Instruct domain style"):
        domain_style("poetry")


def test_demos_come_from_the_parent_or_the_root_itself(tree):
    child = tree.get("tone_change")
    rng = random.Random(0)
    assert all(d in tree.root.examples for d in sample_demos(child, 2, rng))
    assert sample_demos(child, 2, rng, source="node") == child.examples
    assert len(sample_demos(tree.root, 5, rng)) == 2
    assert render_demos([], numbered=True) == "###"
