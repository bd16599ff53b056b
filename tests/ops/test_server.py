"""`datagen server` records its URL; later `datagen run`s find it there and send their runs to
it, while a recorded server that does not answer is ignored (ephemeral mode stays the default)."""

from __future__ import annotations

import json
import os
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from datagen.cli.common import prefect_defaults
from datagen.llm.fake_server import FakeOpenAIServer, prompt_text
from tests.flows.test_self_instruct_flow import scripted_reply
from tests.ops.prefect_server import datagen_server, free_port, run_datagen


def _isolated(monkeypatch, tmp_path, api_url: str) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)  # restored (absent) after the test
    (tmp_path / "datagen-server.json").write_text(json.dumps({"api_url": api_url, "pid": 1}))


def test_a_recorded_server_that_does_not_answer_is_ignored(monkeypatch, tmp_path):
    _isolated(monkeypatch, tmp_path, f"http://127.0.0.1:{free_port()}/api")
    prefect_defaults()
    assert "PREFECT_API_URL" not in os.environ


def test_a_recorded_server_that_answers_is_used(monkeypatch, tmp_path):
    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/api/health" else 404)
            self.end_headers()
            self.wfile.write(b"true")

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Health)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/api"
        _isolated(monkeypatch, tmp_path, url)
        prefect_defaults()
        assert os.environ["PREFECT_API_URL"] == url
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_server_command_then_run_lands_on_that_server(tmp_path):
    state = tmp_path / "prefect-home" / "datagen-server.json"
    out = tmp_path / "run"
    with FakeOpenAIServer(responder=lambda body: scripted_reply(prompt_text(body))) as llm, \
            datagen_server(tmp_path) as server:
        assert json.loads(state.read_text())["api_url"] == server.api_url
        again = run_datagen(["server", "--port", "1"], server.env, tmp_path, timeout=60)
        assert again.returncode == 0 and f"already up: {server.ui_url}" in again.stdout, again.stderr

        assert "PREFECT_API_URL" not in server.env
        res = run_datagen(["run", "self-instruct", "--llm", "openai", "--base-url", llm.base_url,
                           "--model", "fake", "--set", "llm.mode=completion", "--target", "3",
                           "--out", str(out), "--set", "run.cache_path=null"],
                          {**server.env, "OPENAI_API_KEY": "sk-fake"}, tmp_path)
        assert res.returncode == 0, res.stdout + res.stderr
        runs = httpx.post(f"{server.api_url}/flow_runs/filter", json={}, timeout=10).json()
        mine = [r for r in runs if r["parameters"].get("out_dir") == str(out)]
        assert len(mine) == 1 and mine[0]["state_type"] == "COMPLETED"
        # a short name and filterable tags; the hint names this server, not the default port
        assert re.fullmatch(r"self-instruct-[0-9a-f]{8}", mine[0]["name"]), mine[0]["name"]
        assert {"self-instruct", "model:fake", "preset:self-instruct"} <= set(mine[0]["tags"])
        assert f"open {server.ui_url}" in res.stdout and "4200" not in res.stdout, res.stdout
    assert not state.exists()  # Ctrl-C stops the server and forgets its URL
    assert (out / "dataset.jsonl").read_text().strip()
