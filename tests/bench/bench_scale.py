"""Benchmark: Self-Instruct through the Prefect flow against a slow OpenAI-compatible endpoint
(issue 14, "Scale: keep the endpoint busy").

Run: `python tests/bench/bench_scale.py [--pipeline continuous|rounds] [targets...]`.
Default targets 1000 and 3000; set `DATAGEN_BENCH_SCALE_BIG=1` to add 20,000 (several minutes).
The endpoint is the fake OpenAI-compatible server in its own process (`python -m
datagen.llm.fake_server --latency 0.3`: chat-style replies after 300 ms), as a real endpoint
is: it must not share the flow's interpreter lock. `llm.concurrency=64`, chat mode. Each target
runs in a fresh child process (its own Prefect test server and request cache), so its peak
memory (ru_maxrss) is its own.

The reference, measured in the same run against the same server: the raw `openai.AsyncOpenAI`
client sending the same classify and instance requests, 64 at a time, through the SDK's
plain-JSON `post` (its fastest path; the typed `create` is also shown). Printed per target:
wall time, requests, requests/s against the ideal (concurrency / latency), endpoint
utilisation (requests x latency / (concurrency x wall)), each LLM stage's request rate and its
ratio to the raw client, the time outside stages (start-up, report, exit), Prefect task runs
and artifacts of the flow run (read from the Prefect API), and peak memory, overall and per
phase (each stage's task run, sampled every 0.2 s) and of the report's parse-ahead process
(datagen/analysis/parse_prefetch.py); `DATAGEN_BENCH_VERBOSE=1` adds each stage's requests and
seconds, the CPU busy per phase (the flow process and the whole machine), the garbage
collector's pauses and the event loop's lag in the flow process, and each task run's start and
end in the flow run. Issue 14's figures
before the change (rounds of 5): target 3,000 took 127 s, 6,430 requests, utilisation 0.24,
264 task runs.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CONCURRENCY = 64
LATENCY_S = 0.3
RAW_REQUESTS = 640  # per request kind, per repeat of the reference
BEFORE = {1000: (48.7, 2145, 93), 3000: (127.0, 6430, 264)}  # issue 14: wall, requests, task runs


def start_server() -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "datagen.llm.fake_server", "--port", str(port),
                             "--latency", str(LATENCY_S)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    proc.stdout.readline()  # "fake OpenAI-compatible server at ..." once it listens
    return proc, f"http://127.0.0.1:{port}/v1"


def reference_bodies(kind: str, n: int) -> list[dict]:
    """The chat bodies the classify / instances stages send for n distinct instructions."""
    from datagen.methods.self_instruct.chat_prompts import chat_clf_messages, chat_instance_messages
    from datagen.methods.self_instruct.config import ClassifyConfig, InstanceConfig
    from datagen.records import Task

    bodies = []
    for i in range(n):
        task = Task.new(f"Write a short story about a lighthouse keeper, number {i}.", "bench",
                        is_classification=i % 4 == 0)
        if kind == "classify":
            cfg = ClassifyConfig()
            msgs, extra = chat_clf_messages(task.instruction, cfg.template), {"max_tokens": cfg.max_tokens}
        else:
            cfg = InstanceConfig()
            msgs, extra = chat_instance_messages(task, cfg), {"max_tokens": cfg.max_tokens_gen}
        bodies.append({"model": "fake", "messages": [m.model_dump() for m in msgs], "temperature": 0.0, **extra})
    return bodies


async def raw_rate(base_url: str, bodies: list[dict], typed: bool) -> float:
    """Requests/s of the bare SDK client, `CONCURRENCY` in flight."""
    import openai
    from openai.types.chat import ChatCompletion

    client = openai.AsyncOpenAI(base_url=base_url, api_key="sk-bench", max_retries=2)
    slots = asyncio.Semaphore(CONCURRENCY)

    async def one(body: dict) -> None:
        async with slots:
            if typed:
                await client.chat.completions.create(**body)
            else:
                await client.post("/chat/completions", cast_to=ChatCompletion, body=body)

    started = time.perf_counter()
    await asyncio.gather(*(one(b) for b in bodies))
    rate = len(bodies) / (time.perf_counter() - started)
    await client.close()
    return rate


def reference(base_url: str, repeats: int = 3) -> dict[str, float]:
    rates: dict[str, float] = {}
    for kind in ("classify", "instances"):
        bodies = reference_bodies(kind, RAW_REQUESTS)
        rates[kind] = statistics.median(asyncio.run(raw_rate(base_url, bodies, False)) for _ in range(repeats))
        rates[f"{kind} (typed create)"] = asyncio.run(raw_rate(base_url, bodies[:RAW_REQUESTS // 2], True))
    return rates


def child(target: int, pipeline: str, base_url: str) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, FlowRunFilter, FlowRunFilterId
    from prefect.testing.utilities import prefect_test_harness

    from datagen.config import load_config
    from datagen.methods.self_instruct.config import SelfInstructConfig
    from flows.self_instruct_flow import self_instruct_flow

    tmp = Path(tempfile.mkdtemp(prefix="bench_scale_"))
    os.environ["DATAGEN_BENCH_KEY"] = "sk-bench"
    with prefect_test_harness(server_startup_timeout=60):
        cfg = load_config(SelfInstructConfig, None, [
            f"target={target}", f"run.cache_path={tmp / 'cache.sqlite'}", "llm.backend=openai",
            f"llm.base_url={base_url}", "llm.model=fake", "llm.api_key_env=DATAGEN_BENCH_KEY",
            f"llm.concurrency={CONCURRENCY}", f"bootstrap.pipeline={pipeline}"])
        started = time.perf_counter()
        with Sampler() as sampler:
            pauses = GcPauses()
            lags: list[float] = []

            async def run_flow() -> Any:
                monitor = asyncio.ensure_future(loop_lag(lags))
                try:
                    return await self_instruct_flow(config=cfg, out_dir=str(tmp / "run"), return_state=True)
                finally:
                    monitor.cancel()

            with pauses:
                state = asyncio.run(run_flow())
        wall = time.perf_counter() - started
        # the largest process the run reaped: the report's parse-ahead process (Prefect's server,
        # also a child, is still running here and not counted)
        helper_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        flow_run_id = state.state_details.flow_run_id

        async def counts() -> tuple[int, int, list[tuple[str, float, float]], float]:
            runs_filter = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
            arts_filter = ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
            n_arts = 0
            runs: list = []
            async with get_client() as client:  # the API pages at 200
                while got := await client.read_task_runs(flow_run_filter=runs_filter, limit=200, offset=len(runs)):
                    runs += got
                while got := len(await client.read_artifacts(artifact_filter=arts_filter, limit=200,
                                                             offset=n_arts)):
                    n_arts += got
                flow_run = await client.read_flow_run(flow_run_id)
            origin = flow_run.start_time
            spans = sorted(((r.name, (r.start_time - origin).total_seconds(), (r.end_time - origin).total_seconds())
                            for r in runs if r.start_time and r.end_time), key=lambda span: span[1])
            return len(runs), n_arts, spans, origin.timestamp()

        task_runs, artifacts, spans, origin = asyncio.run(counts())
    rows = sum(1 for _ in open(tmp / "run" / "dataset.jsonl"))
    stages: dict[str, list[float]] = {}  # stage name -> [requests, seconds]
    for path in sorted((tmp / "run").glob("*/stats.json")):
        stats = json.loads(path.read_text())
        entry = stages.setdefault(path.parent.name.split("_", 1)[1], [0, 0.0])
        entry[0] += stats.get("llm_requests", 0)
        entry[1] = round(entry[1] + stats["seconds"], 2)
    return {"stages": stages, "target": target, "wall_s": wall, "task_runs": task_runs,
            "requests": sum(int(r) for r, _ in stages.values()), "artifacts": artifacts, "rows": rows,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "state": state.type.value,
            "phases": sampler.phases(origin, spans), "gc": pauses.summary(), "lag_ms": lag_summary(lags), "spans": spans, "helper_mb": helper_mb}


class GcPauses:
    """The cyclic garbage collector's pauses in this process (gc.callbacks)."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def _note(self, phase: str, _info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append(time.perf_counter() - self._started)

    def summary(self) -> dict[str, float]:
        return {"collections": len(self.pauses), "seconds": round(sum(self.pauses), 2),
                "longest_s": round(max(self.pauses, default=0.0), 3)}

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._note)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self._note)


