"""Self-Instruct's run config and its stages' configs; every default is the reference's
(yizhongw/self-instruct, Wang et al. 2023; tatsu-lab/stanford_alpaca, Taori et al. 2023, under
the alpaca preset), cited next to it. The stage configs are re-exported by `stages`."""

from __future__ import annotations

from typing import Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel, TokenCount
from datagen.filters.dedup import MinHashConfig
from datagen.filters.heuristics import HeuristicConfig
from datagen.filters.novelty import NoveltyConfig
from datagen.llm.settings import LLMConfig
from datagen.prompts import template_field
from datagen.run_options import RunOptions


def line_start(stops: Sequence[str]) -> tuple[str, ...]:
    """Each stop made to fire only at a line start ("16." -> "\\n16."), duplicates removed."""
    return tuple(dict.fromkeys(s if s.startswith("\n") else "\n" + s for s in stops))


class BootstrapConfig(StrictModel):
    """Instruction generation, `bootstrap_instructions.py` + `scripts/generate_instructions.sh`."""

    prompt_instructions: int = Field(8, ge=1)  # --num_prompt_instructions; paper §2.2: 6 human + 2 model
    machine_in_prompt: int = Field(2, ge=0)  # min(2, |machine|) machine instructions per prompt
    prompts_per_round: int = Field(5, ge=1)  # --request_batch_size
    # "continuous" (default) keeps the endpoint busy for the whole bootstrap, each request
    # sampling its demonstrations from the pool as it stands when it is sent, and filters the
    # answers in request order (deterministic for a seed, cache and `in_flight`); "rounds" is
    # the reference: rounds of `prompts_per_round` requests, each waiting for the last.
    pipeline: Literal["continuous", "rounds"] = "continuous"
    in_flight: int | None = Field(None, ge=1)  # continuous: requests sent ahead of the last filtered
    # answer (the client keeps at most llm.concurrency on the wire); None: 2 x llm.concurrency
    max_tokens: TokenCount = 1024  # bootstrap_instructions.py
    temperature: float = 0.7  # bootstrap_instructions.py
    top_p: float = 0.5  # bootstrap_instructions.py
    presence_penalty: float = 2.0  # bootstrap_instructions.py
    frequency_penalty: float = 0.0  # bootstrap_instructions.py
    stop: list[str] = Field(default_factory=lambda: ["\n\n", "\n16", "16.", "16 ."])  # at most items 9-15
    line_start_stops: bool = False  # True avoids the "2016." stop pitfall (module docstring)
    clf_seeds_only: bool = False  # --use_clf_seed_tasks_only: classification seeds + header
    # A header only: the code appends the numbered demos and the open number "k+1.", so it needs
    # no placeholder. It replaces whichever bundled header applies (with clf_seeds_only, the
    # classification one). In chat mode it is the header of the user message, above the demos;
    # the system message (the reply format) stays ours.
    template: str | None = template_field(
        (), "the instruction-generation header (the numbered demos and the open number are appended)")

    def stop_sequences(self) -> tuple[str, ...]:
        return line_start(self.stop) if self.line_start_stops else tuple(dict.fromkeys(self.stop))


class ClassifyConfig(StrictModel):
    """"Is it classification?" labelling, `identify_clf_or_not.py`."""

    max_tokens: TokenCount = 3  # identify_clf_or_not.py
    temperature: float = 0.0  # identify_clf_or_not.py
    top_p: float = 0.0  # identify_clf_or_not.py
    stop: list[str] = Field(default_factory=lambda: ["\n", "Task"])  # identify_clf_or_not.py
    strict_label: bool = True  # reference: yes iff strip() is Yes/yes/YES; False also reads "Yes."
    unknown_label: Literal["no", "reject"] = "no"  # reference: anything but yes counts as no
    # A few-shot block ending in "Task:": the code appends " <instruction>\nIs it classification?".
    # Chat mode splits it at each blank line + "Task:": the text before the first demo goes into
    # the system message, each demo ("Task: ...\nIs it classification? Yes") becomes a user turn
    # and an assistant turn holding the label (the demo's last word).
    template: str | None = template_field(
        ("Task:",), "the classification few-shot prompt (it ends in \"Task:\"; the instruction and "
        "\"Is it classification?\" are appended)")


class InstanceConfig(StrictModel):
    """Instance generation, `generate_instances.py` + `prepare_for_finetuning.py`."""

    max_instances: int = Field(5, ge=1)  # --max_instances_to_generate; also the per-task cap
    temperature: float = 0.0  # generate_instances.py
    top_p: float = 0.0  # generate_instances.py
    presence_penalty: float = 1.5  # generate_instances.py
    frequency_penalty: float = 0.0  # generate_instances.py
    max_tokens_clf: TokenCount = 300  # generate_instances.py: a batch holding a classification task
    max_tokens_gen: TokenCount = 350  # generate_instances.py: a batch of generation tasks only
    # "batch": the reference rule, 300 when any task in the batch of `batch_size` is
    # classification; "task": each task gets its own type's budget (order-independent).
    max_tokens_rule: Literal["batch", "task"] = "batch"
    batch_size: int = Field(5, ge=1)  # generate_instances.py --request_batch_size
    anchored_examples: bool = True  # False: split on "Example" anywhere, as the reference does
    sample_seed: int = 123  # prepare_for_finetuning.py random.seed(123) for the per-task cap
    # Few-shot blocks ending in "Task:", one per task kind (input-first for generation tasks,
    # output-first for classification tasks); the code appends " <instruction>\n". Chat mode
    # splits them as the classify template: header into the system message, demos as turns.
    template: str | None = template_field(
        ("Task:",), "the input-first prompt for generation tasks (it ends in \"Task:\"; the "
        "instruction is appended)")
    template_clf: str | None = template_field(
        ("Task:",), "the output-first prompt for classification tasks (it ends in \"Task:\"; the "
        "instruction is appended)")

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
    # "continuous" (default) keeps the endpoint busy for the whole bootstrap, each request
    # sampling its demonstrations from the pool as it stands when it is sent, and filters the
    # answers in request order (deterministic for a seed, cache and `in_flight`); "rounds" is
    # the reference: rounds of `prompts_per_round` requests, each waiting for the last.
    pipeline: Literal["continuous", "rounds"] = "continuous"
    in_flight: int | None = Field(None, ge=1)  # continuous: requests sent ahead of the last filtered
    # answer (the client keeps at most llm.concurrency on the wire); None: 2 x llm.concurrency
    max_tokens: TokenCount = 3072  # generate_instruction.py
    temperature: float = 1.0  # generate_instruction.py
    top_p: float = 1.0  # generate_instruction.py
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    stop: list[str] = Field(default_factory=lambda: ["\n20", "20."])  # at most items 4-19
    line_start_stops: bool = False  # True avoids the "$20." stop pitfall (module docstring)
    # The requirement list only: the code appends the "###" demo blocks and the open
    # "k+1. Instruction:". In chat mode it heads the user message in the same way.
    template: str | None = template_field(
        (), "Alpaca's requirement list (the ### demo blocks and the open instruction are appended)")

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
    include_seed_tasks: bool = Field(
        False, description="also export every seed instance with the machine data, as "
        "prepare_for_finetuning.py does with --include_seed_tasks. Off by default: the export "
        "then holds only what this run generated, so its counts, statistics and filter reports "
        "describe generated data and the seeds (which the user already has) are not copied into "
        "every run; turn it on to rebuild the reference's fine-tuning file, seeds included")
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
