"""SynDG report pieces: quantiles as numpy computes them, a histogram that counts every score,
and a best-first sample of dialogues with flows and scores."""

from __future__ import annotations

import random

import numpy as np
import pytest

from datagen.methods.syndg.report import (dialogue_sample_rows, quantile, report_section,
                                          score_quantile_rows, text_histogram)
from datagen.records import Dialogue, Turn


def scored(did: str, total: float) -> Dialogue:
    return Dialogue(id=did, method="syndg", flow=["T | T | s.", "T | [none] | [none]"],
                    turns=[Turn(speaker="Apprentice", text="Hi."), Turn(speaker="Wizard", text="Hello.")],
                    meta={"style": "wow", "chosen_topic": "T", "scorer": "nll", "flow_score": total / 2,
                          "utterance_score": total / 2, "total_score": total})


def test_quantiles_match_numpy():
    values = sorted(random.Random(0).uniform(0, 10) for _ in range(37))
    for q in (0.0, 0.1, 0.25, 0.5, 0.9, 1.0):
        assert quantile(values, q) == pytest.approx(float(np.quantile(values, q)))
    rows = score_quantile_rows([scored(str(k), v) for k, v in enumerate(values)])
    total = next(r for r in rows if r["score"] == "total_score")
    assert total["n"] == 37 and total["median"] == pytest.approx(np.median(values), abs=1e-3)


def test_histogram_counts_every_value():
    values = [1.0, 1.5, 2.0, 2.0, 9.5, 10.0]
    lines = text_histogram(values, bins=4).splitlines()
    assert len(lines) == 4 and sum(int(line.split()[-1]) for line in lines) == len(values)
    assert lines[-1].split()[-1] == "2" and "]" in lines[-1]  # the max lands in the last, closed bin
    assert text_histogram([3.0, 3.0]).splitlines() == [f"[   3.000,    3.000]  {'#' * 40}  2"]  # one bin
    assert text_histogram([]) == "(no scores)"


def test_sample_rows_best_first_and_section():
    records = [scored("a", 7.0), scored("b", 3.0), scored("c", 5.0)]
    rows = dialogue_sample_rows(records, n=2)
    assert [r["id"] for r in rows] == ["b", "c"]
    assert rows[0]["flow"].startswith("T | T | s.") and "Apprentice: Hi." in rows[0]["dialogue"]
    section = report_section(records, records[1:2])
    assert "3 dialogues scored, 1 kept" in section and "```" in section and "| total_score |" in section
