"""Explore-Instruct extend/enrich stages on the scripted fake client: growth, caps, iteration
limits, reason codes, idempotent application, and DFS vs BFS visit orders."""

from __future__ import annotations

import asyncio
import random
import re

from datagen.filters.heuristics import heuristic_preset
from datagen.llm.client import Completion, LLMRequest
from datagen.llm.fake import ScriptedClient, user_text
from datagen.methods.explore_instruct.tree import DomainTree, make_example
from datagen.methods.explore_instruct.enrich import EnrichConfig, apply_enrich, enrich_stage
from datagen.methods.explore_instruct.stages import ExtendConfig, Frontier, apply_extend, extend_stage
from datagen.methods.explore_instruct.prompts import domain_style
from datagen.io import write_jsonl
from datagen.stage import RunContext

REWRITE = domain_style("rewriting")
MATH = domain_style("math")
HEUR = heuristic_preset("explore_rewrite")


WORDS = [f"{a}{b}" for a in ("zor", "mik", "tal", "ven", "kup", "dra", "sel", "nob", "fet", "ryx")
         for b in ("ar", "ev", "il", "om", "un", "yx", "ast", "orp", "ild", "enk")]


def _example(tag: str, j: int, numbered: bool = True) -> str:
    """A well-formed example block whose words are drawn from `tag` and `j` (distinct texts)."""
    rng = random.Random(f"{tag}|{j}")
    number = f"{j}. " if numbered else ""
    return (f"###\n{number}Instruction: Rewrite the {' '.join(rng.sample(WORDS, 6))} passage.\n"
            f"Input: {' '.join(rng.sample(WORDS, 9))}.\nOutput: {' '.join(rng.sample(WORDS, 5))}.\n")


def scripted(request: LLMRequest) -> str:
    """Deterministic, well-formed replies: subtasks named `<target>.<k>`, unique examples."""
    prompt = user_text(request)
    target = re.search(r"^Target task: (.+)$", prompt, re.M).group(1)
    extend = re.search(r"Propose (\d+) new subtasks", prompt)
    if extend:
        have = int(re.search(r"it has (\d+) so far", prompt).group(1))
        groups = []
        for k in range(have + 1, have + int(extend.group(1)) + 1):
            name = f"{target}.{k}"
            groups.append(f"New subtask: {name}\nReason: A part of {target}.\nExamples:\n"
                          + _example(name, 1) + _example(name, 2) + "###")
        return "\n".join(groups)
    n = int(re.search(r"Write (\d+) new examples", prompt).group(1))
    subtask = re.search(r"^New subtask: (.+)$", prompt, re.M).group(1)
    tag = f"{subtask} s{request.sample_index}"
    return "".join(_example(tag, j) for j in range(1, n + 1)) + "###"


def _ctx(client) -> RunContext:
    return RunContext(llm=client, rng=random.Random(7))


def _tree() -> DomainTree:
    return DomainTree.from_root("Root", [make_example("Rewrite this sentence please.", "a b", "c d"),
                                         make_example("Shorten the text below.", "long", "short")])


def _extend(tree, node, n_new, client, cfg=None, style=REWRITE):
    return asyncio.run(extend_stage([], cfg or ExtendConfig(), _ctx(client), tree=tree, node=node,
                                    n_new=n_new, style=style, heuristics=HEUR))


def _enrich(tree, node, target, client, cfg=None, style=REWRITE):
    return asyncio.run(enrich_stage([], cfg or EnrichConfig(), _ctx(client), tree=tree, node=node,
                                    target=target, style=style, heuristics=HEUR))


def test_extend_grows_subtasks_with_two_examples_each():
    tree, client = _tree(), ScriptedClient(scripted, mode="completion")
    res = _extend(tree, "root", 5, client)
    assert len(client.calls) == 1 and "Propose 5 new subtasks" in client.calls[0].prompt
    assert res.stats.n_kept == 10 and res.stats.extra["new_subtasks"] == 5
    nodes = apply_extend(tree, "root", res.kept)
    assert [n.task_name for n in nodes] == [f"root_{k}" for k in range(1, 6)]
    assert all(len(n.examples) == 2 and n.depth == 1 and n.reason == "A part of Root." for n in nodes)
    assert apply_extend(tree, "root", res.kept) == nodes and tree.n_examples() == 12  # idempotent


def test_extend_backtracking_prompt_lists_children_and_peers_and_each_call_sees_the_last():
    tree = _tree()
    for k in (1, 2):
        tree.add_child(tree.root, f"Peer {k}", "", [make_example("Rewrite a line.", "x", "y")])
    replies = ["New subtask: Alpha part\nReason: r\nExamples:\n" + _example("a", 1) + "###",
               "New subtask: Beta part\nReason: r\nExamples:\n" + _example("b", 1) + "###"]
    client = ScriptedClient(replies, mode="completion")
    res = _extend(tree, "peer_1", 2, client)
    first, second = (c.prompt for c in client.calls)
    assert "Target task: Peer 1" in first and "These are its peer tasks: ['peer_2']." in first
    assert "already has these subtasks: []." in first and "Propose 3 new subtasks" in first  # max(gap, 3)
    assert "already has these subtasks: ['alpha_part']." in second and "it has 1 so far" in second
    assert res.stats.extra == {"calls": 2, "new_subtasks": 2, "requested": 2, "subtasks_without_examples": 0}


