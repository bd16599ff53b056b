"""InsTag's run config (Lu et al., ICLR 2024; OFA-Sys/InsTag): tagging, the four normalization
steps and Complexity-first Diverse sampling."""

from __future__ import annotations

from pydantic import Field

from datagen.config import StrictModel
from datagen.llm.settings import LLMConfig
from datagen.methods.instag.association import AssociationConfig
from datagen.methods.instag.input import InputFormat
from datagen.methods.instag.normalize import FrequencyConfig, RuleConfig
from datagen.methods.instag.sampling import SamplingConfig
from datagen.methods.instag.semantic import SemanticConfig
from datagen.methods.instag.tagging import TaggingConfig
from datagen.run_options import RunOptions


class InstagConfig(StrictModel):
    input: str = Field("seeds/instag/queries.jsonl", description="the dataset to tag: JSONL (or a "
                       "JSON list) of Alpaca rows, rows with a text field, records.jsonl, OpenAI "
                       "`messages` or ShareGPT `conversations`")
    field: str = Field("instruction", description="the query text field of plain rows")
    input_format: InputFormat = Field("auto", description="auto decides per row: records, "
                                      "messages, conversations, then the text field")
    random_baseline: bool = Field(True, description="also draw a random subset of the same size")
    top_tags: int = Field(30, ge=1, description="tags shown in the chart and tables")
    curve_points: int = Field(20, ge=2, description="points of the sampling curve")
    run: RunOptions = Field(default_factory=RunOptions)
    llm: LLMConfig = Field(default_factory=LLMConfig)
    tagging: TaggingConfig = Field(default_factory=TaggingConfig)
    frequency: FrequencyConfig = Field(default_factory=FrequencyConfig)
    rules: RuleConfig = Field(default_factory=RuleConfig)
    semantic: SemanticConfig = Field(default_factory=SemanticConfig)
    association: AssociationConfig = Field(default_factory=AssociationConfig)
    sampling: SamplingConfig = Field(default_factory=SamplingConfig)
