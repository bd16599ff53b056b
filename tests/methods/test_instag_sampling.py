"""InsTag Complexity-first Diverse sampling, the random baseline, the coverage curve and metrics."""

from __future__ import annotations

import random

import pytest

from datagen.methods.instag.metrics import complexity, diversity, measure
from datagen.methods.instag.sampling import (
    SamplingConfig, cfd_stage, complexity_first_diverse, coverage_curve, random_selection, random_stage,
)
from datagen.records import Task
from datagen.stage import RunContext

# sizes 1,3,3,1,2,0,2,1 -> sorted (stable) order: 1, 2, 4, 6, 0, 3, 7, 5
POOL = [["a"], ["a", "b", "c"], ["b", "c", "d"], ["d"], ["a", "b"], [], ["e", "f"], ["c"]]


def test_cfd_selection_order_and_passes():
    # pass 0: 1 (a b c), 2 (adds d), 4 adds nothing, 6 (adds e f); 0, 3, 7 add nothing
    # pass 1 starts empty: 4, then 0 adds nothing (a is covered by 4), 3, 7
    # pass 2: 0; pass 3 takes nothing (only the untagged 5 is left): stop
    assert complexity_first_diverse(POOL, n=10) == [(1, 0), (2, 0), (6, 0), (4, 1), (3, 1), (7, 1), (0, 2)]


def test_cfd_stops_at_n_inside_a_pass():
    assert complexity_first_diverse(POOL, n=4) == [(1, 0), (2, 0), (6, 0), (4, 1)]
    assert complexity_first_diverse(POOL, n=1) == [(1, 0)]


def test_cfd_fill_remainder_takes_the_front_of_what_is_left():
    assert complexity_first_diverse(POOL, n=10, fill_remainder=True)[-1] == (5, -1)
    assert len(complexity_first_diverse(POOL, n=10, fill_remainder=True)) == 8


def test_cfd_requires_a_new_tag_not_an_overlap():
    # an "overlap" reading would take the second query; Algorithm 1 needs a new tag
    assert complexity_first_diverse([["x", "y"], ["x"], ["z"]], n=2) == [(0, 0), (2, 0)]


def test_cfd_ties_keep_pool_order():
    assert complexity_first_diverse([["p"], ["q"], ["r", "s"], ["t"]], n=4) == [(2, 0), (0, 0), (1, 0), (3, 0)]


def test_metrics_by_hand():
    full = {"a", "b", "c", "d", "e", "f"}
    assert complexity(POOL) == pytest.approx(13 / 8)
    assert diversity(POOL, full) == 1.0
    subset = [POOL[i] for i in (1, 2, 6, 4)]
    assert complexity(subset) == pytest.approx(10 / 4)
    assert diversity([POOL[0], POOL[3]], full) == pytest.approx(2 / 6)
    assert complexity([]) == 0.0 and diversity([["a"]], set()) == 0.0
    m = measure("subset", [POOL[0], POOL[7]], full)
    assert (m.queries, m.unique_tags, m.diversity, m.complexity) == (2, 2, pytest.approx(2 / 6), 1.0)


def test_coverage_curve():
    order = [1, 2, 6, 4]
    full = {"a", "b", "c", "d", "e", "f"}
    assert coverage_curve(POOL, order, full, points=4) == [
        (1, pytest.approx(0.5)), (2, pytest.approx(4 / 6)), (3, 1.0), (4, 1.0)]
    assert [k for k, _ in coverage_curve(POOL, list(range(8)), full, points=3)] == [3, 5, 8]


def test_random_selection_is_seeded():
    a = random_selection(100, 10, random.Random(7))
    assert a == random_selection(100, 10, random.Random(7)) and len(set(a)) == 10
    assert random_selection(3, 10, random.Random(7)) != [] and len(random_selection(3, 10, random.Random(7))) == 3


def test_stages_keep_selection_and_reject_the_rest():
    records = [Task.new(f"q{i}", "instag", meta={"tags": tags}) for i, tags in enumerate(POOL)]
    result = cfd_stage(records, SamplingConfig(n=4), RunContext())
    assert [r.instruction for r in result.kept] == ["q1", "q2", "q6", "q4"]
    assert [r.meta["instag_rank"] for r in result.kept] == [0, 1, 2, 3]
    assert [r.meta["instag_pass"] for r in result.kept] == [0, 0, 0, 1]
    assert result.stats.rejected_by_reason == {"not_selected": 4}
    assert result.stats.extra["diversity"] == 1.0 and result.stats.extra["complexity"] == 2.5
    rand = random_stage(records, SamplingConfig(n=4), RunContext(rng=random.Random(3)))
    assert len(rand.kept) == 4 and rand.stats.n_rejected == 4
    again = random_stage(records, SamplingConfig(n=4), RunContext(rng=random.Random(3)))
    assert [r.id for r in again.kept] == [r.id for r in rand.kept]
