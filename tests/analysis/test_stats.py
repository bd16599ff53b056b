"""Tables behind the report's figures: word counts, histograms, bin edges, verb-noun counts."""

from __future__ import annotations

from datagen.analysis import stats
from tests.analysis.run_folder import MACHINE


def _records():
    return [{"kind": "task", "id": f"t{i}", "origin": "machine", "instruction": ins,
             "instances": [{"input": inp, "output": out}]} for i, (ins, inp, out) in enumerate(MACHINE)]


def test_task_frame_counts_words_per_field():
    frame = stats.task_frame(_records())
    assert frame["instruction_words"].to_list() == [6, 7, 6, 4, 8]
    assert frame["input_words"].to_list() == [0, 4, 3, 0, 0]
    assert frame["output_words"].to_list() == [3, 2, 5, 2, 4]


def test_task_frame_one_row_per_instance_and_skips_dialogues():
    records = [{"instruction": "Do  this\tnow", "instances": [{"input": "a b", "output": "c"},
                                                              {"input": "", "output": "d e f"}]},
               {"instruction": "No instances here"},
               {"kind": "dialogue", "id": "d", "turns": [{"speaker": "u", "text": "hi"}]}]
    frame = stats.task_frame(records)
    assert frame.height == 3
    assert frame["instruction_words"].to_list() == [3, 3, 3]
    assert frame["output_words"].to_list() == [1, 3, 0]


def test_length_series_counts_distinct_instructions_and_non_empty_inputs():
    records = _records() + [{"instruction": MACHINE[0][0], "instances": [{"input": "", "output": "one two"}]}]
    series = stats.length_series(stats.task_frame(records))
    assert series["instruction"] == [6, 7, 6, 4, 8]  # the repeated instruction counts once
    assert series["input"] == [4, 3]
    assert series["output"] == [3, 2, 5, 2, 4, 2]


def test_histogram_counts_half_open_bins_and_closed_last_bin():
    table = stats.histogram([0, 1, 1, 2, 5, 9, 10], [0, 2, 4, 6, 8, 10])
    assert table["lo"].to_list() == [0, 2, 4, 6, 8]
    assert table["hi"].to_list() == [2, 4, 6, 8, 10]
    assert table["count"].to_list() == [3, 1, 1, 0, 2]


def test_length_histograms_of_the_fixed_records():
    hists = stats.length_histograms(stats.task_frame(_records()))
    assert hists["instruction"]["count"].to_list() == [0, 0, 0, 0, 1, 0, 2, 1, 1]  # 4, 6, 6, 7, 8
    assert hists["input"]["count"].to_list() == [0, 0, 0, 1, 1]  # 3, 4
    assert sum(hists["output"]["count"]) == 5


def test_integer_edges_keep_round_widths_and_cover_the_maximum():
    assert stats.integer_edges(3) == [0, 1, 2, 3, 4]
    assert stats.integer_edges(24, max_bins=25) == list(range(26))
    wide = stats.integer_edges(140, max_bins=25)
    assert wide[1] - wide[0] == 10 and wide[-1] > 140 and len(wide) - 1 <= 25
    huge = stats.integer_edges(12_345, max_bins=25)
    assert huge[1] - huge[0] in (500, 1000) and huge[-1] > 12_345 and len(huge) - 1 <= 25


def test_summary_rows():
    rows = stats.summary_rows({"output": [3, 2, 5, 2, 4], "empty": []})
    assert rows == [{"measure": "output (words)", "n": 5, "min": 2, "median": 3, "mean": 3.2, "max": 5}]


def test_verb_noun_table_keeps_top_verbs_and_top_nouns_deterministically():
    pairs = ([("write", "poem")] * 3 + [("write", "story")] * 2 + [("write", "essay"), ("write", "letter"),
             ("write", "song"), ("write", None)] + [("list", "fruit")] * 2 + [("give", "example")] * 2
             + [("tell", "joke"), (None, None)])
    table = stats.verb_noun_table(pairs, top_verbs=3, top_nouns=3)
    assert table.rows() == [
        ("write", "poem", 3, 8), ("write", "story", 2, 8), ("write", "essay", 1, 8),
        ("give", "example", 2, 2),  # give and list tie at 2: alphabetical
        ("list", "fruit", 2, 2),
    ]
    rows = stats.verb_noun_rows(table)
    assert rows[0] == {"verb": "write", "instructions": 8, "top objects": "poem 3, story 2, essay 1"}
    assert stats.verb_noun_table([(None, None), ("go", None)]).height == 0
