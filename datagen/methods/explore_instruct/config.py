"""Explore-Instruct's run config (Wan et al., EMNLP 2023; fanqiwan/Explore-Instruct
`generate_instruction.py` flags unless marked ours)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from datagen.config import StrictModel
from datagen.filters.heuristics import HeuristicConfig, heuristic_preset
from datagen.llm.settings import LLMConfig
from datagen.methods.explore_instruct import select as sel
from datagen.methods.explore_instruct import enrich as en
from datagen.methods.explore_instruct import stages as ei
from datagen.methods.explore_instruct.prompts import ALIASES, STYLES, DomainStyle, domain_style
from datagen.run_options import RunOptions

class ExploreInstructConfig(StrictModel):
    preset: Literal["explore_instruct", "domain_aware_self_instruct"] = Field(
        "explore_instruct", description="explore_instruct, or the paper's depth-0 baseline")
    domain: str = Field("rewriting", description="rewriting | brainstorming | math (seeds/explore_instruct/), "
                        "a root-task JSON file, or a tree folder (tree_meta_info.json + node files)")
    style: Literal["rewriting", "brainstorming", "math"] | None = Field(
        None, description="prompts and blacklist; default: the named domain's, brainstorming for a file")
    order: Literal["dfs", "bfs"] = Field("dfs", description="dfs: the paper's search; bfs: the reference code's queue")
    max_depth: int = Field(2, ge=0, description="--max_depth: nodes above it are extended")
    extend_nums: list[int] = Field(default_factory=lambda: [5, 5], description="--extend_nums: new "
                                   "subtasks per node at depth 0, 1, ... (the last repeats); default_extend_num 5")
    enrich_nums: list[int] = Field(default_factory=lambda: [50, 50, 50], description="--enrich_nums: "
                                   "examples to add per node at depth 0, 1, ... (the last repeats); default_enrich_num 50")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    extend: ei.ExtendConfig = Field(default_factory=ei.ExtendConfig)
    enrich: en.EnrichConfig = Field(default_factory=en.EnrichConfig)
    heuristics: HeuristicConfig | None = Field(None, description="default: the domain's preset "
                                               "(explore_rewrite | explore_brainstorming | explore_math)")
    prune: sel.PruneConfig = Field(default_factory=sel.PruneConfig)
    filter: sel.ExampleFilterConfig = Field(default_factory=sel.ExampleFilterConfig)
    sample: sel.SampleConfig = Field(default_factory=sel.SampleConfig)

    @model_validator(mode="before")
    @classmethod
    def _baseline_depth(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("preset") == "domain_aware_self_instruct":
            data = {**data, "max_depth": data.get("max_depth", 0)}
        return data

    @model_validator(mode="after")
    def _check_preset(self) -> ExploreInstructConfig:
        if self.preset == "domain_aware_self_instruct" and self.max_depth != 0:
            raise ValueError("the domain_aware_self_instruct preset explores nothing: max_depth must be 0")
        return self

    @field_validator("extend_nums", "enrich_nums")
    @classmethod
    def _counts(cls, value: list[int]) -> list[int]:
        if not value or any(v < 0 for v in value):
            raise ValueError("give one or more counts >= 0, one per depth (the last repeats)")
        return value

    def extend_num(self, depth: int) -> int:
        return self.extend_nums[min(depth, len(self.extend_nums) - 1)]

    def enrich_num(self, depth: int) -> int:
        return self.enrich_nums[min(depth, len(self.enrich_nums) - 1)]

    def named_domain(self) -> str | None:
        key = ALIASES.get(self.domain, self.domain)
        return key if key in STYLES else None

    def domain_style(self) -> DomainStyle:
        return domain_style(self.style or self.named_domain() or "brainstorming")

    def heuristic_config(self) -> HeuristicConfig:
        return self.heuristics or heuristic_preset(self.domain_style().heuristic_preset)
