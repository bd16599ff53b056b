"""Tables behind a run's figures, in polars: text lengths in words, histograms, verb-noun counts.

Self-Instruct (Wang et al., ACL 2023, §3) describes its generated data with three figures: the
root verbs of the instructions and their direct noun objects (Figure 2), each instruction's
highest ROUGE-L against the seed instructions (Figure 3) and the lengths of instructions,
non-empty inputs and outputs (Figure 4). This module builds the tables those charts draw
(charts.py) and the report prints; nothing here needs matplotlib or spaCy.

A task counts once per instance (one row of an Alpaca-style dataset); lengths are
whitespace-separated words, as in Self-Instruct's Figure 4.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Sequence

import numpy as np
import polars as pl

TASK_SCHEMA = {"id": pl.String, "origin": pl.String, "instruction": pl.String,
               "input": pl.String, "output": pl.String}
DIALOGUE_SCHEMA = {"id": pl.String, "turns": pl.Int64, "words_per_turn": pl.List(pl.Int64)}


def task_frame(records: Iterable[dict[str, Any]]) -> pl.DataFrame:
    """One row per task instance (a task without instances: one row with empty input and output),
    with word counts `instruction_words`, `input_words`, `output_words`."""
    rows = []
    for rec in records:
        if rec.get("kind", "task") != "task" or "instruction" not in rec:
            continue
        for inst in rec.get("instances") or [{}]:
            rows.append({"id": rec.get("id", ""), "origin": rec.get("origin", "machine"),
                         "instruction": rec["instruction"], "input": inst.get("input", ""),
                         "output": inst.get("output", "")})
    frame = pl.DataFrame(rows, schema=TASK_SCHEMA)
    return frame.with_columns(**{f"{c}_words": word_count(pl.col(c)) for c in ("instruction", "input", "output")})


def dialogue_frame(records: Iterable[dict[str, Any]]) -> pl.DataFrame:
    """One row per dialogue: its number of turns and each turn's length in words."""
    rows = [{"id": rec.get("id", ""), "turns": len(rec.get("turns") or []),
             "words_per_turn": [len(str(t.get("text", "")).split()) for t in rec.get("turns") or []]}
            for rec in records if rec.get("kind") == "dialogue"]
    return pl.DataFrame(rows, schema=DIALOGUE_SCHEMA)


def word_count(col: pl.Expr) -> pl.Expr:
    """Whitespace-separated words (Python's `len(text.split())`)."""
    return col.str.count_matches(r"\S+").cast(pl.Int64)


def histogram(values: Sequence[float], edges: Sequence[float]) -> pl.DataFrame:
    """Counts per bin [lo, hi); the last bin also holds values equal to its upper edge. Values
    outside the edges are not counted (callers pick edges that cover them)."""
    counts, _ = np.histogram(np.asarray(values, dtype=float), bins=np.asarray(edges, dtype=float))
    return pl.DataFrame({"lo": list(edges[:-1]), "hi": list(edges[1:]), "count": counts.astype(np.int64)})


def integer_edges(max_value: int, max_bins: int = 25) -> list[int]:
    """Edges 0, w, 2w, ... past `max_value` with a round width w (1, 2, 5, 10, 20, 50, ...) that
    keeps the bins at most `max_bins`: length histograms stay readable at any scale."""
    width = 1
    steps = (1, 2, 5)
    k = 0
    while math.ceil((max_value + 1) / width) > max_bins:
        k += 1
        width = steps[k % 3] * 10 ** (k // 3)
    n_bins = max(1, math.ceil((max_value + 1) / width))
    return [i * width for i in range(n_bins + 1)]


def length_histograms(frame: pl.DataFrame, max_bins: int = 25) -> dict[str, pl.DataFrame]:
    """Word-count histograms of instructions (distinct texts), non-empty inputs and outputs
    (Self-Instruct Figure 4 counts distinct instructions and non-empty inputs)."""
    series = length_series(frame)
    return {name: histogram(values, integer_edges(max(values), max_bins))
            for name, values in series.items() if values}


def length_series(frame: pl.DataFrame) -> dict[str, list[int]]:
    instructions = frame.unique("instruction", keep="first", maintain_order=True)["instruction_words"]
    inputs = frame.filter(pl.col("input").str.strip_chars() != "")["input_words"]
    outputs = frame["output_words"]
    return {"instruction": instructions.to_list(), "input": inputs.to_list(), "output": outputs.to_list()}


def summary_rows(series: dict[str, Sequence[float]], unit: str = "words") -> list[dict[str, Any]]:
    """n, min, median, mean and max of each named list (for the report's text table)."""
    rows = []
    for name, values in series.items():
        if not len(values):
            continue
        s = pl.Series(values, dtype=pl.Float64)
        rows.append({"measure": f"{name} ({unit})" if unit else name, "n": s.len(),
                     "min": _num(s.min()), "median": _num(s.median()), "mean": round(float(s.mean()), 2),
                     "max": _num(s.max())})
    return rows


def _num(x: Any) -> float | int:
    x = float(x)
    return int(x) if x.is_integer() else round(x, 3)


def verb_noun_table(pairs: Iterable[tuple[str | None, str | None]], top_verbs: int = 20,
                    top_nouns: int = 4) -> pl.DataFrame:
    """The `top_verbs` most common root verbs (among instructions with a verb and a direct noun
    object, as Self-Instruct Figure 2) and each one's `top_nouns` most common objects. Columns:
    verb, noun, count, verb_total; ties broken alphabetically so the table is deterministic."""
    both = [(v, n) for v, n in pairs if v and n]
    schema = {"verb": pl.String, "noun": pl.String, "count": pl.Int64, "verb_total": pl.Int64}
    if not both:
        return pl.DataFrame(schema=schema)
    frame = pl.DataFrame(both, schema={"verb": pl.String, "noun": pl.String}, orient="row")
    verbs = (frame.group_by("verb").agg(pl.len().cast(pl.Int64).alias("verb_total"))
             .sort(["verb_total", "verb"], descending=[True, False]).head(top_verbs))
    counts = frame.group_by(["verb", "noun"]).agg(pl.len().cast(pl.Int64).alias("count"))
    table = (counts.join(verbs, on="verb")
             .sort(["verb_total", "verb", "count", "noun"], descending=[True, False, True, False])
             .group_by("verb", maintain_order=True).head(top_nouns))
    return table.select(list(schema))


def verb_noun_rows(table: pl.DataFrame) -> list[dict[str, Any]]:
    """One row per verb: its instruction count and its top nouns with counts (text table)."""
    rows = []
    for (verb,), part in table.group_by("verb", maintain_order=True):
        rows.append({"verb": verb, "instructions": int(part["verb_total"][0]),
                     "top objects": ", ".join(f"{n} {c}" for n, c in zip(part["noun"], part["count"]))})
    return rows
