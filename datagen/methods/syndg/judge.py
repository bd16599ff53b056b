"""An LLM-judge scorer for SynDG dialogues, for endpoints that give no log-probabilities.

Same interface as the NLL scorer (`syndg_scoring.DialogueScorer`). One request per dialogue asks
for two 1-10 ratings (our wording, `datagen/prompts/syndg/judge.txt`; `JudgeConfig.template` replaces it): coherence, standing in for
the paper's utterance-level filter, and groundedness, standing in for its flow-level filter
(Bao et al., ACL 2023, §3.3). Ratings become scores where lower is better, like NLL:
`utterance_score = 10 - coherence`, `flow_score = 10 - groundedness`.

On a chat client the prompt goes out behind a system message restating the format (`chat.py`)
and the reply is read by `parse_chat_judge_reply`, which also takes "**Coherence:** 8/10",
"Coherence (1-10): 8", JSON and prose.
"""

from __future__ import annotations

import re
from typing import Sequence

from datagen.llm.client import LLMRequest
from datagen.methods.syndg.chat import chat_judge_messages
from datagen.methods.syndg.scoring import (DialogueScore, JudgeConfig, fill_template, dialogue_header,
                                           dialogue_kind, piece_text)
from datagen.prompts import template_text
from datagen.records import Dialogue
from datagen.text.chat_reply import strip_fence, strip_markdown
from datagen.stage import Reject

MAX_RATING = 10.0
NAMES = {"coherence": r"coheren\w*", "groundedness": r"grounded\w*|groundness"}
# a name, up to 24 characters that are not digits (": ", "** score =", '": '), then the number;
# a number followed by "-<digit>" is the template's "<1-10>" echoed back, not a rating
RATING = r"(?:{name})[^0-9\n]{{0,24}}?(\d+(?:\.\d+)?)(?!\s*-\s*\d)(?:\s*(?:/|out of)\s*10\b)?"


def build_judge_prompt(dialogue: Dialogue, template: str | None = None) -> str:
    lines = "\n".join(f"[knowledge: {piece_text(dialogue, t)}] {turn.speaker}: {turn.text}"
                      for t, turn in enumerate(dialogue.turns))
    return template_text(template, "syndg/judge.txt").format(
        kind=dialogue_kind(dialogue), header=dialogue_header(dialogue), dialogue=lines)


def parse_rating(text: str, name: str) -> float | None:
    """The first rating for `name` in 1..10 in a reply, or None."""
    for match in re.finditer(RATING.format(name=NAMES[name]), text, flags=re.IGNORECASE):
        value = float(match.group(1))
        if 1.0 <= value <= MAX_RATING:
            return value
    return None


def parse_judge_reply(text: str) -> tuple[float, float] | None:
    """(coherence, groundedness) from a reply in the asked format, JSON, markdown or prose; None
    when either rating is missing or outside 1-10."""
    coherence = parse_rating(text, "coherence")
    groundedness = parse_rating(text, "groundedness")
    if coherence is None or groundedness is None:
        return None
    return coherence, groundedness


# "(1-10)", "(from 1 to 10)", "on a scale of 1 to 10": the scale echoed back, not a rating
_SCALE = re.compile(r"\(?\b(?:on a scale )?(?:of |from )?1\s*(?:-|–|to)\s*10\b\)?", re.I)


def parse_chat_judge_reply(text: str) -> tuple[float, float] | None:
    """`parse_judge_reply` on a chat reply with its fence, markdown and echoed scales removed."""
    body = strip_markdown(strip_fence(text)[0])
    return parse_judge_reply(_SCALE.sub(" ", body))


class JudgeDialogueScorer:
    name = "judge"

    def __init__(self, llm, cfg: JudgeConfig) -> None:
        self.llm, self.cfg = llm, cfg
        self.chat = getattr(llm, "mode", "completion") == "chat"

    def request(self, dialogue: Dialogue) -> LLMRequest:
        prompt = build_judge_prompt(dialogue, self.cfg.template)
        body = {"messages": chat_judge_messages(prompt)} if self.chat else {"prompt": prompt}
        return LLMRequest(**body, temperature=self.cfg.temperature,
                          max_tokens=self.cfg.max_tokens, seed=0, tag="score")

    async def score(self, dialogues: Sequence[Dialogue]) -> list[DialogueScore | Reject]:
        outs = await self.llm.generate_many([self.request(d) for d in dialogues])
        results: list[DialogueScore | Reject] = []
        for out in outs:
            if not out.ok:
                results.append(Reject("llm_error", error=out.error))
                continue
            ratings = parse_chat_judge_reply(out.text) if self.chat else parse_judge_reply(out.text)
            if ratings is None:
                results.append(Reject("judge_parse_failed", raw=out.text[:300]))
                continue
            coherence, groundedness = ratings
            results.append(DialogueScore(flow=MAX_RATING - groundedness, utterance=MAX_RATING - coherence,
                                         extra={"coherence": coherence, "groundedness": groundedness}))
        return results
