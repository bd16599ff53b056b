"""End to end: every method's `datagen run` in chat mode against the fake server's chat replies
gives a non-empty dataset (the server in process, the CLI through typer's runner so the session
Prefect harness serves the flows). Half the replies are chat-dressed (`ChatResponder(chatty=0.5)`),
so this also shows which parsers already cope with chat answers."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from datagen.cli import app
from datagen.llm.fake_replies import ChatResponder, recognise
from datagen.llm.fake_server import FakeOpenAIServer

RUNS = {
    "self-instruct": ["--target", "8"],
    "alpaca": ["--preset", "alpaca", "--target", "8"],
    "ensemble-instruct": ["--target", "4"],
    "explore-instruct": ["--domain", "rewriting", "--max-depth", "1", "--extend-nums", "2", "--enrich-nums", "4",
                         "--n-samples", "10"],
    "syndg": ["--n", "4", "--scorer", "judge"],  # the nll scorer would load a local model
    "instag": ["--n", "8", "--alpha", "1"],
}


@pytest.fixture(scope="module")
def server():
    with FakeOpenAIServer(responder=ChatResponder(chatty=0.5)) as srv:
        yield srv


@pytest.mark.parametrize("method", sorted(RUNS))
def test_method_gives_a_dataset_against_the_fake_server(method, server, tmp_path):
    command = "self-instruct" if method == "alpaca" else method
    first = len(server.requests)
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["run", command, "--llm", "openai", "--base-url", server.base_url, "--model", "fake",
                                   *RUNS[method], "--out", str(out), "--set", "llm.mode=chat",
                                   "--set", f"run.cache_path={tmp_path / 'cache.sqlite'}"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    assert rows, f"{method}: empty dataset"
    assert "fake reply " not in json.dumps(rows)  # no echo: every prompt was recognised
    bodies = server.requests[first:]
    assert bodies and all(recognise(b) is not None for b in bodies)
