"""Decontamination: drop generated records that overlap an evaluation set.

Two checks, each scored into `meta` before the decision:
- n-gram overlap, GPT-3's rule (Brown et al. 2020, App. C): a record is contaminated when it
  shares a 13-gram with an eval item; an eval item shorter than 13 tokens counts when it appears
  whole inside the record. `overlap_threshold` can demand a larger share of the record's n-grams
  found in one eval item. `meta["eval_ngram_overlap"]` holds the best share.
- ROUGE-L F between the record's instruction and each eval item's prompt (exact, via
  NoveltyIndex); above `rouge_threshold` the record is a paraphrase of an eval prompt.
  `meta["eval_rouge_l"]` holds the maximum.

Eval items come from user JSONL files (e.g. Self-Instruct's `user_oriented_instructions.jsonl`,
which its README asks not to train on). Their text is found automatically (instruction /
question / prompt / query / text, input / context, output / answer / response, and Self-Instruct
`instances`) or from `eval_field`.

Reject reasons:
  `contaminated`  evidence: check ("ngram" or "rouge"), eval_file, eval_line, eval_excerpt, and
                  ngram, shared_ngrams, ngram_overlap, or rouge_l
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Literal, Sequence

from datagen.config import Share, StrictModel
from datagen.errors import InputError
from datagen.io import iter_jsonl
from datagen.records import Record
from datagen.stage import Reject, StageResult, apply_verdicts
from datagen.text.novelty_index import NoveltyIndex
from datagen.text.rouge import tokenize

PROMPT_KEYS = ("instruction", "question", "prompt", "query", "text")
CONTEXT_KEYS = ("input", "context", "passage")
ANSWER_KEYS = ("output", "answer", "response", "completion", "target")


class DecontamConfig(StrictModel):
    ngram: int = 13  # GPT-3 (Brown et al. 2020, App. C): 13-gram collisions
    overlap_threshold: Share = 0.0  # GPT-3: any shared 13-gram; raise it to require a share of the record's n-grams
    short_item_min_tokens: int = 4  # ours: whole-item matches for shorter eval items would hit everyday phrases
    rouge_threshold: Share | None = 0.7  # Self-Instruct's "too similar" ROUGE-L (§2.3), against eval prompts; None = off
    field: str = "all"  # n-grams over instruction + input + output
    rouge_field: str = "instruction"
    eval_field: str | None = None  # None: found automatically
    tokenizer: Literal["rouge", "unicode"] = "unicode"  # rouge_score's tokenizer empties non-Latin text


@dataclass(frozen=True)
class EvalItem:
    file: str
    line: int
    text: str  # everything compared by n-grams
    prompt: str  # what ROUGE-L compares the record's instruction with

    @property
    def excerpt(self) -> str:
        flat = " ".join(self.text.split())
        return flat if len(flat) <= 120 else flat[:117] + "..."


def _strings(obj: dict[str, Any], keys: Sequence[str]) -> list[str]:
    return [obj[k] for k in keys if isinstance(obj.get(k), str) and obj[k].strip()]


def eval_item(obj: dict[str, Any], path: Path, line: int, field: str | None = None) -> EvalItem:
    if field is not None:
        value = obj.get(field)
        if not isinstance(value, str) or not value.strip():
            raise InputError(path, "missing or not a non-empty string", line=line, field=field)
        return EvalItem(str(path), line, value, value)
    prompts = _strings(obj, PROMPT_KEYS)
    parts = prompts + _strings(obj, CONTEXT_KEYS) + _strings(obj, ANSWER_KEYS)
    for inst in obj.get("instances") or []:  # Self-Instruct's task format
        if isinstance(inst, dict):
            parts += _strings(inst, ("input", "output"))
    if not parts:
        raise InputError(path, "no text to compare", line=line, field="/".join(PROMPT_KEYS),
                         fix="give the eval file's text field explicitly")
    return EvalItem(str(path), line, "\n".join(parts), prompts[0] if prompts else parts[0])


def load_eval_items(paths: Iterable[Path], field: str | None = None) -> list[EvalItem]:
    items: list[EvalItem] = []
    for path in paths:
        found = [eval_item(obj, Path(path), line, field) for line, obj in iter_jsonl(Path(path))]
        if not found:
            raise InputError(path, "no evaluation items", fix="check the file")
        items += found
    return items


class EvalSet:
    """Eval items indexed once: their n-grams, and their prompts in a NoveltyIndex."""

    def __init__(self, items: Sequence[EvalItem], cfg: DecontamConfig) -> None:
        self.items, self.cfg = list(items), cfg
        self.grams: dict[tuple[str, ...], list[int]] = {}
        self.short_lengths: set[int] = set()
        for k, item in enumerate(self.items):
            tokens = tokenize(item.text, cfg.tokenizer)
            if len(tokens) < cfg.ngram:
                if len(tokens) >= cfg.short_item_min_tokens:
                    self.short_lengths.add(len(tokens))
                    self.grams.setdefault(tuple(tokens), []).append(k)
                continue
            for gram in set(_ngrams(tokens, cfg.ngram)):
                self.grams.setdefault(gram, []).append(k)
        self.prompts = NoveltyIndex(tokenizer=cfg.tokenizer)
        if cfg.rouge_threshold is not None:
            self.prompts.add_many([i.prompt for i in self.items], [str(k) for k in range(len(self.items))])

    @classmethod
    def from_files(cls, paths: Iterable[Path], cfg: DecontamConfig) -> EvalSet:
        return cls(load_eval_items(paths, cfg.eval_field), cfg)

    def best_ngram_match(self, text: str) -> tuple[int | None, int, float, int]:
        """(eval item, shared n-grams, share of the record's n-grams, n) for the best item."""
        tokens = tokenize(text, self.cfg.tokenizer)
        grams = set(_ngrams(tokens, self.cfg.ngram))
        shared: Counter[int] = Counter()
        for gram in grams:
            shared.update(self.grams.get(gram, ()))
        if shared:
            k, count = min(shared.items(), key=lambda kv: (-kv[1], kv[0]))
            return k, count, count / len(grams), self.cfg.ngram
        for length in sorted(self.short_lengths, reverse=True):
            for gram in _ngrams(tokens, length):
                if gram in self.grams:
                    return self.grams[gram][0], 1, 1.0, length
        return None, 0, 0.0, self.cfg.ngram

    def verdicts(self, texts: Sequence[str], rouge_texts: Sequence[str]) -> list[tuple[dict[str, Any], Reject | None]]:
        cfg = self.cfg
        maxima = self.prompts.max_scores(rouge_texts) if cfg.rouge_threshold is not None else None
        out: list[tuple[dict[str, Any], Reject | None]] = []
        for i, text in enumerate(texts):
            k, count, share, n = self.best_ngram_match(text)
            scores: dict[str, Any] = {"eval_ngram_overlap": share}
            verdict = None
            if k is not None and share > cfg.overlap_threshold:
                verdict = self._reject(k, "ngram", ngram=n, shared_ngrams=count, ngram_overlap=round(share, 4))
            if maxima is not None:
                rouge, closest = maxima[i]
                scores["eval_rouge_l"] = rouge
                if verdict is None and closest is not None and rouge > cfg.rouge_threshold:
                    verdict = self._reject(int(closest), "rouge", rouge_l=rouge)
            out.append((scores, verdict))
        return out

    def _reject(self, k: int, check: str, **figures: Any) -> Reject:
        item = self.items[k]
        return Reject("contaminated", check=check, eval_file=item.file, eval_line=item.line,
                      eval_excerpt=item.excerpt, **figures)


def _ngrams(tokens: Sequence[str], n: int) -> Iterable[tuple[str, ...]]:
    return (tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def decontaminate(records: Iterable[Record], cfg: DecontamConfig, evalset: EvalSet,
                  stage: str = "decontaminate") -> StageResult:
    started = time.perf_counter()
    if evalset.cfg != cfg:
        raise ValueError("the eval set was indexed with another DecontamConfig: build it with EvalSet.from_files(paths, cfg)")
    records = list(records)
    verdicts = evalset.verdicts([r.text(cfg.field) for r in records], [r.text(cfg.rouge_field) for r in records])
    return apply_verdicts(stage, records, verdicts, started)
