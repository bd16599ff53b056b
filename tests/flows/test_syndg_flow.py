"""The SynDG flow end to end under the session Prefect harness: WoW style with scripted turns and
a scripted judge, PersonaChat style with the NLL scorer on a tiny local model, and the CLI."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from datagen.cli import app
from datagen.config import load_config
from datagen.errors import InputError
from datagen.llm.client import LLMRequest
from datagen.llm.fake import register_responder, user_text
from datagen.methods.syndg.config import SynDGConfig
from flows.syndg_flow import syndg_flow


def _h(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def scripted(request: LLMRequest) -> str:
    """Turn prompts: a line about the turn's knowledge; judge prompts: ratings from a hash.
    One dialogue in eight gets an empty turn, one in eight an unreadable rating. In chat mode
    the replies are dressed as chat models write them (bold labels, a preamble, a speaker label)."""
    prompt = user_text(request)
    chat = request.messages is not None
    if prompt.startswith("You are rating"):
        if _h(prompt) % 8 == 0:
            return "This conversation is fine."
        coherence, grounded = 1 + _h(prompt) % 10, 1 + _h(prompt[::-1]) % 10
        if chat:
            return f"Here is my rating:\n\n**Coherence:** {coherence}/10\n**Groundedness:** {grounded}/10"
        return f"coherence: {coherence}\ngroundedness: {grounded}"
    knowledge = re.search(r"next message: (.*)\n", prompt).group(1)
    if chat:
        speaker = re.search(r"Reply with (.+?)'s next message", request.messages[0].content).group(1)
    else:
        speaker = prompt.rstrip().rsplit("\n", 1)[-1].rstrip(":")
    if request.seed is not None and request.seed % 53 == 0:
        return f"{speaker}:  "
    line = f"Let me say something about {knowledge[:60]}"
    return f"**{speaker}:** {line}" if chat else f"{speaker}: {line}"


def _stats(run_dir: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(run_dir.glob("*/stats.json"))]


def test_wow_flow_with_scripted_turns_and_judge(tmp_path):
    calls: list[LLMRequest] = []

    def responder(req: LLMRequest) -> str:
        calls.append(req)
        return scripted(req)

    register_responder("syndg-flow-test", responder)
    cfg = load_config(SynDGConfig, None, [
        "n=6", "flows.n_flows=16", "score.scorer=judge", "llm.backend=fake", "llm.model=syndg-flow-test",
        f"run.cache_path={tmp_path / 'cache.sqlite'}"])
    out = tmp_path / "run"
    asyncio.run(syndg_flow(config=cfg, out_dir=str(out)))

    assert [p.name for p in sorted(out.glob("[0-9]*_*"))] == ["000_build_flows", "001_realize", "002_score",
                                                              "003_select"]
    stats = {s["stage"]: s for s in _stats(out)}
    assert all(s["n_in"] == s["n_kept"] + s["n_rejected"] for s in stats.values())
    assert stats["build_flows"]["n_kept"] == 16
    realize = stats["realize"]
    assert realize["n_in"] == 16 and realize["llm_requests"] >= 10
    assert set(realize["rejected_by_reason"]) <= {"empty_utterance"}
    assert stats["score"]["llm_requests"] == realize["n_kept"]
    assert stats["select"]["n_kept"] == 6

    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert len(records) == 6 and all(r["kind"] == "dialogue" and len(r["turns"]) == 10 for r in records)
    totals = [r["meta"]["total_score"] for r in records]
    assert totals == sorted(totals)
    assert all(r["parents"] and r["turns"][1]["grounding"] == r["flow"][1] for r in records)
    rows = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    assert len(rows) == 6 and [m["role"] for m in rows[0]["messages"]] == ["user", "assistant"] * 5
    assert rows[0]["messages"][0]["content"].startswith("Let me say something")

    report = (out / "report.md").read_text()
    assert "## SynDG scores" in report and "Total score histogram" in report and "| total_score |" in report
    summary = json.loads((out / "summary.json").read_text())
    assert summary["dataset_rows"] == 6 and summary["figures"]["dialogues kept"] == 6

    # a rerun into the same folder resumes every stage and asks nothing again
    n_calls, dataset = len(calls), (out / "dataset.jsonl").read_bytes()
    asyncio.run(syndg_flow(config=cfg, out_dir=str(out)))
    assert len(calls) == n_calls and (out / "dataset.jsonl").read_bytes() == dataset


def test_persona_flow_with_the_nll_scorer_on_a_tiny_model(tmp_path):
    pytest.importorskip("torch")
    from tests.filters.test_lm_scoring import save_tiny_lm

    model_dir = save_tiny_lm(tmp_path / "tiny-lm")
    register_responder("syndg-pc-test", scripted)
    cfg = load_config(SynDGConfig, None, [
        "n=2", "flows.style=persona", "flows.n_flows=3", "llm.backend=fake", "llm.model=syndg-pc-test",
        f"score.nll.model={model_dir}", "score.nll.device=cpu", "score.nll.max_context_tokens=256",
        f"run.cache_path={tmp_path / 'c.sqlite'}"])
    out = tmp_path / "run"
    asyncio.run(syndg_flow(config=cfg, out_dir=str(out)))
    stats = {s["stage"]: s for s in _stats(out)}
    assert stats["score"]["n_in"] == stats["realize"]["n_kept"] == stats["score"]["n_kept"]
    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    assert 1 <= len(records) <= 2
    meta = records[0]["meta"]
    assert meta["scorer"] == "nll" and len(meta["flow_item_scores"]) == 16
    assert len(meta["utterance_item_scores"]) == 16 and meta["total_score"] > 0
    assert len(records[0]["turns"]) == 16 and len(records[0]["parents"]) == 10


def test_bad_topic_file_fails_before_any_output(tmp_path):
    topics = tmp_path / "topics.jsonl"
    topics.write_text('{"topic": "A", "passage": ["One."], "related": ["Missing"]}\n')
    cfg = load_config(SynDGConfig, None, [f"topics={topics}", "llm.backend=fake",
                                          f"run.cache_path={tmp_path / 'c.sqlite'}"])
    with pytest.raises(InputError, match="related"):
        asyncio.run(syndg_flow(config=cfg, out_dir=str(tmp_path / "run")))
    assert not (tmp_path / "run").exists()


def test_cli_run_and_sharegpt_export(tmp_path):
    register_responder("syndg-cli-test", scripted)
    runner = CliRunner()
    out = tmp_path / "run"
    res = runner.invoke(app, ["run", "syndg", "--knowledge", "wow", "--target", "2", "--llm", "fake", "--model",
                              "syndg-cli-test", "--scorer", "judge", "--out", str(out),
                              "--set", "flows.n_flows=4", "--set", f"run.cache_path={tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 0, res.output
    assert f"dataset: {out / 'dataset.jsonl'}" in res.output
    target = tmp_path / "sharegpt.jsonl"
    res = runner.invoke(app, ["export", str(out), "--format", "sharegpt", "--out", str(target)])
    assert res.exit_code == 0, res.output
    row = json.loads(target.read_text().splitlines()[0])
    assert [c["from"] for c in row["conversations"]][:2] == ["human", "gpt"]
    res = runner.invoke(app, ["run", "syndg", "--knowledge", "chat", "--llm", "fake", "--out", str(tmp_path / "x")])
    assert res.exit_code == 2 and "--knowledge 'chat' is not known" in res.output
