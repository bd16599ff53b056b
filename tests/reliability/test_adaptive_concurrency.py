"""Adaptive concurrency end to end: a Self-Instruct run (16 requests in flight) against a server
that, after 40 answers, starts refusing (429, no Retry-After) anything above 2 concurrent
requests, and after 80 answers lifts the cap again. The server's own view of its load
(`concurrency_trace`) shows the client's concurrency high, then down at what the server
takes, then back up as the client raises its limit on success; no request is lost."""

from __future__ import annotations

import asyncio
import json
import threading
import time

from datagen.config import load_config
from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from datagen.methods.self_instruct.config import SelfInstructConfig
from flows.self_instruct_flow import self_instruct_flow
from tests.reliability.cli_harness import chat_bodies

CONFIGURED, CAP = 16, 2
OPEN, CAPPED = FaultPlan(latency_s=0.1), FaultPlan(latency_s=0.1, max_concurrency=CAP)
PHASES = (40, 80)  # answers after which the cap starts, and after which it is lifted


class PhasedResponder:
    """`ChatResponder`'s replies; switches the server's fault plan after PHASES answers, noting when."""

    def __init__(self) -> None:
        self.server: FakeOpenAIServer | None = None
        self.answers = 0
        self.answer = ChatResponder()
        self.switched: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, body: dict) -> list[str]:
        with self._lock:
            self.answers += 1
            if self.answers in PHASES:
                self.server.faults = CAPPED if self.answers == PHASES[0] else OPEN
                self.switched.append(time.monotonic() - self.server._t0)
        return self.answer(body)


def test_flow_backs_off_on_429_and_recovers(tmp_path):
    responder = PhasedResponder()
    with FakeOpenAIServer(responder=responder, faults=OPEN) as server:
        responder.server = server
        cfg = load_config(SelfInstructConfig, None, [
            "target=60", "bootstrap.prompts_per_round=15", f"run.cache_path={tmp_path / 'cache.sqlite'}",
            "llm.backend=openai", f"llm.base_url={server.base_url}", "llm.model=fake",
            f"llm.concurrency={CONFIGURED}", "llm.max_retries=30", "llm.backoff_base_s=0.01",
            "llm.backoff_max_s=0.05"])
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / "run")))
        trace, total = list(server.concurrency_trace), server.count
        assert chat_bodies(server.requests)

    stats = [json.loads(p.read_text()) for p in sorted((tmp_path / "run").glob("*/stats.json"))]
    assert sum(s["llm_errors"] for s in stats) == 0  # every 429 was retried until it got through
    assert len(responder.switched) == 2, "the run was too short to reach the last phase"
    start, end = responder.switched
    before = max(n for t, n in trace if t < start)
    capped = max(n for t, n in trace if start + 0.5 < t < end)  # in-flight answers drain first
    after = max(n for t, n in trace if t > end)
    refused = total - responder.answers
    print(f"\n{total} requests, {responder.answers} answered, {refused} refused (429); "
          f"peak in flight: {before} before the cap, {capped} under it, {after} after it")
    assert before > CAP + 2  # the client used its configured concurrency
    assert capped <= CAP + 1  # it came down to what the server takes (plus a refused probe)
    assert after > CAP + 2  # and climbed again once answers succeeded
    assert 0 < refused < responder.answers
