"""SynDG turn-by-turn realization with any LLM (Bao et al., ACL 2023, §3.2; HITSZ-HLT/SynDG).

The paper fine-tunes T5 to write one utterance at a time from: the dialogue so far, the current
turn's knowledge piece (marked as the one to realize), and the pieces of the next m turns. We keep
that state and order but phrase it as a plain prompt (our wording, `datagen/prompts/syndg/*_turn.txt`;
`template` replaces it)
so any instruction-following model can play the realizer. All dialogues of a batch advance
together: turn t of every live dialogue is one `generate_many` call.

Rejections (the whole dialogue, with the turns written so far and the failing turn as evidence):
`llm_error` (the request failed) and `empty_utterance` (nothing usable came back; the reference
would have inserted a `[no_query]` placeholder). A reply cut by the token limit is kept, as the
reference keeps whatever T5 produced within `max_length`, and counted as `truncated_turns`.
On a chat client the turn goes out as chat messages (`chat.py`) and the talk around the
utterance (preamble, speaker label, quotes, a note) is taken off and counted as `talk_<reason>`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
import re
import time
from typing import Sequence

from pydantic import Field

from datagen.prompts import template_field, template_text
from datagen.config import StrictModel, TokenCount
from datagen.methods.syndg.chat import chat_turn_messages, chat_utterance
from datagen.methods.syndg.knowledge import NONE
from datagen.llm.client import LLMRequest
from datagen.methods.syndg.dialogue_flows import PIECE_SEP, split_wow_piece
from datagen.records import Dialogue, Rejected, Turn
from datagen.stage import Reject, RunContext, StageResult, make_result, reject

STAGE = "realize"
TEMPLATES = {"wow": "syndg/wow_turn.txt", "persona": "syndg/persona_turn.txt"}


class RealizeConfig(StrictModel):
    lookahead: int = Field(2, ge=0, description="pieces of the next turns shown (m; the WoW "
                           "reference uses 2, its PersonaChat training data 1)")
    temperature: float = 0.7  # exp_config/syn_config_wow.json (do_sample, temperature 0.7)
    max_tokens: TokenCount = Field(96, description="an utterance is one to three sentences; the "
                            "reference's 500 is T5's max_length for the whole output")
    stop: tuple[str, ...] | None = Field(None, description="stop strings; empty: a new line that "
                                         "starts with either speaker's label (a bare newline stop "
                                         "turns a reply that opens with a line break into nothing)")
    batch_dialogues: int = Field(256, gt=0, description="dialogues that advance together; each "
                                 "turn of a batch is one generate_many call")
    template: str | None = template_field(("{history}", "{speaker}", "{knowledge}"),
                                          "the turn request (also offered: {topic}, {upcoming})")



def speaker_of(dialogue: Dialogue, turn: int) -> str:
    return dialogue.meta["speakers"][turn % 2]


def describe_piece(dialogue: Dialogue, turn: int, *, current: bool) -> str:
    """The knowledge of one turn in words. For the turn being written, an ungrounded persona turn
    shows the speaker's whole persona (the reference's PersonaChat masked-turn format)."""
    piece = dialogue.flow[turn]
    if dialogue.meta["style"] == "wow":
        chosen, topic, sentence = split_wow_piece(piece)
        if topic == NONE or sentence == NONE:
            if not current:
                return "none (free chat)"
            return f"none (no new facts: react, ask a question or share an opinion about {chosen})"
        if topic == chosen:
            return f'"{sentence}"'
        return f'"{sentence}" (about {topic}, a related topic)'
    if piece == NONE:
        if not current:
            return "none (free chat)"
        persona = " ".join(dialogue.meta["personas"][turn % 2])
        return f"none in particular; stay in character ({speaker_of(dialogue, turn)}: {persona})"
    return " ".join(piece.split(PIECE_SEP))


def render_history(dialogue: Dialogue, utterances: Sequence[str]) -> str:
    if not utterances:
        return f"(nothing yet: {speaker_of(dialogue, 0)} opens the conversation)"
    return "\n".join(f"{speaker_of(dialogue, t)}: {u}" for t, u in enumerate(utterances))


def render_upcoming(dialogue: Dialogue, turn: int, lookahead: int) -> str:
    later = range(turn + 1, min(turn + 1 + lookahead, len(dialogue.flow)))
    lines = [f"- {speaker_of(dialogue, t)}: {describe_piece(dialogue, t, current=False)}" for t in later]
    return "\n".join(lines) if lines else "- (the conversation ends after this message)"


def build_turn_prompt(dialogue: Dialogue, utterances: Sequence[str], cfg: RealizeConfig) -> str:
    """The prompt for turn `len(utterances)` of `dialogue` (pure)."""
    turn = len(utterances)
    return template_text(cfg.template, TEMPLATES[dialogue.meta["style"]]).format(
        topic=dialogue.meta.get("chosen_topic", ""),
        history=render_history(dialogue, utterances),
        speaker=speaker_of(dialogue, turn),
        knowledge=describe_piece(dialogue, turn, current=True),
        upcoming=render_upcoming(dialogue, turn, cfg.lookahead),
    )


def request_seed(dialogue_id: str, turn: int) -> int:
    """A per-(dialogue, turn) seed: reproducible sampling and stable cache keys."""
    return int(hashlib.sha256(f"{dialogue_id}:{turn}".encode()).hexdigest()[:8], 16)


def turn_stops(dialogue: Dialogue, cfg: RealizeConfig) -> tuple[str, ...]:
    if cfg.stop is not None:
        return cfg.stop
    return tuple(f"\n{speaker}:" for speaker in dialogue.meta["speakers"])


def build_turn_request(dialogue: Dialogue, utterances: Sequence[str], cfg: RealizeConfig,
                       chat: bool = False) -> LLMRequest:
    """The turn prompt as text, or (`chat`) as chat messages; decoding and stops are the same."""
    prompt = build_turn_prompt(dialogue, utterances, cfg)
    speaker = speaker_of(dialogue, len(utterances))
    body = {"messages": chat_turn_messages(prompt, speaker)} if chat else {"prompt": prompt}
    return LLMRequest(**body, temperature=cfg.temperature,
                      max_tokens=cfg.max_tokens, stop=turn_stops(dialogue, cfg),
                      seed=request_seed(dialogue.id, len(utterances)), tag=STAGE)


def clean_utterance(text: str, speakers: Sequence[str]) -> str:
    """The utterance in a reply: first non-empty line, a leading `Speaker:` label and wrapping
    quotes removed, and cut where the model starts writing the other speaker's turn."""
    labels = "|".join(re.escape(s) for s in speakers)
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if not lines:
        return ""
    line = re.sub(rf"^\**(?:{labels})\**\s*:\s*", "", lines[0], flags=re.IGNORECASE)
    cut = re.search(rf"\s(?:{labels})\s*:", line, flags=re.IGNORECASE)
    if cut:
        line = line[:cut.start()]
    line = line.strip()
    if len(line) >= 2 and line[0] == line[-1] and line[0] in "\"'":
        line = line[1:-1].strip()
    return line


