"""SynDG report pieces: score quantiles, a text histogram, and a sample of dialogues with their
flows and scores (for the run report and the Prefect UI; no Prefect here)."""

from __future__ import annotations

import math
from typing import Any, Sequence

from datagen.records import Dialogue
from datagen.report import markdown_table

SCORES = ("flow_score", "utterance_score", "total_score")
QUANTILES = (("min", 0.0), ("p10", 0.1), ("p25", 0.25), ("median", 0.5), ("p75", 0.75), ("p90", 0.9),
             ("max", 1.0))


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not sorted_values:
        return math.nan
    pos = q * (len(sorted_values) - 1)
    lo, hi = math.floor(pos), math.ceil(pos)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def score_quantile_rows(dialogues: Sequence[Dialogue]) -> list[dict[str, Any]]:
    rows = []
    for key in SCORES:
        values = sorted(d.meta[key] for d in dialogues if key in d.meta)
        row: dict[str, Any] = {"score": key, "n": len(values)}
        row.update({name: round(quantile(values, q), 3) if values else "" for name, q in QUANTILES})
        row["mean"] = round(sum(values) / len(values), 3) if values else ""
        rows.append(row)
    return rows


def text_histogram(values: Sequence[float], bins: int = 10, width: int = 40) -> str:
    """Equal-width bins from min to max, one line each: `[lo, hi)  ####  count`."""
    if not values:
        return "(no scores)"
    lo, hi = min(values), max(values)
    if lo == hi:
        return f"[{lo:8.3f}, {hi:8.3f}]  {'#' * width}  {len(values)}"
    step = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        counts[min(int((v - lo) / step), bins - 1)] += 1
    top = max(counts)
    lines = []
    for k, n in enumerate(counts):
        left, right = lo + k * step, lo + (k + 1) * step
        bar = "#" * (round(width * n / top) if top else 0)
        lines.append(f"[{left:8.3f}, {right:8.3f}{']' if k == bins - 1 else ')'}  {bar:<{width}}  {n}")
    return "\n".join(lines)


def _short(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def dialogue_sample_rows(dialogues: Sequence[Dialogue], n: int = 10, chars: int = 300) -> list[dict[str, Any]]:
    """Best-first sample: grounding source, flow, dialogue and scores of up to n dialogues."""
    ranked = sorted(dialogues, key=lambda d: (d.meta.get("total_score", math.inf), d.id))[:n]
    rows = []
    for d in ranked:
        source = d.meta.get("chosen_topic") or " / ".join(" ".join(side) for side in d.meta.get("personas", []))
        rows.append({
            "id": d.id, "style": d.meta.get("style", ""), "grounding": _short(source, 120),
            "flow": _short(" ‖ ".join(d.flow), chars),
            "dialogue": _short(" ‖ ".join(f"{t.speaker}: {t.text}" for t in d.turns), chars),
            **{key: d.meta.get(key, "") for key in SCORES},
        })
    return rows


def report_section(scored: Sequence[Dialogue], kept: Sequence[Dialogue]) -> str:
    """Markdown appended to the run report: score distribution and the best dialogues."""
    totals = [d.meta["total_score"] for d in scored if "total_score" in d.meta]
    scorer = next((d.meta.get("scorer") for d in scored if d.meta.get("scorer")), "?")
    lines = ["## SynDG scores", "",
             f"Scorer: {scorer} (lower is better; total = flow + utterance). "
             f"{len(scored)} dialogues scored, {len(kept)} kept.", "",
             markdown_table(score_quantile_rows(scored)), "Total score histogram (all scored dialogues):", "",
             "```", text_histogram(totals), "```", "", "## Best dialogues kept", "",
             markdown_table(dialogue_sample_rows(kept, n=5, chars=200))]
    return "\n".join(lines)
