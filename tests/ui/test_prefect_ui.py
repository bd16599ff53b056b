"""The Prefect UI in a real headless browser: `datagen server`, a small Self-Instruct run sent to
it, then the flow run's page must list every stage as a task run and every stage's counts and
sample artifacts; the artifacts are found by key in stage order, a stage's sample shows every
rejection reason of its stats.json, and the run summary and dataset preview render.
Screenshots go to runs/ui-test/ (`make ui-test`; skips without chromium)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from datagen.llm.fake_server import FakeOpenAIServer, prompt_text
from tests.flows.test_self_instruct_flow import scripted_reply
from tests.ops.prefect_server import ServerProcess, datagen_server, run_datagen
from tests.ui.headless_browser import find_chromium, headless_page

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHOTS = PROJECT_ROOT / "runs" / "ui-test"


def run_small_flow(server: ServerProcess, llm: FakeOpenAIServer, out: Path, cwd: Path) -> dict:
    """`datagen run self-instruct` on the scripted endpoint; it finds the server by its state file."""
    res = run_datagen(["run", "self-instruct", "--llm", "openai", "--base-url", llm.base_url, "--model", "fake",
                       "--set", "llm.mode=completion", "--target", "3", "--out", str(out),
                       "--set", "run.cache_path=null"], {**server.env, "OPENAI_API_KEY": "sk-fake"}, cwd)
    assert res.returncode == 0, res.stdout + res.stderr
    runs = httpx.post(f"{server.api_url}/flow_runs/filter", json={}, timeout=10).json()
    (flow_run,) = [r for r in runs if r["parameters"].get("out_dir") == str(out)]
    return flow_run


def artifacts_of(server: ServerProcess, flow_run: dict) -> dict[str, dict]:
    """The flow run's keyed artifacts by key, as the Artifacts page lists them."""
    found = httpx.post(f"{server.api_url}/artifacts/filter", timeout=10, json={
        "artifacts": {"flow_run_id": {"any_": [flow_run["id"]]}}, "limit": 200}).json()
    return {a["key"]: a for a in found if a.get("key")}


async def check_flow_run_page(binary: str, server: ServerProcess, flow_run: dict, stages: list[str],
                              out: Path, tmp: Path) -> None:
    async with headless_page(binary, tmp / "profile", tmp / "chromium.log") as page:
        await page.goto(f"{server.ui_url}/runs/flow-run/{flow_run['id']}")
        await page.wait_for_text([flow_run["name"], "Completed", "Artifacts"])
        await page.screenshot(SHOTS / "flow-run.png")

        assert await page.click("Task Runs")
        await page.wait_for_text(stages)
        await page.screenshot(SHOTS / "task-runs.png")

        assert await page.click("Artifacts")
        names = [f"stage {s.replace('_', ' ', 1)}" for s in stages]  # "002_heuristics" -> "stage 002 heuristics"
        await page.wait_for_text([f"self-instruct {n}: counts" for n in names]
                                 + [f"self-instruct {n}: sample of kept records" for n in names])
        assert await page.scroll_to("Task runs")
        await page.screenshot(SHOTS / "artifacts.png")

        # Every stage's artifacts by key; the keys sort in stage order (the NNN index).
        keyed = artifacts_of(server, flow_run)
        stage_keys = [k for k in sorted(keyed) if k.startswith("self-instruct-") and k[14:17].isdigit()]
        expected = [f"self-instruct-{s.replace('_', '-')}-{kind}" for s in stages for kind in ("counts", "samples")]
        assert stage_keys == expected
        assert {"self-instruct-summary", "self-instruct-dataset-preview", "self-instruct-report"} <= set(keyed)

        # The global Artifacts page lists the keys (one stage comparable across runs).
        await page.goto(f"{server.ui_url}/artifacts")
        await page.wait_for_text(["self-instruct-002-heuristics-counts", "self-instruct-002-heuristics-samples"])
        await page.screenshot(SHOTS / "artifacts-page.png")

        # One stage's counts table, rendered: its rejection reasons are the ones in stats.json.
        stage = "002_heuristics"
        reasons = json.loads((out / stage / "stats.json").read_text())["rejected_by_reason"]
        assert reasons, "the scripted replies include a blacklisted instruction"
        await page.goto(f"{server.ui_url}/artifacts/artifact/{keyed['self-instruct-002-heuristics-counts']['id']}")
        await page.wait_for_text(["metric", "kept", *(f"rejected: {r}" for r in reasons)])
        await page.screenshot(SHOTS / "counts-table.png")

        # Its sample: a section per rejection reason of stats.json, with that reason's count, and
        # the evidence of a rejected record in full.
        rejected = [json.loads(line) for line in (out / stage / "rejected.jsonl").read_text().splitlines()]
        shown = next(r for r in rejected if r["evidence"])
        evidence = json.dumps(shown["evidence"], ensure_ascii=False, indent=1).splitlines()[1].strip()
        await page.goto(f"{server.ui_url}/artifacts/artifact/{keyed['self-instruct-002-heuristics-samples']['id']}")
        await page.wait_for_text([f"Rejected: {r} ({n} in this stage" for r, n in reasons.items()]
                                 + ["kept.jsonl", "rejected.jsonl", evidence])
        await page.screenshot(SHOTS / "samples.png")

        # The run summary and the dataset preview: the dataset's first instruction shows.
        first = json.loads((out / "dataset.jsonl").read_text().splitlines()[0])
        await page.goto(f"{server.ui_url}/artifacts/artifact/{keyed['self-instruct-summary']['id']}")
        await page.wait_for_text(["self-instruct run summary", "LLM requests"])
        await page.goto(f"{server.ui_url}/artifacts/artifact/{keyed['self-instruct-dataset-preview']['id']}")
        await page.wait_for_text(["instruction", first["instruction"][:40]])
        await page.screenshot(SHOTS / "dataset-preview.png")


@pytest.mark.slow
@pytest.mark.timeout(400)
def test_flow_run_page_lists_every_stage_and_its_artifacts(tmp_path):
    binary = find_chromium()
    if binary is None:
        pytest.skip("chromium is not installed: `make ui-test` installs it (apt-get install -y chromium)")
    out = tmp_path / "run"
    with FakeOpenAIServer(responder=lambda body: scripted_reply(prompt_text(body))) as llm, \
            datagen_server(tmp_path) as server:
        flow_run = run_small_flow(server, llm, out, tmp_path)
        assert flow_run["state_type"] == "COMPLETED"
        stages = sorted(p.name for p in out.glob("[0-9]*_*") if (p / "stats.json").is_file())
        assert stages[:2] == ["000_seeds", "001_bootstrap"] and stages[-1].endswith("_minhash_dedup")
        asyncio.run(check_flow_run_page(binary, server, flow_run, stages, out, tmp_path))
    for name in ("flow-run.png", "task-runs.png", "artifacts.png", "artifacts-page.png", "counts-table.png",
                 "samples.png", "dataset-preview.png"):
        assert (SHOTS / name).stat().st_size > 10_000
