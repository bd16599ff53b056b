"""The Self-Instruct flow end to end under the session Prefect harness, with scripted replies
(in process) and through the fake OpenAI-compatible HTTP server (real client code path)."""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
from pathlib import Path

import pytest

from datagen.config import load_config
from datagen.llm.fake import register_responder
from datagen.llm.fake_server import FakeOpenAIServer
from datagen.methods.self_instruct.config import SelfInstructConfig
from flows.self_instruct_flow import self_instruct_flow

VOCAB = [f"{a}{b}" for a in ("zor", "mik", "tal", "ven", "kup", "dra", "sel", "nob", "fet", "ryx")
         for b in ("ar", "ev", "il", "om", "un", "yx", "ast", "orp", "ild", "enk")]


def scripted_reply(prompt: str) -> str:
    """Plausible completion-mode replies for each prompt kind, deterministic in the prompt."""
    rng = random.Random(prompt)
    if prompt.rstrip().endswith("Is it classification?"):
        return " Yes" if rng.random() < 0.3 else " No"
    if re.search(r"\n9\.\s*$", prompt):  # bootstrap: continue the numbered list from 9
        items = [" ".join(rng.sample(VOCAB, 7)) + " carefully." for _ in range(4)]
        items.append("Draw an image of a cat sitting on the mat.")  # blacklisted word
        items.append(items[0])  # an exact repeat: ROUGE-L 1.0 against the pool
        return " " + items[0] + "".join(f"\n{10 + i}. {t}" for i, t in enumerate(items[1:]))
    if "Class label:" in prompt[-400:]:
        return "Class label: Positive\nSentence: I loved it.\nClass label: Negative\nSentence: Awful."
    return "Example 1\nInput: " + " ".join(rng.sample(VOCAB, 5)) + "\nOutput: " + " ".join(rng.sample(VOCAB, 6))


def chat_reply(messages: list[dict]) -> str:
    """What a chat model answers to the chat form of each prompt kind: preambles, bold,
    numbering restarted at 1, closing remarks, as real Instruct models write."""
    system = messages[0]["content"] if messages[0]["role"] == "system" else ""
    rng = random.Random(repr(messages))
    if "numbered list of new tasks" in system:
        items = [" ".join(rng.sample(VOCAB, 7)) + " carefully." for _ in range(4)]
        items.append("Draw an image of a cat sitting on the mat.")  # blacklisted word
        items.append(items[0])  # an exact repeat: ROUGE-L 1.0 against the pool
        body = "\n".join(f"{i}. **{t}**" if i == 2 else f"{i}. {t}" for i, t in enumerate(items, 1))
        return f"Sure! Here are some new tasks:\n\n{body}\n\nLet me know if you need more!"
    if "Yes or No" in system:
        return "**Yes**" if rng.random() < 0.3 else "No."
    if "Class label:" in system:
        return ("Here you go:\n\nClass label: Positive\nSentence: I loved it.\n"
                "Class label: Negative\nSentence: Awful.")
    return ("Sure! Here is an example:\n\nExample 1\nInput: " + " ".join(rng.sample(VOCAB, 5))
            + "\nOutput: " + " ".join(rng.sample(VOCAB, 6)) + "\n\nI hope this helps!")


def reply_to(request) -> str:
    """A chat reply to a chat request, a completion to raw text (as the endpoint receives it)."""
    return chat_reply(request.as_messages()) if request.messages is not None else scripted_reply(request.prompt)


def reply_to_body(body: dict) -> str:
    """The same for an HTTP request body of /v1/chat/completions or /v1/completions."""
    return chat_reply(body["messages"]) if "messages" in body else scripted_reply(body.get("prompt", ""))


def _config(tmp_path: Path, **llm) -> SelfInstructConfig:
    return load_config(SelfInstructConfig, None, [
        "target=6", f"run.cache_path={tmp_path / 'cache.sqlite'}", *(f"llm.{k}={v}" for k, v in llm.items())])


def _stage_stats(run_dir: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(run_dir.glob("*/stats.json"))]


def test_flow_with_scripted_client_writes_dataset_and_balanced_stages(tmp_path):
    calls = []

    def responder(request):
        calls.append(request)
        return reply_to(request)

    register_responder("si-flow-test", responder)
    cfg = _config(tmp_path, backend="fake", model="si-flow-test")
    out = tmp_path / "run"
    asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))

    rows = [json.loads(l) for l in (out / "dataset.jsonl").read_text().splitlines()]
    assert rows and all(set(r) == {"instruction", "input", "output"} for r in rows)
    stats = _stage_stats(out)
    assert all(s["n_in"] == s["n_kept"] + s["n_rejected"] for s in stats)
    names = [p.name for p in sorted(out.glob("[0-9]*_*"))]
    assert names[0] == "000_seeds" and names[1] == "001_bootstrap" and names[-1].endswith("minhash_dedup")
    reasons = {r for s in stats for r in s["rejected_by_reason"]}
    assert {"blacklisted_word", "rouge_too_similar"} <= reasons
    picked = next(s for s in stats if s["stage"] == "select_target")
    assert picked["n_kept"] == 6
    bootstrap = next(s for s in stats if s["stage"] == "bootstrap")
    # continuous pipelining: the first window asks for one answer per missing instruction (6)
    assert bootstrap["llm_requests"] == 6 and bootstrap["completion_tokens"] > 0
    assert (out / "report.md").read_text().count("| bootstrap |") == 1
    assert "config.yaml" in os.listdir(out)

    # rerun the finished run into the same folder: every stage resumes, no request is repeated
    n_calls, dataset = len(calls), (out / "dataset.jsonl").read_bytes()
    asyncio.run(self_instruct_flow(config=cfg, out_dir=str(out)))
    assert len(calls) == n_calls
    assert (out / "dataset.jsonl").read_bytes() == dataset


def test_flow_through_fake_http_server_and_rerun_makes_zero_requests(tmp_path):
    with FakeOpenAIServer(responder=reply_to_body) as server:
        os.environ["DATAGEN_TEST_KEY"] = "sk-test-sentinel-123456"
        cfg = _config(tmp_path, backend="openai", base_url=server.base_url, model="fake-model",
                      api_key_env="DATAGEN_TEST_KEY")  # endpoints default to chat
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / "a")))
        first = server.count
        assert first > 0 and (tmp_path / "a" / "dataset.jsonl").stat().st_size > 0
        # a fresh run folder with the same seed and cache: all answers come from the cache
        asyncio.run(self_instruct_flow(config=cfg, out_dir=str(tmp_path / "b")))
        assert server.count == first
        assert (tmp_path / "a" / "dataset.jsonl").read_bytes() == (tmp_path / "b" / "dataset.jsonl").read_bytes()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"sk-test-sentinel-123456" not in path.read_bytes(), path
