"""SynDG two-level filtering (Bao et al., ACL 2023, §3.3; HITSZ-HLT/SynDG), with a causal LM or an LLM judge.

- Flow score: for each knowledge turn, how predictable its piece is from the rest of the flow
  (the piece is hidden; the other pieces stay). WoW scores the wizard's pieces, PersonaChat every
  turn, as the reference's flow filters do.
- Utterance score: for each turn, how predictable the utterance is from the rest of the dialogue
  and the turn's own knowledge.

With the `nll` scorer a pair's score is the mean NLL per real target token under a local causal
LM (`datagen.methods.syndg.lm_scoring`; the reference's T5 filters scored `exp(loss)`, available as
`per_pair: ppl`), and a dialogue's score at each level is the mean over its pairs. The `judge`
scorer (`syndg_judge`) asks the run's LLM instead, for endpoints without log-probabilities.
Total = flow + utterance; lower is better. The selection keeps the N lowest totals and/or those
under a threshold (the reference ships no threshold).

Rejection codes: score stage `llm_error`, `judge_parse_failed` (judge), `score_failed` (a NaN
score); select stage `score_above_threshold`, `not_in_top_n`.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, Sequence

from pydantic import Field

from datagen.config import StrictModel, TokenCount
from datagen.methods.syndg.lm_scoring import CausalLMScorer
from datagen.methods.syndg.knowledge import NONE
from datagen.methods.syndg.dialogue_flows import PIECE_SEP, split_wow_piece
from datagen.methods.syndg.realize import describe_piece, speaker_of
from datagen.prompts import load_template, template_field
from datagen.records import Dialogue, Rejected
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

SCORE_STAGE = "score"
SELECT_STAGE = "select"
HIDDEN = "[hidden]"


class NLLScorerConfig(StrictModel):
    model: str | None = Field(None, description="HF folder or .gguf for the scoring LM; null = the "
                              "embedded SmolLM2 GGUF (the paper trains two T5-large filters)")
    device: str = "auto"
    batch_size: int = Field(8, gt=0)
    max_context_tokens: int = 1000  # the reference's max source length (1000 tokens)
    max_target_tokens: int = 128  # filter targets were capped at 100 words (get_training_scorer_data.py)
    per_pair: Literal["nll", "ppl"] = Field("nll", description="nll: mean NLL per token; ppl: its exp, "
                                            "as the reference's merge_ppl_score.py averages")


class JudgeConfig(StrictModel):
    temperature: float = 0.0  # a rating should not be sampled
    max_tokens: TokenCount = 32
    template: str | None = template_field(("{dialogue}",), "the judge request (also offered: {kind}, {header})")


class ScoreConfig(StrictModel):
    scorer: Literal["nll", "judge"] = Field("nll", description="nll: a local causal LM's in-filling "
                                            "NLL; judge: 1-10 ratings from the run's LLM")
    nll: NLLScorerConfig = Field(default_factory=NLLScorerConfig)
    judge: JudgeConfig = Field(default_factory=JudgeConfig)


class SelectConfig(StrictModel):
    top_n: int | None = Field(None, gt=0, description="keep the N lowest total scores (the flow sets "
                              "it to the run's n when left empty)")
    max_total_score: float | None = Field(None, description="also drop totals above this")


@dataclass
class DialogueScore:
    flow: float
    utterance: float
    flow_items: list[float] = field(default_factory=list)
    utterance_items: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> float:
        return self.flow + self.utterance


class DialogueScorer(Protocol):
    """`score(dialogues)` -> one DialogueScore (lower is better) or Reject per dialogue, in order."""

    name: str

    async def score(self, dialogues: Sequence[Dialogue]) -> list[DialogueScore | Reject]: ...


# --- masked pairs (pure) -----------------------------------------------------------------------

def dialogue_kind(dialogue: Dialogue) -> str:
    if dialogue.meta["style"] == "wow":
        return "conversation about a topic"
    return "casual conversation between two people"


def dialogue_header(dialogue: Dialogue) -> str:
    """A line naming the chosen topic (WoW), or nothing (persona flows carry their own text)."""
    return f"Topic: {dialogue.meta['chosen_topic']}\n" if dialogue.meta["style"] == "wow" else ""


def piece_text(dialogue: Dialogue, turn: int) -> str:
    """A flow piece as the text a filter must rebuild (no repeated chosen topic, no markup)."""
    piece = dialogue.flow[turn]
    if dialogue.meta["style"] == "wow":
        chosen, topic, sentence = split_wow_piece(piece)
        if NONE in (topic, sentence):
            return "none"
        return sentence if topic == chosen else f"{topic}: {sentence}"
    return "none" if piece == NONE else " ".join(piece.split(PIECE_SEP))


def fill_template(name: str, **values: str) -> str:
    return load_template(name).format(**values)


def flow_pairs(dialogue: Dialogue) -> list[tuple[str, str]]:
    """(context, target) for each knowledge turn: the plan with that item hidden, and the item."""
    positions = dialogue.meta["knowledge_turns"]
    pairs = []
    for hidden in positions:
        plan = "\n".join(f"Turn {t + 1} ({speaker_of(dialogue, t)}): "
                         f"{HIDDEN if t == hidden else piece_text(dialogue, t)}" for t in positions)
        context = fill_template("syndg/score_flow.txt", kind=dialogue_kind(dialogue), header=dialogue_header(dialogue),
                        plan=plan, turn=str(hidden + 1), speaker=speaker_of(dialogue, hidden))
        pairs.append((context, " " + piece_text(dialogue, hidden)))
    return pairs


def utterance_pairs(dialogue: Dialogue) -> list[tuple[str, str]]:
    """(context, target) for each turn: the dialogue with that message hidden, and the message."""
    pairs = []
    for hidden, turn in enumerate(dialogue.turns):
        lines = "\n".join(f"{t.speaker}: {HIDDEN if k == hidden else t.text}" for k, t in enumerate(dialogue.turns))
        context = fill_template("syndg/score_utterance.txt", kind=dialogue_kind(dialogue),
                        header=dialogue_header(dialogue), dialogue=lines, speaker=turn.speaker,
                        knowledge=describe_piece(dialogue, hidden, current=True))
        pairs.append((context, " " + turn.text))
    return pairs


# --- the NLL scorer --------------------------------------------------------------------------

def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else math.nan


class NLLDialogueScorer:
    """Flow and utterance scores from one causal LM; runs in a worker thread."""

    name = "nll"

    def __init__(self, lm: CausalLMScorer, per_pair: Literal["nll", "ppl"] = "nll") -> None:
        self.lm, self.per_pair = lm, per_pair

    def score_sync(self, dialogues: Sequence[Dialogue]) -> list[DialogueScore | Reject]:
        flows = [flow_pairs(d) for d in dialogues]
        utts = [utterance_pairs(d) for d in dialogues]
        scores = self.lm.score([p for pairs in (*flows, *utts) for p in pairs])
        if self.per_pair == "ppl":
            scores = [math.exp(s) for s in scores]
        out: list[DialogueScore | Reject] = []
        cursor = 0
        chunks: list[list[float]] = []
        for pairs in (*flows, *utts):
            chunks.append(scores[cursor:cursor + len(pairs)])
            cursor += len(pairs)
        for k in range(len(dialogues)):
            f_items, u_items = chunks[k], chunks[len(dialogues) + k]
            result = DialogueScore(_mean(f_items), _mean(u_items), f_items, u_items)
            if math.isnan(result.total):
                out.append(Reject("score_failed", flow=result.flow, utterance=result.utterance))
            else:
                out.append(result)
        return out

    async def score(self, dialogues: Sequence[Dialogue]) -> list[DialogueScore | Reject]:
        return await asyncio.to_thread(self.score_sync, dialogues)


def build_scorer(cfg: ScoreConfig, ctx: RunContext) -> DialogueScorer:
    if cfg.scorer == "judge":
        from datagen.methods.syndg.judge import JudgeDialogueScorer

        return JudgeDialogueScorer(ctx.llm, cfg.judge)
    from datagen.methods.syndg.lm_scoring import load_causal_lm_scorer

    n = cfg.nll
    lm = load_causal_lm_scorer(n.model, n.device, batch_size=n.batch_size,
                               max_context_tokens=n.max_context_tokens, max_target_tokens=n.max_target_tokens)
    return NLLDialogueScorer(lm, n.per_pair)


# --- stages ----------------------------------------------------------------------------------

async def score_stage(records: list[Dialogue], cfg: ScoreConfig, ctx: RunContext, *,
                      scorer: DialogueScorer | None = None) -> StageResult:
    """Realized dialogues in, the same dialogues with `flow_score`, `utterance_score`,
    `total_score`, per-item scores and the scorer's name in `meta` out (score, store, decide later).
    Rejects `llm_error` / `judge_parse_failed` (judge) and `score_failed`."""
    started = time.perf_counter()
    if not records:
        return make_result(SCORE_STAGE, 0, [], [], started)
    if scorer is None:  # loading a local model takes seconds: keep the event loop free
        scorer = await asyncio.to_thread(build_scorer, cfg, ctx)
    results = await scorer.score(records)
    kept: list[Dialogue] = []
    rejected: list[Rejected] = []
    for dialogue, result in zip(records, results):
        if isinstance(result, Reject):
            rejected.append(reject(dialogue, SCORE_STAGE, result))
            continue
        meta = {**dialogue.meta, "scorer": scorer.name, "flow_score": round(result.flow, 4),
                "utterance_score": round(result.utterance, 4), "total_score": round(result.total, 4),
                "flow_item_scores": [round(s, 4) for s in result.flow_items],
                "utterance_item_scores": [round(s, 4) for s in result.utterance_items], **result.extra}
        kept.append(dialogue.model_copy(update={"meta": meta}))
    return make_result(SCORE_STAGE, len(records), kept, rejected, started)


def select_stage(records: list[Dialogue], cfg: SelectConfig, _ctx: RunContext) -> StageResult:
    """Scored dialogues in, best first (lowest `total_score`, ties by id) out; rejects
    `score_above_threshold` (over `max_total_score`), then `not_in_top_n` (beyond `top_n`)."""
    started = time.perf_counter()
    ranked = sorted(records, key=lambda d: (d.meta["total_score"], d.id))
    kept: list[Dialogue] = []
    rejected: list[Rejected] = []
    for rank, dialogue in enumerate(ranked, start=1):
        total = dialogue.meta["total_score"]
        if cfg.max_total_score is not None and total > cfg.max_total_score:
            rejected.append(reject(dialogue, SELECT_STAGE, Reject(
                "score_above_threshold", total_score=total, threshold=cfg.max_total_score)))
        elif cfg.top_n is not None and len(kept) >= cfg.top_n:
            rejected.append(reject(dialogue, SELECT_STAGE, Reject("not_in_top_n", rank=rank, top_n=cfg.top_n,
                                                                  total_score=total)))
        else:
            kept.append(dialogue.model_copy(update={"meta": {**dialogue.meta, "rank": rank}}))
    return make_result(SELECT_STAGE, len(records), kept, rejected, started)
