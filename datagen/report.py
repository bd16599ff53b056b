"""Tables and the markdown run report, built from a run folder's files (no Prefect here).

The same rows feed the Prefect UI artifacts (flows/artifacts.py) and `datagen report RUN_DIR`.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from datagen.io import RunLayout, iter_jsonl, jsonl_lines_at
from datagen.record_spool import is_spool
from datagen.records import Rejected
from datagen.stage import StageStats

CHARTS_DIR = "charts"  # the run folder's PNG charts (datagen/analysis/report_charts.py)


def counts_rows(stats: StageStats) -> list[dict[str, Any]]:
    """One row per figure: in, kept, rejected (and by reason), LLM usage, seconds."""
    rows: list[dict[str, Any]] = [
        {"metric": "in", "value": stats.n_in},
        {"metric": "kept", "value": stats.n_kept},
        {"metric": "rejected", "value": stats.n_rejected},
    ]
    rows += [{"metric": f"rejected: {reason}", "value": n}
             for reason, n in sorted(stats.rejected_by_reason.items(), key=lambda kv: -kv[1])]
    rows += [
        {"metric": "LLM requests", "value": stats.llm_requests},
        {"metric": "LLM requests from cache", "value": stats.llm_cached},
        {"metric": "LLM errors", "value": stats.llm_errors},
        {"metric": "LLM retries", "value": stats.llm_retries},
        {"metric": "prompt tokens", "value": stats.prompt_tokens},
        {"metric": "completion tokens", "value": stats.completion_tokens},
        {"metric": "cost (USD)", "value": round(stats.cost_usd, 6)},
        {"metric": "seconds", "value": round(stats.seconds, 2)},
    ]
    rows += [{"metric": k, "value": v} for k, v in stats.extra.items()]
    return rows


def record_text(data: dict[str, Any]) -> str:
    if "instruction" in data:
        inst = (data.get("instances") or [{}])[0]
        parts = [data["instruction"], inst.get("input", ""), inst.get("output", "")]
        return " | ".join(p for p in parts if p)
    if "turns" in data:
        return " / ".join(t.get("text", "") for t in data["turns"])
    return json.dumps(data, ensure_ascii=False)


def _dump(rec: Any) -> dict[str, Any]:
    return rec.model_dump(mode="json") if hasattr(rec, "model_dump") else dict(rec)


def _pick_indexes(count: int, n: int, rng: random.Random) -> list[int]:
    """n positions drawn across `count` items (not the head), in order."""
    if count <= n:
        return list(range(count))
    return sorted(rng.sample(range(count), n))


def sample_plan(n_kept: int, reason_counts: dict[str, int], n: int,
                seed: str) -> tuple[list[int], dict[str, list[int]]]:
    """Which kept records, and which records of each rejection reason (by their position among
    that reason's records), a stage's sample shows: drawn with a RNG seeded by `seed` (the run's
    seed and the stage label) from the counts alone, so the same run shows the same sample
    whether its records are in memory or on disk."""
    rng = random.Random(f"{seed}:sample")
    picked = {reason: _pick_indexes(count, n, rng)
              for reason, count in sorted(reason_counts.items(), key=lambda kv: (-kv[1], kv[0]))}
    return _pick_indexes(n_kept, n, rng), picked


def stage_sample(kept: Sequence[Any], rejected: Sequence[Rejected], n: int,
                 seed: str) -> tuple[list[dict[str, Any]], dict[str, list[Rejected]]]:
    """n kept records and n rejected per reason (`sample_plan`), from records in memory."""
    by_reason: dict[str, list[Rejected]] = {}
    for rej in rejected:
        by_reason.setdefault(rej.reason, []).append(rej)
    kept_at, picked = sample_plan(len(kept), {r: len(g) for r, g in by_reason.items()}, n, seed)
    return [_dump(kept[i]) for i in kept_at], {r: [by_reason[r][i] for i in at] for r, at in picked.items()}


def stage_sample_files(stage_dir: Path, stats: StageStats, n: int,
                       seed: str) -> tuple[list[dict[str, Any]], dict[str, list[Rejected]]]:
    """The same sample as `stage_sample`, streamed from the stage folder's kept.jsonl and
    rejected.jsonl (one pass each; nothing else is held). A missing file shows no records."""
    kept_at, picked = sample_plan(stats.n_kept, stats.rejected_by_reason, n, seed)
    kept_path, rejected_path = stage_dir / "kept.jsonl", stage_dir / "rejected.jsonl"
    kept = jsonl_lines_at(kept_path, set(kept_at)) if kept_path.is_file() else {}
    wanted = {reason: set(at) for reason, at in picked.items()}
    found: dict[str, dict[int, Rejected]] = {reason: {} for reason in picked}
    seen: Counter[str] = Counter()
    if rejected_path.is_file() and any(wanted.values()):
        for _, data in iter_jsonl(rejected_path):
            reason = data.get("reason", "")
            if seen[reason] in wanted.get(reason, ()):
                found[reason][seen[reason]] = Rejected.model_validate(data)
            seen[reason] += 1
    return ([kept[i] for i in kept_at if i in kept],
            {r: [found[r][i] for i in at if i in found[r]] for r, at in picked.items() if found[r]})


# Record fields that hold what an LLM was sent or answered (meta or evidence): shown as text
# blocks of their own, so a reader sees the raw reply behind a record, not a JSON-escaped string.
LLM_TEXT_KEYS = ("prompt", "raw", "reply", "clf_raw", "raw_reply")


def _fence(text: str, lang: str = "") -> str:
    """A fenced block that the text itself cannot close (records may hold backticks)."""
    run = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, run + 1)
    return f"{ticks}{lang}\n{text}\n{ticks}"


def _record_block(title: str, record: dict[str, Any], evidence: dict[str, Any] | None) -> list[str]:
    meta = dict(record.get("meta") or {})
    llm_text = {k: meta.pop(k) for k in LLM_TEXT_KEYS if isinstance(meta.get(k), str)}
    if evidence is not None:
        evidence = dict(evidence)
        llm_text.update({f"evidence {k}": evidence.pop(k) for k in LLM_TEXT_KEYS
                         if isinstance(evidence.get(k), str)})
    if "instruction" not in record and "turns" not in record and isinstance(record.get("text"), str):
        # a reply that never became a record (bootstrap's `not_an_item`): its text is the raw reply
        rest = {k: v for k, v in record.items() if k != "text"}
        lines = [f"#### {title}", "", f"`{json.dumps(rest, ensure_ascii=False, default=str)}`", "",
                 "raw LLM text:", "", _fence(record["text"]), ""]
    else:
        lines = [f"#### {title}", "", _fence(record_text(record)), ""]
    if evidence is not None:
        lines += ["evidence:", "", _fence(json.dumps(evidence, ensure_ascii=False, indent=1, default=str), "json"), ""]
    if meta:
        lines += ["meta:", "", _fence(json.dumps(meta, ensure_ascii=False, indent=1, default=str), "json"), ""]
    for key, text in llm_text.items():
        lines += [f"{key} (LLM text):", "", _fence(text), ""]
    return lines


def stage_sample_markdown(label: str, stats: StageStats, kept: Sequence[Any] | None,
                          rejected: Sequence[Rejected] | None, n: int, seed: str,
                          stage_dir: Path | None = None) -> str:
    """A stage's sample as markdown: where its files are, n kept records drawn across the stage,
    then per rejection reason (most frequent first) its count and n examples with their full
    evidence, meta and any LLM text (prompt, raw reply) the stage stored on them. Records not in
    memory (None, or spooled to disk) are streamed from `stage_dir`."""
    if stage_dir is not None and (kept is None or rejected is None or is_spool(kept) or is_spool(rejected)):
        kept_sample, by_reason = stage_sample_files(stage_dir, stats, n, seed)
    else:
        kept_sample, by_reason = stage_sample(kept or [], rejected or [], n, seed)
    lines = [f"# Stage {label}: sample", ""]
    if stage_dir is not None:
        lines += [f"- kept records: `{stage_dir / 'kept.jsonl'}` ({stats.n_kept})",
                  f"- rejected records: `{stage_dir / 'rejected.jsonl'}` ({stats.n_rejected})",
                  f"- stats: `{stage_dir / 'stats.json'}`", ""]
    lines += [f"## Kept: {len(kept_sample)} of {stats.n_kept}, drawn across the stage", ""]
    for i, rec in enumerate(kept_sample, 1):
        lines += _record_block(" ".join(filter(None, [f"kept {i}", rec.get("id")])), rec, None)
    if not kept_sample:
        lines += ["_none in this sample_", ""]
    for reason, group in by_reason.items():
        total = stats.rejected_by_reason.get(reason, len(group))
        lines += [f"## Rejected: {reason} ({total} in this stage; {len(group)} shown)", ""]
        for i, rej in enumerate(group, 1):
            lines += _record_block(" ".join(filter(None, [f"{reason} {i}", rej.record.get("id")])),
                                   rej.record, rej.evidence)
    missing = [r for r in stats.rejected_by_reason if r not in by_reason]
    if missing:  # a resumed stage whose rejected.jsonl is gone still names every reason
        lines += [f"## Rejected, no records at hand: {', '.join(missing)}", ""]
    return "\n".join(lines)


def load_stage_stats(run_dir: Path) -> list[tuple[str, StageStats]]:
    out = []
    for d in RunLayout(run_dir).stage_dirs():
        out.append((d.name, StageStats.model_validate_json((d / "stats.json").read_text())))
    return out


def funnel_by_stage(stages: list[tuple[str, StageStats]]) -> list[StageStats]:
    """Sum repeated calls of the same stage (rounds) in first-seen order."""
    merged: dict[str, StageStats] = {}
    for _, st in stages:
        merged[st.stage] = merged[st.stage] + st if st.stage in merged else st
    return list(merged.values())


def usd(dollars: float) -> str:
    """Dollars to 4 decimals, or to the 6 that stage stats keep when a sum needs them."""
    return f"{dollars:.4f}" if round(dollars, 4) == round(dollars, 6) else f"{dollars:.6f}"


def _unpriced(total: StageStats) -> str:
    fresh = total.prompt_tokens + total.completion_tokens
    return " (no price for the model: set run.prices or llm.price)" if fresh and not total.cost_usd else ""


def markdown_table(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "_none_\n"
    cols = list(rows[0])
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in rows:
        lines.append("| " + " | ".join(str(row.get(c, "")).replace("|", "\\|") for c in cols) + " |")
    return "\n".join(lines) + "\n"


def build_report(run_dir: Path, *, figures: dict[str, Any] | None = None, charts: str = "",
                 extra: str = "") -> str:
    """The run's markdown report: the funnel from seeds to dataset, usage, figures (summary.json's
    and `figures`), the `charts` section, a method's `extra` section, where the files are.
    datagen/analysis/report_charts.py computes the figures and charts from the run folder."""
    run_dir = Path(run_dir)
    layout = RunLayout(run_dir)
    summary = json.loads(layout.summary.read_text()) if layout.summary.is_file() else {}
    stages = load_stage_stats(run_dir)
    funnel = funnel_by_stage(stages)
    total = sum(funnel[1:], funnel[0]) if funnel else StageStats(stage="total")
    lines = [f"# {summary.get('flow', 'datagen')} run report", ""]
    if summary:
        lines += [f"- run folder: `{run_dir}`", f"- dataset: `{summary.get('dataset', layout.dataset)}` "
                  f"({summary.get('dataset_rows', '?')} rows)", f"- LLM: {summary.get('llm', '?')}",
                  f"- seeds: {summary.get('n_seeds', '?')}; target: {summary.get('target', '?')}", ""]
    lines += ["## Funnel by stage (all calls of a stage summed)", ""]
    lines.append(markdown_table([
        {"stage": st.stage, "calls": sum(1 for _, s in stages if s.stage == st.stage), "in": st.n_in,
         "kept": st.n_kept, "rejected": st.n_rejected,
         "top reasons": ", ".join(f"{r} {n}" for r, n in sorted(st.rejected_by_reason.items(),
                                                                key=lambda kv: -kv[1])[:3]),
         "LLM requests": st.llm_requests, "tokens": st.prompt_tokens + st.completion_tokens,
         "cost (USD)": usd(st.cost_usd), "seconds": round(st.seconds, 1)}
        for st in funnel]))
    lines += ["", "## Usage", "",
              f"- LLM requests: {total.llm_requests} ({total.llm_cached} from cache), errors "
              f"{total.llm_errors}, retries {total.llm_retries}",
              f"- tokens: {total.prompt_tokens} prompt + {total.completion_tokens} completion",
              f"- cost: ${usd(total.cost_usd)}{_unpriced(total)}", f"- stage seconds: {total.seconds:.1f}", ""]
    all_figures = {**summary.get("figures", {}), **(figures or {})}
    if all_figures:
        lines += ["## Figures", ""] + [f"- {key}: {value}" for key, value in all_figures.items()] + [""]
    for section in (charts, extra):
        if section.strip():
            lines += [section.rstrip("\n"), ""]
    lines += ["## Files", "", f"- per-stage kept/rejected/stats: `{run_dir}/<NNN>_<stage>/`",
              f"- resolved config: `{layout.config}`", f"- dataset: `{layout.dataset}`"]
    if (run_dir / CHARTS_DIR).is_dir():
        lines.append(f"- charts: `{run_dir / CHARTS_DIR}/`")
    return "\n".join(lines + [""])


def short_run_warning(summary: dict[str, Any]) -> str:
    """One line when a finished run fell short: no rows, or fewer than its target (the flow's own
    "target reached" figure when it has one, since a target may count instructions, not rows).
    Empty when the run is fine or unfinished (no summary.json)."""
    if not summary:
        return ""
    rows, target = summary.get("dataset_rows"), summary.get("target")
    if rows == 0:
        return f"the dataset is empty: 0 rows written (target {target}); see the rejection reasons per stage"
    reached = summary.get("figures", {}).get("target reached")
    if isinstance(reached, str):
        return "" if reached == "yes" else f"short run: target not reached ({reached}); {rows} rows written"
    if isinstance(rows, int) and isinstance(target, int) and rows < target:
        return f"short run: {rows} rows written, target {target}"
    return ""


def short_summary(run_dir: Path, top: int = 3) -> str:
    """A few lines for the terminal (`datagen report RUN_DIR`): rows and target, the funnel by
    stage with its top rejection reasons, requests (fresh/cached), tokens, cost, where report.md is.
    Reads summary.json and the stage stats only: no charts, no spaCy."""
    run_dir = Path(run_dir)
    layout = RunLayout(run_dir)
    summary = json.loads(layout.summary.read_text()) if layout.summary.is_file() else {}
    funnel = funnel_by_stage(load_stage_stats(run_dir))
    total = sum(funnel[1:], funnel[0]) if funnel else StageStats(stage="total")
    figures = summary.get("figures", {})
    lines = [f"{summary.get('flow', 'run')}: {run_dir}"]
    if summary:
        reached = figures.get("target reached")
        lines.append(f"  rows: {summary.get('dataset_rows', '?')} (target {summary.get('target', '?')}"
                     + (f", reached: {reached}" if reached is not None else "") + f") in {summary.get('dataset')}")
        if warning := short_run_warning(summary):
            lines.append(f"  WARNING: {warning}")
        lines += [f"  warning: {w}" for w in summary.get("warnings", []) if isinstance(w, str)]
    else:
        lines.append("  unfinished: no summary.json yet (rerun the same command to resume)")
    width = max((len(st.stage) for st in funnel), default=0)
    for st in funnel:
        reasons = sorted(st.rejected_by_reason.items(), key=lambda kv: -kv[1])[:top]
        why = ("; " + ", ".join(f"{r} {n}" for r, n in reasons)) if reasons else ""
        lines.append(f"  {st.stage:<{width}}  {st.n_in} in, {st.n_kept} kept, {st.n_rejected} rejected{why}")
    fresh = total.llm_requests - total.llm_cached
    lines.append(f"  LLM requests: {total.llm_requests} ({fresh} fresh, {total.llm_cached} cached), "
                 f"tokens {total.prompt_tokens + total.completion_tokens}, cost ${usd(total.cost_usd)}, "
                 f"stage seconds {total.seconds:.1f}")
    report = layout.report
    lines.append(f"  report: {report}" if report.is_file() else
                 "  report: none yet (datagen report RUN_DIR --rebuild writes it)")
    return "\n".join(lines)
