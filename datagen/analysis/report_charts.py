"""The run report with figures and charts: `write_run_report(run_dir)` (used by every flow's
finish and by `datagen report RUN_DIR`).

It reads the run folder only (stage stats, records.jsonl, the seeds stage, config.yaml,
InsTag's tag_vocabulary.json), writes `charts/*.png` and `report.md`, and returns both. The
charts follow Self-Instruct's description of its data (Wang et al., ACL 2023, §3):

- `verb_noun.png`: root verbs and their direct noun objects of the machine instructions (Fig. 2),
  of a sample of 2,000 in a larger run (those with the smallest SHA-1), taking what the run
  parsed ahead in a process of its own (parse_prefetch.py);
- `rouge_to_seeds.png`: each machine instruction's highest ROUGE-L against the seed
  instructions (Fig. 3), computed with NoveltyIndex; without a seeds stage, the novelty
  stage's stored `meta["rouge_l_max"]` (against seeds and accepted instructions) instead;
- `lengths.png`: words in instructions, non-empty inputs and outputs (Fig. 4);
- `dialogue_turns.png`: turns per dialogue and words per turn (dialogue runs);
- `tag_frequency.png`: the most used tags (InsTag runs).

A chart never fails a run: a missing optional library (spaCy, matplotlib) or any error while
drawing is reported in the Charts section as "skipped" with the reason, and the rest goes on.
A method's own section (`extra`) is saved as `report_sections.md`, so `datagen report` rebuilds
the same report later.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import polars as pl
import yaml

from datagen.analysis import charts, stats
from datagen.analysis.parse_prefetch import prefetched
from datagen.analysis.verb_noun import (VERB_NOUN_MAX_PARSED, ParserUnavailable, load_parser, sha1_sample,
                                        verb_noun_pairs)
from datagen.io import RunLayout, atomic_writer, iter_jsonl, read_jsonl, write_text
from datagen.report import CHARTS_DIR, build_report, markdown_table
from datagen.text.novelty_index import NoveltyIndex

log = logging.getLogger(__name__)
EXTRA_SECTIONS = "report_sections.md"
ALL_CHARTS = "charts"  # the `skipped` key when no chart could be made
ROUGE_EDGES = [i / 20 for i in range(21)]  # 0.05-wide bins over [0, 1]


class Skip(Exception):
    """A chart that cannot be drawn here; the message says why."""


@dataclass
class RunData:
    """What the charts read from a run folder."""

    root: Path
    records: list[dict[str, Any]]
    seeds: list[dict[str, Any]]
    config: dict[str, Any]
    tasks: pl.DataFrame = field(init=False)
    dialogues: pl.DataFrame = field(init=False)

    def __post_init__(self) -> None:
        self.tasks = stats.task_frame(self.records)
        self.dialogues = stats.dialogue_frame(self.records)

    def machine_instructions(self) -> list[str]:
        """Distinct instructions not from the seeds, in first-seen order."""
        machine = self.tasks.filter(pl.col("origin") != "seed")
        return machine.unique("instruction", keep="first", maintain_order=True)["instruction"].to_list()

    def setting(self, dotted: str, default: Any) -> Any:
        node: Any = self.config
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node


@dataclass
class Chart:
    """One chart of the report: its PNG (None: not drawn), text table and figures."""

    name: str
    title: str
    caption: str
    png: bytes | None = None
    table: str = ""
    figures: dict[str, Any] = field(default_factory=dict)


@dataclass
class RunReport:
    markdown: str
    path: Path
    charts: list[Path]
    skipped: dict[str, str]


def chart_fields(rec: dict[str, Any]) -> dict[str, Any]:
    """What the charts read of a record (kind, origin, texts, turns, the stored ROUGE-L): the
    report holds every row of a 30,000-row run this way, not its meta (~4x the size)."""
    out = {k: rec[k] for k in ("id", "kind", "origin", "instruction") if k in rec}
    if "instances" in rec:
        out["instances"] = [{"input": i.get("input", ""), "output": i.get("output", "")}
                            for i in rec["instances"] or [] if isinstance(i, dict)]
    if "turns" in rec:
        out["turns"] = [{"text": t.get("text", "")} for t in rec["turns"] or [] if isinstance(t, dict)]
    meta = rec.get("meta")
    if isinstance(meta, dict) and "rouge_l_max" in meta:
        out["meta"] = {"rouge_l_max": meta["rouge_l_max"]}
    return out


def load_run_data(run_dir: Path) -> RunData:
    run_dir = Path(run_dir)
    records_path = run_dir / "records.jsonl"
    records = [chart_fields(rec) for _, rec in iter_jsonl(records_path)] if records_path.is_file() else []
    seed_dir = next((d for d in RunLayout(run_dir).stage_dirs() if d.name.split("_", 1)[1] == "seeds"), None)
    seeds = read_jsonl(seed_dir / "kept.jsonl") if seed_dir and (seed_dir / "kept.jsonl").is_file() else []
    if not seeds:
        seeds = [r for r in records if r.get("origin") == "seed"]
    config_path = RunLayout(run_dir).config
    config = yaml.safe_load(config_path.read_text(encoding="utf-8")) if config_path.is_file() else {}
    return RunData(run_dir, records, seeds, config if isinstance(config, dict) else {})


def verb_noun_chart(data: RunData, max_parsed: int = VERB_NOUN_MAX_PARSED) -> Chart | None:
    """Over `max_parsed` distinct machine instructions, the chart parses the `sha1_sample` of
    them (the same one whenever the report is rebuilt). Pairs the run parsed ahead in its own
    process (parse_prefetch) are taken as they are; the rest are parsed here."""
    instructions = data.machine_instructions()
    if not instructions:
        return None
    n_all = len(instructions)
    sample = sha1_sample(instructions, max_parsed)
    ready = prefetched(data.root) or {}
    missing = [t for t in sample if t not in ready]
    log.info("verb-noun chart: %d of %d sampled instructions parsed ahead", len(sample) - len(missing), len(sample))
    if missing:
        try:
            ready = {**ready, **dict(zip(missing, verb_noun_pairs(missing, load_parser())))}
        except ParserUnavailable as exc:
            raise Skip(str(exc)) from None
    pairs = [ready[t] for t in sample]
    table = stats.verb_noun_table(pairs)
    n_verb = sum(1 for v, _ in pairs if v)
    n_pairs = sum(1 for v, n in pairs if v and n)
    chart = Chart("verb_noun", "Verb-noun structure of the instructions",
                  "Root verb and its first direct noun object (spaCy dependency parse) of each distinct "
                  "machine instruction: the 20 most common verbs and each one's 4 most common objects "
                  "(Self-Instruct Figure 2).",
                  table=markdown_table(stats.verb_noun_rows(table)),
                  figures={"instructions with a root verb": f"{n_verb} of {len(pairs)}",
                           "instructions with a root verb and a direct noun object": f"{n_pairs} of {len(pairs)}",
                           "distinct root verbs": len({v for v, _ in pairs if v})})
    if n_all > len(pairs):
        chart.figures["verb-noun parse sample"] = f"a sample of {len(pairs)} of {n_all} instructions (smallest SHA-1)"
    chart.png = charts.verb_noun_png(table, n_pairs)
    return chart


def max_rouge_to_seeds(instructions: list[str], seeds: list[str], tokenizer: str = "rouge",
                       use_stemmer: bool = False) -> list[float]:
    """Each instruction's highest ROUGE-L F against the seed instructions (Self-Instruct Fig. 3)."""
    index = NoveltyIndex(tokenizer=tokenizer, use_stemmer=use_stemmer)  # type: ignore[arg-type]
    index.add_many(seeds, [str(i) for i in range(len(seeds))])
    return [score for score, _ in index.max_scores(instructions)]


