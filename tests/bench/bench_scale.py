"""Benchmark: Self-Instruct through the Prefect flow against a slow OpenAI-compatible endpoint
(issue 14, "Scale: keep the endpoint busy").

Run: `python tests/bench/bench_scale.py [--pipeline continuous|rounds] [targets...]`.
Default targets 200, 1000, 3000; set `DATAGEN_BENCH_SCALE_BIG=1` to add 20,000 (off by default:
it runs for several minutes). Each target runs in a fresh child process (its own Prefect test
server, fake server and cache) so peak memory (ru_maxrss) is its own. The endpoint is
`FakeOpenAIServer(ChatResponder(), FaultPlan(latency_s=0.3))`, `llm.concurrency=64`, chat mode.

Printed per target: wall time of the flow, requests the endpoint served, requests/s against the
ideal (concurrency / latency = 213/s), endpoint utilisation = requests x latency /
(concurrency x wall), Prefect task runs and artifacts of the flow run (read from the Prefect
API), and peak memory. Before (issue 14, rounds of 5): target 3,000 took 127 s at 6,430
requests, utilisation 0.24, 264 task runs.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

CONCURRENCY = 64
LATENCY_S = 0.3
BEFORE = {200: (20.5, 430, 24), 1000: (48.7, 2145, 93), 3000: (127.0, 6430, 264)}  # wall, requests, task runs


class _Discard(list):
    def append(self, item) -> None:  # a list that keeps nothing: the server's logs stay flat
        return None


def child(target: int, pipeline: str) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, FlowRunFilter, FlowRunFilterId
    from prefect.testing.utilities import prefect_test_harness

    from datagen.config import load_config
    from datagen.llm.fake_replies import ChatResponder
    from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
    from datagen.methods.self_instruct.config import SelfInstructConfig
    from flows.self_instruct_flow import self_instruct_flow

    tmp = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    os.environ["DATAGEN_BENCH_KEY"] = "sk-bench"
    with prefect_test_harness(server_startup_timeout=60), \
            FakeOpenAIServer(responder=ChatResponder(), faults=FaultPlan(latency_s=LATENCY_S)) as server:
        server.requests = _Discard()
        server.concurrency_trace = _Discard()
        cfg = load_config(SelfInstructConfig, None, [
            f"target={target}", f"run.cache_path={tmp / 'cache.sqlite'}", "llm.backend=openai",
            f"llm.base_url={server.base_url}", "llm.model=fake", "llm.api_key_env=DATAGEN_BENCH_KEY",
            f"llm.concurrency={CONCURRENCY}", f"bootstrap.pipeline={pipeline}"])
        started = time.perf_counter()
        state = asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp / "run"), return_state=True))
        wall = time.perf_counter() - started
        flow_run_id = state.state_details.flow_run_id

        async def counts() -> tuple[int, int]:
            runs_filter = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
            arts_filter = ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
            n_runs = n_arts = 0
            async with get_client() as client:  # the API pages at 200
                while got := len(await client.read_task_runs(flow_run_filter=runs_filter, limit=200,
                                                             offset=n_runs)):
                    n_runs += got
                while got := len(await client.read_artifacts(artifact_filter=arts_filter, limit=200,
                                                             offset=n_arts)):
                    n_arts += got
            return n_runs, n_arts

        task_runs, artifacts = asyncio.run(counts())
        requests = server.count
    rows = sum(1 for _ in open(tmp / "run" / "dataset.jsonl"))
    bootstrap = json.loads(next((tmp / "run").glob("*_bootstrap/stats.json")).read_text())
    stages: dict[str, list[float]] = {}  # stage name -> [calls, seconds]
    for path in sorted((tmp / "run").glob("*/stats.json")):
        entry = stages.setdefault(path.parent.name.split("_", 1)[1], [0, 0.0])
        entry[0] += 1
        entry[1] = round(entry[1] + json.loads(path.read_text())["seconds"], 1)
    return {"stages": stages, "target": target, "wall_s": wall, "requests": requests, "task_runs": task_runs,
            "artifacts": artifacts, "rows": rows, "bootstrap_s": bootstrap["seconds"],
            "bootstrap_requests": bootstrap.get("llm_requests", 0),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "state": state.type.value}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("targets", nargs="*", type=int)
    parser.add_argument("--pipeline", default="continuous", choices=("continuous", "rounds"))
    parser.add_argument("--child", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.targets[0], args.pipeline)))
        return
    targets = args.targets or [200, 1000, 3000] + ([20_000] if os.environ.get("DATAGEN_BENCH_SCALE_BIG") else [])
    ideal = CONCURRENCY / LATENCY_S
    print(f"Self-Instruct flow, chat, concurrency {CONCURRENCY}, latency {LATENCY_S}s, pipeline {args.pipeline}; "
          f"ideal {ideal:.0f} req/s" + ("" if 20_000 in targets else "; 20,000 off (DATAGEN_BENCH_SCALE_BIG=1)"))
    print("| target | wall s | requests | req/s | of ideal | utilisation | bootstrap s | task runs | artifacts "
          "| peak MB | before (wall, requests, task runs) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for target in targets:
        proc = subprocess.run([sys.executable, __file__, "--child", "--pipeline", args.pipeline, str(target)],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(f"| {target} | failed: {proc.stderr[-2000:]} |")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        rate = r["requests"] / r["wall_s"]
        util = r["requests"] * LATENCY_S / (CONCURRENCY * r["wall_s"])
        before = BEFORE.get(target)
        print(f"| {target} | {r['wall_s']:.1f} | {r['requests']} | {rate:.0f} | {rate / ideal:.2f} | {util:.2f} "
              f"| {r['bootstrap_s']:.1f} | {r['task_runs']} | {r['artifacts']} | {r['peak_mb']:.0f} "
              f"| {before if before else '-'} |", flush=True)
        if os.environ.get("DATAGEN_BENCH_VERBOSE"):
            print("  stage: [calls, seconds]:", r["stages"], flush=True)


if __name__ == "__main__":
    main()
