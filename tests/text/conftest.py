"""Real texts from ../shared/data for the ROUGE-L and MinHash equivalence tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_tasks(shared_data: Path) -> list[dict]:
    return _read_jsonl(shared_data / "self-instruct" / "seed_tasks.jsonl")


@pytest.fixture(scope="session")
def explore_examples(shared_data: Path) -> list[dict]:
    out: list[dict] = []
    for path in sorted((shared_data / "explore-instruct" / "demo_domain").glob("*.json")):
        out += json.loads(path.read_text(encoding="utf-8")).get("examples", [])
    return out


@pytest.fixture(scope="session")
def ensemble_rows(shared_data: Path) -> list[dict]:
    return _read_jsonl(shared_data / "ensemble-instruct" / "sample" / "openei.samples.jsonl")


@pytest.fixture(scope="session")
def real_texts(seed_tasks, explore_examples, ensemble_rows) -> list[str]:
    """Instructions, inputs and outputs of all three sources (empty strings included)."""
    texts: list[str] = []
    for task in seed_tasks:
        texts += [task["instruction"], task["instances"][0]["input"], task["instances"][0]["output"]]
    for ex in explore_examples:
        texts += [ex["instruction"], ex.get("input", ""), ex.get("output", "")]
    for row in ensemble_rows:
        texts += [row["instruction"], row.get("input", ""), row.get("output", "")]
    return texts


@pytest.fixture(scope="session")
def edge_texts() -> list[str]:
    """Strings rouge_score handles specially: empty, punctuation only, one token, non-Latin scripts."""
    return EDGE_TEXTS


EDGE_TEXTS = ["", "   ", "?!", "a", "A", "Write", "writing", "한국어 문장입니다", "한국어 문장입니다",
              "日本語のテキスト", "Ünïcödé naïve café", "İstanbul", "ﬁle", "K", "x_y-z", "3.14 and 2,718",
              "Σίσυφος ΣΊΣΥΦΟΣ", "नमस्ते दुनिया"]
