"""A 500-instruction Self-Instruct run against the fake HTTP server while 20% of requests fail at
random (429 with Retry-After, 500, reset connections, read timeouts, malformed bodies, empty
choices, forced truncation): the run completes, every failed attempt is accounted for as a
retry or, once retries are spent, as an `llm_error` rejection, and no stage loses a record."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path

from datagen.config import load_config
from datagen.io import read_jsonl
from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from datagen.methods.self_instruct.config import SelfInstructConfig
from flows.self_instruct_flow import self_instruct_flow
from tests.reliability.cli_harness import chat_bodies

FAULTS = FaultPlan(rate_429=0.04, retry_after_s=0.01, rate_500=0.065, rate_reset=0.03, rate_timeout=0.005,
                   timeout_sleep_s=2.0, rate_malformed=0.02, rate_empty_choices=0.02, rate_length=0.02,
                   seed=7)
TARGET = 500


def test_500_instructions_complete_under_20_percent_faults(tmp_path: Path):
    assert abs(sum(getattr(FAULTS, f) for f in FaultPlan.model_fields if f.startswith("rate_")) - 0.2) < 1e-9
    with FakeOpenAIServer(responder=ChatResponder(), faults=FAULTS) as server:
        cfg = load_config(SelfInstructConfig, None, [
            f"target={TARGET}", "bootstrap.prompts_per_round=40", f"run.cache_path={tmp_path / 'cache.sqlite'}",
            "llm.backend=openai", f"llm.base_url={server.base_url}", "llm.model=fake",
            "llm.max_retries=2", "llm.timeout_s=1.5", "llm.backoff_base_s=0.01", "llm.backoff_max_s=0.05",
            "llm.concurrency=16"])
        out = tmp_path / "run"
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))
        served, faults = server.count, Counter(server.faults_served)
        assert chat_bodies(server.requests)

    stage_dirs = sorted(p.parent for p in out.glob("*/stats.json"))
    stats = [json.loads((d / "stats.json").read_text()) for d in stage_dirs]
    for stage_dir, s in zip(stage_dirs, stats):  # at every stage: in = kept + rejected, as on disk
        assert s["n_in"] == s["n_kept"] + s["n_rejected"], s["stage"]
        assert len(read_jsonl(stage_dir / "kept.jsonl")) == s["n_kept"]
        rejected = read_jsonl(stage_dir / "rejected.jsonl")
        assert len(rejected) == s["n_rejected"]
        # every request that failed after its retries is one llm_error rejection of that stage
        assert sum(r["reason"] == "llm_error" for r in rejected) == s["llm_errors"], s["stage"]

    picked = next(s for s in stats if s["stage"] == "select_target")
    assert picked["n_kept"] == TARGET
    assert (out / "dataset.jsonl").stat().st_size > 0

    failed_attempts = sum(n for kind, n in faults.items() if kind != "length")
    retries = sum(s["llm_retries"] for s in stats)
    errors = sum(s["llm_errors"] for s in stats)
    fresh = sum(s["llm_requests"] - s["llm_cached"] for s in stats)
    print(f"\nserved {served} HTTP requests for {fresh} LLM requests; faults {dict(faults)}; "
          f"{retries} retries, {errors} llm_error rejections")
    assert set(faults) == {"429", "500", "reset", "timeout", "malformed", "empty_choices", "length"}
    # each injected failure the client saw is a retry or, on the request's last try, an error;
    # failures the server never saw (a full listen backlog on 2 busy cores) are retried the same way
    assert failed_attempts <= retries + errors
    assert served <= fresh + retries
    # nothing is paid twice: each successful answer the server gave is exactly one successful request
    assert served - failed_attempts == fresh - errors
    assert errors > 0  # with 2 retries some requests do fail for good, and are recorded