def test_extend_filters_examples_with_reason_codes():
    reply = ("New subtask: Mixed bag\nReason: r\nExamples:\n###\n1. Instruction: Too short\nInput: a\nOutput: b\n"
             "###\n2. Instruction: Describe the image in one line.\nInput: pic\nOutput: b\n"
             "###\n3. Instruction: Rewrite the quoted text formally.\nInput: <text to rewrite>\nOutput: b\n"
             "###\n4. Instruction: Rewrite the quoted text formally.\nInput: hey there\nOutput: Greetings.\n###")
    tree = _tree()
    res = _extend(tree, "root", 1, ScriptedClient([reply], mode="completion"))
    assert res.stats.rejected_by_reason == {"too_short": 1, "blacklisted_word": 1, "placeholder_input": 1}
    assert res.stats.n_in == 4 and [t.instances[0].input for t in res.kept] == ["hey there"]


def test_garbage_model_ends_the_node_with_parse_failed_not_an_endless_loop():
    tree, client = _tree(), ScriptedClient(lambda req: "I am not sure what you mean.", mode="completion")
    res = _extend(tree, "root", 5, client)
    assert len(client.calls) == 3  # max_idle_calls
    assert res.kept == [] and res.stats.rejected_by_reason == {"parse_failed": 3}
    client = ScriptedClient(lambda req: "New subtask: X\nReason: y\nExamples:\nnothing here", mode="completion")
    res = _extend(tree, "root", 5, client, ExtendConfig(max_idle_calls=50, max_calls=4))
    assert len(client.calls) == 4 and res.stats.rejected_by_reason == {"parse_failed": 4}
    client = ScriptedClient(lambda req: "no examples at all", mode="completion")
    res = _enrich(tree, "root", 50, client, EnrichConfig(batch_size=4))
    assert len(client.calls) == 4  # one batch of 4, all idle: the idle cap (3) ends the node
    assert res.stats.rejected_by_reason == {"parse_failed": 4}
    res = _enrich(tree, "root", 20, ScriptedClient(lambda req: "no", mode="completion"), EnrichConfig(max_idle_calls=99))
    assert res.stats.extra["calls"] == 6  # call_budget 3 x ceil(20 / 10)


def test_child_cap_clips_the_request_and_rejects_extras():
    tree = _tree()
    for k in range(11):
        tree.add_child(tree.root, f"Existing {k}", "", [make_example("Rewrite a line.", "x", "y")])
    client = ScriptedClient(scripted, mode="completion")
    cfg = ExtendConfig()
    reply3 = scripted(LLMRequest(prompt="Target task: Root\nit has 11 so far. Propose 3 new subtasks"))
    res = _extend(tree, "root", 5, ScriptedClient([reply3], mode="completion"), cfg)
    assert res.stats.extra["new_subtasks"] == 1 and res.stats.rejected_by_reason == {"over_child_cap": 4}
    apply_extend(tree, "root", res.kept)
    assert len(tree.root.children) == 12
    res = _extend(tree, "root", 5, client)
    assert client.calls == [] and res.stats.n_in == 0  # at the cap: no call at all


def test_llm_error_and_truncation():
    tree = _tree()
    replies = [Completion(error="HTTP 500"),
               Completion(texts=["New subtask: Cut\nReason: r\nExamples:\n" + _example("c", 1) + _example("c", 2)],
                          finish_reasons=["length"])]
    res = _extend(tree, "root", 1, ScriptedClient(replies, mode="completion"))
    assert res.stats.rejected_by_reason == {"llm_error": 1, "truncated": 1}
    assert res.stats.n_kept == 1 and res.stats.extra["new_subtasks"] == 1


def test_enrich_reaches_target_dedups_and_stops_at_the_example_cap():
    tree, client = _tree(), ScriptedClient(scripted, mode="completion")
    res = _enrich(tree, "root", 25, client, EnrichConfig(batch_size=2))
    assert res.stats.n_kept == 30 and len(client.calls) == 3  # overshoot kept, as the reference
    assert [c.sample_index for c in client.calls] == [0, 1, 2]
    assert apply_enrich(tree, "root", res.kept) == 30 and apply_enrich(tree, "root", res.kept) == 0
    # the same replies again: all exact duplicates of the node's examples
    again = _enrich(tree, "root", 10, ScriptedClient(scripted, mode="completion"))
    assert again.stats.rejected_by_reason == {"duplicate_example": 30} and again.stats.extra["calls"] == 3
    calls = iter(range(1000))
    fresh = ScriptedClient(lambda req: "".join(_example(f"new{next(calls)}", j) for j in range(1, 11)), mode="completion")
    capped = _enrich(tree, "root", 50, fresh, EnrichConfig(max_examples=40))
    assert capped.stats.n_kept == 8 and capped.stats.rejected_by_reason == {"over_example_cap": 2}
    assert len(fresh.calls) == 1
    full = ScriptedClient(scripted, mode="completion")
    at_cap = _enrich(tree, "root", 50, full, EnrichConfig(max_examples=32))
    assert full.calls == [] and at_cap.stats.extra["at_example_cap"] == 1.0 and at_cap.stats.n_in == 0


