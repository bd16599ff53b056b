"""Issue 14: continuous bootstrap pipelining and per-request progress.

- two runs with the same seed against an endpoint whose answers arrive in a different order
  each time give the same dataset (answers are filtered in request order);
- the number of stage task runs does not grow with the target;
- ProgressClient keeps at most `concurrency` requests in flight, reports once per finished
  request and returns the answers in request order.
(Kill and resume mid-bootstrap: tests/reliability/test_kill_resume.py runs the continuous
default; a rerun of a finished run making zero requests: tests/flows/test_self_instruct_flow.py.)
"""

from __future__ import annotations

import asyncio
import json
import os
import random
from pathlib import Path

from prefect import flow
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

from datagen.config import load_config
from datagen.llm.client import Completion, LLMRequest
from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer
from datagen.methods.self_instruct.config import SelfInstructConfig
from datagen.filters.dedup import MinHashConfig, minhash_dedup
from datagen.record_file import streams_input
from datagen.stage import StageSinks, make_result
from flows.self_instruct_flow import self_instruct_flow
from flows.stage_task import FlowRun, run_stage
from flows.progress_client import ProgressClient


class JitteryResponder(ChatResponder):
    """ChatResponder answers after a random delay, so answers come back out of order."""

    def __init__(self, seed: int) -> None:
        super().__init__()
        self.jitter = random.Random(seed)

    def __call__(self, body):
        import time
        time.sleep(self.jitter.random() * 0.03)
        return super().__call__(body)


def _config(tmp_path: Path, name: str, base_url: str, target: int, *extra: str) -> SelfInstructConfig:
    os.environ["DATAGEN_SCALE_TEST_KEY"] = "sk-scale-test"
    return load_config(SelfInstructConfig, None, [
        f"target={target}", f"run.cache_path={tmp_path / (name + '.sqlite')}", "llm.backend=openai",
        f"llm.base_url={base_url}", "llm.model=fake", "llm.api_key_env=DATAGEN_SCALE_TEST_KEY",
        "llm.concurrency=8", *extra])


def test_continuous_bootstrap_is_deterministic_for_a_seed(tmp_path):
    outs = []
    for attempt in (1, 2):
        with FakeOpenAIServer(responder=JitteryResponder(attempt)) as server:
            cfg = _config(tmp_path, f"cache{attempt}", server.base_url, 40)
            assert cfg.bootstrap.pipeline == "continuous"
            out = tmp_path / f"run{attempt}"
            asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))
            outs.append(out)
            assert server.max_concurrency_seen <= 8  # llm.concurrency on the wire
    a, b = outs
    boot_a, boot_b = (next(o.glob("*_bootstrap")) for o in outs)
    assert (boot_a / "novelty_kept.jsonl").read_bytes() == (boot_b / "novelty_kept.jsonl").read_bytes()
    assert (a / "dataset.jsonl").read_bytes() == (b / "dataset.jsonl").read_bytes()
    lines = [json.loads(line) for line in (boot_a / "requests.jsonl").read_text().splitlines()]
    assert lines and lines[-1]["pool"] >= 40
    # planned ahead of the answer just filtered: at most the window (2 x llm.concurrency)
    assert max(line["planned"] - line["request"] - 1 for line in lines) == 2 * 8 - 1
    assert [line["request"] for line in lines] == list(range(len(lines)))
    names = [p.name.split("_", 1)[1] for p in sorted(a.glob("[0-9]*_*"))]
    assert names[:5] == ["seeds", "bootstrap", "heuristics", "novelty", "select_target"]
    stats = {json.loads(p.read_text())["stage"]: json.loads(p.read_text()) for p in a.glob("*/stats.json")}
    assert stats["select_target"]["n_kept"] == 40
    # the replayed filter stages link the generator's verdict files: nothing written twice
    heur_dir = next(a.glob("*_heuristics"))
    assert (heur_dir / "kept.jsonl").stat().st_ino == (boot_a / "heuristics_kept.jsonl").stat().st_ino
    assert stats["novelty"]["n_in"] == stats["heuristics"]["n_kept"]
    assert stats["heuristics"]["n_in"] == stats["bootstrap"]["n_kept"]


