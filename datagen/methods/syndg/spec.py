"""SynDG as the registry knows it (Bao et al., ACL 2023): Wizard-of-Wikipedia-style topic
knowledge by default, PersonaChat-style personas as a preset."""

from __future__ import annotations

from pathlib import Path

from datagen.methods.spec import MethodSpec, Option

def check(cfg) -> None:
    """The style's topics or personas file is read before any output (the flow reads it again)."""
    from flows.syndg_flow import load_sources

    load_sources(cfg)


SPEC = MethodSpec(
    name="syndg",
    summary="SynDG (Bao et al., ACL 2023): knowledge-grounded dialogues from sampled flows, flow- and "
            "utterance-level filtering",
    config="datagen.methods.syndg.config:SynDGConfig",
    flow="flows.syndg_flow:syndg_flow",
    presets={"wow": {}, "persona": {"flows": {"style": "persona"}}},
    options=(Option("--knowledge", "flows.style", str, "wow (topic passages) | persona (persona sentences)",
                    choices=("wow", "persona"), aliases=("--style",)),
             Option("--target", "n", int, "dialogues to keep (1.5x as many are built and scored)",
                    aliases=("--n",)),
             Option("--topics", "topics", Path, "topic knowledge base JSONL (wow style)"),
             Option("--personas", "personas", Path, "persona sentences JSONL (persona style)"),
             Option("--scorer", "score.scorer", str, "nll (local causal LM) | judge (the run's LLM rates 1-10)",
                    choices=("nll", "judge")),
             Option("--scorer-model", "score.nll.model", str,
                    "HF folder or .gguf for the nll scorer (default: embedded SmolLM2)")),
    outputs=("dataset: {run}/dataset.jsonl (OpenAI messages; `datagen export {run} --format sharegpt` "
             "for ShareGPT)", "report: {run}/report.md"),
    check=check,
)
