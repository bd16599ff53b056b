"""A Self-Instruct run with the scripted fake client ends with charts/*.png, a report that links
them, and a Prefect report artifact that embeds them."""

from __future__ import annotations

import asyncio
import random
import re

import pytest

from datagen.config import load_config
from datagen.llm.fake import register_responder, user_text
from datagen.methods.self_instruct.config import SelfInstructConfig
from flows.self_instruct_flow import self_instruct_flow

VERBS = ("Write", "Describe", "Create", "Explain", "Summarize", "Suggest")
NOUNS = ("poem", "story", "plan", "letter", "summary", "recipe")
TOPICS = ("the sea", "a river", "winter", "a market", "the moon", "a garden", "trains", "bees", "clocks")
WORDS = ("amber", "basil", "cedar", "delta", "ember", "fjord", "gale", "harbor", "iris", "jade", "kelp",
         "lumen", "moss", "nectar", "onyx", "pebble", "quartz", "reed", "sorrel", "thistle")


def english_reply(prompt: str) -> str:
    """Bootstrap: six English instructions continuing the list; instances: one example."""
    rng = random.Random(prompt)
    if prompt.rstrip().endswith("Is it classification?"):
        return " No"
    if re.search(r"\n9\.\s*$", prompt):
        items = [f"{rng.choice(VERBS)} a {rng.choice(NOUNS)} about {rng.choice(TOPICS)} using the words "
                 f"{rng.choice(WORDS)} and {rng.choice(WORDS)}." for _ in range(6)]
        return " " + items[0] + "".join(f"\n{10 + i}. {t}" for i, t in enumerate(items[1:]))
    return ("Example 1\nInput: " + " ".join(rng.sample(WORDS, 4)) + "\nOutput: "
            + " ".join(rng.sample(WORDS, 7)))


async def _report_artifacts(out_dir: str) -> list:
    """The report artifacts of the flow run that wrote `out_dir`: the session's Prefect server
    also holds the runs of every other test that ran before this one in the same process."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey
    from prefect.client.schemas.sorting import FlowRunSort

    async with get_client() as client:
        runs = await client.read_flow_runs(sort=FlowRunSort.EXPECTED_START_TIME_DESC, limit=200)
        mine = [r.id for r in runs if r.parameters.get("out_dir") == out_dir]
        assert len(mine) == 1, f"{len(mine)} flow runs wrote {out_dir}"
        return await client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["self-instruct-report"]), flow_run_id=ArtifactFilterFlowRunId(any_=mine)))


@pytest.mark.slow  # the report parses the instructions with spaCy en_core_web_sm
def test_self_instruct_run_writes_charts_and_the_report_links_them(tmp_path, prefect_harness):
    pytest.importorskip("matplotlib")
    register_responder("report-flow-test", lambda req: english_reply(user_text(req)))
    cfg = load_config(SelfInstructConfig, None, [
        "target=6", f"run.cache_path={tmp_path / 'cache.sqlite'}", "llm.backend=fake",
        "llm.model=report-flow-test", "llm.mode=completion"])  # charts are the point here; the chat
    # path of this flow runs in tests/flows/test_self_instruct_flow.py
    out = tmp_path / "run"
    asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))

    charts = sorted(p.name for p in (out / "charts").glob("*.png"))
    assert {"lengths.png", "rouge_to_seeds.png"} <= set(charts)
    report = (out / "report.md").read_text()
    for name in charts:
        assert (out / "charts" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert f"](charts/{name})" in report
    assert "## Charts" in report and "| bootstrap |" in report
    n_seeds = len((out / "000_seeds" / "kept.jsonl").read_text().splitlines())
    assert f"against the {n_seeds} seed instructions" in report

    artifacts = asyncio.run(_report_artifacts(str(out)))
    assert artifacts, "the flow published no report artifact"
    data = str(artifacts[0].data)
    assert data.count("(data:image/png;base64,") == len(charts) and "](charts/" not in data
