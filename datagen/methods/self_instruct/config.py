"""Self-Instruct's run config and its stages' configs; every default is the reference's
(yizhongw/self-instruct, Wang et al. 2023; tatsu-lab/stanford_alpaca, Taori et al. 2023, under
the alpaca preset), cited next to it. The stage configs are re-exported by `stages`."""

from __future__ import annotations

from typing import Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel
from datagen.filters.dedup import MinHashConfig
from datagen.filters.heuristics import HeuristicConfig
from datagen.filters.novelty import NoveltyConfig
from datagen.llm.settings import LLMConfig
from datagen.run_options import RunOptions


def line_start(stops: Sequence[str]) -> tuple[str, ...]:
    """Each stop made to fire only at a line start ("16." -> "\\n16."), duplicates removed."""
    return tuple(dict.fromkeys(s if s.startswith("\n") else "\n" + s for s in stops))


class BootstrapConfig(StrictModel):
    """Instruction generation, `bootstrap_instructions.py` + `scripts/generate_instructions.sh`."""

    prompt_instructions: int = Field(8, ge=1)  # --num_prompt_instructions; paper §2.2: 6 human + 2 model
    machine_in_prompt: int = Field(2, ge=0)  # min(2, |machine|) machine instructions per prompt
    prompts_per_round: int = Field(5, ge=1)  # --request_batch_size
    max_tokens: int = 1024  # bootstrap_instructions.py
    temperature: float = 0.7  # bootstrap_instructions.py
    top_p: float = 0.5  # bootstrap_instructions.py
    presence_penalty: float = 2.0  # bootstrap_instructions.py
    frequency_penalty: float = 0.0  # bootstrap_instructions.py
    stop: list[str] = Field(default_factory=lambda: ["\n\n", "\n16", "16.", "16 ."])  # at most items 9-15
    line_start_stops: bool = False  # True avoids the "2016." stop pitfall (module docstring)
    clf_seeds_only: bool = False  # --use_clf_seed_tasks_only: classification seeds + header

    def stop_sequences(self) -> tuple[str, ...]:
        return line_start(self.stop) if self.line_start_stops else tuple(dict.fromkeys(self.stop))


class ClassifyConfig(StrictModel):
    """"Is it classification?" labelling, `identify_clf_or_not.py`."""

    max_tokens: int = 3  # identify_clf_or_not.py
    temperature: float = 0.0  # identify_clf_or_not.py
    top_p: float = 0.0  # identify_clf_or_not.py
    stop: list[str] = Field(default_factory=lambda: ["\n", "Task"])  # identify_clf_or_not.py
    strict_label: bool = True  # reference: yes iff strip() is Yes/yes/YES; False also reads "Yes."
    unknown_label: Literal["no", "reject"] = "no"  # reference: anything but yes counts as no


class InstanceConfig(StrictModel):
    """Instance generation, `generate_instances.py` + `prepare_for_finetuning.py`."""

    max_instances: int = Field(5, ge=1)  # --max_instances_to_generate; also the per-task cap
    temperature: float = 0.0  # generate_instances.py
    top_p: float = 0.0  # generate_instances.py
    presence_penalty: float = 1.5  # generate_instances.py
    frequency_penalty: float = 0.0  # generate_instances.py
    max_tokens_clf: int = 300  # generate_instances.py: a batch holding a classification task
    max_tokens_gen: int = 350  # generate_instances.py: a batch of generation tasks only
    # "batch": the reference rule, 300 when any task in the batch of `batch_size` is
    # classification; "task": each task gets its own type's budget (order-independent).
    max_tokens_rule: Literal["batch", "task"] = "batch"
    batch_size: int = Field(5, ge=1)  # generate_instances.py --request_batch_size
    anchored_examples: bool = True  # False: split on "Example" anywhere, as the reference does
    sample_seed: int = 123  # prepare_for_finetuning.py random.seed(123) for the per-task cap

    @property
    def stop(self) -> tuple[str, ...]:
        return (f"Example {self.max_instances + 1}", "Task:")  # derived as in generate_instances.py


class AlpacaConfig(StrictModel):
    """Alpaca's batched generation, `generate_instruction.py` (filters: `heuristic_preset("alpaca")`).

    Not expressible here: `logit_bias {"50256": -100}`, which bans GPT-2's end-of-text token
    and means nothing for other tokenizers.
    """

    prompt_instructions: int = Field(3, ge=1)  # num_prompt_instructions, from the seeds only
    prompts_per_round: int = Field(5, ge=1)  # request_batch_size
    max_tokens: int = 3072  # generate_instruction.py
    temperature: float = 1.0  # generate_instruction.py
    top_p: float = 1.0  # generate_instruction.py
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    stop: list[str] = Field(default_factory=lambda: ["\n20", "20."])  # at most items 4-19
    line_start_stops: bool = False  # True avoids the "$20." stop pitfall (module docstring)

    @property
    def machine_in_prompt(self) -> int:
        return 0  # Alpaca never shows machine instructions

    def stop_sequences(self) -> tuple[str, ...]:
        return line_start(self.stop) if self.line_start_stops else tuple(dict.fromkeys(self.stop))


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
    bootstrap: BootstrapConfig = Field(default_factory=BootstrapConfig)
    alpaca: AlpacaConfig = Field(default_factory=AlpacaConfig)
    heuristics: HeuristicConfig = Field(default_factory=HeuristicConfig)
    novelty: NoveltyConfig = Field(default_factory=NoveltyConfig)
    classify: ClassifyConfig = Field(default_factory=ClassifyConfig)
    instances: InstanceConfig = Field(default_factory=InstanceConfig)
    dedup: MinHashConfig = Field(default_factory=MinHashConfig)
    dedup_enabled: bool = True
