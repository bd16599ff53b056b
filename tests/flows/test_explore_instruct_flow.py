"""The Explore-Instruct flow end to end under the session Prefect harness, with scripted replies:
files, balanced stage counts, the tree folder in the reference format, DFS order, resume."""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from pathlib import Path

import pytest

from datagen.config import load_config
from datagen.llm.fake import register_responder
from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer, prompt_text
from datagen.methods.explore_instruct.tree import DomainTree
from datagen.methods.explore_instruct.config import ExploreInstructConfig
from flows.explore_instruct_flow import explore_instruct_flow
from tests.methods.test_explore_stages import scripted


def _config(tmp_path: Path, model: str, *extra: str) -> ExploreInstructConfig:
    return load_config(ExploreInstructConfig, None, [
        "domain=rewriting", "max_depth=2", "extend_nums=[2, 1]", "enrich_nums=[3]", "enrich.per_call=3",
        "sample.n_samples=25", f"run.cache_path={tmp_path / 'cache.sqlite'}", "llm.backend=fake",
        f"llm.model={model}", *extra])


async def _artifacts(key: str) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    async with get_client() as client:
        return await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))


def _stats(run_dir: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(run_dir.glob("[0-9]*_*/stats.json"))]


def test_flow_grows_the_tree_depth_first_and_writes_everything(tmp_path):
    calls = []

    def responder(request):
        calls.append(request)
        return scripted(request)

    register_responder("explore-flow-test", responder)
    cfg = _config(tmp_path, "explore-flow-test")
    out = tmp_path / "run"
    asyncio.run(explore_instruct_flow(config=cfg, out_dir=str(out)))

    stages = [p.name.split("_", 1)[1] for p in sorted(out.glob("[0-9]*_*"))]
    # dfs: root (asks max(2, 3) = 3, keeps 3), then each depth-1 child; 1 + 3 + 9 nodes enriched
    # in one continuously pipelined stage
    assert stages == ["seeds"] + ["extend"] * 4 + ["enrich", "prune", "filter", "sample"]
    stats = _stats(out)
    assert all(s["n_in"] == s["n_kept"] + s["n_rejected"] for s in stats)
    extend_targets = [json.loads((out / f"{i:03d}_extend" / "kept.jsonl").read_text().splitlines()[0])
                      ["meta"]["parent_node"] for i in range(1, 5)]
    assert extend_targets == ["rewriting", "rewriting_1", "rewriting_2", "rewriting_3"]

    tree = DomainTree.load(out / "tree")
    assert [n.task_name for n in tree.root.children] == ["rewriting_1", "rewriting_2", "rewriting_3"]
    assert max(n.depth for n in tree.nodes()) == 2 and len(list(tree.nodes())) == 13
    assert (out / "tree" / "pruned_subtasks_name.json").is_file()
    [enrich] = [s for s in stats if s["stage"] == "enrich"]
    assert enrich["n_kept"] == 13 * 3 and enrich["llm_requests"] == 13 and enrich["extra"]["nodes_at_goal"] == 13
    nodes = [json.loads(l) for l in (out / "005_enrich" / "nodes.jsonl").read_text().splitlines()]
    assert [d["node"] for d in nodes] == [n.task_name for n in tree.nodes()]
    assert all(d["goal"] == d["kept"] == 3 and d["calls"] == 1 for d in nodes)
    filtered = next(s for s in stats if s["stage"] == "filter")
    assert filtered["n_in"] == 3 + 3 + 12 * (2 + 3)  # the root seed's 3 + enrich 3; 12 nodes with 2 + 3
    assert len(tree.get("rewriting_1_1").examples) <= 5

    records = [json.loads(l) for l in (out / "records.jsonl").read_text().splitlines()]
    rows = [json.loads(l) for l in (out / "dataset.jsonl").read_text().splitlines()]
    # "Rewriting.1.1" vs its parent "Rewriting.1": ROUGE-L 0.8 > 0.7, so all 9 depth-2 nodes are
    # pruned and excluded; the 4 others hold 6 + 3 * 5 = 21 examples, fewer than the 25 asked for
    pruned = json.loads((out / "tree" / "pruned_subtasks_name.json").read_text())
    assert sorted(pruned) == sorted(n.task_name for n in tree.nodes() if n.depth == 2)
    assert len(records) == len(rows) == 21
    assert all(r["kind"] == "task" and r["meta"]["node"] not in pruned for r in records)
    assert all(set(r) == {"instruction", "input", "output"} for r in rows)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["figures"]["depth reached"] == 2 and summary["figures"]["breadth (widest level)"] == 9
    assert summary["figures"]["rows sampled"].startswith("21 of 25 requested (shortfall 4")
    assert [r["nodes"] for r in summary["per_depth"]] == [1, 3, 9]
    report = (out / "report.md").read_text()
    assert "## Domain tree" in report and "examples per depth" in report

    trees = asyncio.run(_artifacts("explore-instruct-tree"))
    assert len(trees) >= 1 + 4 + 1 + 1  # loading, each extend step, enrich, prune and filter
    assert any("after extending 'Rewriting'" in a.description for a in trees)
    assert any(a.description.endswith("after enriching") for a in trees)
    assert any("`rewriting_1_1`: " in str(a.data) for a in trees)

    n_calls, dataset = len(calls), (out / "dataset.jsonl").read_bytes()
    asyncio.run(explore_instruct_flow(config=cfg, out_dir=str(out)))
    assert len(calls) == n_calls  # every stage resumed from disk
    assert (out / "dataset.jsonl").read_bytes() == dataset


