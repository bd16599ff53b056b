"""The Self-Instruct-family heuristic filter: every reason code, its evidence, and the presets."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from datagen.filters.heuristics import (
    ALPACA_BLACKLIST, EXPLORE_BRAINSTORMING_BLACKLIST, EXPLORE_MATH_BLACKLIST, SELF_INSTRUCT_BLACKLIST,
    HeuristicConfig, check_instruction, find_blacklisted, heuristic_filter, heuristic_preset,
)
from datagen.records import Instance, Task
from datagen.seeds import load_seed_tasks
from datagen.stage import RunContext


def verdict(text: str, cfg: HeuristicConfig | None = None):
    out = check_instruction(text, cfg or HeuristicConfig())
    return None if out is None else (out.reason, out.evidence)


def test_word_bounds_are_exclusive_at_three_and_inclusive_at_150():
    assert verdict("Sort these numbers") == ("too_short", {"words": 3, "min_words": 3})
    assert verdict("Sort these numbers please") is None
    assert verdict(" ".join(["word"] * 150)) is None
    assert verdict(" ".join(["word"] * 151)) == ("too_long", {"words": 151, "max_words": 150})


def test_explore_rule_keeps_exactly_three_words():
    explore = heuristic_preset("explore_rewrite")
    assert explore.min_words_inclusive
    assert verdict("Sort these numbers", explore) is None
    assert verdict("Sort numbers", explore) == ("too_short", {"words": 2, "min_words": 3})


def test_blacklist_matches_whole_words_case_insensitively():
    assert verdict("Describe the IMAGE shown below in detail") == ("blacklisted_word", {"word": "image"})
    assert verdict("Imagine a world without money and describe it") is None  # not a whole word
    assert verdict("Explain why people plot against their rivals") == ("blacklisted_word", {"word": "plot"})
    assert verdict("Explain the plotting of a novel in detail") is None
    # a phrase matches across any whitespace, but not as part of other words
    assert verdict("Tell me how to go  to the station") == ("blacklisted_word", {"word": "go to"})
    assert verdict("Tell me why I am going to be late") is None
    # the first listed word is the evidence when several appear
    assert find_blacklisted("a map and an image", SELF_INSTRUCT_BLACKLIST) == "image"


def test_banned_prefix_leading_punctuation_non_ascii_and_empty():
    assert verdict("Write a program that prints the primes below 100") == \
        ("banned_prefix", {"prefix": "Write a program"})
    assert verdict("write a Program that prints the primes below 100")[0] == "banned_prefix"
    assert verdict("Write a poem that rhymes about programs") is None
    assert verdict('"Quote" the famous line from the speech') == ("leading_punctuation", {"char": '"'})
    assert verdict("- Summarize the following article briefly") == ("leading_punctuation", {"char": "-"})
    assert verdict("¿Cuál es la capital de Francia hoy?") == ("non_ascii_start", {"char": "¿"})
    assert verdict(" \n\t ") == ("empty", {})


def test_non_ascii_start_is_configurable_for_other_languages():
    text = "Übersetze den folgenden Satz bitte ins Englische"
    assert verdict(text)[0] == "non_ascii_start"
    assert verdict(text, HeuristicConfig(drop_non_ascii_start=False)) is None


def test_checks_run_in_reference_order():
    # too short and blacklisted: the length rule fires first, as in the reference
    assert verdict("Draw a map")[0] == "too_short"
    assert verdict("Write a program to plot the image of f")[0] == "blacklisted_word"


def test_presets_have_the_reference_list_sizes():
    assert len(SELF_INSTRUCT_BLACKLIST) == 13 and len(ALPACA_BLACKLIST) == 18
    assert len(EXPLORE_BRAINSTORMING_BLACKLIST) == 16 and "map" not in EXPLORE_BRAINSTORMING_BLACKLIST
    assert len(EXPLORE_MATH_BLACKLIST) == 14 and "graph" not in EXPLORE_MATH_BLACKLIST
    alpaca = heuristic_preset("alpaca")
    assert alpaca.blacklist == list(ALPACA_BLACKLIST) and not alpaca.min_words_inclusive
    assert verdict("Compose background music for a short film", alpaca) == \
        ("blacklisted_word", {"word": "music"})
    assert verdict("Compose background music for a short film") is None  # not in the 13
    assert HeuristicConfig(blacklist="alpaca").blacklist == list(ALPACA_BLACKLIST)
    with pytest.raises(ValidationError, match="unknown blacklist preset"):
        HeuristicConfig(blacklist="klingon")
    with pytest.raises(ValueError, match="unknown heuristic preset"):
        heuristic_preset("klingon")
    with pytest.raises(ValidationError):
        HeuristicConfig(min_word=3)  # unknown keys are errors


def test_filter_stage_counts_reasons_and_keeps_order():
    tasks = [Task.new(text, "self_instruct") for text in [
        "Summarize the article in two sentences.", "Too short here", "Draw a picture of your house today",
        "Translate the sentence into French, please.", "(Bracketed leftovers should go away"]]
    res = heuristic_filter(tasks)
    assert [t.instruction for t in res.kept] == [tasks[0].instruction, tasks[3].instruction]
    assert res.stats.stage == "heuristics"
    assert res.stats.rejected_by_reason == {"too_short": 1, "blacklisted_word": 1, "leading_punctuation": 1}
    assert res.stats.n_in == 5 and res.stats.n_kept == 2
    assert res.rejected[1].evidence == {"word": "picture"}  # first in list order, not text order
    assert res.rejected[1].record["instruction"] == tasks[2].instruction
    assert heuristic_filter(tasks, None, RunContext(stage="alpaca_heuristics")).stats.stage == "alpaca_heuristics"


def test_capitalize_is_off_by_default_and_reproduces_the_reference_when_on():
    task = Task.new("write a Python function that reverses a string", "self_instruct")
    assert heuristic_filter([task]).kept[0].instruction == task.instruction
    out = heuristic_filter([task], HeuristicConfig(capitalize=True)).kept[0]
    assert out.instruction == "Write a python function that reverses a string"  # self-instruct's str.capitalize()
    assert out.id == Task.new(out.instruction, "self_instruct").id != task.id
    # with capitalize the lower-case banned prefix is caught after capitalization, as in the reference
    prog = Task.new("write a program to add numbers together", "self_instruct")
    assert heuristic_filter([prog], HeuristicConfig(capitalize=True)).rejected[0].reason == "banned_prefix"


def test_placeholder_inputs_are_dropped_only_by_explore_presets():
    tasks = [Task.new("Rewrite the sentence in the passive voice.", "explore", instances=[Instance(input=given)])
             for given in ["<sentence>", "(insert text here)", "The cat chased the mouse."]]
    res = heuristic_filter(tasks, heuristic_preset("explore_rewrite"))
    assert [r.reason for r in res.rejected] == ["placeholder_input", "placeholder_input"]
    assert res.rejected[0].evidence == {"input": "<sentence>"}
    assert len(heuristic_filter(tasks).kept) == 3


def test_reference_seed_instructions(shared_data):
    seeds = load_seed_tasks(shared_data / "self-instruct" / "seed_tasks.jsonl")
    res = heuristic_filter(seeds)
    # the human seeds were never filtered: two 3-word ones and one "Write a program" fail the rules
    assert res.stats.rejected_by_reason == {"too_short": 2, "banned_prefix": 1}
    assert {r.record["instruction"] for r in res.rejected if r.reason == "too_short"} == {
        "Explain human's behavior.", "Complete the lyrics."}