def test_task_runs_do_not_grow_with_the_target(tmp_path):
    async def task_runs(flow_run_id) -> int:
        async with get_client() as client:
            return len(await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])), limit=200))

    counts = {}
    with FakeOpenAIServer(responder=ChatResponder()) as server:
        for target in (10, 80):
            cfg = _config(tmp_path, f"cache{target}", server.base_url, target)
            state = asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / f"t{target}"),
                                                   return_state=True))
            counts[target] = (asyncio.run(task_runs(state.state_details.flow_run_id)),
                              len(list((tmp_path / f"t{target}").glob("[0-9]*_*"))))
    assert counts[10] == counts[80], counts
    assert counts[10][0] == counts[10][1]  # one task run per stage folder


def test_rounds_pipeline_keeps_the_reference_rounds(tmp_path):
    with FakeOpenAIServer(responder=ChatResponder()) as server:
        cfg = _config(tmp_path, "cache", server.base_url, 10, "bootstrap.pipeline=rounds")
        out = tmp_path / "run"
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))
    boot = [json.loads(p.read_text()) for p in out.glob("*_bootstrap/stats.json")]
    assert boot and all(s["llm_requests"] == 5 for s in boot)


class SlowInner:
    model, mode = "m", "chat"

    def __init__(self) -> None:
        self.in_flight = self.peak = 0
        self.rng = random.Random(0)

    async def generate(self, request: LLMRequest) -> Completion:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(self.rng.random() * 0.01)
        self.in_flight -= 1
        return Completion(texts=[request.prompt], finish_reasons=["stop"])

    async def aclose(self) -> None:
        return None


def test_progress_client_reports_per_finished_request_and_keeps_order():
    inner, reports = SlowInner(), []

    async def report(done: int, total: int) -> None:
        reports.append((done, total, inner.in_flight))

    async def go():
        return await ProgressClient(inner, report, chunk=6).generate_many(
            [LLMRequest(prompt=str(i)) for i in range(50)])

    outs = asyncio.run(go())
    assert [o.text for o in outs] == [str(i) for i in range(50)]
    assert [(d, t) for d, t, _ in reports] == [(i, 50) for i in range(1, 51)]
    assert inner.peak == 6  # concurrency requests in flight, never a chunk boundary's idle
    assert max(f for _, _, f in reports[:40]) == 5  # the others are still running when one reports


def test_alpaca_continuous_reaches_the_target(tmp_path):
    with FakeOpenAIServer(responder=ChatResponder()) as server:
        cfg = _config(tmp_path, "cache", server.base_url, 15, "preset=alpaca")
        assert cfg.alpaca.pipeline == "continuous"
        out = tmp_path / "run"
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))
    stats = {json.loads(p.read_text())["stage"]: json.loads(p.read_text()) for p in out.glob("*/stats.json")}
    assert stats["select_target"]["n_kept"] == 15
    assert len(list(out.glob("*_alpaca_generate"))) == 1 and stats["alpaca_generate"]["llm_requests"] > 0


def test_every_answer_the_endpoint_sent_reaches_the_cache(tmp_path):
    """At the target the continuous bootstrap drops its queued requests unsent and awaits those
    on the wire: each was billed, so its answer must be kept (a cancelled one would be lost)."""
    from datagen.llm.cache import RequestCache
    from datagen.llm.fake_server import FaultPlan

    with FakeOpenAIServer(responder=ChatResponder(), faults=FaultPlan(latency_s=0.05)) as server:
        cfg = _config(tmp_path, "cache", server.base_url, 30)
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / "run")))
        answered = server.count
    boot = json.loads(next((tmp_path / "run").glob("*_bootstrap/stats.json")).read_text())
    assert boot["extra"]["requests"] < boot["llm_requests"]  # answers arrived that were never read
    with RequestCache(tmp_path / "cache.sqlite") as cache:
        assert len(cache) == answered


def test_progress_client_builds_each_request_as_it_is_sent():
    """20,000 few-shot prompts are not held at once: a lazy request is built when a slot frees."""
    from datagen.llm.client import LazyRequests

    inner, built, reports = SlowInner(), [], []

    def build(i: int) -> LLMRequest:
        built.append(i)
        return LLMRequest(prompt=str(i))

    async def report(done: int, total: int) -> None:
        reports.append((done, len(built)))

    outs = asyncio.run(ProgressClient(inner, report, chunk=6).generate_many(LazyRequests(50, build)))
    assert [o.text for o in outs] == [str(i) for i in range(50)] and sorted(built) == list(range(50))
    assert all(n_built <= done + 6 for done, n_built in reports)  # at most `chunk` ahead of the answers