class NodeWatch:
    """ChatResponder's well-formed answers after a random delay (so they come back out of order);
    records how many enrich requests, and of how many nodes, the server holds at once."""

    def __init__(self, seed: int) -> None:
        self.answer, self.jitter = ChatResponder(chatty=0.0), random.Random(seed)
        self.lock, self.flying = threading.Lock(), []
        self.peak = self.peak_nodes = 0

    def __call__(self, body):
        text = prompt_text(body)
        node = text.split("New subtask: ")[1].split("\n")[0] if "new examples" in text else None
        with self.lock:
            delay = self.jitter.random() * 0.04
            if node:
                self.flying.append(node)
                self.peak = max(self.peak, len(self.flying))
                self.peak_nodes = max(self.peak_nodes, len(set(self.flying)))
        time.sleep(delay)
        with self.lock:
            if node:
                self.flying.remove(node)
        return self.answer(body)


def test_enrich_keeps_several_nodes_in_flight_and_ignores_timing(tmp_path):
    """Against the fake HTTP server: root, then its 3 subtasks at once (2 requests each); a second
    run with other delays and a window of 3 gives the same dataset."""
    outs = []
    for attempt, extra in ((1, []), (2, ["enrich.in_flight=3"])):
        watch = NodeWatch(attempt)
        with FakeOpenAIServer(responder=watch) as server:
            cfg = load_config(ExploreInstructConfig, None, [
                "domain=rewriting", "max_depth=1", "extend_nums=[3]", "enrich_nums=[6]", "enrich.per_call=3",
                "sample.n_samples=20", f"run.cache_path={tmp_path / f'cache{attempt}.sqlite'}",
                "llm.backend=openai", f"llm.base_url={server.base_url}", "llm.model=fake", "llm.concurrency=8",
                *extra])
            out = tmp_path / f"run{attempt}"
            asyncio.run(explore_instruct_flow(config=cfg, out_dir=str(out)))
        outs.append(out)
        assert watch.peak <= (8 if attempt == 1 else 3)
        if attempt == 1:
            assert watch.peak_nodes >= 2 and server.max_concurrency_seen > 2  # one node needs only 2
    a, b = outs
    assert [p.name for p in sorted(a.glob("[0-9]*_*"))][:3] == ["000_seeds", "001_extend", "002_enrich"]
    nodes = [json.loads(l) for l in (a / "002_enrich" / "nodes.jsonl").read_text().splitlines()]
    assert len(nodes) == 4 and all(d["kept"] >= d["goal"] == 6 for d in nodes)
    assert all(len(n.examples) >= 6 for n in DomainTree.load(a / "tree").nodes())
    assert (a / "002_enrich" / "kept.jsonl").read_bytes() == (b / "002_enrich" / "kept.jsonl").read_bytes()
    assert (a / "dataset.jsonl").read_bytes() == (b / "dataset.jsonl").read_bytes()


def test_crash_mid_run_then_resume_gives_the_uninterrupted_tree(tmp_path):
    register_responder("explore-flow-ok", scripted)
    whole = tmp_path / "whole"
    asyncio.run(explore_instruct_flow(config=_config(tmp_path / "a", "explore-flow-ok", "order=bfs"),
                                      out_dir=str(whole)))

    budget = {"left": 6}

    def flaky(request):
        budget["left"] -= 1
        if budget["left"] < 0:
            raise RuntimeError("the endpoint went away")
        return scripted(request)

    register_responder("explore-flow-flaky", flaky)
    cfg = _config(tmp_path / "b", "explore-flow-flaky", "order=bfs")
    part = tmp_path / "part"
    with pytest.raises(Exception, match="went away"):
        asyncio.run(explore_instruct_flow(config=cfg, out_dir=str(part)))
    assert (part / "tree" / "tree_meta_info.json").is_file() and not (part / "dataset.jsonl").exists()
    budget["left"] = 10_000
    asyncio.run(explore_instruct_flow(config=cfg, out_dir=str(part)))
    for name in sorted(p.name for p in (whole / "tree").iterdir()):
        assert (part / "tree" / name).read_bytes() == (whole / "tree" / name).read_bytes(), name
    assert (part / "dataset.jsonl").read_bytes() == (whole / "dataset.jsonl").read_bytes()


