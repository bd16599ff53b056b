"""The verb-noun chart's sample rule (smallest SHA-1) and its parse done ahead in a spawned
process (datagen/analysis/parse_prefetch.py): the same pairs and the same chart as parsing in
the report's own process, only the missing ones parsed there, no process left behind."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import random
import signal
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

from datagen.analysis import parse_prefetch, report_charts
from datagen.analysis.parse_prefetch import discard, prefetched, running, start_prefetch
from datagen.analysis.report_charts import load_run_data
from datagen.analysis.verb_noun import ParserUnavailable, load_parser, sha1_sample, verb_noun_pairs
from datagen.io import write_jsonl
from datagen.records import Instance, Task

INSTRUCTIONS = [  # 20 distinct texts, several verbs more than once (ties and counts in the table)
    "Write a poem about the sea.", "Write a story about a dragon.", "Write a letter to your landlord.",
    "Generate a list of five healthy snacks.", "Generate a title for this essay.",
    "Translate the sentence into French.", "Summarize the following article in two sentences.",
    "Summarize the plot of the movie.", "Given a paragraph, find the main idea.", "Tell me a joke about cats.",
    "Suggest three names for a bakery.", "Suggest a recipe for dinner.", "Write it again.",
    "What is the capital of France?", "Classify the sentiment of this review.", "Explain the rules of chess.",
    "Describe a sunset over the desert.", "Create a plan for a garden.", "Find the bug in this code.",
    "Rewrite the paragraph in a formal tone.",
]


def sha1_hex(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def write_kept(path: Path, instructions: list[str]) -> Path:
    write_jsonl(path, [Task.new(t, "self-instruct", instances=[Instance(output="x")]) for t in instructions])
    return path


def write_run(root: Path, instructions: list[str]) -> Path:
    """A run folder whose records are `instructions`; returns its select_target kept.jsonl."""
    write_kept(root / "records.jsonl", instructions)
    return write_kept(root / "004_select_target" / "kept.jsonl", instructions)


def needs_spacy_model() -> None:
    try:
        load_parser()
    except ParserUnavailable as exc:
        pytest.skip(f"a real prefetch parses with spaCy's en_core_web_sm: {exc}")


# --- the sample rule ---------------------------------------------------------------------------

def test_the_sample_is_the_smallest_sha1_in_first_seen_order():
    texts = [f"Write poem number {i}." for i in range(300)] + ["Écris un poème sur la mer."]
    expected = set(sorted(texts, key=sha1_hex)[:40])
    sample = sha1_sample(texts + texts[:50], 40)  # a repeated text counts once
    assert len(sample) == 40 and set(sample) == expected
    assert sample == [t for t in texts if t in expected]  # first-seen order
    shuffled = texts[:]
    random.Random(1).shuffle(shuffled)
    assert set(sha1_sample(shuffled, 40)) == expected  # the texts decide, not their order
    assert sample[:3] != texts[:3]  # not a prefix


def test_few_texts_are_all_kept():
    assert sha1_sample(["b", "a", "b", "c"], 3) == ["b", "a", "c"]
    assert sha1_sample([], 5) == []


def test_the_sample_looks_uniform():
    picked = [int(t.split()[1]) for t in sha1_sample([f"instruction {i}" for i in range(10_000)], 1_000)]
    per_tenth = Counter(i // 1_000 for i in picked)
    assert len(picked) == 1_000 and all(60 <= per_tenth[d] <= 140 for d in range(10)), per_tenth  # ~100 each
    assert 4_000 < sum(picked) / len(picked) < 6_000


def test_a_subset_sample_lies_within_the_superset_sample_plus_what_was_dropped():
    texts = [f"task {i}" for i in range(1_000)]
    final = [t for i, t in enumerate(texts) if i % 10]  # 100 dropped after the prefetch started
    assert set(sha1_sample(final, 200)) <= set(sha1_sample(texts, 300))


# --- a real prefetch process ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def ahead(tmp_path_factory):
    """The module's real prefetch: a run of INSTRUCTIONS grown by two loops (Ensemble-Instruct's
    A and B: one process each, their kept files overlapping), its chart built by taking them
    (with the report's in-process parse spied on), and the processes as they were before."""
    needs_spacy_model()
    root = tmp_path_factory.mktemp("run")
    write_run(root, INSTRUCTIONS)
    assert start_prefetch(root, write_kept(root / "004_select_target_A" / "kept.jsonl", INSTRUCTIONS[:12]))
    assert start_prefetch(root, write_kept(root / "008_select_target_B" / "kept.jsonl", INSTRUCTIONS[10:]))
    procs = running(root)
    taken, parsed_here = [], []
    real_prefetched, real_pairs = report_charts.prefetched, report_charts.verb_noun_pairs
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(report_charts, "prefetched", lambda run_dir: taken.append(real_prefetched(run_dir)) or taken[-1])
        mp.setattr(report_charts, "verb_noun_pairs", lambda texts, nlp=None: parsed_here.append(list(texts))
                   or real_pairs(texts, nlp))
        chart = report_charts.verb_noun_chart(load_run_data(root))
    return SimpleNamespace(root=root, procs=procs, chart=chart, taken=taken[0], parsed_here=parsed_here)


def test_the_process_parses_as_the_report_would(ahead):
    assert ahead.taken == dict(zip(INSTRUCTIONS, verb_noun_pairs(INSTRUCTIONS, load_parser())))


def test_the_chart_takes_the_prefetch_and_equals_the_one_parsed_in_process(ahead):
    assert ahead.parsed_here == []  # everything came from the process
    plain = report_charts.verb_noun_chart(load_run_data(ahead.root))  # nothing prefetched any more
    assert (ahead.chart.table, ahead.chart.figures) == (plain.table, plain.figures)
    assert plain.figures["distinct root verbs"] > 10 and "| write |" in plain.table


def test_the_process_is_reaped_once_taken(ahead):
    assert len(ahead.procs) == 2 and [p.exitcode for p in ahead.procs] == [0, 0] and running(ahead.root) == []


@pytest.mark.parametrize("max_parsed", [100, 12])
def test_a_partial_prefetch_parses_only_the_missing_ones(ahead, monkeypatch, max_parsed):
    sample = sha1_sample(INSTRUCTIONS, max_parsed)
    partial = {t: p for t, p in ahead.taken.items() if t not in sample[::3]}  # also holds unsampled ones
    plain = report_charts.verb_noun_chart(load_run_data(ahead.root), max_parsed=max_parsed)
    parsed_here, real_pairs = [], report_charts.verb_noun_pairs
    monkeypatch.setattr(report_charts, "prefetched", lambda run_dir: dict(partial))
    monkeypatch.setattr(report_charts, "verb_noun_pairs",
                        lambda texts, nlp=None: parsed_here.append(list(texts)) or real_pairs(texts, nlp))
    chart = report_charts.verb_noun_chart(load_run_data(ahead.root), max_parsed=max_parsed)
    assert parsed_here == [sample[::3]]
    assert (chart.table, chart.figures) == (plain.table, plain.figures)


def test_discard_terminates_running_processes(tmp_path, monkeypatch):
    run = tmp_path / "run"
    many = [f"Write a poem about the number {i}." for i in range(5_000)]
    kept_a, kept_b = write_run(tmp_path / "a", many), write_run(tmp_path / "b", many[:100])
    if not start_prefetch(run, kept_a):
        pytest.skip("spaCy is not installed: no process to discard")
    first = running(run)
    assert start_prefetch(run, kept_a)  # the same file again: the first one is stopped
    assert not first[0].is_alive() and first[0].exitcode is not None
    assert start_prefetch(run, kept_b)  # a second growing loop of the run: one process each
    procs = running(run)
    assert len(procs) == 2 and all(p.is_alive() for p in procs)
    monkeypatch.chdir(tmp_path)
    discard(Path("run"))  # the same folder, named relatively
    assert all(not p.is_alive() and p.exitcode is not None for p in procs)
    assert running(run) == [] and prefetched(run, timeout_s=30) is None


def test_prefetched_without_a_prefetch_is_none_and_waits_for_nothing(tmp_path):
    assert running(tmp_path) == []
    assert prefetched(tmp_path, timeout_s=30) is None


def test_a_failed_or_killed_prefetch_gives_none_and_says_why(tmp_path, caplog):
    """None from what the process said (or its EOF), not from waiting out the timeout."""
    caplog.set_level(logging.INFO, logger=parse_prefetch.__name__)
    if not start_prefetch(tmp_path / "r1", tmp_path / "missing.jsonl"):
        pytest.skip("spaCy is not installed: no process to fail")
    proc = running(tmp_path / "r1")[0]
    assert prefetched(tmp_path / "r1", timeout_s=30) is None  # it answered why (no such file)
    assert proc.exitcode == 0 and "verb-noun prefetch failed" in caplog.text
    assert start_prefetch(tmp_path / "r2", write_run(tmp_path / "r2", INSTRUCTIONS))
    proc = running(tmp_path / "r2")[0]
    os.kill(proc.pid, signal.SIGKILL)
    caplog.clear()
    assert prefetched(tmp_path / "r2", timeout_s=30) is None  # EOF: no answer will come
    assert proc.exitcode == -signal.SIGKILL
    assert "gave nothing: EOFError" in caplog.text and "still running" not in caplog.text


def test_nothing_starts_without_spacy_or_when_parsing_here_is_cheaper(tmp_path, monkeypatch):
    kept = write_run(tmp_path, INSTRUCTIONS)
    monkeypatch.setattr(parse_prefetch, "parser_loaded", lambda: True)
    assert not start_prefetch(tmp_path, kept, n_records=len(INSTRUCTIONS))  # < MIN_RECORDS, parser here
    monkeypatch.setattr(parse_prefetch.importlib.util, "find_spec", lambda name, *args: None)
    assert not start_prefetch(tmp_path, kept)
    assert running(tmp_path) == []


# --- wiring: a continuous Self-Instruct run -------------------------------------------------------

@pytest.fixture
def spied_starts(monkeypatch):
    """Each prefetch a flow starts, with its process; as if this process had no parser loaded."""
    from flows import instruction_growth

    monkeypatch.setattr(parse_prefetch, "parser_loaded", lambda: False)
    starts, real_start = [], instruction_growth.start_prefetch

    def spy(run_dir, records_file, n_records=None):
        started = real_start(run_dir, records_file, n_records)
        starts.append((Path(records_file), running(run_dir)))
        return started

    monkeypatch.setattr(instruction_growth, "start_prefetch", spy)
    return starts


def english_run(tmp_path: Path):
    from datagen.config import load_config
    from datagen.llm.fake import register_responder, user_text
    from datagen.methods.self_instruct.config import SelfInstructConfig
    from tests.analysis.test_flow_report import english_reply

    register_responder("prefetch-test", lambda req: english_reply(user_text(req)))
    return load_config(SelfInstructConfig, None, [
        "target=6", f"run.cache_path={tmp_path / 'cache.sqlite'}", "llm.backend=fake",
        "llm.model=prefetch-test", "llm.mode=completion"])


@pytest.mark.slow  # a spaCy process
def test_a_continuous_run_parses_ahead_and_its_report_takes_it(tmp_path, prefect_harness, spied_starts,
                                                               monkeypatch):
    from flows.self_instruct_flow import self_instruct_flow

    needs_spacy_model()
    parsed_here, real_pairs = [], report_charts.verb_noun_pairs
    monkeypatch.setattr(report_charts, "verb_noun_pairs",
                        lambda texts, nlp=None: parsed_here.append(list(texts)) or real_pairs(texts, nlp))
    out = tmp_path / "run"
    asyncio.run(self_instruct_flow(config=english_run(tmp_path), out_dir=str(out)))
    [(kept, procs)] = spied_starts
    assert kept.parent.name.endswith("_select_target") and kept.parent.parent == out
    assert len(procs) == 1 and procs[0].exitcode == 0 and running(out) == []
    assert parsed_here == [] and "Verb-noun structure" in (out / "report.md").read_text()


def test_a_failed_run_leaves_no_parse_process(tmp_path, prefect_harness, spied_starts, monkeypatch):
    from flows import self_instruct_flow as si_flow

    if parse_prefetch.importlib.util.find_spec("spacy") is None:
        pytest.skip("spaCy is not installed: no process to leave")

    def broken(*args, **kwargs):
        raise RuntimeError("a stage after the growing loop failed")

    monkeypatch.setattr(si_flow, "flatten_stage", broken)
    out = tmp_path / "run"
    with pytest.raises(Exception, match="after the growing loop"):
        asyncio.run(si_flow.self_instruct_flow(config=english_run(tmp_path), out_dir=str(out)))
    [(_, procs)] = spied_starts
    assert len(procs) == 1 and not procs[0].is_alive() and procs[0].exitcode is not None
    assert running(out) == []
