"""InsTag (Lu et al., ICLR 2024; OFA-Sys/InsTag): open-set intention tags as a diversity and
complexity audit of any SFT pool, and Complexity-first Diverse sampling (METHODS §5).

The method lives in small modules, gathered here:

- `instag_input`: any JSONL dataset -> Task / Dialogue records (`load_queries`, `query_texts`);
- `instag_tagging`: the LLM tagger (`build_tagging_prompt`, `parse_tags`, `tag_stage`);
- `instag_normalize`: step 1 `frequency_stage`, step 2 `rule_stage`, the shared `Merge` log;
- `instag_semantic`: step 3 `semantic_stage` (bundled all-MiniLM-L6-v2 + DBSCAN);
- `instag_association`: step 4 `association_stage` (FP-Growth from `datagen.analysis.fpgrowth`);
- `instag_metrics`: `diversity`, `complexity`, `measure`;
- `instag_sampling`: `complexity_first_diverse`, `cfd_stage`, `random_stage`, `coverage_curve`;
- `instag_charts`, `instag_report`: PNG charts, markdown and the vocabulary for the run folder.

The flow is `flows/instag_flow.py`; the command `datagen run instag`.
"""

from __future__ import annotations

from datagen.methods.instag_association import AssociationConfig, association_merge, association_stage
from datagen.methods.instag_input import load_queries, query_texts
from datagen.methods.instag_metrics import TagMetrics, complexity, diversity, measure
from datagen.methods.instag_normalize import (
    FrequencyConfig, Merge, RuleConfig, frequency_merges, frequency_stage, rule_merges, rule_stage,
)
from datagen.methods.instag_sampling import (
    SamplingConfig, cfd_stage, complexity_first_diverse, coverage_curve, random_selection, random_stage,
)
from datagen.methods.instag_semantic import SemanticConfig, semantic_merges, semantic_stage
from datagen.methods.instag_tagging import TaggingConfig, build_tagging_prompt, parse_tags, tag_stage

__all__ = [
    "AssociationConfig", "FrequencyConfig", "Merge", "RuleConfig", "SamplingConfig", "SemanticConfig",
    "TagMetrics", "TaggingConfig", "association_merge", "association_stage", "build_tagging_prompt",
    "cfd_stage", "complexity", "complexity_first_diverse", "coverage_curve", "diversity", "frequency_merges",
    "frequency_stage", "load_queries", "measure", "parse_tags", "query_texts", "random_selection",
    "random_stage", "rule_merges", "rule_stage", "semantic_merges", "semantic_stage", "tag_stage",
]
