"""InsTag normalization step 4, association aggregation (Lu et al., ICLR 2024, §3.2).

The paper runs FP-Growth over the per-query tag sets (minimum support 40, minimum confidence
99%, 1,772 rules) and "recursively merges associated tags" to cut the verbosity of math and
code queries, which collect many atomic tags that always come together. It gives no more
detail; our exact reading:

- A rule {A} -> {B} at confidence >= 0.99 says B (almost) always comes with A: in a query that
  holds A, B adds nothing. There the pair merges into A: B is removed from every query that
  holds A, and stays in queries without A (removing it there would lose information; renaming
  B to A there would mislabel them).
- Recursively: the rules form a graph A -> B. Tags that imply each other (a cycle; for
  example A -> B and B -> A) are one tag under two names: they merge everywhere into the
  group's most used tag. On the remaining acyclic graph a tag is removed from a query when
  any other tag of that query reaches it (A -> B -> C: a query with A and C keeps only A).
- Only one-tag-to-one-tag rules merge. Rules with several tags on a side are mined, counted
  and written to `tag_merges/association_rules.jsonl` for inspection, but a rule such as
  {A, C} -> {B} does not say which single tag B merges into.

Every removal is a `Merge` from B to A counting the queries it touched.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from pydantic import Field

from datagen.analysis.fpgrowth import Rule, association_rules, frequent_itemsets
from datagen.config import StrictModel
from datagen.io import write_jsonl
from datagen.methods.instag.normalize import MERGES_DIR, Merge, finish_step, record_tags, remap, tag_counts
from datagen.records import Record
from datagen.stage import RunContext, StageResult


class AssociationConfig(StrictModel):
    enabled: bool = True
    min_support: int = Field(40, ge=1, description="queries holding the whole itemset")  # InsTag §3.2
    min_confidence: float = Field(0.99, gt=0, le=1)  # InsTag §3.2
    max_len: int | None = Field(4, ge=2, description="largest itemset mined (ours: bounds FP-Growth's "
                                "blow-up; merging uses pairs only)")


@dataclass
class AssociationResult:
    tag_sets: list[list[str]]
    merges: list[Merge]
    rules: list[Rule]
    pair_rules: int
    mutual_groups: int


def _reach(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = list(graph.get(start, ()))
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return seen


def association_merge(tag_sets: Sequence[Sequence[str]], min_support: int, min_confidence: float,
                      max_len: int | None = 4) -> AssociationResult:
    """Mine the rules and apply the merges of the module docstring to every tag set."""
    itemsets = frequent_itemsets(tag_sets, min_support, max_len)
    rules = association_rules(itemsets, min_confidence)
    pairs = {(next(iter(r.antecedent)), next(iter(r.consequent))): r for r in rules
             if len(r.antecedent) == 1 and len(r.consequent) == 1}
    graph: dict[str, set[str]] = {}
    for a, b in pairs:
        graph.setdefault(a, set()).add(b)
    reach = {node: _reach(graph, node) for node in graph}
    support = {next(iter(s)): n for s, n in itemsets.items() if len(s) == 1}

    # tags that reach each other are one tag: rename every member to the most used one
    rename: dict[str, str] = {}
    groups = 0
    for node in sorted(graph):
        if node in rename:
            continue
        group = sorted({node} | {o for o in reach[node] if node in reach.get(o, ())})
        if len(group) > 1:
            groups += 1
            head = min(group, key=lambda t: (-support[t], t))
            rename.update({t: head for t in group})
    merges: list[Merge] = []
    counts = tag_counts(tag_sets)
    for tag, head in sorted(rename.items()):
        if tag != head:
            merges.append(Merge("association", tag, head, f"{tag!r} and {head!r} imply each other "
                                f"(rules both ways at confidence >= {min_confidence})", counts[tag]))

    # the acyclic graph between group heads, and what each head implies
    dag: dict[str, set[str]] = {}
    for a, b in pairs:
        ha, hb = rename.get(a, a), rename.get(b, b)
        if ha != hb:
            dag.setdefault(ha, set()).add(hb)
    implied = {node: _reach(dag, node) for node in dag}

    removed: Counter = Counter()
    out: list[list[str]] = []
    for tags in tag_sets:
        tags = remap(tags, rename)
        keep = []
        for t in tags:
            by = next((s for s in tags if s != t and t in implied.get(s, ())), None)
            if by is None:
                keep.append(t)
            else:
                removed[(t, by)] += 1
        out.append(keep)
    for (t, by), n in sorted(removed.items()):
        rule = pairs.get((by, t))
        how = (f"rule {{{by}}} -> {{{t}}}: confidence {rule.confidence:.3f}, support {rule.support}"
               if rule else "through a chain of rules")
        merges.append(Merge("association", t, by, f"implied by {by!r} ({how}); merged in the "
                            f"queries that hold {by!r}", n, scope="with_target"))
    return AssociationResult(out, merges, rules, len(pairs), groups)


def association_stage(records: Sequence[Record], cfg: AssociationConfig, ctx: RunContext) -> StageResult:
    """Step 4: FP-Growth rules over per-query tag sets, associated tags merged. Rejects nothing."""
    started = time.perf_counter()
    tag_sets = [record_tags(r) for r in records]
    if not cfg.enabled:
        return finish_step("association", records, tag_sets, [], ctx, started)
    result = association_merge(tag_sets, cfg.min_support, cfg.min_confidence, cfg.max_len)
    if ctx.run_dir is not None:
        write_jsonl(ctx.run_dir / MERGES_DIR / "association_rules.jsonl", [r.as_dict() for r in result.rules])
    removed = sum(len(a) - len(b) for a, b in zip(tag_sets, result.tag_sets))
    return finish_step("association", records, result.tag_sets, result.merges, ctx, started,
                       rules=float(len(result.rules)), pair_rules=float(result.pair_rules),
                       mutual_groups=float(result.mutual_groups), occurrences_removed=float(removed))
