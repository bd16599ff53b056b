"""Explore-Instruct's continuous enrich stage on the scripted fake client: one stage enriches
every node (chat and completion), requests of several nodes in flight at once, results that do
not depend on timing or the window, a node's demo pool holding its parent's new examples, the
per-node rules (goal, example cap, duplicates, idle cap) and a reopened stage not enriching twice."""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter

import pytest

from datagen.io import write_jsonl
from datagen.llm.client import Completion, LLMRequest
from datagen.llm.fake import ScriptedClient, user_text
from datagen.methods.explore_instruct.enrich_pipeline import apply_enrich_all, enrich_pipeline_stage
from datagen.methods.explore_instruct.enrich import EnrichConfig
from datagen.methods.explore_instruct.tree import DomainTree, make_example
from datagen.stage import RunContext
from tests.methods.test_explore_stages import HEUR, REWRITE, _example, _tree, scripted


def _forest() -> DomainTree:
    """root (2 examples) -> a (1) -> a1 (1), a2 (0); root -> b (2); pre-order root, a, a1, a2, b."""
    tree = _tree()
    a = tree.add_child(tree.root, "A", "", [make_example("Rewrite a line.", "x", "y")])
    tree.add_child(a, "A1", "", [make_example("Rewrite a word.", "p", "q")])
    tree.add_child(a, "A2", "", [])
    tree.add_child(tree.root, "B", "", [make_example("Shorten a line.", "x", "y"),
                                        make_example("Shorten a word.", "x", "y")])
    return tree


def _run(tree, client, tmp_path, target=25, cfg=None, in_flight=8, targets=None):
    targets = targets or [(n.task_name, target) for n in tree.nodes()]
    return asyncio.run(enrich_pipeline_stage(
        [], cfg or EnrichConfig(), RunContext(llm=client, rng=random.Random(7)), tree=tree, targets=targets,
        style=REWRITE, heuristics=HEUR, in_flight=in_flight, detail=tmp_path))


def _nodes(tmp_path) -> dict[str, dict]:
    return {d["node"]: d for d in map(json.loads, (tmp_path / "nodes.jsonl").read_text().splitlines())}


class Jittery:
    """The scripted replies after a random delay (answers come back out of order); records how
    many requests, and of how many nodes, are in flight at once."""

    def __init__(self, seed: int, mode: str = "chat") -> None:
        self.inner = ScriptedClient(scripted, mode=mode)
        self.model, self.mode = self.inner.model, mode
        self.rng = random.Random(seed)
        self.flying: list[str] = []
        self.peak = self.peak_nodes = 0

    async def generate(self, request: LLMRequest) -> Completion:
        node = user_text(request).split("New subtask: ")[1].split("\n")[0]
        self.flying.append(node)
        self.peak = max(self.peak, len(self.flying))
        self.peak_nodes = max(self.peak_nodes, len(set(self.flying)))
        try:
            await asyncio.sleep(self.rng.random() * 0.005)
            return await self.inner.generate(request)
        finally:
            self.flying.remove(node)


@pytest.mark.parametrize("mode", ["chat", "completion"])
def test_one_stage_enriches_every_node_to_its_goal_in_preorder(mode, tmp_path):
    tree, client = _forest(), ScriptedClient(scripted, mode=mode)
    res = _run(tree, client, tmp_path)
    order = [n.task_name for n in tree.nodes()]
    assert order == ["root", "a", "a1", "a2", "b"]
    nodes = _nodes(tmp_path)
    assert list(nodes) == order
    assert all((d["goal"], d["kept"], d["calls"], d["stop"]) == (25, 30, 3, "goal") for d in nodes.values())
    kept_nodes = [t.meta["node"] for t in res.kept]
    assert kept_nodes == [name for name in order for _ in range(30)]  # node pre-order, then request order
    assert [t.meta["call"] for t in res.kept[:30]] == [c for c in (1, 2, 3) for _ in range(10)]
    assert res.stats.extra == {"calls": 15.0, "requests_sent": 15.0, "nodes": 5.0, "nodes_at_goal": 5.0,
                               "nodes_at_example_cap": 0.0, "in_flight": 8.0}
    assert all((c.messages is not None) == (mode == "chat") for c in client.calls)
    changed = apply_enrich_all(tree, res.kept)
    assert [n.task_name for n in changed] == order and len(tree.get("a2").examples) == 30
    assert apply_enrich_all(tree, res.kept) == []  # idempotent


def test_nodes_overlap_and_the_result_ignores_timing_and_window(tmp_path):
    runs = []
    for seed, window in ((1, 16), (2, 16), (3, 2)):
        client = Jittery(seed)
        res = _run(_forest(), client, tmp_path / str(seed), in_flight=window)
        runs.append((res, client))
        assert client.peak <= window
    (a, fast), (b, _), (c, slow) = runs
    assert fast.peak_nodes >= 2 and fast.peak >= 6  # a's and b's requests at once (3 each)
    assert slow.peak == 2
    assert [t.id for t in a.kept] == [t.id for t in b.kept] == [t.id for t in c.kept]
    assert [r.model_dump() for r in a.rejected] == [r.model_dump() for r in c.rejected]
    prompts = [sorted(user_text(r) for r in client.inner.calls) for _, client in runs]
    assert prompts[0] == prompts[1] == prompts[2]  # each request's demos and seed are its own