def rouge_chart(data: RunData) -> Chart | None:
    instructions = data.machine_instructions()
    seed_texts = [s["instruction"] for s in data.seeds if s.get("instruction")]
    if instructions and seed_texts:
        scores = max_rouge_to_seeds(instructions, seed_texts, data.setting("novelty.tokenizer", "rouge"),
                                    bool(data.setting("novelty.use_stemmer", False)))
        against = f"the {len(seed_texts)} seed instructions"
    else:
        first: dict[str, Any] = {}  # distinct instruction -> its first record's stored score
        for rec in data.records:
            if "instruction" in rec and rec.get("origin") != "seed" and rec["instruction"] not in first:
                first[rec["instruction"]] = rec.get("meta", {}).get("rouge_l_max")
        scores = [s for s in first.values() if isinstance(s, (int, float))]
        against = "the seeds and earlier accepted instructions (stored by the novelty stage)"
    if not scores:
        return None
    threshold = data.setting("novelty.threshold", None)
    panel = charts.Panel(stats.histogram(scores, ROUGE_EDGES), "ROUGE-L with the most similar seed",
                         "Max ROUGE-L to seeds", marker=threshold,
                         marker_label=f"novelty threshold {threshold}" if threshold is not None else "")
    series = pl.Series(scores, dtype=pl.Float64)
    chart = Chart("rouge_to_seeds", "ROUGE-L of the machine instructions to the seeds",
                  f"Each distinct machine instruction's highest ROUGE-L F against {against} "
                  "(Self-Instruct Figure 3).",
                  table=markdown_table(stats.summary_rows({"max ROUGE-L": scores}, unit="")),
                  figures={"max ROUGE-L to seeds (median, mean)":
                           f"{series.median():.3f}, {series.mean():.3f} over {len(scores)} instructions"})
    chart.png = charts.histogram_png([panel], ylabel="instructions")
    return chart


