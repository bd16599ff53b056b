"""--max-tokens and --max-cost stop a run cleanly at the cap: exit 4 with one clear line, the
stages finished so far and every answer received so far saved, at most one chunk of requests
(the endpoint's concurrency) past the cap; the same command with a higher cap resumes and
finishes without repeating a request."""

from __future__ import annotations

import json
import threading

import pytest
from typer.testing import CliRunner

from datagen.cli import app
from datagen.llm.cache import RequestCache
from datagen.llm.fake_replies import ChatResponder
from datagen.llm.fake_server import FakeOpenAIServer, prompt_text, shape_reply
from tests.reliability.cli_harness import chat_bodies

runner = CliRunner()
CONCURRENCY = 4


class Recorder:
    """The fake server's responder: `ChatResponder`'s replies, remembering each answered body and
    the tokens the server bills for it (prompt words plus every choice's words after `stop` and
    `max_tokens` cut it, as `FakeOpenAIServer` counts `usage`)."""

    def __init__(self) -> None:
        self.answer = ChatResponder()
        self.bodies: list[str] = []
        self.tokens: list[int] = []
        self.costs: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, body: dict) -> list[str]:
        replies = self.answer(body)[:int(body.get("n") or 1)]
        prompt = len(prompt_text(body).split())
        completion = sum(len(shape_reply(reply, body)[0].split()) for reply in replies)
        with self._lock:
            self.bodies.append(json.dumps(body, sort_keys=True))
            self.tokens.append(prompt + completion)
            self.costs.append((prompt * 0.5 + completion * 1.5) / 1000)  # the prices _run sets
        return replies


def _run(server, tmp_path, *cap: str):
    return runner.invoke(app, [
        "run", "self-instruct", "--base-url", server.base_url, "--model", "fake", "--target", "12",
        "--out", str(tmp_path / "run"), "--set", f"run.cache_path={tmp_path / 'cache.sqlite'}",
        "--set", f"llm.concurrency={CONCURRENCY}",
        "--set", "run.prices.fake.input_per_1k=0.5", "--set", "run.prices.fake.output_per_1k=1.5", *cap])


@pytest.mark.parametrize("flag,cap,bigger,message", [
    ("--max-tokens", 6000, 10**9, "token budget reached"),
    ("--max-cost", 2.5, 1000.0, "cost budget reached"),
])
def test_cap_stops_cleanly_and_a_higher_cap_resumes(flag, cap, bigger, message, tmp_path):
    recorder = Recorder()
    with FakeOpenAIServer(responder=recorder) as server:
        res = _run(server, tmp_path, flag, str(cap))
        assert res.exit_code == 4, res.output
        assert message in res.output and "rerun the same command with a higher" in res.output
        assert "Traceback" not in res.output
        run = tmp_path / "run"
        assert not (run / "dataset.jsonl").exists() and not list(run.rglob("*.tmp"))
        finished = sorted(p.parent.name for p in run.glob("*/stats.json"))
        assert finished and finished[0] == "000_seeds"
        first = list(recorder.bodies)
        assert chat_bodies([json.loads(b) for b in first])
        with RequestCache(tmp_path / "cache.sqlite") as cache:
            assert len(cache) == len(first)  # every answer paid for is saved

        # the overshoot is at most one chunk of CONCURRENCY requests past the cap
        if flag == "--max-tokens":
            spent, limit = sum(recorder.tokens), cap
            one_chunk = CONCURRENCY * max(recorder.tokens)
        else:
            costs = recorder.costs
            spent, limit, one_chunk = sum(costs), cap, CONCURRENCY * max(costs)
        print(f"\n{flag} {cap}: stopped after {len(first)} requests, {sum(recorder.tokens)} tokens; "
              f"finished stages {finished}")
        assert spent <= limit + one_chunk

        res = _run(server, tmp_path, flag, str(bigger))
        assert res.exit_code == 0, res.output
        assert (run / "dataset.jsonl").stat().st_size > 0
        again = recorder.bodies[len(first):]
        assert again and not set(first) & set(again)  # nothing paid twice
