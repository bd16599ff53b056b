"""Sharded stages on Prefect's Dask task runner (a LocalCluster of two in-process workers) give
the same kept and rejected records, reasons and counts as the default runner, in input order."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
from prefect.runtime import flow_run

from datagen.filters.heuristics import HeuristicConfig, heuristic_filter
from datagen.io import write_jsonl
from datagen.methods.ensemble_instruct.vote import VoteConfig, vote_stage
from datagen.records import Instance, Task
from flows.sharding import build_task_runner, join_results, sharded, split_even, with_task_runner
from datagen.run_options import RunOptions
from flows.stage_task import FlowRun, run_stage

pytest.importorskip("prefect_dask")

INSTRUCTIONS = [
    "Explain why the sky looks blue at noon.", "Sort these numbers.", "", "Draw a picture of a cat sitting.",
    "Write a program that prints prime numbers.", "- List three fruits that are red.",
    "Ünicode first letter begins this one.", "Summarize the paragraph below in one sentence.",
    "Name " + "word " * 160, "Give two synonyms for the word happy.", "Plot the function y = x squared.",
    "Translate the sentence into French please.", "Describe how a bicycle gear works.",
]


def tasks() -> list[Task]:
    out = []
    for i, text in enumerate(INSTRUCTIONS):
        outputs = [f"answer {i} is here", f"answer {i} is here", f"other {i}"] if i % 2 else \
                  [f"one {i} alpha", f"two {i} beta gamma", f"three {i} delta"]
        outputs = outputs[:1] if i % 3 == 0 else outputs  # too_few_candidates
        task = Task.new(text or "  ", "self_instruct", instances=[Instance(input="", output=outputs[0])])
        out.append(task.model_copy(update={"meta": {"candidates": [
            {"member": f"m{k}", "text": t} for k, t in enumerate(outputs)]}}))
    return out


@flow(name="sharding-test")
async def two_stages(path: str, out_dir: str, shards: int) -> dict:
    run = FlowRun(root=Path(out_dir), flow="sharding-test")
    heur = await run_stage(run, "heuristics", sharded(heuristic_filter, shards), [Path(path)], HeuristicConfig())
    vote = await run_stage(run, "vote", sharded(vote_stage, shards), [Path(path)], VoteConfig())
    return {"dirs": [str(heur.dir), str(vote.dir)], "flow_run_id": str(flow_run.id)}


def stage_files(stage_dir: str) -> tuple[list, list, dict]:
    d = Path(stage_dir)
    stats = json.loads((d / "stats.json").read_text())
    stats.pop("seconds")
    lines = [[json.loads(x) for x in (d / name).read_text().splitlines()] for name in ("kept.jsonl", "rejected.jsonl")]
    return lines[0], lines[1], stats


async def task_run_names(flow_run_id: str, shards: int = 0) -> list[str]:
    """Completed task runs of a flow run; waits (up to ~30 s) for `shards` shard runs to be
    recorded, since Prefect 3 records task-run states from events, a moment after they happen."""
    async with get_client() as client:
        for _ in range(120):
            runs = await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            names = sorted(r.name for r in runs if r.state is not None and r.state.is_completed())
            if sum("[" in n for n in names) >= shards:
                break
            await asyncio.sleep(0.25)
    return names


def test_split_even_and_join_keep_order():
    assert split_even(list(range(7)), 3) == [[0, 1], [2, 3], [4, 5, 6]]
    assert split_even([1, 2], 5) == [[1], [2]]
    records = tasks()
    parts = [heuristic_filter(part, HeuristicConfig()) for part in split_even(records, 4)]
    whole = heuristic_filter(records, HeuristicConfig())
    joined = join_results(parts)
    assert [r.id for r in joined.kept] == [r.id for r in whole.kept]
    assert [r.reason for r in joined.rejected] == [r.reason for r in whole.rejected]
    assert joined.stats.rejected_by_reason == whole.stats.rejected_by_reason


def test_dask_local_cluster_equals_default_runner(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, tasks())
    serial = asyncio.run(two_stages(str(src), str(tmp_path / "serial"), 3))
    dask_runner = build_task_runner("dask")
    dask_runner.cluster_kwargs["processes"] = False  # in-process workers: quick to start in a test
    distributed = asyncio.run(two_stages.with_options(task_runner=dask_runner)(
        str(src), str(tmp_path / "dask"), 3))
    for a, b in zip(serial["dirs"], distributed["dirs"]):
        kept_a, rejected_a, stats_a = stage_files(a)
        kept_b, rejected_b, stats_b = stage_files(b)
        assert kept_a == kept_b and rejected_a == rejected_b and stats_a == stats_b
        assert stats_a["n_rejected"] > 0 and stats_a["n_kept"] > 0
    heur = stage_files(serial["dirs"][0])[2]["rejected_by_reason"]
    assert {"too_short", "blacklisted_word", "banned_prefix", "leading_punctuation", "too_long"} <= set(heur)
    # The stages really ran in slices on Dask, and only there.
    names = asyncio.run(task_run_names(distributed["flow_run_id"], shards=6))
    assert [n for n in names if "[" in n] == [f"{s}[{i}/3]" for s in ("heuristic_filter", "vote_stage")
                                              for i in (1, 2, 3)]
    assert not [n for n in asyncio.run(task_run_names(serial["flow_run_id"])) if "[" in n]


def test_with_task_runner_picks_the_runner():
    from prefect_dask import DaskTaskRunner

    assert with_task_runner(two_stages, RunOptions()) is two_stages
    remote = with_task_runner(two_stages, RunOptions(task_runner="dask", dask_address="tcp://10.0.0.1:8786"))
    assert isinstance(remote.task_runner, DaskTaskRunner) and remote.task_runner.address == "tcp://10.0.0.1:8786"
    local = with_task_runner(two_stages, RunOptions(task_runner="dask")).task_runner
    assert local.address is None and local.cluster_kwargs == {"n_workers": 2, "threads_per_worker": 1}


def test_cli_task_runner_option(tmp_path):
    """`--task-runner dask` on the CLI: the default LocalCluster (worker processes) gives the same
    dataset as the default runner; an unknown runner name is one clear config error."""
    from typer.testing import CliRunner

    from datagen.cli import app
    from datagen.llm.fake import register_responder
    from tests.flows.test_self_instruct_flow import reply_to

    register_responder("dask-cli", reply_to)
    runner = CliRunner()
    common = ["run", "self-instruct", "--llm", "fake", "--model", "dask-cli", "--target", "4",
              "--set", f"run.cache_path={tmp_path / 'c.sqlite'}",
              # rounds: heuristics run as a sharded stage per round (continuous filters inline)
              "--set", "bootstrap.pipeline=rounds"]
    bad = runner.invoke(app, [*common, "--task-runner", "spark", "--out", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "task_runner" in bad.output and "spark" in bad.output
    for name in ("default", "dask"):
        res = runner.invoke(app, [*common, "--task-runner", name, "--out", str(tmp_path / name)])
        assert res.exit_code == 0, res.output
    assert (tmp_path / "default" / "dataset.jsonl").read_bytes() == (tmp_path / "dask" / "dataset.jsonl").read_bytes()
    heur = [json.loads(p.read_text()) for p in sorted((tmp_path / "dask").glob("*_heuristics/stats.json"))]
    assert heur and sum(h["n_in"] for h in heur) > 1
    names = asyncio.run(task_run_names(asyncio.run(flow_run_id(str(tmp_path / "dask"))), 1))
    assert any(n.startswith("heuristic_filter[1/") for n in names)


async def flow_run_id(out_dir: str) -> str:
    """The id of the one flow run that wrote `out_dir` (run names are `<flow>-<short id>`)."""
    async with get_client() as client:
        runs = await client.read_flow_runs(limit=200)
    mine = [r for r in runs if r.parameters.get("out_dir") == out_dir]
    assert len(mine) == 1
    return str(mine[0].id)
