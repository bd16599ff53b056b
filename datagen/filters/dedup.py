"""Near-duplicate (MinHash-LSH) and exact-duplicate removal, composable after any generator.

`minhash_dedup` consumes records in order, keeps the first of each group of near-duplicates and
rejects later ones; the index is optional so a flow can carry it across rounds (or share it
through Redis). Each record's best candidate is written to `meta["minhash_jaccard"]` and
`meta["minhash_duplicate_of"]` before the decision. `exact_dedup` compares the normalized
text (NFKC, casefold, collapsed whitespace) and keeps first occurrences; `seen` (content hash ->
id) can persist across calls.

Reject reasons:
  `minhash_duplicate`  shares an LSH bucket with a kept record (evidence: duplicate_of, jaccard:
                       the MinHash estimate, or the exact Jaccard with `exact_check`)
  `exact_duplicate`    same normalized text as an earlier record (evidence: duplicate_of)
"""

from __future__ import annotations

import time
from typing import Any, Iterable, Literal, Sequence

from datagen.config import Share, StrictModel
from datagen.records import Record
from datagen.record_file import batched, streams_input
from datagen.stage import Reject, RunContext, StageResult, StageSinks, apply_verdicts, stage_name
from datagen.text.minhash_index import MinHashIndex
from datagen.text.normalize import content_hash


class MinHashConfig(StrictModel):
    threshold: Share = 0.8  # Lee et al. 2022, "Deduplicating Training Data" (NearDup): Jaccard >= 0.8
    num_perm: int = 128  # datasketch's MinHash default
    shingle: Literal["word", "char"] = "word"  # Lee et al. 2022 shingle words
    ngram: int = 5  # Lee et al. 2022: 5-grams
    field: str = "all"  # instruction + input + output: a task is a duplicate as a whole
    exact_check: bool = False  # verify LSH candidates with the exact Jaccard of the shingle sets
    seed: int = 1  # datasketch's MinHash default


def new_minhash_index(cfg: MinHashConfig, **storage: Any) -> MinHashIndex:
    """An index for this config; `storage="redis", redis_config={...}` shares it through Redis."""
    return MinHashIndex(threshold=cfg.threshold, num_perm=cfg.num_perm, shingle=cfg.shingle,
                        ngram=cfg.ngram, seed=cfg.seed, exact_check=cfg.exact_check, **storage)


def minhash_verdicts(texts: Sequence[str], ids: Sequence[str], cfg: MinHashConfig,
                     index: MinHashIndex) -> list[tuple[dict[str, Any], Reject | None]]:
    wanted = (cfg.threshold, cfg.num_perm, cfg.shingle, cfg.ngram, cfg.exact_check)
    actual = (index.threshold, index.hasher.num_perm, index.shingle, index.ngram, index.exact_check)
    if wanted != actual:
        raise ValueError(f"MinHash index built with {actual} but the config asks for {wanted}:"
                         " build it with new_minhash_index(cfg)")
    out: list[tuple[dict[str, Any], Reject | None]] = []
    for dups in index.query_insert_many(ids, texts):
        best_id, best = dups[0] if dups else (None, 0.0)
        scores = {"minhash_jaccard": best, "minhash_duplicate_of": best_id}
        out.append((scores, Reject("minhash_duplicate", duplicate_of=best_id, jaccard=best) if dups else None))
    return out


def exact_verdicts(texts: Sequence[str], ids: Sequence[str],
                   seen: dict[str, str] | None = None) -> list[tuple[str, Reject | None]]:
    """(content hash, verdict) per text; `seen` maps hashes to the id of their first occurrence."""
    seen = {} if seen is None else seen
    out: list[tuple[str, Reject | None]] = []
    for text, id_ in zip(texts, ids):
        key = content_hash(text)
        if key in seen:
            out.append((key, Reject("exact_duplicate", duplicate_of=seen[key])))
        else:
            seen[key] = id_
            out.append((key, None))
    return out


DEDUP_BLOCK = 1024  # records per MinHash batch: a block's rows and shingle sets are held (~20 MB), not the input's


@streams_input
def minhash_dedup(records: Iterable[Record], cfg: MinHashConfig, ctx: RunContext | None = None, *,
                  index: MinHashIndex | None = None) -> StageResult:
    """A stage: MinHash near-duplicates (first occurrence kept). Rejects `minhash_duplicate`.
    Reads its input in blocks and, in a flow, writes kept and rejected rows as it goes: the
    decisions are those of one pass over all records (the index keeps first occurrences across
    blocks), and memory holds a block plus the index (~0.6 KB per kept row), not the rows."""
    stage = stage_name(ctx, "minhash_dedup")
    started = time.perf_counter()
    index = index if index is not None else new_minhash_index(cfg)
    n_in = 0
    with StageSinks(stage, ctx) as out:
        for block in batched(records, DEDUP_BLOCK):
            out.apply(block, minhash_verdicts([r.text(cfg.field) for r in block], [r.id for r in block], cfg, index))
            n_in += len(block)
        return out.result(n_in, started)


def exact_dedup(records: Iterable[Record], field: str = "all", stage: str = "exact_dedup",
                seen: dict[str, str] | None = None) -> StageResult:
    started = time.perf_counter()
    records = list(records)
    verdicts = exact_verdicts([r.text(field) for r in records], [r.id for r in records], seen)
    return apply_verdicts(stage, records, [({"content_hash": key}, v) for key, v in verdicts], started)