async def loop_lag(lags: list[float], tick_s: float = 0.002) -> None:
    """How late the flow's event loop wakes a task sleeping `tick_s` (lags appended, seconds)."""
    while True:
        started = time.perf_counter()
        await asyncio.sleep(tick_s)
        lags.append(time.perf_counter() - started - tick_s)


def lag_summary(lags: list[float]) -> dict[str, float]:
    ordered = sorted(lags) or [0.0]
    return {q: round(1000 * ordered[min(len(ordered) - 1, int(len(ordered) * f))], 2)
            for q, f in (("p50", 0.5), ("p90", 0.9), ("p99", 0.99))}


class Sampler:
    """Every 0.2 s: the wall clock, this process's resident memory and CPU time, and the
    machine's busy CPU time. `phases` splits them by the flow run's task-run spans (start-up
    before the first stage, finish after the last)."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, float, float, float]] = []  # (epoch s, MB, CPU s, machine busy s)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def _now() -> tuple[float, float, float, float]:
        with open("/proc/self/statm") as fh:
            mb = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
        with open("/proc/stat") as fh:
            fields = [int(v) for v in fh.readline().split()[1:]]
        busy = (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait
        return time.time(), mb, time.process_time(), busy

    def _sample(self) -> None:
        self.samples.append(self._now())
        while not self._stop.wait(0.2):
            self.samples.append(self._now())

    def phases(self, origin: float, spans: list[tuple[str, float, float]]) -> dict[str, list[float]]:
        """phase -> [peak MB, seconds, this process's cores, the machine's busy cores]."""
        bounds = [("start-up", -1e9, spans[0][1] if spans else 1e9)]
        bounds += [(name.split("_", 1)[-1], a, b) for name, a, b in spans]
        bounds.append(("finish", spans[-1][2] if spans else 1e9, 1e9))
        out: dict[str, list[float]] = {}
        for (t0, _, c0, m0), (t1, mb, c1, m1) in zip(self.samples, self.samples[1:]):
            phase = next((n for n, a, b in bounds if a <= t1 - origin < b), "finish")
            row = out.setdefault(phase, [0.0, 0.0, 0.0, 0.0])
            row[0] = max(row[0], round(mb))
            row[1] += t1 - t0
            row[2] += c1 - c0
            row[3] += m1 - m0
        return {k: [mb, round(w, 1), round(c / w, 2), round(m / w, 2)] for k, (mb, w, c, m) in out.items() if w}

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def rate(stages: dict, name: str) -> float:
    requests, seconds = stages.get(name, (0, 0.0))
    return requests / seconds if seconds else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("targets", nargs="*", type=int)
    parser.add_argument("--pipeline", default="continuous", choices=("continuous", "rounds"))
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--base-url", default="")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.targets[0], args.pipeline, args.base_url)))
        return
    targets = args.targets or [1000, 3000] + ([20_000] if os.environ.get("DATAGEN_BENCH_SCALE_BIG") else [])
    ideal = CONCURRENCY / LATENCY_S
    server, base_url = start_server()
    try:
        ref = reference(base_url)
        print(f"Self-Instruct flow, chat, concurrency {CONCURRENCY}, latency {LATENCY_S}s, pipeline "
              f"{args.pipeline}; ideal {ideal:.0f} req/s" + ("" if 20_000 in targets else
                                                              "; 20,000 off (DATAGEN_BENCH_SCALE_BIG=1)"))
        print("Reference, raw openai.AsyncOpenAI against the same server, 64 in flight (median of 3): "
              + ", ".join(f"{k} {v:.0f} req/s" for k, v in ref.items()))
        print("| target | wall s | requests | req/s | of ideal | utilisation | bootstrap req/s | classify req/s "
              "(x raw) | instances req/s (x raw) | outside stages s | task runs | artifacts | peak MB "
              "| before (wall, requests, task runs) |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        results = {}
        for target in targets:
            proc = subprocess.run([sys.executable, __file__, "--child", "--pipeline", args.pipeline,
                                   "--base-url", base_url, str(target)], capture_output=True, text=True)
            if proc.returncode != 0:
                print(f"| {target} | failed: {proc.stderr[-2000:]} |")
                continue
            r = results[target] = json.loads(proc.stdout.strip().splitlines()[-1])
            st = r["stages"]
            util = r["requests"] * LATENCY_S / (CONCURRENCY * r["wall_s"])
            outside = r["wall_s"] - sum(s for _, s in st.values())
            boot = "alpaca_generate" if "alpaca_generate" in st else "bootstrap"
            print(f"| {target} | {r['wall_s']:.1f} | {r['requests']} | {r['requests'] / r['wall_s']:.0f} "
                  f"| {r['requests'] / r['wall_s'] / ideal:.2f} | {util:.2f} | {rate(st, boot):.0f} "
                  f"| {rate(st, 'classify'):.0f} ({rate(st, 'classify') / ref['classify']:.2f}) "
                  f"| {rate(st, 'instances'):.0f} ({rate(st, 'instances') / ref['instances']:.2f}) "
                  f"| {outside:.1f} | {r['task_runs']} | {r['artifacts']} | {r['peak_mb']:.0f} "
                  f"| {BEFORE.get(target, '-')} |", flush=True)
            print("  peak MB per phase: " + ", ".join(f"{k} {v[0]}" for k, v in r["phases"].items())
                  + f"; the report's parse-ahead process: {r['helper_mb']:.0f} MB", flush=True)
            if os.environ.get("DATAGEN_BENCH_VERBOSE"):
                print("  stage: [requests, seconds]:", st, flush=True)
                print(f"  garbage collector: {r['gc']}; event-loop lag, ms: {r['lag_ms']} (CPU-only stages run "
                      "on the loop)", flush=True)
                print("  CPU per phase (seconds; cores busy: this flow process / the whole machine): " + ", ".join(
                    f"{k} {w}s {c}/{m}" for k, (_, w, c, m) in r["phases"].items()), flush=True)
                print("  task runs (start-end s after the flow run started): " + ", ".join(
                    f"{name} {a:.1f}-{b:.1f}" for name, a, b in r["spans"]), flush=True)
    finally:
        server.terminate()
        server.wait()
    if 1000 in results and 3000 in results:
        print(f"wall 3000 / wall 1000: {results[3000]['wall_s'] / results[1000]['wall_s']:.2f} (linear: 3.0)")
    runs = {r["task_runs"] for r in results.values()}
    arts = {r["artifacts"] for r in results.values()}
    print(f"task runs per target: {sorted(runs)}; artifacts per target: {sorted(arts)} "
          f"({'bounded: the same at every target' if len(runs) == 1 and len(arts) == 1 else 'they grow'})")


if __name__ == "__main__":
    main()
