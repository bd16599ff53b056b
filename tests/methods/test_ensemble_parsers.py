"""Ensemble-Instruct parsers: instruction responses, both raw-instance parsers, malformed text,
and the reference parser against the repo's released sample (skips without ../shared/data)."""

from __future__ import annotations

import json

import pytest

from datagen.methods.ensemble_instruct.parsers import parse_instruction_response, parse_raw_instances, split_chunks


def rows(chunks):
    return [(c.index, c.instruction, c.input, c.output) for c in chunks if c.ok]


def reasons(chunks):
    return [c.reason for c in chunks]


def test_instruction_response_never_keeps_the_end_marker():
    assert parse_instruction_response(" Name three rivers in Peru. |EoS|") == ["Name three rivers in Peru."]
    # a backend that ignores the stop: everything after the first marker is dropped
    assert parse_instruction_response(" Sort the list.  |EoS|\n26. Another one |EoS|") == ["Sort the list."]
    # no marker at all (a backend that cut at the stop): the whole text, whitespace collapsed
    assert parse_instruction_response(" Rewrite\n the   email politely.") == ["Rewrite the email politely."]
    # numbered continuation inside one item is split as gen_instructions.py does
    assert parse_instruction_response(" First task here\n26. Second task here |EoS|") == [
        "First task here", "Second task here"]
    assert parse_instruction_response("   |EoS|") == []
    assert parse_instruction_response("") == []


def test_reference_parser_input_output_first_lines_only():
    raw = "input: 3, 1, 2\noutput: 1, 2, 3\n|EoS|"
    assert rows(parse_raw_instances("Sort the numbers. |EoS|", raw)) == [(0, "Sort the numbers.", "3, 1, 2", "1, 2, 3")]
    # a multi-line input fails: the second line must carry "output:"
    multi = "input: line one\nline two\noutput: x\n|EoS|"
    assert reasons(parse_raw_instances("Do it.", multi)) == ["parse_failed"]
    # output only: the first line, nothing after it (the kettlebell case)
    out = parse_raw_instances("List exercises.", "output: Squats: good.\nLunges: also good.\n|EoS|")
    assert rows(out) == [(0, "List exercises.", "", "Squats: good.")]


def test_reference_parser_empty_and_malformed_text():
    assert reasons(parse_raw_instances("Do it.", "")) == ["empty_raw"]  # the repo: IndexError
    assert reasons(parse_raw_instances("Do it.", "  \n\n ")) == ["empty_raw"]
    assert reasons(parse_raw_instances("Do it.", "input: a\noutput: |EoS|")) == ["empty_output"]
    assert reasons(parse_raw_instances("Do it.", "Sure! Here is an example.")) == ["parse_failed"]
    assert reasons(parse_raw_instances("Do it.", "input: only an input")) == ["parse_failed"]
    # blank lines in the middle (the repo would crash on the empty chunk) are skipped
    out = parse_raw_instances("Do it.", "output: fine\n\n\n\n\n|EoS|")
    assert rows(out) == [(0, "Do it.", "", "fine")] and len(out) == 2


def test_reference_parser_caret_splits_like_a_blank_line():
    assert split_chunks("output: 2^3 = 8") == ["output: 2", "3 = 8"]
    assert rows(parse_raw_instances("Compute.", "output: 2^3 = 8")) == [(0, "Compute.", "", "2")]


def test_reference_harvest_fires_only_under_the_repos_condition():
    later = "instruction: Give the plural form of the noun please.\ninput: mouse\noutput: mice\n|EoS|"
    raw = "input: cat\noutput: cats\n|EoS|\n\n" + later
    ref = parse_raw_instances("Pluralize the noun.", raw)
    assert rows(ref) == [(0, "Pluralize the noun.", "cat", "cats")]  # first line lacks "input:"
    assert reasons(ref) == [None, "harvest_not_a_task"]
    # the multiline parser harvests it as the repo intended
    ml = parse_raw_instances("Pluralize the noun.", raw, "multiline")
    assert rows(ml) == [(0, "Pluralize the noun.", "cat", "cats"),
                        (1, "Give the plural form of the noun please.", "mouse", "mice")]
    assert ml[1].harvested
    # a line that carries both labels satisfies the repo's nested test
    odd = "output: yes\n\ninstruction: Say whether the text is polite or rude input: hi\nx\ny"
    assert rows(parse_raw_instances("Q?", odd)) == [(0, "Q?", "", "yes")]
    odd = "input: a\noutput: b\n\ninstruction: one two three four input: x\ninput: y\noutput: z"
    harvested = parse_raw_instances("Q?", odd)[1]
    assert harvested.ok and (harvested.instruction, harvested.input, harvested.output) == (
        "one two three four input: x", "y", "z")


def test_multiline_parser_keeps_multiline_fields_and_blank_lines_inside_output():
    raw = ("input: def f(x):\n    return x\noutput: The function returns its argument.\n\n"
           "It does nothing else.\n|EoS|")
    assert rows(parse_raw_instances("Explain the code.", raw, "multiline")) == [
        (0, "Explain the code.", "def f(x):\n    return x",
         "The function returns its argument.\n\nIt does nothing else.")]
    code = "output:\ndef add(a, b):\n    return a + b\n|EoS|"
    assert rows(parse_raw_instances("Write add.", code, "multiline")) == [
        (0, "Write add.", "", "def add(a, b):\n    return a + b")]
    assert reasons(parse_raw_instances("Write add.", code)) == ["empty_output"]  # reference: one line
    assert reasons(parse_raw_instances("Q", "", "multiline")) == ["empty_raw"]
    assert reasons(parse_raw_instances("Q", "no labels at all", "multiline")) == ["parse_failed"]
    assert reasons(parse_raw_instances("Q", "input: x\n|EoS|", "multiline")) == ["parse_failed"]
    short = "output: a\n|EoS|\ninstruction: Too short\noutput: b\n|EoS|"
    assert reasons(parse_raw_instances("Q", short, "multiline")) == [None, "harvest_not_a_task"]


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("kind, n_rows, n_multiline, n_same", [("io", 72, 122, 68), ("o", 81, 105, 75)])
def test_reference_parser_rebuilds_the_released_samples(shared_data, kind, n_rows, n_multiline, n_same):
    sample = shared_data / "ensemble-instruct" / "sample"
    raw = _jsonl(sample / f"openei.{kind}_instances.jsonl")
    expected = _jsonl(sample / f"openei.{kind}_samples.jsonl")
    parsed = [parse_raw_instances(r["instruction"], r["raw_instances"]) for r in raw]
    got = [{"instruction": c.instruction, "input": c.input, "output": c.output}
           for chunks in parsed for c in chunks if c.ok]
    assert len(expected) == n_rows and got == expected
    # the multiline variant: more rows (multi-line fields, harvested chunks); every reference
    # row is either identical or its multi-line extension (same chunk, longer text)
    multi = [parse_raw_instances(r["instruction"], r["raw_instances"], "multiline") for r in raw]
    ml = [{"instruction": c.instruction, "input": c.input, "output": c.output}
          for chunks in multi for c in chunks if c.ok]
    assert len(ml) == n_multiline and sum(row in ml for row in expected) == n_same
    for ref_chunks, ml_chunks in zip(parsed, multi):
        if ref_chunks[0].ok:
            longer = ml_chunks[0]
            assert longer.ok and longer.input.startswith(ref_chunks[0].input)
            assert longer.output.startswith(ref_chunks[0].output)
