"""A tiny, fixed run folder for report tests: stage folders with stats.json, seeds, records."""

from __future__ import annotations

import json
from pathlib import Path

from datagen.io import write_json, write_jsonl
from datagen.records import Dialogue, Instance, Task, Turn
from datagen.stage import StageStats

SEEDS = [
    "Write a poem about the sea.",
    "Summarize the following article in two sentences.",
    "Classify the sentiment of this review.",
]
# (instruction, input, output): words 6/0/3, 7/4/2, 6/3/5, 4/0/2, 8/0/4
MACHINE = [
    ("Write a poem about the mountains.", "", "Snow, stone, silence."),
    ("Summarize the following story in one sentence.", "A fox ate grapes.", "Fox ate."),
    ("Classify the tone of this email.", "Please reply soon.", "It is urgent and polite."),
    ("Tell me a joke.", "", "Knock knock."),
    ("Explain the concept of inflation to a child.", "", "Prices go up slowly."),
]


def write_stage(root: Path, index: int, stats: StageStats, kept: list) -> None:
    folder = root / f"{index:03d}_{stats.stage}"
    write_jsonl(folder / "kept.jsonl", kept)
    write_jsonl(folder / "rejected.jsonl", [])
    write_json(folder / "stats.json", stats)


def task_run(root: Path, with_seeds: bool = True) -> Path:
    """A Self-Instruct-like run: seeds, two bootstrap rounds, novelty, records.jsonl, summary."""
    seeds = [Task.new(t, "seed", origin="seed", instances=[Instance(output="x")]) for t in SEEDS]
    machine = [Task.new(i, "self-instruct", instances=[Instance(input=inp, output=out)],
                        meta={"rouge_l_max": 0.5}) for i, inp, out in MACHINE]
    if with_seeds:
        write_stage(root, 0, StageStats(stage="seeds", n_in=3, n_kept=3), seeds)
    write_stage(root, 1, StageStats(stage="bootstrap", n_in=4, n_kept=4, llm_requests=2, llm_cached=1,
                                    prompt_tokens=100, completion_tokens=40, cost_usd=0.002, seconds=1.5),
                machine[:4])
    write_stage(root, 2, StageStats(stage="bootstrap", n_in=3, n_kept=2, n_rejected=1,
                                    rejected_by_reason={"parse_failed": 1}, llm_requests=1, llm_errors=1,
                                    llm_retries=2, prompt_tokens=50, completion_tokens=10), machine[3:])
    write_stage(root, 3, StageStats(stage="novelty", n_in=6, n_kept=5, n_rejected=1,
                                    rejected_by_reason={"rouge_too_similar": 1}), machine)
    write_jsonl(root / "records.jsonl", machine)
    write_json(root / "summary.json", {"flow": "self-instruct (test)", "dataset": str(root / "dataset.jsonl"),
                                       "dataset_rows": 5, "llm": "fake", "n_seeds": 3, "target": 5,
                                       "figures": {"machine rows in dataset": 5}})
    (root / "config.yaml").write_text("novelty:\n  threshold: 0.7\n  tokenizer: rouge\n", encoding="utf-8")
    return root


def dialogue_run(root: Path) -> Path:
    """A SynDG-like run: dialogues of 2, 3 and 3 turns."""
    def dialogue(n: int, k: int) -> Dialogue:
        turns = [Turn(speaker="user" if i % 2 == 0 else "assistant", text=" ".join(["word"] * (i + 1)))
                 for i in range(n)]
        return Dialogue(id=f"d{k}", method="syndg", turns=turns)

    kept = [dialogue(2, 0), dialogue(3, 1), dialogue(3, 2)]
    write_stage(root, 0, StageStats(stage="realize", n_in=3, n_kept=3), kept)
    write_jsonl(root / "records.jsonl", kept)
    return root


def tag_run(root: Path) -> Path:
    """An InsTag-like run: tagged queries and the tag vocabulary."""
    task_run(root, with_seeds=False)
    (root / "tag_vocabulary.json").write_text(json.dumps({"queries": 5, "tags": [
        {"tag": "creative writing", "count": 3, "aliases": []},
        {"tag": "summarization", "count": 2, "aliases": []}]}), encoding="utf-8")
    return root
