"""decontaminate: 13-gram overlap (GPT-3's rule) and ROUGE-L against eval prompts, with evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datagen.errors import InputError
from datagen.filters.decontaminate import DecontamConfig, EvalSet, decontaminate, load_eval_items
from datagen.records import Instance, Task


def task(instruction: str, inp: str = "", out: str = "ok") -> Task:
    return Task.new(instruction, method="test", instances=[Instance(input=inp, output=out)])


@pytest.fixture(scope="module")
def seed_eval(shared_data) -> Path:
    return shared_data / "self-instruct" / "seed_tasks.jsonl"  # Self-Instruct task format as an eval set


@pytest.fixture(scope="module")
def seed_rows(seed_eval) -> list[dict]:
    return [json.loads(line) for line in seed_eval.read_text(encoding="utf-8").splitlines()]


def test_ngram_and_rouge_contamination_with_evidence(seed_eval, seed_rows):
    cfg = DecontamConfig()
    evalset = EvalSet.from_files([seed_eval], cfg)
    assert len(evalset.items) == 175
    leaked_output = seed_rows[0]["instances"][0]["output"]  # long: shares many 13-grams
    paraphrase = seed_rows[5]["instruction"].rstrip("?.") + " please"
    clean = task("Compose a limerick about a cat who learns to play the bassoon.")
    records = [task("Suggest a meal.", out="Here is one. " + leaked_output), task(paraphrase), clean]
    result = decontaminate(records, cfg, evalset)

    assert [r.id for r in result.kept] == [clean.id]
    first, second = result.rejected
    assert first.reason == second.reason == "contaminated"
    assert first.evidence["check"] == "ngram" and first.evidence["eval_line"] == 1
    assert first.evidence["eval_file"] == str(seed_eval) and first.evidence["ngram"] == 13
    assert first.evidence["shared_ngrams"] > 10 and 0 < first.evidence["ngram_overlap"] <= 1
    assert first.evidence["eval_excerpt"].startswith(seed_rows[0]["instruction"][:40])
    assert second.evidence["check"] == "rouge" and second.evidence["eval_line"] == 6
    assert second.evidence["rouge_l"] > 0.7
    assert second.record["meta"]["eval_rouge_l"] == second.evidence["rouge_l"]
    assert result.kept[0].meta["eval_ngram_overlap"] == 0.0
    assert result.stats.rejected_by_reason == {"contaminated": 2}


def test_short_eval_items_match_whole_and_thresholds(tmp_path):
    path = tmp_path / "eval.jsonl"
    path.write_text(json.dumps({"question": "What is the capital of Australia?", "answer": "Canberra"}) + "\n"
                    + json.dumps({"prompt": "Hi there"}) + "\n", encoding="utf-8")
    cfg = DecontamConfig(rouge_threshold=None)
    evalset = EvalSet.from_files([path], cfg)
    hit = task("Quiz time: what is the capital of Australia? Canberra is the answer.")
    everyday = task("Say hi there to the new team member.")  # 2 tokens < short_item_min_tokens
    result = decontaminate([hit, everyday], cfg, evalset)
    assert [r.record["id"] for r in result.rejected] == [hit.id]
    assert result.rejected[0].evidence["ngram"] == 7 and result.rejected[0].evidence["ngram_overlap"] == 1.0

    strict = DecontamConfig(rouge_threshold=None, overlap_threshold=0.5)
    long_eval = tmp_path / "long.jsonl"
    sentence = "the quick brown fox jumps over the lazy dog near the old river bank today"
    long_eval.write_text(json.dumps({"instruction": sentence}) + "\n", encoding="utf-8")
    partly = task(sentence + " " + " ".join(f"word{i}" for i in range(40)))
    assert decontaminate([partly], strict, EvalSet.from_files([long_eval], strict)).rejected == []
    assert decontaminate([partly], DecontamConfig(rouge_threshold=None),
                         EvalSet.from_files([long_eval], DecontamConfig(rouge_threshold=None))).rejected


def test_non_latin_eval_items_are_not_invisible(tmp_path):
    path = tmp_path / "ko.jsonl"
    path.write_text(json.dumps({"instruction": "다음 문장을 영어로 번역하고 그 의미를 설명하세요"}) + "\n", encoding="utf-8")
    cfg = DecontamConfig()
    result = decontaminate([task("다음 문장을 영어로 번역하고 그 의미를 설명하세요")], cfg, EvalSet.from_files([path], cfg))
    assert result.rejected and result.rejected[0].evidence["check"] == "ngram"


def test_bad_eval_files(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError, match="no evaluation items"):
        load_eval_items([empty])
    textless = tmp_path / "textless.jsonl"
    textless.write_text('{"label": 3}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"textless.jsonl, line 1"):
        load_eval_items([textless])
    with pytest.raises(InputError, match="field 'label'"):
        load_eval_items([textless], field="label")
    with pytest.raises(InputError, match="file not found"):
        load_eval_items([tmp_path / "missing.jsonl"])
    with pytest.raises(ValueError, match="another DecontamConfig"):
        decontaminate([], DecontamConfig(ngram=8), EvalSet([], DecontamConfig()))
