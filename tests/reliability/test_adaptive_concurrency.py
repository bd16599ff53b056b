"""Adaptive concurrency end to end: a Self-Instruct run (configured for 16 requests in flight)
against a server that answers 429 above 4 concurrent requests. The server's own view of its
load (`concurrency_trace`) shows the client overload it at first, fall back to what it can
take, and climb again on success (additive increase), with far fewer 429s than answers and
no request lost."""

from __future__ import annotations

import asyncio
import json

from datagen.config import load_config
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from flows.self_instruct_flow import SelfInstructConfig, self_instruct_flow
from tests.flows.test_self_instruct_flow import scripted_reply

CAP, CONFIGURED = 4, 16


def _window_peaks(trace: list[tuple[float, int]], width: float) -> list[int]:
    peaks: dict[int, int] = {}
    for t, in_flight in trace:
        peaks[int(t / width)] = max(peaks.get(int(t / width), 0), in_flight)
    return [peaks[k] for k in sorted(peaks)]


def test_flow_backs_off_on_429_and_recovers(tmp_path):
    answered = []

    def reply(body):
        answered.append(1)
        return scripted_reply(body.get("prompt", ""))

    plan = FaultPlan(max_concurrency=CAP, latency_s=0.03)
    with FakeOpenAIServer(responder=reply, faults=plan) as server:
        cfg = load_config(SelfInstructConfig, None, [
            "target=60", "bootstrap.prompts_per_round=15", f"run.cache_path={tmp_path / 'cache.sqlite'}",
            "llm.backend=openai", f"llm.base_url={server.base_url}", "llm.model=fake", "llm.mode=completion",
            f"llm.concurrency={CONFIGURED}", "llm.max_retries=30", "llm.backoff_base_s=0.01",
            "llm.backoff_max_s=0.05"])
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / "run")))
        trace, total = list(server.concurrency_trace), server.count

    stats = [json.loads(p.read_text()) for p in sorted((tmp_path / "run").glob("*/stats.json"))]
    assert sum(s["llm_errors"] for s in stats) == 0  # every 429 was retried until it got through
    too_many = total - len(answered)
    peaks = _window_peaks(trace, 0.25)
    print(f"\n{total} requests, {len(answered)} answered, {too_many} 429s; "
          f"peak in flight per 0.25 s: {peaks}")
    assert 0 < too_many < len(answered)  # a fixed 16 in flight would get 12 of every 16 refused
    first_over = next(i for i, p in enumerate(peaks) if p > CAP)  # overloaded at first
    fall = next(i for i in range(first_over + 1, len(peaks)) if peaks[i] <= CAP)  # backed off
    assert any(p > peaks[fall] for p in peaks[fall + 1:])  # and climbed again on success
