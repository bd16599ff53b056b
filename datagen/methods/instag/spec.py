"""InsTag as the registry knows it (Lu et al., ICLR 2024): tag any SFT pool, then select a
subset with Complexity-first Diverse sampling."""

from __future__ import annotations

from pathlib import Path

from datagen.methods.spec import MethodSpec, Option

def check(cfg) -> None:
    """The input dataset is parsed before any output (the flow parses it again)."""
    from datagen.methods.instag.input import load_queries
    from datagen.run_options import resolve_path

    load_queries(resolve_path(cfg.input), cfg.field, cfg.input_format)


SPEC = MethodSpec(
    name="instag",
    summary="InsTag (Lu et al., ICLR 2024): open-set intention tags, normalization, complexity-first "
            "diverse sampling",
    config="datagen.methods.instag.config:InstagConfig",
    flow="flows.instag_flow:instag_flow",
    presets={"instag": {}},
    options=(Option("--input", "input", Path, "dataset to tag: JSONL (or a JSON list) of Alpaca rows, a text "
                    "field, records.jsonl, OpenAI messages or ShareGPT conversations"),
             Option("--field", "field", str, "query text field of plain rows (default instruction)"),
             Option("--target", "sampling.n", int, "queries to select (default 6000, the paper's)",
                    aliases=("--n",)),
             Option("--input-format", "input_format", str, "auto | text | records | openai | sharegpt"),
             Option("--alpha", "frequency.alpha", int, "frequency filter: keep tags used by at least this "
                    "many queries (default 20)")),
    outputs=("Cf-D subset: {run}/subset.jsonl (input format), {run}/dataset.jsonl",
             "tags: {run}/tag_vocabulary.json, merges: {run}/tag_merges.jsonl", "report: {run}/report.md"),
    check=check,
)
