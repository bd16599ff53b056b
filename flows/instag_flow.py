"""InsTag (Lu et al., ICLR 2024): tag any SFT pool's queries with open-set intention tags,
normalize the tags, measure diversity and complexity, and select a subset with
Complexity-first Diverse sampling (Algorithm 1), next to a random subset of the same size.

The flow reads like §3-§4 of the paper: tag -> frequency filter -> rule aggregation ->
semantic aggregation -> association aggregation -> Cf-D sampling (and the random baseline).
It works on any JSONL dataset (Alpaca rows, a text field, this project's records.jsonl,
OpenAI messages, ShareGPT conversations).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.artifacts import acreate_table_artifact

from datagen.io import atomic_writer, read_jsonl, write_json, write_jsonl
from datagen.methods.instag import charts
from datagen.methods.instag.association import association_stage
from datagen.methods.instag.input import load_queries, source_rows
from datagen.methods.instag.metrics import measure, vocabulary
from datagen.methods.instag.normalize import (
    MERGES_DIR, alpha_warning, frequency_stage, record_tags, rule_stage,
)
from datagen.methods.instag.report import (
    NORMALIZATION_STEPS, instag_sections, normalization_rows, vocabulary_rows,
)
from datagen.methods.instag.sampling import cfd_stage, coverage_curve, random_stage
from datagen.methods.instag.semantic import semantic_stage
from datagen.methods.instag.tagging import tag_stage
from datagen.records import Record, Task
from datagen.stage import RunContext, StageResult, make_result
from flows.artifacts import publish_markdown
from datagen.methods.instag.config import InstagConfig
from datagen.run_options import resolve_path
from flows.scaffold import RunOutput, finish_run, llm_description, opened_run, run_name
from flows.stage_task import FlowRun, StageOutput, run_stage

FLOW = "instag"


def load_stage(_records: list, _cfg: object, _ctx: RunContext, *, loaded: list[Record]) -> StageResult:
    """The input rows as records (already validated by the flow); every row is kept."""
    return make_result("load", len(loaded), loaded, [])


def _merges(run: FlowRun) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for step in NORMALIZATION_STEPS:
        path = run.root / MERGES_DIR / f"{step}.jsonl"
        if path.is_file():
            rows += read_jsonl(path)
    return rows


def _warnings(cfg: InstagConfig, freq: StageOutput) -> list[str]:
    st = freq.stats
    if not st.extra.get("alpha_warning"):
        return []
    text = alpha_warning(st.n_in, int(st.extra["tags_in"]), int(st.extra["merges"]), cfg.frequency)
    return [text] if text else []


async def publish_tag_views(cfg: InstagConfig, run: FlowRun, vocab: list[dict[str, Any]], n_pool: int,
                            curves: dict[str, list[tuple[int, float]]]) -> None:
    """The top-tags table, the tag-frequency chart and the sampling curve, as files and artifacts."""
    top = [(row["tag"], row["count"]) for row in vocab[: cfg.top_tags]]
    freq_png = charts.tag_frequency_png(top, n_pool)
    curve_png = charts.sampling_curve_png(curves)
    for name, png in (("tag_frequency.png", freq_png), ("sampling_curve.png", curve_png)):
        if png is not None:
            with atomic_writer(run.root / name, "wb") as fh:
                fh.write(png)
    await acreate_table_artifact(
        table=[{"rank": i, "tag": r["tag"], "queries": r["count"], "merged from": ", ".join(r["aliases"][:8])}
               for i, r in enumerate(vocab[: cfg.top_tags], start=1)],
        key="instag-top-tags", description=f"InsTag: the {len(top)} most used tags after normalization")
    await publish_markdown(charts.tag_frequency_markdown(top, n_pool, freq_png),
                           "InsTag: tag frequency", key="instag-tag-frequency")
    await publish_markdown(charts.sampling_curve_markdown(curves, curve_png),
                           "InsTag: tag coverage as the selection grows", key="instag-sampling-curve")


async def tag_outputs(run: FlowRun, cfg: InstagConfig, input_path: Path, stages: dict[str, StageOutput]) -> RunOutput:
    """Write the tagged pool, vocabulary, merges, subsets, metrics and charts; what `finish_run`
    writes (records, dataset, card, summary, report) comes back as a RunOutput."""
    pool = stages["association"].kept()
    selected = stages["cfd"].kept()
    rand = stages["random"].kept() if "random" in stages else []
    pool_sets = [record_tags(r) for r in pool]
    full = vocabulary(pool_sets)
    merges = _merges(run)
    vocab = vocabulary_rows(pool_sets, merges)

    write_jsonl(run.root / "tagged.jsonl", pool)
    write_jsonl(run.root / "tag_merges.jsonl", merges)
    write_json(run.root / "tag_vocabulary.json", {"queries": len(pool), "tags": vocab})
    write_jsonl(run.root / "subset.jsonl", source_rows(input_path, [r.meta["source_line"] for r in selected]))
    if rand:
        write_jsonl(run.root / "random_subset.jsonl", source_rows(input_path, [r.meta["source_line"] for r in rand]))

    metrics = [measure("pool", pool_sets, full), measure("Cf-D subset", [record_tags(r) for r in selected], full)]
    index = {r.meta["source_line"]: i for i, r in enumerate(pool)}  # unique per input row
    curves = {"Cf-D": coverage_curve(pool_sets, [index[r.meta["source_line"]] for r in selected], full,
                                     cfg.curve_points)}
    if rand:
        metrics.append(measure("random subset", [record_tags(r) for r in rand], full))
        curves["random"] = coverage_curve(pool_sets, [index[r.meta["source_line"]] for r in rand], full,
                                          cfg.curve_points)
    write_json(run.root / "tag_metrics.json", {"metrics": [m.as_row() for m in metrics],
                                               "curves": {k: [list(p) for p in v] for k, v in curves.items()}})
    await publish_tag_views(cfg, run, vocab, len(pool), curves)
    await acreate_table_artifact(table=[m.as_row() for m in metrics], key="instag-metrics",
                                 description="InsTag: diversity (tag coverage) and complexity (tags per query)")

    warnings = _warnings(cfg, stages["frequency"])
    by_name = {m.name: m for m in metrics}
    figures = {"pool queries tagged": len(pool), "tag vocabulary": len(full),
               "pool complexity (tags/query)": round(by_name["pool"].complexity, 3),
               "Cf-D subset": f"{len(selected)} queries, coverage {by_name['Cf-D subset'].diversity:.1%}, "
                              f"{by_name['Cf-D subset'].complexity:.2f} tags/query"}
    if rand:
        rs = by_name["random subset"]
        figures["random subset"] = f"{rs.queries} queries, coverage {rs.diversity:.1%}, {rs.complexity:.2f} tags/query"
    files = {"tagged pool": run.root / "tagged.jsonl", "tag vocabulary": run.root / "tag_vocabulary.json",
             "merges": run.root / "tag_merges.jsonl", "association rules": run.root / MERGES_DIR /
             "association_rules.jsonl", "Cf-D subset (input format)": run.root / "subset.jsonl",
             "Cf-D subset (records)": run.root / "records.jsonl", "metrics": run.root / "tag_metrics.json",
             "tag-frequency chart": run.root / "tag_frequency.png",
             "sampling-curve chart": run.root / "sampling_curve.png"}
    if rand:
        files["random subset"] = run.root / "random_subset.jsonl"
    stats = [s.stats for s in stages.values()]
    section = instag_sections(
        normalization=normalization_rows(stats), metrics=metrics,
        top=charts.bar_rows([(r["tag"], r["count"]) for r in vocab[: cfg.top_tags]], len(pool)),
        curve=charts.curve_rows(curves), warnings=warnings, files={k: str(v) for k, v in files.items()})
    fmt = "alpaca" if all(isinstance(r, Task) for r in selected) else "openai"
    return RunOutput("InsTag", FLOW, selected, str(input_path), llm_description(cfg.llm),
                     f"{len(pool)} tagged queries from {input_path}", cfg.sampling.n, figures, fmt,
                     summary={"warnings": warnings}, report_extra=section)


@flow(name=FLOW, flow_run_name=run_name(FLOW), log_prints=False)
async def instag_flow(config: InstagConfig, out_dir: str = "") -> str:
    """Load -> tag -> frequency -> rule -> semantic -> association -> Cf-D (+ random) -> report."""
    input_path = resolve_path(config.input)
    loaded = load_queries(input_path, config.field, config.input_format)  # bad input: nothing written
    async with opened_run(FLOW, out_dir, config) as run:
        load = await run_stage(run, "load", partial(load_stage, loaded=loaded))
        tagged = await run_stage(run, "tag", tag_stage, [load.kept_path], config.tagging, progress=True)
        stages = {"tag": tagged}
        previous = tagged
        for step, fn, cfg in (("frequency", frequency_stage, config.frequency), ("rule", rule_stage, config.rules),
                              ("semantic", semantic_stage, config.semantic),
                              ("association", association_stage, config.association)):
            previous = stages[step] = await run_stage(run, step, fn, [previous.kept_path], cfg)
        stages["cfd"] = await run_stage(run, "cfd_sample", cfd_stage, [previous.kept_path], config.sampling)
        if config.random_baseline:
            stages["random"] = await run_stage(run, "random_sample", random_stage, [previous.kept_path],
                                               config.sampling)
        await finish_run(run, await tag_outputs(run, config, input_path, stages))
    return str(run.root)