def with_turns(dialogue: Dialogue, utterances: Sequence[str]) -> Dialogue:
    turns = [Turn(speaker=speaker_of(dialogue, t), text=u, grounding=dialogue.flow[t])
             for t, u in enumerate(utterances)]
    return dialogue.model_copy(update={"turns": turns})


async def realize_batch(dialogues: Sequence[Dialogue], cfg: RealizeConfig,
                        ctx: RunContext, talk: Counter | None = None) -> tuple[list[Dialogue], list[Rejected], int]:
    """Advance every dialogue of the batch turn by turn; returns kept, rejected, truncated turns.
    On a chat client the talk taken off each reply is counted by reason in `talk`."""
    chat = getattr(ctx.llm, "mode", "completion") == "chat"
    talk = Counter() if talk is None else talk
    utterances: dict[int, list[str]] = {i: [] for i in range(len(dialogues))}
    rejected: list[Rejected] = []
    truncated = 0
    n_turns = max((len(d.flow) for d in dialogues), default=0)
    for turn in range(n_turns):
        live = [i for i in utterances if turn < len(dialogues[i].flow)]
        if not live:
            break
        outs = await ctx.llm.generate_many([build_turn_request(dialogues[i], utterances[i], cfg, chat) for i in live])
        for i, out in zip(live, outs):
            dialogue = dialogues[i]
            if not out.ok:
                verdict = Reject("llm_error", turn=turn, error=out.error)
            else:
                if chat:
                    text, pieces = chat_utterance(out.text, dialogue.meta["speakers"])
                    talk.update(p.reason for p in pieces)
                else:
                    text = clean_utterance(out.text, dialogue.meta["speakers"])
                verdict = None if text else Reject("empty_utterance", turn=turn, raw=out.text[:200])
            if verdict is not None:
                rejected.append(reject(with_turns(dialogue, utterances.pop(i)), STAGE, verdict))
                continue
            truncated += int(out.truncated)
            utterances[i].append(text)
    kept = [with_turns(dialogues[i], utts) for i, utts in utterances.items()]
    return kept, rejected, truncated


async def realize_stage(records: list[Dialogue], cfg: RealizeConfig, ctx: RunContext) -> StageResult:
    """Flows in (Dialogues with no turns), realized Dialogues out; rejects `llm_error`,
    `empty_utterance`."""
    started = time.perf_counter()
    kept: list[Dialogue] = []
    rejected: list[Rejected] = []
    truncated = 0
    talk: Counter = Counter()
    for start in range(0, len(records), cfg.batch_dialogues):
        k, r, t = await realize_batch(records[start:start + cfg.batch_dialogues], cfg, ctx, talk)
        kept += k
        rejected += r
        truncated += t
    return make_result(STAGE, len(records), kept, rejected, started, extra={"truncated_turns": truncated,
                       **{f"talk_{reason}": float(n) for reason, n in sorted(talk.items())}})