SEEN_INPUTS: list[str] = []


@streams_input
def _streamed_upper(records, _cfg, ctx):
    SEEN_INPUTS.append(type(records).__name__)
    with StageSinks(ctx.stage, ctx) as out:
        for r in records:
            out.keep(r.model_copy(update={"instruction": r.instruction.upper()}))
        return out.result(len(out.kept))


def _listed_count(records, _cfg, ctx):
    SEEN_INPUTS.append(type(records).__name__)
    return make_result(ctx.stage, len(records), records, [])


@flow(name="streamed-stages-test")
async def _streamed_flow(path: str, out_dir: str) -> list[str]:
    run = FlowRun(root=Path(out_dir), flow="streamed-stages-test")
    up = await run_stage(run, "upper", _streamed_upper, [Path(path)])
    dedup = await run_stage(run, "minhash_dedup", minhash_dedup, [up.kept_path], MinHashConfig())
    listed = await run_stage(run, "count", _listed_count, [dedup.kept_path])
    return [str(up.dir), str(dedup.dir), str(listed.dir)]


def test_marked_stages_read_their_files_and_write_their_folders_directly(tmp_path):
    """Stages after the bootstrap hold a block of rows, not all of them (a 20,000-instruction run
    has ~30,000 rows of ~5 KB in memory): marked stages get the files, unmarked ones lists."""
    from datagen.io import write_jsonl
    from datagen.records import Task

    rows = [Task.new(f"Name a colour number {i} and say why.", "test") for i in range(30)]
    rows += [r.model_copy(update={"id": r.id + "-b"}) for r in rows[:5]]  # near-duplicates for MinHash
    write_jsonl(tmp_path / "in.jsonl", rows)
    SEEN_INPUTS.clear()
    dirs = asyncio.run(_streamed_flow(str(tmp_path / "in.jsonl"), str(tmp_path / "run")))
    assert SEEN_INPUTS == ["RecordFiles", "list"]  # minhash_dedup is marked too; it records no type
    up, dedup, listed = (Path(d) for d in dirs)
    kept = [json.loads(line) for line in (dedup / "kept.jsonl").read_text().splitlines()]
    assert [k["instruction"] for k in kept] == [r.instruction.upper() for r in rows[:30]]
    assert len((dedup / "rejected.jsonl").read_text().splitlines()) == 5
    for folder in (up, dedup, listed):  # written in place: nothing else left in the folders
        assert sorted(p.name for p in folder.iterdir()) == ["kept.jsonl", "rejected.jsonl", "stats.json"]
    assert json.loads((listed / "stats.json").read_text())["n_kept"] == 30


def test_the_bootstrap_plans_from_the_yield_of_its_recent_answers(tmp_path):
    """The yield of an answer falls as the pool fills. Planned from the run's average yield,
    the generator sent too few requests near the target and the rest a few at a time after
    each read, each batch a full round trip with the endpoint mostly idle."""
    from datagen.filters.heuristics import HeuristicConfig
    from datagen.filters.novelty import NoveltyConfig
    from datagen.records import Task
    from datagen.stage import RunContext
    from flows.instruction_growth import Source, _Grower

    def parse(demo, answer, i, chat, stage):  # 4 new instructions an answer, then 1
        return [Task.new(f"Describe place {i}-{k} in plain words", "machine") for k in range(4 if i < 20 else 1)], []

    source = Source(lambda machine, rng: (), lambda demo, i, chat, stage: LLMRequest(prompt=f"ask {i}"), parse)
    window = 16
    grower = _Grower(source, [], HeuristicConfig(), NoveltyConfig(threshold=1.0), target=120,
                     max_requests=1000, window=window, ctx=RunContext(stage="bootstrap"),
                     names=("heuristics", "novelty"), rng_base=1, stage="bootstrap", detail=tmp_path)
    assert len(grower.plan()) == window
    for _ in range(36 // 4):  # answers 0-35: 20 x 4 + 16 x 1 = 96 instructions
        grower.read([(i, (), Completion(texts=["ok"])) for i in range(grower.done, grower.done + 4)])
    assert (grower.done, len(grower.machine)) == (36, 96)
    # 24 more are needed at the recent yield of 1: the whole window goes out (the run's average
    # of 96 / 36 would have stopped at 9 outstanding)
    assert grower.sent - grower.done == window
    grower.abort()
