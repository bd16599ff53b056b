"""Self-Instruct's run config: every key with its default from Wang et al. (2023) and
yizhongw/self-instruct, or from Alpaca (Taori et al. 2023) under the alpaca preset."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from datagen.config import StrictModel
from datagen.filters.dedup import MinHashConfig
from datagen.filters.heuristics import HeuristicConfig
from datagen.filters.novelty import NoveltyConfig
from datagen.llm.settings import LLMConfig
from datagen.methods.self_instruct import stages as si
from datagen.run_options import RunOptions

class SelfInstructConfig(StrictModel):
    preset: Literal["self_instruct", "alpaca"] = Field(
        "self_instruct", description="self_instruct (Wang et al. 2023) or alpaca (Taori et al. 2023)")
    seeds: str = Field("seeds/self_instruct/seed_tasks.jsonl",
                       description="seed tasks in the Self-Instruct format (id, name, instruction, "
                       "instances[{input, output}], is_classification)")
    target: int = Field(20, gt=0, description="machine instructions to keep (the paper made 52K)")
    max_rounds: int | None = Field(None, gt=0, description="cap on bootstrap rounds; default "
                                   "10x the rounds the target needs at the best yield")
    include_seed_tasks: bool = Field(False, description="also export the seed instances "
                                     "(prepare_for_finetuning.py --include_seed_tasks)")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    bootstrap: si.BootstrapConfig = Field(default_factory=si.BootstrapConfig)
    alpaca: si.AlpacaConfig = Field(default_factory=si.AlpacaConfig)
    heuristics: HeuristicConfig = Field(default_factory=HeuristicConfig)
    novelty: NoveltyConfig = Field(default_factory=NoveltyConfig)
    classify: si.ClassifyConfig = Field(default_factory=si.ClassifyConfig)
    instances: si.InstanceConfig = Field(default_factory=si.InstanceConfig)
    dedup: MinHashConfig = Field(default_factory=MinHashConfig)
    dedup_enabled: bool = True
