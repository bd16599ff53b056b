"""The fake server's default responder: realistic chat answers to every method's prompts.

`recognise` names a request's prompt type from distinctive markers (the output-format labels
each method asks for, which survive rewording far better than any sentence). The table
`PROMPT_KINDS` is the one place those markers live; `tests/llm/test_fake_replies.py` builds every
method's real prompts and checks this table still classifies them, so a prompt change that breaks
recognition fails a test. An unknown prompt gets the server's old deterministic echo.

Replies are seeded by the request (its seed, prompt and choice index): the same request gives
the same text, different requests give different, varied content (`fake_pools`). With
probability `chatty` a reply is dressed as chat models dress answers (`Style`): a preamble and
blank line, bold labels, numbering restarted at 1, a closing remark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from datagen.llm import fake_answers_domain as dom
from datagen.llm import fake_answers_instruct as ins
from datagen.llm.fake_pools import rng_for

Builder = Callable[..., str]
M = re.MULTILINE


@dataclass(frozen=True)
class PromptKind:
    """A prompt type: every `markers` pattern must occur in the prompt text (and, when set,
    `stop_marker` among the request's stop strings); the first matching kind wins."""

    name: str
    markers: tuple[str, ...]
    build: Builder
    stop_marker: str | None = None
    last_user: bool = False  # build from a chat request's last user message alone

    def matches(self, text: str, stops: list[str]) -> bool:
        if self.stop_marker is not None and self.stop_marker not in stops:
            return False
        return all(re.search(marker, text, M) for marker in self.markers)


# Order matters: a kind listed earlier owns prompts that also carry a later kind's markers
# (an Explore-Instruct prompt holds `Instruction:`/`Input:` like Alpaca's; a classification
# prompt holds `Task:` lines like the instance prompts).
PROMPT_KINDS: tuple[PromptKind, ...] = (
    PromptKind("instag_tags", (r'"tag"', r'"explanation"', r"\bQuery:"), dom.instag),
    PromptKind("syndg_judge", (r"\bcoherence\b", r"\bgroundedness\b"), dom.syndg_judge),
    PromptKind("syndg_turn", (r"Write .+?'s next message",), dom.syndg_turn),
    PromptKind("explore_extend", (r"New subtask:", r"\b\d+ new subtasks\b"), dom.explore_extend),
    PromptKind("explore_enrich", (r"New subtask:", r"\b\d+ new examples\b"), dom.explore_enrich),
    PromptKind("self_instruct_classify", (r"Is it classification\?",), ins.classify),
    PromptKind("self_instruct_output_first", (r"^Class label:", r"^Task:"), ins.output_first),
    PromptKind("self_instruct_input_first", (r"^Task:", r"^Output:"), ins.input_first),
    PromptKind("alpaca", (r"^\d+\. Instruction:", r"^\d+\. Input:", r"^###"), ins.alpaca),
    PromptKind("ensemble_instances", (r"^instruction:", r"^output:", r"^\|EoS\|"), ins.ensemble_instance),
    PromptKind("ensemble_instructions", (r"^\d+\. .+ \|EoS\|$", r"\n\d+\.\s*\Z|^Write task \d+\.\s*\Z"),
               ins.ensemble_instruction),
    PromptKind("self_instruct_bootstrap", (r"^1\. \S", r"\n\d+\.\s*\Z|^Write (?:exactly \d+ )?new tasks, numbered"),
               ins.bootstrap),
    # Ensemble-Instruct's zero-shot prompt is the bare instruction and input: only the request's
    # `|EoS|` stop (gen_output_zeroshot.py) tells it apart from any other question.
    PromptKind("ensemble_zero_shot", (r"\S",), ins.zero_shot, stop_marker="|EoS|", last_user=True),
)


def prompt_of(body: dict[str, Any]) -> str:
    """The text the markers are searched in: every message's content, or the raw prompt."""
    if "messages" in body:
        return "\n".join(str(m.get("content", "")) for m in body.get("messages") or [])
    prompt = body.get("prompt", "")
    return prompt if isinstance(prompt, str) else "\n".join(map(str, prompt))


def last_user_text(body: dict[str, Any]) -> str:
    """A chat request's last user message (the raw prompt of a completions request)."""
    users = [m for m in body.get("messages") or [] if m.get("role") == "user"]
    return str(users[-1].get("content", "")) if users else prompt_of(body)


def stops_of(body: dict[str, Any]) -> list[str]:
    stops = body.get("stop") or []
    return [stops] if isinstance(stops, str) else list(stops)


def recognise(body: dict[str, Any]) -> PromptKind | None:
    """The prompt type of an OpenAI request body, or None for an unknown prompt."""
    text, stops = prompt_of(body).strip(), stops_of(body)
    return next((kind for kind in PROMPT_KINDS if kind.matches(text, stops)), None)


class ChatResponder:
    """`FakeOpenAIServer` responder: n replies per request, shaped by the recognised kind.

    `chatty` is the share of replies dressed in chat style (0: exactly the asked format, as a
    well-behaved model writes it; 1: every reply has some preamble, bold or restarted numbering).
    """

    def __init__(self, chatty: float = 0.5, seed: int = 0) -> None:
        self.chatty = chatty
        self.seed = seed

    def __call__(self, body: dict[str, Any]) -> list[str]:
        from datagen.llm.fake_server import default_responder  # imported here: fake_server imports us

        kind = recognise(body)
        if kind is None:
            return default_responder(body)
        text = (last_user_text(body) if kind.last_user else prompt_of(body)).strip()
        replies = []
        for i in range(int(body.get("n") or 1)):
            rng = rng_for(self.seed, body.get("seed"), body.get("temperature"), text, i)
            style = ins.Style.draw(rng, rng.random() < self.chatty)
            replies.append(kind.build(text, rng, style))
        return replies
