"""SynDG dialogue-flow construction (Bao et al., ACL 2023; HITSZ-HLT/SynDG
`construct_flow.py`).

A dialogue flow is one knowledge piece per turn, speakers alternating. Two heuristics:

- Wizard-of-Wikipedia style: the apprentice opens and asks; each wizard turn is grounded in a
  sentence of the chosen topic's passage (first sentence weighted 0.9, the rest and `[none]`
  sharing 0.1, drawn without replacement with renormalized weights), or, with probability 0.1
  (never at the first wizard turn, and always once the passage is used up), in the first sentence
  of a related topic drawn with linearly decreasing weights (`chosen | [none] | [none]` once none
  is left). Pieces read `chosen | topic | sentence`; apprentice turns `chosen | [none] | [none]`.
- PersonaChat style: each side has 5 persona sentences (the two sides disjoint) and 8 turns; a turn is grounded with
  probability 0.5 (forced after 2 ungrounded turns) in 1 persona (p 0.9) or 2 (p 0.1, when 2
  remain), each persona used at most twice; the sides are interleaved.

Unlike the reference (no seed anywhere), every draw comes from the stage's seeded RNG.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel
from datagen.methods.syndg.knowledge import NONE, KnowledgeBase, Persona, Topic
from datagen.records import Dialogue, stable_id
from datagen.stage import RunContext, StageResult, make_result

METHOD = "syndg"
WOW_SPEAKERS = ("Apprentice", "Wizard")  # WoW's roles: the apprentice asks, the wizard knows
PERSONA_SPEAKERS = ("Person 1", "Person 2")  # PersonaChat's user/agent, both humans chatting
PIECE_SEP = " | "


class FlowConfig(StrictModel):
    """How flows are drawn; the numbers are `construct_flow.py`'s constants."""

    style: Literal["wow", "persona"] = Field("wow", description="wow: topic passages; persona: persona sentences")
    n_flows: int | None = Field(None, gt=0, description="dialogue flows to build; empty: the flow "
                                "builds 1.5 x the dialogues it keeps")
    knowledge_turns: int = 5  # MAX_TURN_NUM, construct_flow.py sample_flow
    first_sentence_prob: float = Field(0.9, ge=0, le=1)  # FIRST_SENT_PROB
    other_topic_prob: float = Field(0.1, ge=0, le=1)  # OTHER_TOPIC_PROB
    turns_per_side: int = 8  # TURNS_NUM, sample_flow_pc
    personas_per_side: int = 5  # PersonaChat profiles have 5 sentences (sample_personas)
    grounded_prob: float = Field(0.5, ge=0, le=1)  # sample_flow_pc
    max_ungrounded_run: int = 2  # a turn is forced grounded after 2 ungrounded ones (sample_flow_pc)
    two_personas_prob: float = Field(0.1, ge=0, le=1)  # 1 persona with p 0.9, 2 with p 0.1
    max_persona_uses: int = 2  # MAX_PERSONA_SAMPLED_TIME


# --- Wizard-of-Wikipedia style -------------------------------------------------------------

def wow_piece(chosen: str, topic: str, sentence: str) -> str:
    return PIECE_SEP.join((chosen, topic, sentence))


def split_wow_piece(piece: str) -> tuple[str, str, str]:
    """`chosen | topic | sentence` -> its three fields (a sentence may itself contain `|`)."""
    chosen, topic, sentence = piece.split(PIECE_SEP, 2)
    return chosen, topic, sentence


def linear_decreasing_choice(items: Sequence[Topic], rng: random.Random) -> int:
    """Index drawn with weights n, n-1, ..., 1: earlier (more related) items are likelier."""
    n = len(items)
    return rng.choices(range(n), weights=range(n, 0, -1), k=1)[0]


def sample_wow_groundings(chosen: Topic, kb: KnowledgeBase, cfg: FlowConfig,
                          rng: random.Random) -> tuple[list[str], list[str]]:
    """The wizard's knowledge pieces for one dialogue, and the ids of the topics they use."""
    pool = [*chosen.sentences, NONE]
    weights = [cfg.first_sentence_prob] + [(1 - cfg.first_sentence_prob) / (len(pool) - 1)] * (len(pool) - 1)
    others = kb.related(chosen)
    pieces: list[str] = []
    used = [chosen.id]
    for turn in range(cfg.knowledge_turns):
        other = turn > 0 and rng.random() < cfg.other_topic_prob
        if not other and pool and sum(weights) > 0:
            k = rng.choices(range(len(pool)), weights=weights, k=1)[0]  # choices renormalizes
            pieces.append(wow_piece(chosen.title, chosen.title, pool.pop(k)))
            weights.pop(k)
        elif others:
            topic = others.pop(linear_decreasing_choice(others, rng))
            pieces.append(wow_piece(chosen.title, topic.title, topic.sentences[0]))
            used.append(topic.id)
        else:
            pieces.append(wow_piece(chosen.title, NONE, NONE))
    return pieces, used


def wow_turn_pieces(chosen: str, wizard_pieces: Sequence[str]) -> list[str]:
    """One piece per turn: each apprentice turn `chosen | [none] | [none]`, then a wizard turn."""
    out: list[str] = []
    for piece in wizard_pieces:
        out += [wow_piece(chosen, NONE, NONE), piece]
    return out


def topic_order(kb: KnowledgeBase, n: int, rng: random.Random) -> list[Topic]:
    """Chosen topics for n flows: every topic once per pass, each pass shuffled (the reference
    walks its shuffled training set twice)."""
    order: list[Topic] = []
    for _ in range(math.ceil(n / len(kb))):
        batch = list(kb.topics)
        rng.shuffle(batch)
        order += batch
    return order[:n]