def test_domain_aware_baseline_and_demo_tree_as_start(tmp_path, shared_data):
    register_responder("explore-flow-base", scripted)
    cfg = load_config(ExploreInstructConfig, None, [
        "preset=domain_aware_self_instruct", "domain=math", "enrich_nums=[12]", "enrich.per_call=4",
        "sample.n_samples=10", f"run.cache_path={tmp_path / 'c.sqlite'}", "llm.backend=fake",
        "llm.model=explore-flow-base"])
    out = tmp_path / "base"
    asyncio.run(explore_instruct_flow(config=cfg, out_dir=str(out)))
    stages = [p.name.split("_", 1)[1] for p in sorted(out.glob("[0-9]*_*"))]
    assert stages == ["seeds", "enrich", "prune", "filter", "sample"]
    assert len((out / "dataset.jsonl").read_text().splitlines()) == 10

    demo = shared_data / "explore-instruct" / "demo_domain"
    cfg = load_config(ExploreInstructConfig, None, [
        f"domain={demo}", "style=rewriting", "max_depth=0", "enrich_nums=[0]", "sample.n_samples=50000",
        f"run.cache_path={tmp_path / 'c.sqlite'}", "llm.backend=fake", "llm.model=explore-flow-base"])
    out = tmp_path / "demo"
    asyncio.run(explore_instruct_flow(config=cfg, out_dir=str(out)))
    summary = json.loads((out / "summary.json").read_text())
    assert summary["dataset_rows"] < 4433  # the per-node ROUGE-L filter ran first
    assert "shortfall" in summary["figures"]["rows sampled"]
    for name in ("tree_meta_info.json", "assistance_for_text_editting.json"):
        assert (out / "tree" / name).read_bytes() == (demo / name).read_bytes()


def test_config_errors_are_clear():
    from datagen.errors import UserError

    with pytest.raises(UserError, match="max_depth must be 0"):
        load_config(ExploreInstructConfig, None, ["preset=domain_aware_self_instruct", "max_depth=2"])
    with pytest.raises(UserError, match="extend_nums"):
        load_config(ExploreInstructConfig, None, ["extend_nums=[]"])
    cfg = load_config(ExploreInstructConfig, None, ["extend_nums=[4]", "enrich_nums=[9, 7]"])
    assert [cfg.extend_num(d) for d in range(3)] == [4, 4, 4] and cfg.enrich_num(5) == 7


def test_cli_run_then_export_and_clear_errors(tmp_path):
    from typer.testing import CliRunner

    from datagen.cli import app

    runner = CliRunner()
    register_responder("explore-cli-test", scripted)
    out = tmp_path / "run"
    res = runner.invoke(app, ["run", "explore-instruct", "--llm", "fake", "--model", "explore-cli-test",
                              "--domain", "brainstorming", "--max-depth", "1", "--extend-nums", "2",
                              "--enrich-nums", "2,1", "--order", "bfs", "--n-samples", "8", "--out", str(out),
                              "--set", f"run.cache_path={tmp_path / 'c.sqlite'}", "--set", "enrich.pipeline=rounds"])
    assert res.exit_code == 0, res.output
    assert f"tree: {out / 'tree'}" in res.output
    tree = DomainTree.load(out / "tree")
    assert tree.root.task_name == "brainstorming"
    assert "pipeline: rounds" in (out / "config.yaml").read_text()  # the reference's loop: a stage per node
    assert len(list(out.glob("[0-9]*_enrich"))) == len(list(tree.nodes())) == 4
    target = tmp_path / "sharegpt.jsonl"
    res = runner.invoke(app, ["export", str(out), "--format", "sharegpt", "--out", str(target)])
    assert res.exit_code == 0, res.output
    assert len(target.read_text().splitlines()) == 8

    bad = tmp_path / "bad"
    res = runner.invoke(app, ["run", "explore-instruct", "--llm", "fake", "--domain", "poetry", "--out", str(bad)])
    assert res.exit_code == 2 and "'poetry' is not rewriting, brainstorming or math" in res.output
    assert not bad.exists()
    res = runner.invoke(app, ["run", "explore-instruct", "--llm", "fake", "--extend-nums", "5;3", "--out", str(bad)])
    assert res.exit_code == 2 and "--extend-nums '5;3'" in res.output
    res = runner.invoke(app, ["run", "explore-instruct", "--llm", "fake", "--preset", "domain-aware-self-instruct",
                              "--max-depth", "2", "--out", str(bad)])
    assert res.exit_code == 2 and "max_depth must be 0" in res.output
