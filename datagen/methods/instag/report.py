"""The InsTag run's own files and report sections: tag vocabulary with aliases, the merge log,
the normalization funnel and the metrics of the pool, the Cf-D subset and the random baseline.
Plain data in, rows and markdown out (the flow writes and publishes them).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Sequence

from datagen.methods.instag.metrics import TagMetrics
from datagen.report import markdown_table
from datagen.stage import StageStats

NORMALIZATION_STEPS = ("frequency", "rule", "semantic", "association")


def final_names(merges: Iterable[dict[str, Any]]) -> dict[str, str | None]:
    """Every renamed or dropped tag -> the tag it finally became (None: dropped), following
    chains across steps ("Code-Gen" -> "code gen" -> "code generation"). Merges scoped to the
    records holding their target (association) are not renames and are left out."""
    parent: dict[str, str | None] = {}
    for m in merges:
        if m.get("scope", "all") == "all":
            parent.setdefault(m["from"], m["to"])
    out: dict[str, str | None] = {}
    for tag in parent:
        seen = {tag}
        name: str | None = parent[tag]
        while name is not None and name in parent and name not in seen:
            seen.add(name)
            name = parent[name]
        out[tag] = name
    return out


def vocabulary_rows(tag_sets: Sequence[Sequence[str]], merges: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The final vocabulary, most used first: tag, queries carrying it, the names merged into it."""
    counts: Counter = Counter()
    for tags in tag_sets:
        counts.update(set(tags))
    aliases: dict[str, list[str]] = {}
    for tag, name in final_names(merges).items():
        if name is not None:
            aliases.setdefault(name, []).append(tag)
    return [{"tag": tag, "count": n, "aliases": sorted(aliases.get(tag, []))}
            for tag, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def normalization_rows(stats: Sequence[StageStats]) -> list[dict[str, Any]]:
    """One row per step: distinct tags in and out, merges, average tags per query after it."""
    rows = []
    for st in stats:
        ex = st.extra
        if st.stage == "tag":
            rows.append({"step": "tagging (raw)", "tags in": "", "tags out": int(ex.get("raw_tags", 0)),
                         "merges": "", "tags per query after": ""})
            continue
        if st.stage not in NORMALIZATION_STEPS:
            continue
        per_query = ex.get("tag_occurrences_out", 0) / st.n_in if st.n_in else 0.0
        rows.append({"step": st.stage, "tags in": int(ex.get("tags_in", 0)), "tags out": int(ex.get("tags_out", 0)),
                     "merges": int(ex.get("merges", 0)), "tags per query after": round(per_query, 2)})
    return rows


def metrics_rows(metrics: Sequence[TagMetrics]) -> list[dict[str, Any]]:
    return [m.as_row() for m in metrics]


def instag_sections(*, normalization: list[dict[str, Any]], metrics: Sequence[TagMetrics],
                    top: list[dict[str, Any]], curve: list[dict[str, Any]], warnings: list[str],
                    files: dict[str, str]) -> str:
    """The InsTag part of report.md."""
    lines = ["## InsTag", ""]
    lines += [f"- warning: {w}" for w in warnings]
    if warnings:
        lines.append("")
    lines += ["### Tag normalization (Lu et al. 2024, §3.2)", "", markdown_table(normalization),
              "### Diversity and complexity", "",
              "diversity = share of the pool's tag vocabulary the data covers; complexity = average "
              "tags per query.", "", markdown_table(metrics_rows(metrics)),
              "### Most used tags", "", markdown_table(top),
              "### Sampling curve (tag coverage as the selection grows)", "", markdown_table(curve),
              "### InsTag files", ""]
    lines += [f"- {what}: `{path}`" for what, path in files.items()]
    return "\n".join(lines) + "\n"