def length_chart(data: RunData) -> Chart | None:
    if not data.tasks.height:
        return None
    series = stats.length_series(data.tasks)
    hists = stats.length_histograms(data.tasks)
    labels = {"instruction": "distinct instructions", "input": "non-empty inputs", "output": "outputs"}
    panels = [charts.Panel(h, "words", labels[name]) for name, h in hists.items()]
    means = {f"mean {name} length (words)": round(sum(v) / len(v), 1) for name, v in series.items() if v}
    chart = Chart("lengths", "Lengths of instructions, inputs and outputs",
                  "Words (whitespace-separated) per distinct instruction, per non-empty input and per "
                  "output (Self-Instruct Figure 4).",
                  table=markdown_table(stats.summary_rows(series)), figures=means)
    chart.png = charts.histogram_png(panels)
    return chart


def dialogue_chart(data: RunData) -> Chart | None:
    frame = data.dialogues
    if not frame.height:
        return None
    turns = frame["turns"].to_list()
    words = frame["words_per_turn"].explode().drop_nulls().to_list()
    panels = [charts.Panel(stats.histogram(turns, stats.integer_edges(max(turns))), "turns", "Turns per dialogue")]
    if words:
        panels.append(charts.Panel(stats.histogram(words, stats.integer_edges(max(words))), "words",
                                   "Words per turn"))
    chart = Chart("dialogue_turns", "Turns per dialogue", "Turns per dialogue and words per turn.",
                  table=markdown_table(stats.summary_rows({"turns per dialogue": turns, "words per turn": words},
                                                          unit="")),
                  figures={"mean turns per dialogue": round(sum(turns) / len(turns), 2)})
    chart.png = charts.histogram_png(panels, ylabel="count")
    return chart


