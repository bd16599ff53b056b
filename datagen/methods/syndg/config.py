"""SynDG's run config (Bao et al., ACL 2023; HITSZ-HLT/SynDG)."""

from __future__ import annotations

import math

from pydantic import Field

from datagen.config import StrictModel
from datagen.llm.settings import LLMConfig
from datagen.methods.syndg.dialogue_flows import FlowConfig
from datagen.methods.syndg.realize import RealizeConfig
from datagen.methods.syndg.scoring import ScoreConfig, SelectConfig
from datagen.run_options import RunOptions

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
