"""End to end: every method's `datagen run` in chat mode against the fake server, whose every
reply is dressed as chat models write (`ChatResponder(chatty=1.0)`: preambles, bold, restarted
numbering, closing remarks). Each method gives a non-empty, clean dataset: no kept instruction
carries a list marker, a preamble, markdown or a fence, and the parsing stages keep at least 70%
of the items the model proposed. The server runs in process and the CLI through typer's runner,
so the session Prefect harness serves the flows.

The second half runs the knobs each method documents (`novelty.use_stemmer`, thresholds, every
preset) through its flow, so a knob that crashes a flow fails here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
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
# Rejections that are chat talk around the items (not items the model proposed) or failed calls.
TALK = {"preamble", "closing_remark", "heading", "label", "not_an_item", "empty_item", "echo", "llm_error"}
# The stages that turn a reply into items, per method.
PARSE_STAGES = {"self-instruct": ("bootstrap", "instances"), "alpaca": ("alpaca_generate",),
                "ensemble-instruct": ("instructions_a", "instructions_b", "parse_instances"),
                "explore-instruct": ("extend", "enrich")}
DIRTY = re.compile(r"^\s*(\d+[.)]|[-*•])\s|^(sure|certainly|of course|here (is|are))\b|\*\*|^#+\s|```", re.I | re.M)


@pytest.fixture(scope="module")
def server():
    with FakeOpenAIServer(responder=ChatResponder(chatty=1.0)) as srv:
        yield srv


def run(server, tmp_path: Path, method: str, *args: str) -> Path:
    command = "self-instruct" if method == "alpaca" else method
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["run", command, "--base-url", server.base_url, "--model", "fake", *args,
                                   "--out", str(out), "--set", f"run.cache_path={tmp_path / 'cache.sqlite'}"])
    assert res.exit_code == 0, res.output
    return out


def rows_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]


def parse_yield(out: Path, stages: tuple[str, ...]) -> float:
    kept = proposed = 0
    for stats_file in out.glob("*/stats.json"):
        stats = json.loads(stats_file.read_text())
        if stats["stage"] in stages:
            items = stats["n_kept"] + sum(n for r, n in stats["rejected_by_reason"].items() if r not in TALK)
            kept, proposed = kept + stats["n_kept"], proposed + items
    return kept / proposed


@pytest.mark.parametrize("method", sorted(RUNS))
def test_method_gives_a_clean_dataset_against_chat_style_replies(method, server, tmp_path):
    first = len(server.requests)
    out = run(server, tmp_path, method, *RUNS[method])
    assert yaml.safe_load((out / "config.yaml").read_text())["llm"]["mode"] == "auto"  # chat for endpoints
    bodies = server.requests[first:]
    assert bodies and all("messages" in b for b in bodies)  # the chat endpoint, not completions
    assert all(recognise(b) is not None for b in bodies)
    rows = rows_of(out)
    assert rows, f"{method}: empty dataset"
    assert "fake reply " not in json.dumps(rows)  # no echo: every prompt was recognised
    if method in ("syndg",):
        texts = [m["content"] for r in rows for m in r["messages"] if m["role"] != "system"]
    else:
        texts = [r["instruction"] for r in rows]
    dirty = [t for t in texts if DIRTY.search(t)]
    assert not dirty, f"{method}: kept text with list markers, preambles, markdown or fences: {dirty[:3]}"
    if method in PARSE_STAGES:
        assert parse_yield(out, PARSE_STAGES[method]) >= 0.7


KNOBS = {
    "self-instruct stemmer": ("self-instruct", ["--target", "6", "--set", "novelty.use_stemmer=true",
                                                "--set", "novelty.threshold=0.5", "--set", "novelty.tokenizer=unicode"]),
    "alpaca stemmer": ("alpaca", ["--preset", "alpaca", "--target", "6", "--set", "novelty.use_stemmer=true"]),
    "ensemble paper": ("ensemble-instruct", ["--target", "3", "--preset", "paper", "--set", "novelty.use_stemmer=true",
                                             "--task-runner", "default"]),
    "ensemble legacy": ("ensemble-instruct", ["--target", "3", "--preset", "legacy-vote", "--rule", "medoid"]),
    "explore baseline": ("explore-instruct", ["--preset", "domain-aware-self-instruct", "--enrich-nums", "6",
                                              "--n-samples", "6", "--set", "filter.threshold=0.6",
                                              "--set", "filter.scope=tree"]),
    "syndg persona": ("syndg", ["--preset", "persona", "--n", "2", "--scorer", "judge"]),
    "instag no semantic": ("instag", ["--n", "6", "--alpha", "1", "--set", "semantic.enabled=false"]),
}


@pytest.mark.parametrize("knobs", sorted(KNOBS))
def test_documented_knobs_run_through_the_flow(knobs, server, tmp_path):
    method, args = KNOBS[knobs]
    out = run(server, tmp_path, method, *args)
    assert rows_of(out)
    saved = yaml.safe_load((out / "config.yaml").read_text())
    for key, value in (a.split("=", 1) for a in args if "=" in a and "." in a.split("=")[0]):
        node = saved
        for part in key.split("."):
            node = node[part]
        assert str(node).lower() == value.lower(), key  # the knob reached the run's config
