"""SynDG (Bao et al., ACL 2023; HITSZ-HLT/SynDG) as one Prefect flow, an LLM as the realizer.

The paper's algorithm: build dialogue flows from a knowledge source (topic passages in the
Wizard-of-Wikipedia style, or persona sentences in the PersonaChat style), realize each flow turn
by turn, score every synthetic dialogue at two levels (flow and utterance), and keep the best.
The paper's fine-tuned T5 realizer becomes a prompted LLM, and its T5 filters a local causal LM's
in-filling NLL (or an LLM judge for endpoints without log-probabilities).
"""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path

from prefect import flow
from prefect.artifacts import acreate_table_artifact
from pydantic import Field

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.export import dataset_card, export_rows, write_card
from datagen.io import write_json, write_jsonl
from datagen.methods.syndg.knowledge import KnowledgeBase, Persona, load_personas, load_topics
from datagen.llm.settings import LLMConfig
from datagen.methods.syndg.dialogue_flows import FlowConfig, build_flows_stage
from datagen.methods.syndg.realize import RealizeConfig, realize_stage
from datagen.methods.syndg.report import dialogue_sample_rows, report_section
from datagen.methods.syndg.scoring import ScoreConfig, SelectConfig, score_stage, select_stage
from datagen.records import Dialogue
from flows.artifacts import finish_report
from flows.run_setup import RunOptions, llm_description, open_run, resolve_path, run_name
from flows.stage_task import FlowRun, run_stage

OVERSAMPLE = 1.5  # ours: flows built per dialogue kept, so the filter has something to choose from


class SynDGConfig(StrictModel):
    n: int = Field(10, gt=0, description="dialogues to keep (the best by total score)")
    topics: str = Field("seeds/syndg/topics.jsonl", description="topic knowledge base (JSONL: topic, "
                        "passage sentences, related topics); used by the wow style")
    personas: str = Field("seeds/syndg/personas.jsonl", description="persona sentences (JSONL: "
                          "persona); used by the persona style")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    flows: FlowConfig = Field(default_factory=FlowConfig)
    realize: RealizeConfig = Field(default_factory=RealizeConfig)
    score: ScoreConfig = Field(default_factory=ScoreConfig)
    select: SelectConfig = Field(default_factory=SelectConfig)

    def flow_settings(self) -> FlowConfig:
        """`flows.n_flows` when set, else 1.5 x n."""
        if self.flows.n_flows is not None:
            return self.flows
        return self.flows.model_copy(update={"n_flows": math.ceil(OVERSAMPLE * self.n)})

    def select_settings(self) -> SelectConfig:
        """`select.top_n` when set, else n."""
        return self.select if self.select.top_n is not None else self.select.model_copy(update={"top_n": self.n})


def load_sources(cfg: SynDGConfig) -> tuple[KnowledgeBase | None, list[Persona]]:
    """The style's knowledge source; a bad file fails the run before any LLM call."""
    if cfg.flows.style == "wow":
        return load_topics(resolve_path(cfg.topics)), []
    personas = load_personas(resolve_path(cfg.personas))
    if len(personas) < 2:
        raise UserError(f"{cfg.personas}: the persona style needs at least 2 personas (5 per side is "
                        "the PersonaChat setup); add more lines")
    return None, personas


async def finish_run(run: FlowRun, cfg: SynDGConfig, scored: list[Dialogue], kept: list[Dialogue],
                     n_sources: int) -> Path:
    """Write records.jsonl, the OpenAI-messages dataset, its card, summary.json and report.md."""
    layout = run.layout
    source = cfg.topics if cfg.flows.style == "wow" else cfg.personas
    write_jsonl(run.root / "records.jsonl", kept)
    n_rows = write_jsonl(layout.dataset, export_rows(kept, "openai"))
    write_card(run.root / "dataset_card.md",
               dataset_card("datagen SynDG dialogues", f"syndg ({cfg.flows.style})", n_rows, source,
                            llm_description(cfg.llm),
                            "\nExport to ShareGPT with `datagen export RUN --format sharegpt`.\n"))
    totals = sorted(d.meta["total_score"] for d in scored)
    write_json(layout.summary, {
        "flow": f"syndg ({cfg.flows.style})", "dataset": str(layout.dataset), "dataset_rows": n_rows,
        "llm": llm_description(cfg.llm), "n_seeds": n_sources, "target": cfg.n,
        "figures": {"style": cfg.flows.style, "scorer": cfg.score.scorer, "dialogues scored": len(scored),
                    "dialogues kept": len(kept),
                    "median total score (scored)": round(totals[len(totals) // 2], 3) if totals else "n/a",
                    "target reached": "yes" if len(kept) >= cfg.n else f"no: {len(kept)} of {cfg.n}"},
    })
    await acreate_table_artifact(table=dialogue_sample_rows(kept), key="syndg-dialogues",
                                 description="SynDG: best kept dialogues with their flows and scores")
    await finish_report(run.root, "SynDG run report", key="syndg-report", extra=report_section(scored, kept))
    return layout.dataset


@flow(name="syndg", flow_run_name=run_name("syndg"), log_prints=False)
async def syndg_flow(config: SynDGConfig, out_dir: str = "") -> str:
    """Knowledge -> dialogue flows -> turn-by-turn realization -> two-level scores -> best n."""
    kb, personas = load_sources(config)  # a bad knowledge file fails before the run folder exists
    run = open_run("syndg", out_dir, config, config.llm, config.run)
    try:
        build = partial(build_flows_stage, kb=kb, personas=personas)
        flows_out = await run_stage(run, "build_flows", build, None, config.flow_settings())
        realized = await run_stage(run, "realize", realize_stage, [flows_out.kept_path], config.realize,
                                   progress=True)
        scored = await run_stage(run, "score", score_stage, [realized.kept_path], config.score)
        selected = await run_stage(run, "select", select_stage, [scored.kept_path], config.select_settings())
        await finish_run(run, config, scored.kept(), selected.kept(), len(kb) if kb else len(personas))
    finally:
        if run.llm is not None:
            await run.llm.aclose()
    return str(run.root)
