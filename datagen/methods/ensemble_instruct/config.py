"""Ensemble-Instruct's run config and its members (Lee et al., Findings of EMNLP 2023;
IBM/ensemble-instruct): the generator, the ensemble in vote order, or the stand-in."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, model_validator

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.filters.heuristics import HeuristicConfig, heuristic_preset
from datagen.filters.novelty import NoveltyConfig
from datagen.llm.settings import LLMConfig
from datagen.methods.ensemble_instruct import stages as ei
from datagen.methods.ensemble_instruct.prompts import TaskType
from datagen.methods.ensemble_instruct.vote import VoteConfig
from datagen.run_options import RunOptions, resolve_path
from datagen.seeds import load_seed_tasks, split_by_type

class EnsembleInstructConfig(StrictModel):
    seeds: str = Field("seeds/self_instruct/seed_tasks.jsonl", description="seed tasks in the "
                       "Self-Instruct format; both types come from it (first instance with/without input)")
    target: int = Field(20, gt=0, description="instructions to keep per type (the repo's sample run "
                        "asked for 100 of each)")
    task_types: list[TaskType] = Field(default_factory=lambda: ["A", "B"],
                                       description="A: needs an input; B: output only")
    max_rounds: int | None = Field(None, gt=0, description="cap on generation rounds per type; "
                                   "default 10x the rounds the target needs at full yield")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig, description="the instruction generator "
                           "(the common --llm/--base-url/--model flags)")
    ensemble: list[LLMConfig] = Field(default_factory=list, description="members in vote order: the "
                                      "first writes the instances, the others add zero-shot outputs. "
                                      "Empty: the generator plays every member (a stand-in)")
    standin_temperatures: list[float | None] = Field(
        default_factory=lambda: [None, 0.3, 0.6], description="with no ensemble: one member per "
        "entry, member k = the generator with seed_offset +k and this temperature_override")
    instructions: ei.InstructionConfig = Field(default_factory=ei.InstructionConfig)
    heuristics: HeuristicConfig = Field(default_factory=lambda: heuristic_preset("ensemble_instruct"))
    novelty: NoveltyConfig = Field(default_factory=NoveltyConfig)
    instances: ei.InstanceConfig = Field(default_factory=ei.InstanceConfig)
    zero_shot: ei.ZeroShotConfig = Field(default_factory=ei.ZeroShotConfig)
    vote: VoteConfig = Field(default_factory=VoteConfig)

    @model_validator(mode="after")
    def _enough_members(self) -> EnsembleInstructConfig:
        n = len(self.ensemble) if self.ensemble else len(self.standin_temperatures)
        if n < self.vote.min_candidates:
            raise ValueError(f"the vote needs at least {self.vote.min_candidates} ensemble members, "
                             f"got {n}; the paper uses 3 (one generator + two zero-shot models)")
        return self


def ensemble_members(cfg: EnsembleInstructConfig) -> list[LLMConfig]:
    """The configured members, or the stand-in: the generator with seed offset +k and its own
    temperature per member."""
    if cfg.ensemble:
        return list(cfg.ensemble)
    return [cfg.llm.model_copy(update={"seed_offset": cfg.llm.seed_offset + k, "temperature_override": t})
            for k, t in enumerate(cfg.standin_temperatures)]


def is_stand_in(members: list[LLMConfig]) -> bool:
    """True when one model plays every member (only seeds and temperatures differ)."""
    return len({(m.backend, m.model, m.base_url) for m in members}) == 1


def member_names(members: list[LLMConfig]) -> list[str]:
    """`m<k>-<model>`: unique by position, readable in tables ("m1-flan-t5-xxl")."""
    names = []
    for k, m in enumerate(members):
        model = Path(m.model).name if m.model else ("embedded" if m.backend == "local" else m.backend)
        names.append(f"m{k}-" + re.sub(r"[^A-Za-z0-9._-]+", "-", model)[:40])
    return names


def check_seeds(cfg: EnsembleInstructConfig) -> None:
    """The seed file loads and holds seeds of every requested type (UserError otherwise)."""
    split = split_by_type(load_seed_tasks(resolve_path(cfg.seeds)))
    for task_type, pool in (("A", split.io), ("B", split.o)):
        if task_type in cfg.task_types and not pool:
            kind = "with an input in their first instance" if task_type == "A" else "without an input"
            raise UserError(f"{cfg.seeds}: no type {task_type} seed tasks ({kind}); add some or set "
                            f"task_types to the other type only")