def test_a_node_waits_for_its_parent_and_draws_from_its_new_examples(tmp_path):
    tree, client = _forest(), ScriptedClient(scripted, mode="chat")
    res = _run(tree, client, tmp_path, targets=[("a", 20), ("a1", 10), ("a2", 10)])
    sent = [user_text(r).split("New subtask: ")[1].split("\n")[0] for r in client.calls]
    assert sent[:2] == ["A", "A"] and set(sent[2:]) == {"A1", "A2"}  # a's children start once a is done
    new_of_a = {t.instruction for t in res.kept if t.meta["node"] == "a"}
    child_prompts = [user_text(r) for r in client.calls[2:]]
    assert any(i in p for i in new_of_a for p in child_prompts)  # the pool is a's examples after enrich


def test_example_cap_duplicates_and_idle_cap_per_node(tmp_path):
    tree = _forest()
    tree.get("b").examples = [make_example(f"Shorten line number {k} now.", "x", "y") for k in range(38)]
    same = "".join(_example("same", j) for j in range(1, 11)) + "###"

    def responder(request):
        text = user_text(request)
        if "New subtask: A1" in text:
            return same  # every call: the same ten examples
        if "New subtask: A2" in text:
            return "I cannot help with that."
        return scripted(request)

    client = ScriptedClient(responder, mode="chat")
    res = _run(tree, client, tmp_path, target=50, cfg=EnrichConfig(max_examples=40))
    nodes = _nodes(tmp_path)
    assert nodes["b"] == {"node": "b", "goal": 2, "calls": 1, "sent": 1, "kept": 2, "stop": "goal"}
    assert nodes["a1"]["kept"] == 10 and nodes["a1"]["calls"] == 1 + 3 and nodes["a1"]["stop"] == "idle"
    assert nodes["a2"]["kept"] == 0 and nodes["a2"]["calls"] == 3 and nodes["a2"]["stop"] == "idle"
    assert nodes["a2"]["sent"] <= 5  # a node that keeps nothing sends no more than its idle cap reads
    assert nodes["root"]["goal"] == 38 and nodes["root"]["kept"] == 38  # capped at 40 examples
    by_reason = Counter((r.reason, r.record.get("node") or r.record["meta"]["node"]) for r in res.rejected)
    assert by_reason[("duplicate_example", "a1")] == 30 and by_reason[("parse_failed", "a2")] == 3
    assert by_reason[("over_example_cap", "b")] == 8 and by_reason[("over_example_cap", "root")] == 2
    tree.get("b").examples.append(make_example("Shorten one more line.", "x", "y"))
    tree.get("b").examples.append(make_example("Shorten the last line.", "x", "y"))
    again = _run(tree, ScriptedClient(scripted, mode="chat"), tmp_path / "full", target=50,
                 cfg=EnrichConfig(max_examples=40), targets=[("b", 50)])
    assert _nodes(tmp_path / "full")["b"] == {"node": "b", "goal": 0, "calls": 0, "sent": 0, "kept": 0,
                                               "stop": "at_example_cap"}
    assert again.stats.n_in == 0 and again.stats.extra["nodes_at_example_cap"] == 1.0


def test_a_failing_endpoint_raises_after_the_requests_in_flight(tmp_path):
    state = {"left": 4}

    def responder(request):
        state["left"] -= 1
        if state["left"] < 0:
            raise RuntimeError("the endpoint went away")
        return scripted(request)

    client = Jittery(0)
    client.inner = ScriptedClient(responder, mode="chat")
    with pytest.raises(RuntimeError, match="went away"):
        _run(_forest(), client, tmp_path)
    assert client.flying == []  # nothing left running


def test_a_reopened_stage_reads_the_tree_without_its_earlier_examples(tmp_path):
    tree = _forest()
    first = _run(tree, ScriptedClient(scripted, mode="chat"), tmp_path)
    write_jsonl(tmp_path / "kept.jsonl", first.kept)  # what run_stage writes, then the flow applies
    apply_enrich_all(tree, first.kept)
    client = ScriptedClient(scripted, mode="chat")
    second = _run(tree, client, tmp_path)
    assert [t.id for t in second.kept] == [t.id for t in first.kept]
    assert len(client.calls) == 15 and apply_enrich_all(tree, second.kept) == []


class Narrow(Jittery):
    """An endpoint client that serves 2 requests at once (what `parallelism` reads)."""

    batch_size = 2


def test_a_window_wider_than_the_endpoint_sends_no_request_a_node_no_longer_needs(tmp_path):
    """Requests planned ahead wait at the gate (`datagen.llm.wire`); when their node stops, the
    queued ones are dropped unsent, and only those already on the wire are answered unread."""
    def responder(request):  # a2 keeps nothing, so it plans past the calls its idle cap reads
        return "I cannot help with that." if "New subtask: A2" in user_text(request) else scripted(request)

    wide, narrow = Narrow(1), Jittery(1)
    wide.inner, narrow.inner = ScriptedClient(responder, mode="chat"), ScriptedClient(responder, mode="chat")
    a = _run(_forest(), wide, tmp_path / "wide", in_flight=16)
    b = _run(_forest(), narrow, tmp_path / "narrow", in_flight=2)
    assert [t.id for t in a.kept] == [t.id for t in b.kept]
    assert wide.peak <= 2  # never more on the wire than the endpoint serves
    nodes = _nodes(tmp_path / "wide")
    read = sum(n["calls"] for n in nodes.values())
    assert nodes["a2"]["calls"] == 3 and nodes["a2"]["stop"] == "idle"
    # answered but never read: at most what was on the wire when the last node stopped (planned
    # requests still queued then were not sent; before the gate all 16 went out at once)
    assert len(wide.inner.calls) - read <= 2
