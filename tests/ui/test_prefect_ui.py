"""The Prefect UI in a real headless browser: `datagen server`, a small Self-Instruct run sent to
it, then the flow run's page must list every stage as a task run and every stage's counts and
sample artifacts. Screenshots go to runs/ui-test/ (`make ui-test`; skips without chromium)."""

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
    (flow_run,) = [r for r in runs if r["name"] == f"self-instruct-{out}"]
    return flow_run


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
        counts = [f"{s}: counts" for s in stages]
        samples = [f"{s}: sample of kept and rejected records" for s in stages]
        await page.wait_for_text(counts + samples)
        assert await page.scroll_to("Task runs")
        await page.screenshot(SHOTS / "artifacts.png")

        # One stage's counts table, rendered: its rejection reasons are the ones in stats.json.
        stage = "002_heuristics"
        found = httpx.post(f"{server.api_url}/artifacts/filter", timeout=10, json={
            "artifacts": {"flow_run_id": {"any_": [flow_run["id"]]}}}).json()
        (table,) = [a for a in found if a["description"] == f"{stage}: counts"]
        reasons = json.loads((out / stage / "stats.json").read_text())["rejected_by_reason"]
        assert reasons, "the scripted replies include a blacklisted instruction"
        await page.goto(f"{server.ui_url}/artifacts/artifact/{table['id']}")
        await page.wait_for_text(["metric", "kept", *(f"rejected: {r}" for r in reasons)])
        await page.screenshot(SHOTS / "counts-table.png")


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
    for name in ("flow-run.png", "task-runs.png", "artifacts.png", "counts-table.png"):
        assert (SHOTS / name).stat().st_size > 10_000
