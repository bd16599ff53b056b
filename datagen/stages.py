"""Filter stages on plain dicts, for notebooks and scripts.

    from datagen import stages
    out = stages.heuristics([{"instruction": "Write a haiku about rain."}, {"instruction": "Hi"}])
    out.kept      # [{"instruction": "Write a haiku about rain."}]
    out.rejected  # [{"row": {"instruction": "Hi"}, "reason": "too_short", "evidence": {...}}]
    out.stats     # {"stage": "heuristics", "n_in": 2, "n_kept": 1, ...}

A row is an Alpaca dict (`instruction`, optional `input` and `output`, any other keys kept as
they are) or a full record as in a run's records.jsonl (it has `id` and `method`). Kept rows
come back in the shape they came in; a stage's config is its keywords (the `heuristics:`,
`novelty:` or `minhash:` section of a method's config). `to_records`/`to_dicts` convert by hand
for the other stages in datagen.filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from datagen.records import Instance, Record, Task, record_from_dict, stable_id
from datagen.stage import StageResult

ROW_KEY = "datagen_row"  # where to_records keeps a row's position (in Record.meta)


@dataclass
class StageOutput:
    """A stage's verdicts on plain dicts: kept rows, rejected rows with reason and evidence, counts."""

    kept: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    stats: dict[str, Any]


def is_record(row: dict[str, Any]) -> bool:
    return "id" in row and "method" in row


def to_records(rows: Iterable[dict[str, Any]], method: str = "user") -> list[Record]:
    """Records for a stage: record dicts as they are, Alpaca rows as one-instance Tasks."""
    out: list[Record] = []
    for i, row in enumerate(rows):
        if is_record(row):
            record = record_from_dict(row)
        else:
            if not isinstance(row.get("instruction"), str):
                raise ValueError(f"row {i}: needs an `instruction` string (or a full record with id and method)")
            inp, outp = str(row.get("input") or ""), str(row.get("output") or "")
            record = Task(id=stable_id("row", i, row["instruction"]), method=method,
                          instruction=row["instruction"],
                          instances=[Instance(input=inp, output=outp)] if inp or outp else [])
        record.meta[ROW_KEY] = i
        out.append(record)
    return out


def to_dicts(records: Iterable[Record | dict[str, Any]], rows: Sequence[dict[str, Any]] | None = None
             ) -> list[dict[str, Any]]:
    """Records back to dicts: given the `rows` they came from, in the same shape as each row
    (an Alpaca row gets the record's instruction, input and output); else record dicts."""
    out = []
    for rec in records:
        data = rec if isinstance(rec, dict) else rec.model_dump(mode="json")
        meta = dict(data.get("meta") or {})
        index = meta.pop(ROW_KEY, None)
        original = rows[index] if rows is not None and index is not None else None
        if original is None or is_record(original):
            out.append({**data, "meta": meta})
            continue
        first = (data.get("instances") or [{}])[0]
        row = {**original, "instruction": data.get("instruction", original.get("instruction"))}
        if "input" in original or first.get("input"):
            row["input"] = first.get("input", "")
        if "output" in original or first.get("output"):
            row["output"] = first.get("output", "")
        out.append(row)
    return out


def stage_output(result: StageResult, rows: Sequence[dict[str, Any]]) -> StageOutput:
    rejected = [{"row": to_dicts([r.record], rows)[0], "reason": r.reason, "evidence": r.evidence}
                for r in result.rejected]
    return StageOutput(to_dicts(result.kept, rows), rejected, result.stats.model_dump(mode="json"))


def heuristics(rows: Sequence[dict[str, Any]], **config: Any) -> StageOutput:
    """Self-Instruct's rule filter (length, blacklist, banned prefixes, punctuation...);
    keywords are HeuristicConfig fields, e.g. `blacklist="alpaca"`, `min_words=5`."""
    from datagen.filters.heuristics import HeuristicConfig, heuristic_filter

    rows = list(rows)
    return stage_output(heuristic_filter(to_records(rows), HeuristicConfig(**config)), rows)


def novelty(rows: Sequence[dict[str, Any]], against: Sequence[dict[str, Any]] = (), **config: Any) -> StageOutput:
    """ROUGE-L novelty: a row too similar to `against` or to an earlier kept row is rejected;
    keywords are NoveltyConfig fields, e.g. `threshold=0.7`."""
    from datagen.filters.novelty import NoveltyConfig, new_index, novelty_filter

    rows, cfg = list(rows), NoveltyConfig(**config)
    pool = [r.model_copy(update={"id": f"against-{i}"}) for i, r in enumerate(to_records(against))]
    return stage_output(novelty_filter(to_records(rows), cfg, index=new_index(cfg, pool)), rows)


def minhash_dedup(rows: Sequence[dict[str, Any]], **config: Any) -> StageOutput:
    """MinHash-LSH near-duplicates (the first of each group kept); keywords are MinHashConfig
    fields, e.g. `threshold=0.8`, `field="instruction"`."""
    from datagen.filters.dedup import MinHashConfig
    from datagen.filters.dedup import minhash_dedup as dedup

    rows = list(rows)
    return stage_output(dedup(to_records(rows), MinHashConfig(**config)), rows)


def exact_dedup(rows: Sequence[dict[str, Any]], field: str = "all") -> StageOutput:
    """Exact duplicates after normalisation (case, spacing, Unicode form); the first is kept."""
    from datagen.filters.dedup import exact_dedup as dedup

    rows = list(rows)
    return stage_output(dedup(to_records(rows), field), rows)
