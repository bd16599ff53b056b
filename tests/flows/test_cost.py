"""Cost from a price table: a Self-Instruct run through the fake OpenAI-compatible server costs
exactly its tokens times the model's price, per stage (stats.json, the counts artifact rows)
and in total (report.md); cache hits cost nothing; the table is looked up by the right name."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from datagen.config import load_config
from datagen.errors import UserError
from datagen.llm.fake_server import FakeOpenAIServer, prompt_text, shape_reply
from datagen.llm.settings import LLMConfig
from datagen.llm.usage import Price
from datagen.report import counts_rows
from datagen.stage import StageStats
from datagen.run_options import RunOptions
from flows.scaffold import opened_run, price_for, price_key
from datagen.methods.self_instruct.config import SelfInstructConfig
from flows.self_instruct_flow import self_instruct_flow
from tests.flows.test_self_instruct_flow import scripted_reply

# $0.5 per 1K prompt tokens and $1.5 per 1K completion tokens: a cost is (P + 3C) / 2000 dollars,
# at most 4 decimals, so every figure below is exact.
PRICES = {"priced-model": {"input_per_1k": 0.5, "output_per_1k": 1.5},
          "other-model": {"input_per_1k": 100.0, "output_per_1k": 100.0}}


def reply(body: dict) -> str:
    return scripted_reply(prompt_text(body))


def server_tokens(bodies: list[dict]) -> tuple[int, int]:
    """Prompt and completion tokens as the server counted them (whitespace words after cuts)."""
    prompt = sum(len(prompt_text(b).split()) for b in bodies)
    completion = sum(len(shape_reply(reply(b), b)[0].split()) * int(b.get("n") or 1) for b in bodies)
    return prompt, completion


def config(tmp_path: Path, base_url: str) -> SelfInstructConfig:
    return load_config(SelfInstructConfig, None, [
        "target=5", f"run.cache_path={tmp_path / 'cache.sqlite'}", "llm.backend=openai",
        f"llm.base_url={base_url}", "llm.model=priced-model", "llm.mode=completion",
        f"run.prices={json.dumps(PRICES)}"])


def stage_stats(run_dir: Path) -> list[StageStats]:
    return [StageStats.model_validate_json(p.read_text()) for p in sorted(run_dir.glob("*/stats.json"))]


def funnel_costs(report: str) -> dict[str, str]:
    """stage -> its `cost (USD)` cell in the report's funnel table."""
    lines = [line for line in report.splitlines() if line.startswith("| ")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    col = header.index("cost (USD)")
    return {cells[0]: cells[col] for cells in ([c.strip() for c in line.strip("|").split("|")]
                                               for line in lines[1:]) if len(cells) == len(header)}


def test_cost_is_tokens_times_price_per_stage_and_in_total(tmp_path):
    with FakeOpenAIServer(responder=reply) as server:
        cfg = config(tmp_path, server.base_url)
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / "a")))
        bodies = list(server.requests)
        assert bodies
        # a second run on the same cache: every answer is a cache hit, and costs nothing
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / "b")))
        assert len(server.requests) == len(bodies)

    stats = stage_stats(tmp_path / "a")
    for st in stats:
        assert round(st.cost_usd * 2000) == st.prompt_tokens + 3 * st.completion_tokens, st.stage
        assert st.cost_usd == pytest.approx((st.prompt_tokens + 3 * st.completion_tokens) / 2000, abs=1e-12)
        assert {"metric": "cost (USD)", "value": st.cost_usd} in counts_rows(st)
    prompt, completion = server_tokens(bodies)
    assert (sum(s.prompt_tokens for s in stats), sum(s.completion_tokens for s in stats)) == (prompt, completion)
    total = (prompt + 3 * completion) / 2000
    assert total > 0 and sum(s.llm_requests for s in stats) == len(bodies)

    report = (tmp_path / "a" / "report.md").read_text()
    assert f"- cost: ${total:.4f}\n" in report
    by_stage: dict[str, float] = {}
    for st in stats:
        by_stage[st.stage] = by_stage.get(st.stage, 0.0) + st.cost_usd
    assert by_stage["bootstrap"] > 0 and by_stage["instances"] > 0 and by_stage["heuristics"] == 0
    assert funnel_costs(report) == {stage: f"{cost:.4f}" for stage, cost in by_stage.items()}

    rerun = stage_stats(tmp_path / "b")
    assert all(st.cost_usd == 0 and st.llm_cached == st.llm_requests for st in rerun)
    assert "- cost: $0.0000\n" in (tmp_path / "b" / "report.md").read_text()


def test_price_table_is_looked_up_by_the_model_the_run_uses():
    table = {"gpt-x": Price(input_per_1k=1.0), "embedded": Price(input_per_1k=2.0),
             "fake": Price(input_per_1k=3.0), "/models/m.gguf": Price(input_per_1k=4.0)}
    assert price_key(LLMConfig(backend="openai", model="gpt-x")) == "gpt-x"
    assert price_for(LLMConfig(backend="openai", model="gpt-x"), table).input_per_1k == 1.0
    assert price_for(LLMConfig(backend="local"), table).input_per_1k == 2.0
    assert price_for(LLMConfig(backend="local", model="/models/m.gguf"), table).input_per_1k == 4.0
    assert price_for(LLMConfig(backend="fake"), table).input_per_1k == 3.0
    assert price_for(LLMConfig(backend="openai", model="unpriced"), table) is None
    own = Price(input_per_1k=9.0)
    assert price_for(LLMConfig(backend="openai", model="gpt-x", price=own), table) is own


def test_max_cost_without_a_price_is_one_clear_error(tmp_path):
    cfg = SelfInstructConfig(llm=LLMConfig(backend="fake", model="unpriced"),
                             run=RunOptions(max_cost_usd=1.0, prices={"gpt-x": Price(input_per_1k=1.0)}))

    async def open_it() -> None:
        async with opened_run("t", tmp_path / "run", cfg):
            pass

    with pytest.raises(UserError, match="needs a price for model 'unpriced'.*gpt-x"):
        asyncio.run(open_it())
    assert not (tmp_path / "run").exists()


def test_report_marks_tokens_without_a_price(tmp_path):
    from datagen.io import write_json
    from datagen.report import build_report

    stage = tmp_path / "000_generate"
    write_json(stage / "stats.json", StageStats(stage="generate", llm_requests=2, prompt_tokens=10,
                                                completion_tokens=5))
    assert "- cost: $0.0000 (no price for the model" in build_report(tmp_path)
