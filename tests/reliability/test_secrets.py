"""A sentinel API key never leaves the process environment: after a run that succeeds, one the
endpoint refuses (401) and one whose every call fails (500s, with --debug tracebacks), the key
is in no stdout/stderr line, no Prefect log or artifact (the harness's database and the
client's answers), no run-folder file, no cache file and no exception message."""

from __future__ import annotations

import asyncio
from pathlib import Path

from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from tests.reliability.cli_harness import chat_bodies, prefect_env, run_cli

SENTINEL = "sk-sentinel-7f3a9c2e41b8d6"


def _files_with_key(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and SENTINEL.encode() in p.read_bytes()]


async def _prefect_texts() -> list[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter

    async with get_client() as client:
        artifacts = await client.read_artifacts(limit=200)
        logs = await client.read_logs(log_filter=LogFilter(), limit=200)
        runs = await client.read_flow_runs(limit=50)
    return ([a.model_dump_json() for a in artifacts] + [log.message for log in logs]
            + [r.model_dump_json() for r in runs])


def test_key_appears_nowhere(tmp_path):
    env = prefect_env(tmp_path, DATAGEN_SECRET_KEY=SENTINEL, PREFECT_LOGGING_LEVEL="DEBUG")
    outputs: list[str] = []

    def run(server, name, *extra):
        res = run_cli(["run", "self-instruct", "--base-url", server.base_url, "--model", "fake",
                       "--target", "4", "--out", str(tmp_path / name),
                       "--set", f"run.cache_path={tmp_path / 'cache' / name / 'llm.sqlite'}",
                       "--set", "llm.api_key_env=DATAGEN_SECRET_KEY",
                       "--set", "llm.backoff_base_s=0.01", *extra], env)
        outputs.append(res.stdout + res.stderr)
        return res

    reply = ChatResponder()
    with FakeOpenAIServer(responder=reply, faults=FaultPlan(required_api_key=SENTINEL)) as server:
        assert run(server, "ok").returncode == 0, outputs[-1]
        assert chat_bodies(server.requests)
    with FakeOpenAIServer(responder=reply, faults=FaultPlan(required_api_key="another-key")) as server:
        res = run(server, "refused", "--debug")
        assert res.returncode == 3 and "rejected the API key" in outputs[-1]
    with FakeOpenAIServer(responder=reply, faults=FaultPlan(fail_first_n=10_000, fail_first_kind="500")) as server:
        res = run(server, "failing", "--debug", "--set", "max_rounds=1", "--set", "llm.max_retries=1")
        assert res.returncode == 5, outputs[-1]  # every call failed: the run fails (issue 15, item 1)
        rejected = (tmp_path / "failing" / "001_bootstrap" / "rejected.jsonl").read_text()
        assert "llm_error" in rejected and "HTTP 500" in rejected  # the errors are recorded, keyless

    for text in outputs:
        assert SENTINEL not in text
    assert any("Traceback" in text for text in outputs)  # --debug output was searched too
    assert _files_with_key(tmp_path) == []  # run folders, cache, the subprocesses' PREFECT_HOME
    texts = asyncio.run(_prefect_texts())
    assert texts and not [t for t in texts if SENTINEL in t]
    from prefect.settings import get_current_settings

    db_url = str(get_current_settings().server.database.connection_url or "")
    if db_url.startswith("sqlite"):
        db = Path(db_url.split("///", 1)[-1])
        for path in db.parent.glob(db.name + "*"):
            assert SENTINEL.encode() not in path.read_bytes(), path
