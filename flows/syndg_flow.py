"""SynDG (Bao et al., ACL 2023; HITSZ-HLT/SynDG) as one Prefect flow, an LLM as the realizer.

The paper's algorithm: build dialogue flows from a knowledge source (topic passages in the
Wizard-of-Wikipedia style, or persona sentences in the PersonaChat style), realize each flow turn
by turn, score every synthetic dialogue at two levels (flow and utterance), and keep the best.
The paper's fine-tuned T5 realizer becomes a prompted LLM, and its T5 filters a local causal LM's
in-filling NLL (or an LLM judge for endpoints without log-probabilities).
"""

from __future__ import annotations

from functools import partial

from prefect import flow
from prefect.artifacts import acreate_table_artifact

from datagen.errors import UserError
from datagen.methods.syndg.knowledge import KnowledgeBase, Persona, load_personas, load_topics
from datagen.methods.syndg.dialogue_flows import build_flows_stage
from datagen.methods.syndg.realize import realize_stage
from datagen.methods.syndg.report import dialogue_sample_rows, report_section
from datagen.methods.syndg.scoring import score_stage, select_stage
from datagen.records import Dialogue
from datagen.methods.syndg.config import SynDGConfig
from datagen.run_options import resolve_path
from flows.scaffold import RunOutput, finish_run, llm_description, opened_run, run_name
from flows.stage_task import run_stage
FLOW = "syndg"


def load_sources(cfg: SynDGConfig) -> tuple[KnowledgeBase | None, list[Persona]]:
    """The style's knowledge source; a bad file fails the run before any LLM call."""
    if cfg.flows.style == "wow":
        return load_topics(resolve_path(cfg.topics)), []
    personas = load_personas(resolve_path(cfg.personas))
    if len(personas) < 2:
        raise UserError(f"{cfg.personas}: the persona style needs at least 2 personas (5 per side is "
                        "the PersonaChat setup); add more lines")
    return None, personas


async def run_output(cfg: SynDGConfig, scored: list[Dialogue], kept: list[Dialogue], n_sources: int) -> RunOutput:
    """What the run says about its dialogues; the best ones also go to the UI as a table."""
    await acreate_table_artifact(table=dialogue_sample_rows(kept), key="syndg-dialogues",
                                 description="SynDG: best kept dialogues with their flows and scores")
    totals = sorted(d.meta["total_score"] for d in scored)
    return RunOutput(
        "SynDG", f"{FLOW} ({cfg.flows.style})", kept, cfg.topics if cfg.flows.style == "wow" else cfg.personas,
        llm_description(cfg.llm), n_sources, cfg.n, fmt="openai",
        figures={"style": cfg.flows.style, "scorer": cfg.score.scorer, "dialogues scored": len(scored),
                 "dialogues kept": len(kept),
                 "median total score (scored)": round(totals[len(totals) // 2], 3) if totals else "n/a",
                 "target reached": "yes" if len(kept) >= cfg.n else f"no: {len(kept)} of {cfg.n}"},
        card_note="\nExport to ShareGPT with `datagen export RUN --format sharegpt`.\n",
        report_extra=report_section(scored, kept))


@flow(name=FLOW, flow_run_name=run_name(FLOW), log_prints=False)
async def syndg_flow(config: SynDGConfig, out_dir: str = "") -> str:
    """Knowledge -> dialogue flows -> turn-by-turn realization -> two-level scores -> best n."""
    kb, personas = load_sources(config)  # a bad knowledge file fails before the run folder exists
    async with opened_run(FLOW, out_dir, config) as run:
        build = partial(build_flows_stage, kb=kb, personas=personas)
        flows_out = await run_stage(run, "build_flows", build, None, config.flow_settings())
        realized = await run_stage(run, "realize", realize_stage, [flows_out.kept_path], config.realize,
                                   progress=True)
        scored = await run_stage(run, "score", score_stage, [realized.kept_path], config.score)
        selected = await run_stage(run, "select", select_stage, [scored.kept_path], config.select_settings())
        await finish_run(run, await run_output(config, scored.kept(), selected.kept(),
                                               len(kb) if kb else len(personas)))
    return str(run.root)
