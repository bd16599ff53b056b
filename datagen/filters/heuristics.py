"""Rule-based instruction filter shared by the Self-Instruct family (self-instruct
`bootstrap_instructions.py`, stanford_alpaca `generate_instruction.py`, Explore-Instruct `generate_instruction.py`).

Self-Instruct (`bootstrap_instructions.py`), Alpaca (`generate_instruction.py`) and
Explore-Instruct apply the same cheap checks to every generated instruction before the ROUGE-L
novelty filter; they differ only in the word bounds and the blacklist, so each is a preset here.

Reject reasons (checked in this order, the first that fires is recorded):
  `empty`                nothing left after whitespace is collapsed
  `too_short`            word count <= min_words (or < min_words with min_words_inclusive)
  `too_long`             word count > max_words
  `blacklisted_word`     a blacklist word or phrase, whole-word and case-insensitive (evidence: word)
  `banned_prefix`        starts with a banned prefix, case-insensitive (evidence: prefix)
  `leading_punctuation`  the first character is ASCII punctuation
  `non_ascii_start`      the first character is not ASCII
  `placeholder_input`    (Explore only) the first instance's input is an unfilled `<...>` or `(...)`
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from typing import Iterable

from pydantic import Field, field_validator

from datagen.config import StrictModel
from datagen.records import Task, stable_id
from datagen.stage import Reject, RunContext, StageResult, filter_records, stage_name

# Self-Instruct bootstrap_instructions.py: the words a text-only model cannot act on.
SELF_INSTRUCT_BLACKLIST = ("image", "images", "graph", "graphs", "picture", "pictures", "file", "files",
                           "map", "maps", "draw", "plot", "go to")
# Alpaca generate_instruction.py adds five media words (18 in all); Explore-Instruct's rewrite domain reuses it.
ALPACA_BLACKLIST = SELF_INSTRUCT_BLACKLIST + ("video", "audio", "music", "flowchart", "diagram")
# Explore-Instruct generate_instruction.py: brainstorming drops map/maps (16), math also graph/graphs (14).
EXPLORE_BRAINSTORMING_BLACKLIST = tuple(w for w in ALPACA_BLACKLIST if w not in ("map", "maps"))
EXPLORE_MATH_BLACKLIST = tuple(w for w in EXPLORE_BRAINSTORMING_BLACKLIST if w not in ("graph", "graphs"))

BLACKLISTS: dict[str, tuple[str, ...]] = {
    "self_instruct": SELF_INSTRUCT_BLACKLIST,
    "ensemble_instruct": SELF_INSTRUCT_BLACKLIST,
    "alpaca": ALPACA_BLACKLIST,
    "explore_rewrite": ALPACA_BLACKLIST,
    "explore_brainstorming": EXPLORE_BRAINSTORMING_BLACKLIST,
    "explore_math": EXPLORE_MATH_BLACKLIST,
}


class HeuristicConfig(StrictModel):
    """Defaults are Self-Instruct's; `heuristic_preset(name)` gives the other methods' settings.

    `blacklist` also accepts a preset name (`blacklist: alpaca` in YAML).
    """

    min_words: int = 3  # Self-Instruct: drop if len(split()) <= 3
    min_words_inclusive: bool = False  # Explore-Instruct drops only < 3 words, so 3 words pass
    max_words: int = 150  # Self-Instruct / Alpaca / Explore: drop if > 150 words
    blacklist: list[str] = Field(default_factory=lambda: list(SELF_INSTRUCT_BLACKLIST))  # 13 words
    banned_prefixes: list[str] = Field(default_factory=lambda: ["Write a program"])  # all references
    drop_leading_punctuation: bool = True  # all references: first char in string.punctuation
    # All references drop a non-ASCII first character, which drops every non-English instruction:
    # turn it off for other languages.
    drop_non_ascii_start: bool = True
    drop_placeholder_input: bool = False  # Explore-Instruct: an input wrapped in <...> or (...)
    # Self-Instruct calls str.capitalize(), which also lower-cases the rest ("Python" -> "python",
    # yizhongw/self-instruct `bootstrap_instructions.py`); off by default, Alpaca and Explore do not do it.
    capitalize: bool = False

    @field_validator("blacklist", mode="before")
    @classmethod
    def _preset_name(cls, value: object) -> object:
        if isinstance(value, str):
            if value not in BLACKLISTS:
                raise ValueError(f"unknown blacklist preset {value!r}; use one of {sorted(BLACKLISTS)} "
                                 "or a list of words")
            return list(BLACKLISTS[value])
        return value


def heuristic_preset(name: str) -> HeuristicConfig:
    """The filter settings of one reference method: self_instruct, ensemble_instruct, alpaca,
    explore_rewrite, explore_brainstorming or explore_math."""
    if name not in BLACKLISTS:
        raise ValueError(f"unknown heuristic preset {name!r}; use one of {sorted(BLACKLISTS)}")
    if name.startswith("explore_"):
        return HeuristicConfig(blacklist=list(BLACKLISTS[name]), min_words_inclusive=True,
                               drop_placeholder_input=True)
    return HeuristicConfig(blacklist=list(BLACKLISTS[name]))


@lru_cache(maxsize=64)
def _word_patterns(words: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Whole words, case-insensitive, like the references' `\b(word)\b`; a phrase ("go to") matches
    # across any run of whitespace.
    return tuple(
        (w, re.compile(r"\b" + r"\s+".join(re.escape(p) for p in w.split()) + r"\b", re.IGNORECASE))
        for w in words if w.strip()
    )


def find_blacklisted(text: str, words: Iterable[str]) -> str | None:
    """The first blacklist entry (in list order) found in `text` as a whole word, or None."""
    for word, pattern in _word_patterns(tuple(words)):
        if pattern.search(text):
            return word
    return None


def check_instruction(instruction: str, cfg: HeuristicConfig) -> Reject | None:
    """The verdict on one instruction text (None = keep)."""
    text = " ".join(instruction.split())
    if not text:
        return Reject("empty")
    n_words = len(text.split())
    if n_words < cfg.min_words or (n_words == cfg.min_words and not cfg.min_words_inclusive):
        return Reject("too_short", words=n_words, min_words=cfg.min_words)
    if n_words > cfg.max_words:
        return Reject("too_long", words=n_words, max_words=cfg.max_words)
    word = find_blacklisted(text, cfg.blacklist)
    if word is not None:
        return Reject("blacklisted_word", word=word)
    lowered = text.lower()
    for prefix in cfg.banned_prefixes:
        # Case-insensitive: Self-Instruct capitalized first, so "write a Program" was caught there too.
        if prefix and lowered.startswith(prefix.lower()):
            return Reject("banned_prefix", prefix=prefix)
    if cfg.drop_leading_punctuation and text[0] in string.punctuation:
        return Reject("leading_punctuation", char=text[0])
    if cfg.drop_non_ascii_start and not text[0].isascii():
        return Reject("non_ascii_start", char=text[0])
    return None


def _is_placeholder(value: str) -> bool:
    value = value.strip()
    return len(value) >= 2 and ((value[0], value[-1]) in (("<", ">"), ("(", ")")))


def _capitalized(task: Task) -> Task:
    text = " ".join(task.instruction.split()).capitalize()
    if text == task.instruction:
        return task
    # A machine task's id hashes its text, so the new text gets the id it would have been born with.
    new_id = task.id if task.origin == "seed" else stable_id("task", task.method, text)
    return task.model_copy(update={"instruction": text, "id": new_id})


def heuristic_filter(tasks: Iterable[Task], cfg: HeuristicConfig | None = None,
                     ctx: RunContext | None = None) -> StageResult:
    """Keep the tasks whose instruction passes every rule; reasons as in the module docstring.
    `ctx` gives only the stage's name (the filter needs no LLM or randomness)."""
    stage = stage_name(ctx, "heuristics")
    cfg = cfg or HeuristicConfig()
    items = (_capitalized(t) for t in tasks) if cfg.capitalize else tasks

    def decide(task: Task) -> Reject | None:
        verdict = check_instruction(task.instruction, cfg)
        if verdict is None and cfg.drop_placeholder_input and task.instances \
                and _is_placeholder(task.instances[0].input):
            return Reject("placeholder_input", input=task.instances[0].input)
        return verdict

    return filter_records(stage, items, decide)