# --- PersonaChat style ----------------------------------------------------------------------

def sample_persona_side(personas: Sequence[Persona], cfg: FlowConfig,
                        rng: random.Random) -> list[list[Persona]]:
    """One side's groundings over its turns: [] for an ungrounded turn, else 1 or 2 personas."""
    uses = {p.id: 0 for p in personas}
    candidates = list(personas)
    turns: list[list[Persona]] = []
    ungrounded_run = 0
    for _ in range(cfg.turns_per_side):
        grounded = ungrounded_run >= cfg.max_ungrounded_run or rng.random() < cfg.grounded_prob
        if not grounded or not candidates:
            turns.append([])
            ungrounded_run += 1
            continue
        k = 2 if len(candidates) >= 2 and rng.random() < cfg.two_personas_prob else 1
        picked = rng.sample(candidates, k)
        for p in picked:
            uses[p.id] += 1
        candidates = [p for p in candidates if uses[p.id] < cfg.max_persona_uses]
        turns.append(picked)
        ungrounded_run = 0
    return turns


def sample_persona_pairs(pool: Sequence[Persona], n_pairs: int, size: int,
                         rng: random.Random) -> list[tuple[list[Persona], list[Persona]]]:
    """n (side 1, side 2) persona sets of `size` sentences each. The reference draws distinct
    sets and pairs consecutive ones (`sample_personas`); we also keep the two sides of a dialogue
    disjoint, so the speakers never share a persona sentence. Pairs repeat only when the pool
    cannot supply new ones within a reasonable number of draws."""
    size = min(size, len(pool) // 2)
    seen: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    pairs: list[tuple[list[Persona], list[Persona]]] = []
    tries = 0
    while len(pairs) < n_pairs:
        picked = rng.sample(list(pool), 2 * size)
        side_1, side_2 = picked[:size], picked[size:]
        key = (tuple(sorted(p.id for p in side_1)), tuple(sorted(p.id for p in side_2)))
        tries += 1
        if key in seen and tries < 100 * n_pairs:
            continue
        seen.add(key)
        pairs.append((side_1, side_2))
    return pairs


def persona_piece(grounding: Sequence[Persona]) -> str:
    return PIECE_SEP.join(p.text for p in grounding) if grounding else NONE


def interleave(side_1: Sequence[str], side_2: Sequence[str]) -> list[str]:
    return [piece for pair in zip(side_1, side_2) for piece in pair]


# --- records ------------------------------------------------------------------------------

@dataclass
class SampledFlow:
    style: str
    pieces: list[str]  # one per turn, speakers alternating, speaker 1 first
    parents: list[str]
    meta: dict = field(default_factory=dict)

    def to_dialogue(self, index: int) -> Dialogue:
        return Dialogue(id=stable_id("dial", METHOD, self.style, index, self.pieces), method=METHOD,
                        parents=self.parents, flow=self.pieces, meta={"style": self.style, **self.meta})


def build_wow_flows(kb: KnowledgeBase, cfg: FlowConfig, rng: random.Random) -> list[SampledFlow]:
    flows = []
    for chosen in topic_order(kb, cfg.n_flows, rng):
        wizard, used = sample_wow_groundings(chosen, kb, cfg, rng)
        flows.append(SampledFlow("wow", wow_turn_pieces(chosen.title, wizard), used, {
            "speakers": list(WOW_SPEAKERS), "chosen_topic": chosen.title,
            "knowledge_turns": list(range(1, 2 * len(wizard), 2))}))
    return flows


def build_persona_flows(pool: Sequence[Persona], cfg: FlowConfig, rng: random.Random) -> list[SampledFlow]:
    flows = []
    for side_1, side_2 in sample_persona_pairs(pool, cfg.n_flows, cfg.personas_per_side, rng):
        turns_1 = sample_persona_side(side_1, cfg, rng)
        turns_2 = sample_persona_side(side_2, cfg, rng)
        pieces = interleave([persona_piece(g) for g in turns_1], [persona_piece(g) for g in turns_2])
        flows.append(SampledFlow("persona", pieces, [p.id for p in (*side_1, *side_2)], {
            "speakers": list(PERSONA_SPEAKERS),
            "personas": [[p.text for p in side_1], [p.text for p in side_2]],
            "knowledge_turns": list(range(len(pieces)))}))
    return flows


def build_flows_stage(_records: list, cfg: FlowConfig, ctx: RunContext, *,
                      kb: KnowledgeBase | None = None, personas: Sequence[Persona] = ()) -> StageResult:
    """Make `cfg.n_flows` Dialogue records holding a flow and no turns yet (nothing rejected).

    Each record's `flow` has one piece per turn; `meta` holds the style, the speakers, the
    positions the flow filter scores (`knowledge_turns`: the wizard's turns, or every turn for
    personas), the chosen topic or both persona sets; `parents` are the topic or persona ids used.
    """
    if cfg.n_flows is None:
        raise ValueError("set n_flows: how many flows to build")
    if cfg.style == "wow":
        if kb is None:
            raise ValueError("the wow style needs a knowledge base")
        flows = build_wow_flows(kb, cfg, ctx.rng)
    else:
        if not personas:
            raise ValueError("the persona style needs a persona pool")
        flows = build_persona_flows(personas, cfg, ctx.rng)
    dialogues = [f.to_dialogue(i) for i, f in enumerate(flows)]
    return make_result("build_flows", len(dialogues), dialogues, [])
