"""`datagen deploy` against a real Prefect server: the deployment carries the cron schedule and
the validated config, a triggered run completes in a fresh run folder with its dataset.

The run's LLM is the fake OpenAI-compatible HTTP server (scripted Self-Instruct replies), since
the runs execute in fresh processes that an in-process `backend: fake` responder cannot reach.

Everything Prefect-side runs in subprocesses pointed at a server of this test's own (its own
PREFECT_HOME), so this process's environment and the session harness stay untouched.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from datagen.llm.fake_server import FakeOpenAIServer, prompt_text
from tests.flows.test_self_instruct_flow import scripted_reply
from tests.ops.prefect_server import prefect_server, start_process, stop

CRON = "0 3 * * *"

# The client side: wait for the served deployment, read it, trigger a run and wait for its end.
CLIENT = r"""
import asyncio, json, sys, time
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment

async def main():
    async with get_client() as client:
        deadline = time.monotonic() + 90
        while True:
            try:
                dep = await client.read_deployment_by_name("self-instruct/ci-nightly")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(1)
    run = await run_deployment("self-instruct/ci-nightly", timeout=150, poll_interval=2)
    print(json.dumps({
        "crons": [s.schedule.cron for s in dep.schedules],
        "parameters": dep.parameters,
        "schema_props": sorted(dep.parameter_openapi_schema.get("properties", {})),
        "state": run.state.type.value if run.state else None,
        "run_id": str(run.id), "run_name": run.name,
    }))

asyncio.run(main())
"""


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_deploy_serves_a_schedule_and_a_triggered_run_completes(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    llm = FakeOpenAIServer(responder=lambda body: scripted_reply(prompt_text(body)))
    with llm, prefect_server(tmp_path) as server:
        deploy_cmd = [sys.executable, "-c", "from datagen.cli import app; app()", "deploy", "self-instruct",
                      "--cron", CRON, "--name", "ci-nightly", "--set", "llm.backend=openai",
                      "--set", f"llm.base_url={llm.base_url}", "--set", "llm.model=fake",
                      "--set", "llm.mode=completion", "--set", "target=3", "--set", "run.cache_path=null"]
        env = {**server.env, "OPENAI_API_KEY": "sk-fake", "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
        served = start_process(deploy_cmd, env, tmp_path / "deploy.log", cwd=work)
        try:
            client = subprocess.run([sys.executable, "-c", CLIENT], env=server.env, cwd=work,
                                    capture_output=True, text=True, timeout=240)
        finally:
            stop(served)
    log = (tmp_path / "deploy.log").read_text()
    assert client.returncode == 0, f"{client.stderr[-3000:]}\n--- deploy log ---\n{log[-3000:]}"
    result = json.loads(client.stdout.strip().splitlines()[-1])
    assert result["crons"] == [CRON]
    config = result["parameters"]["config"]
    assert config["llm"]["backend"] == "openai" and config["target"] == 3
    assert "config" in result["schema_props"] and "out_dir" in result["schema_props"]
    assert result["state"] == "COMPLETED", log[-3000:]

    short_id = result["run_id"].replace("-", "")[:8]
    assert result["run_name"] == f"self-instruct-{short_id}"
    folders = list((work / "runs" / "self-instruct").glob(f"*-{short_id}"))
    assert len(folders) == 1, list((work / "runs").rglob("*"))
    dataset = folders[0] / "dataset.jsonl"
    rows = [json.loads(line) for line in dataset.read_text().splitlines()]
    assert len({row["instruction"] for row in rows}) >= 3 and all(row["output"] for row in rows)
    assert llm.count > 0
    assert (folders[0] / "report.md").is_file()
    assert served.poll() is not None


def test_bad_cron_is_one_clear_message(tmp_path):
    from typer.testing import CliRunner

    from datagen.cli import app

    res = CliRunner().invoke(app, ["deploy", "self-instruct", "--cron", "every night", "--set", "llm.backend=fake"])
    assert res.exit_code == 2, res.output
    assert "--cron 'every night' is not a valid cron schedule" in res.output
    assert "Traceback" not in res.output


def test_unknown_method_and_bad_config_key_fail_before_serving():
    from typer.testing import CliRunner

    from datagen.cli import app

    res = CliRunner().invoke(app, ["deploy", "self-instrukt", "--cron", CRON])
    assert res.exit_code != 0 and "unknown method 'self-instrukt'" in res.output
    res = CliRunner().invoke(app, ["deploy", "self-instruct", "--cron", CRON, "--set", "novelty.treshold=0.5"])
    assert res.exit_code == 2 and "treshold" in res.output
