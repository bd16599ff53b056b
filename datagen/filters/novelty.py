"""ROUGE-L novelty filter: Self-Instruct's incremental pool rule (Wang et al. 2023 §2.3;
yizhongw/self-instruct `bootstrap_instructions.py`).

Consumes records in order and scores each one's text (`cfg.field`) against the pool (seeds plus
everything accepted so far, including records accepted earlier in the same call) with exact
ROUGE-L F (`datagen.text.rouge`, bit-identical to rouge_score). Every record gets
`meta["rouge_l_max"]` and `meta["closest_id"]`; with `top_k > 0` a kept one also gets
`meta["most_similar"]` ({id: score}, the top-k) and `meta["avg_similarity"]` (mean over the
whole pool), as Self-Instruct stores `most_similar_instructions` and `avg_similarity_score` with
the instructions it keeps. Those need every score in the pool; a rejected record's maximum comes
from a pruned pass, so late in a large run, when most candidates are rejected, the filter does
a fraction of the work. With `top_k = 0` only the exact maximum is computed for any record.

Kept records are added to the index, which the flow owns and carries across rounds.

Reject reasons:
  `rouge_too_similar`  max ROUGE-L F > threshold (evidence: closest_id, rouge_l)
"""

from __future__ import annotations

import time
from typing import Any, Iterable, Literal, Sequence

from datagen.config import Share, StrictModel
from datagen.records import Record
from datagen.stage import Reject, RunContext, StageResult, apply_verdicts, stage_name
from datagen.text.novelty_index import NoveltyIndex


class NoveltyConfig(StrictModel):
    threshold: Share = 0.7  # Self-Instruct §2.3 and bootstrap_instructions.py: reject if max ROUGE-L > 0.7
    top_k: int = 10  # Self-Instruct stores the 10 most similar instructions (`most_similar`)
    field: str = "instruction"  # Self-Instruct compares instruction strings only
    tokenizer: Literal["rouge", "unicode"] = "rouge"  # rouge_score's; "unicode" for non-Latin text, which rouge_score empties
    use_stemmer: bool = False  # Self-Instruct: RougeScorer(["rougeL"], use_stemmer=False)


def new_index(cfg: NoveltyConfig, pool: Iterable[Record] = (), workers: int = 0) -> NoveltyIndex:
    """An index with the config's tokenizer, holding `pool` (usually the seeds, under their ids)."""
    index = NoveltyIndex(tokenizer=cfg.tokenizer, use_stemmer=cfg.use_stemmer, workers=workers)
    for record in pool:
        index.add(record.text(cfg.field), record.id)
    return index


def novelty_verdicts(texts: Sequence[str], ids: Sequence[str], cfg: NoveltyConfig,
                     index: NoveltyIndex) -> list[tuple[dict[str, Any], Reject | None]]:
    """Scores (for `meta`) and the verdict of each text, in order; kept texts join the index."""
    if (index.tokenizer, index.use_stemmer) != (cfg.tokenizer, cfg.use_stemmer):
        raise ValueError(f"novelty index uses tokenizer={index.tokenizer!r}, use_stemmer={index.use_stemmer}"
                         f" but the config asks for {cfg.tokenizer!r}, {cfg.use_stemmer}: build it with new_index(cfg)")
    out: list[tuple[dict[str, Any], Reject | None]] = []
    if cfg.top_k > 0:
        for hit, kept in index.query_greedy(texts, ids, cfg.threshold, cfg.top_k, summarise="kept"):
            scores: dict[str, Any] = {"rouge_l_max": hit.max_score, "closest_id": hit.closest_id}
            if kept:
                scores["most_similar"] = {}
                for id_, score in hit.top:
                    scores["most_similar"].setdefault(id_, score)
                scores["avg_similarity"] = hit.avg_score
            out.append((scores, None if kept else
                        Reject("rouge_too_similar", closest_id=hit.closest_id, rouge_l=hit.max_score)))
    else:
        for decision in index.filter_greedy(texts, ids, cfg.threshold):
            scores = {"rouge_l_max": decision.max_score, "closest_id": decision.closest_id}
            out.append((scores, None if decision.kept else
                        Reject("rouge_too_similar", closest_id=decision.closest_id,
                               rouge_l=decision.max_score)))
    return out


def novelty_filter(records: Iterable[Record], cfg: NoveltyConfig, ctx: RunContext | None = None, *,
                   index: NoveltyIndex) -> StageResult:
    """A stage: ROUGE-L novelty of each record against `index` (a pool the flow owns, built with
    `new_index`); kept records join the pool. Rejects `rouge_too_similar`."""
    stage = stage_name(ctx, "novelty")
    started = time.perf_counter()
    records = list(records)
    pairs_before = index.pairs_scored
    verdicts = novelty_verdicts([r.text(cfg.field) for r in records], [r.id for r in records], cfg, index)
    return apply_verdicts(stage, records, verdicts, started,
                          extra={"lcs_pairs": float(index.pairs_scored - pairs_before)})