def test_math_answers_are_boxed_in_stages():
    reply = ("###\nInstruction: Solve the equation for x.\nInput: $2x=8$\nOutput: Explanation: divide by 2. "
             "Answer: $4$\n###\nInstruction: Add the two numbers together.\nInput: <noinput>\n"
             "Output: Explanation: 2+3. Answer: five\n###")
    tree = _tree()
    res = _enrich(tree, "root", 2, ScriptedClient([reply], mode="completion"), style=MATH)
    outputs = [t.instances[0].output for t in res.kept]
    assert outputs == ["Explanation: divide by 2. Answer: $\\boxed{4}$", "Explanation: 2+3. Answer: five"]
    assert res.kept[1].instances[0].input == ""


def _grow(order: str, max_depth: int) -> list[str]:
    """The flow's search loop without Prefect: extend 2 subtasks per node."""
    tree, client = _tree(), ScriptedClient(scripted, mode="completion")
    start = tree.copy()
    frontier, visited = Frontier(order, start, max_depth), []
    while frontier:
        node = tree.get(frontier.pop())
        visited.append(node.task_name)
        res = _extend(tree, node.task_name, 2, client)
        frontier.visited(node, apply_extend(tree, node.task_name, res.kept))
    assert max(n.depth for n in tree.nodes()) == max_depth
    return visited


def test_dfs_and_bfs_visit_orders():
    # each call asks for max(2, 3) = 3 subtasks and keeps all three, as the reference does
    kids = {p: [f"{p}_{k}" for k in (1, 2, 3)] for p in ("root", "root_1", "root_2", "root_3")}
    dfs = ["root"] + [n for c in kids["root"] for n in [c, *kids[c]]]
    bfs = ["root", *kids["root"]] + [n for c in kids["root"] for n in kids[c]]
    assert _grow("dfs", 3) == dfs and _grow("bfs", 3) == bfs
    assert dfs[:6] == ["root", "root_1", "root_1_1", "root_1_2", "root_1_3", "root_2"]
    assert _grow("dfs", 0) == [] and _grow("bfs", 1) == ["root"]


def test_bfs_starts_from_every_existing_node_in_preorder():
    tree = _tree()
    a = tree.add_child(tree.root, "A", "", [])
    tree.add_child(a, "A1", "", [])
    tree.add_child(tree.root, "B", "", [])
    bfs = Frontier("bfs", tree, 2)
    assert [bfs.pop() for _ in range(3)] == ["root", "a", "b"]  # a1 is at max depth
    dfs = Frontier("dfs", tree, 2)
    assert dfs.pop() == "root"
    dfs.visited(tree.root, [])
    assert [dfs.pop(), dfs.pop()] == ["a", "b"]


def test_a_reopened_enrich_stage_plans_from_the_node_before_its_earlier_attempt(tmp_path):
    """The rounds pipeline's per-node stage, reopened by a rerun (it held a failed request, or an
    earlier stage was recomputed) after the flow applied its examples: it sends the same prompts
    again (cache hits on a real endpoint), keeps what it kept, and adds nothing twice (reopened.py)."""
    def enrich(tree, client, detail):
        return asyncio.run(enrich_stage([], EnrichConfig(), _ctx(client), tree=tree, node="root", target=25,
                                        style=REWRITE, heuristics=HEUR, detail=detail))

    tree = _tree()
    first_client = ScriptedClient(scripted, mode="chat")
    first = enrich(tree, first_client, tmp_path)
    write_jsonl(tmp_path / "kept.jsonl", first.kept)  # what run_stage writes; then the flow applies it
    assert apply_enrich(tree, "root", first.kept) == 30
    again_client = ScriptedClient(scripted, mode="chat")
    again = enrich(tree, again_client, tmp_path)
    assert [user_text(c) for c in again_client.calls] == [user_text(c) for c in first_client.calls]
    assert [t.id for t in again.kept] == [t.id for t in first.kept] and again.stats.n_rejected == 0
    assert apply_enrich(tree, "root", again.kept) == 0 and len(tree.get("root").examples) == 32
    # Without its folder the stage sees its own 30 examples: the root draws its demonstrations
    # from them (new prompts: paid again) and rejects its earlier answers as duplicates.
    blind_client = ScriptedClient(scripted, mode="chat")
    blind = enrich(tree, blind_client, None)
    assert [user_text(c) for c in blind_client.calls] != [user_text(c) for c in first_client.calls]
    assert blind.stats.rejected_by_reason.get("duplicate_example", 0) > 0