def tag_chart(data: RunData) -> Chart | None:
    vocab_path = data.root / "tag_vocabulary.json"
    if not vocab_path.is_file():
        return None
    vocab = json.loads(vocab_path.read_text(encoding="utf-8"))
    top = [(row["tag"], int(row["count"])) for row in vocab.get("tags", [])[: int(data.setting("top_tags", 30))]]
    if not top:
        return None
    n = int(vocab.get("queries", 0))
    chart = Chart("tag_frequency", "Tag frequency", f"The most used tags after normalization and how many "
                  f"of the {n} tagged queries carry each (InsTag).")
    chart.png = charts.ranked_bars_png(top, f"queries carrying the tag (of {n})", f"Top {len(top)} tags")
    return chart


CHARTS: dict[str, Callable[[RunData], Chart | None]] = {  # chart name (its PNG's) -> builder
    "verb_noun": verb_noun_chart, "rouge_to_seeds": rouge_chart, "lengths": length_chart,
    "dialogue_turns": dialogue_chart, "tag_frequency": tag_chart}


def build_charts(data: RunData) -> tuple[list[Chart], dict[str, str]]:
    """Every chart that applies to the run; (charts, {chart: why skipped})."""
    made: list[Chart] = []
    skipped: dict[str, str] = {}
    for name, builder in CHARTS.items():
        try:
            chart = builder(data)
        except Skip as exc:
            skipped[name] = str(exc)
            continue
        except Exception as exc:  # a chart never fails a run (module docstring)
            log.warning("chart %s failed", name, exc_info=True)
            skipped[name] = f"failed: {type(exc).__name__}: {exc}"
            continue
        if chart is None:
            continue
        if chart.png is None and (why := charts.matplotlib_missing()):
            skipped[name] = why  # its text table and figures stay in the report
        made.append(chart)
    return made, skipped


def skip_line(name: str, why: str) -> str:
    return f"{name if name == ALL_CHARTS else name + ' chart'} skipped: {why}"


def charts_section(made: list[Chart], skipped: dict[str, str]) -> str:
    lines = ["## Charts", ""]
    for chart in made:
        lines += [f"### {chart.title}", ""]
        if chart.png is not None:
            lines += [f"![{chart.title}]({CHARTS_DIR}/{chart.name}.png)", ""]
        lines += [chart.caption, ""]
        if chart.table:
            lines += [chart.table]
    lines += [f"- {skip_line(name, why)}" for name, why in skipped.items()]
    if not made and not skipped:
        lines.append("_no records to chart_")
    return "\n".join(lines) + "\n"


def write_run_report(run_dir: Path, extra: str | None = None) -> RunReport:
    """Write charts/*.png and report.md for a run folder; return the markdown and chart paths.
    `extra` is the method's own section (saved for later rebuilds); None reuses the saved one."""
    run_dir = Path(run_dir)
    saved = run_dir / EXTRA_SECTIONS
    if extra is not None:
        write_text(saved, extra)
    else:
        extra = saved.read_text(encoding="utf-8") if saved.is_file() else ""
    try:
        made, skipped = build_charts(load_run_data(run_dir))
    except Exception as exc:  # an unreadable records.jsonl or config.yaml costs the charts, not the report
        log.warning("charts of %s failed", run_dir, exc_info=True)
        made, skipped = [], {ALL_CHARTS: f"the run folder could not be read: {type(exc).__name__}: {exc}"}
    chart_dir = run_dir / CHARTS_DIR
    paths = []
    for chart in made:
        if chart.png is not None:
            path = chart_dir / f"{chart.name}.png"
            with atomic_writer(path, "wb") as fh:
                fh.write(chart.png)
            paths.append(path)
    for stale in chart_dir.glob("*.png") if chart_dir.is_dir() else ():
        if stale not in paths:
            stale.unlink()
    figures = {k: v for chart in made for k, v in chart.figures.items()}
    markdown = build_report(run_dir, figures=figures, charts=charts_section(made, skipped), extra=extra)
    layout = RunLayout(run_dir)
    write_text(layout.report, markdown)
    return RunReport(markdown, layout.report, paths, skipped)
