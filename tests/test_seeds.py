"""Seed loading: the reference 175-task file unchanged, our own seed file's mix, and clear errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from datagen.errors import InputError
from datagen.filters.heuristics import heuristic_filter
from datagen.seeds import load_seed_tasks, split_by_type

OUR_SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "self_instruct" / "seed_tasks.jsonl"


def write_lines(path: Path, *lines: object) -> Path:
    path.write_text("".join((l if isinstance(l, str) else json.dumps(l)) + "\n" for l in lines),
                    encoding="utf-8")
    return path


def seed(i: int, **kw) -> dict:
    return {"id": f"seed_task_{i}", "name": f"task_{i}", "instruction": f"Do task number {i} well.",
            "instances": [{"input": "", "output": "done"}], "is_classification": False, **kw}


def test_reference_seed_file_loads_unchanged(shared_data):
    tasks = load_seed_tasks(shared_data / "self-instruct" / "seed_tasks.jsonl")
    split = split_by_type(tasks)
    assert len(tasks) == 175
    assert (len(split.clf), len(split.io), len(split.o)) == (26, 125, 50)
    assert [t.id for t in tasks] == [f"seed_task_{i}" for i in range(175)]
    first = tasks[0]
    assert first.origin == "seed" and first.method == "seed" and first.parents == []
    assert first.meta == {"name": "breakfast_suggestion"} and first.is_classification is False
    assert all(len(t.instances) == 1 for t in tasks)
    # the copies shipped with Ensemble-Instruct are byte-identical
    other = load_seed_tasks(shared_data / "ensemble-instruct" / "seed_tasks.jsonl")
    assert [t.model_dump() for t in other] == [t.model_dump() for t in tasks]


def test_our_seed_file_has_the_reference_mix():
    tasks = load_seed_tasks(OUR_SEEDS)
    split = split_by_type(tasks)
    n = len(tasks)
    assert n >= 64
    assert 0.12 <= len(split.clf) / n <= 0.18  # reference: 26/175 = 15%
    assert 0.65 <= len(split.io) / n <= 0.75  # reference: 125/175 = 71%
    assert [t.id for t in tasks] == [f"seed_task_{i}" for i in range(n)]
    names = [t.meta["name"] for t in tasks]
    assert len(set(names)) == n and all(re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", x) for x in names)
    assert all(len(t.instances) == 1 and t.instances[0].output.strip() for t in tasks)
    # classification outputs are short labels
    assert all(len(t.instances[0].output.split()) <= 3 for t in split.clf)
    # good demonstrations: every instruction passes the generation filter
    assert heuristic_filter(tasks).stats.n_rejected == 0


def test_our_seeds_are_diverse_and_not_copied_from_the_reference(shared_data):
    from rouge_score import rouge_scorer

    ours = [t.instruction for t in load_seed_tasks(OUR_SEEDS)]
    reference = [t.instruction for t in load_seed_tasks(shared_data / "self-instruct" / "seed_tasks.jsonl")]
    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    closest = max(scorer.score(r, o)["rougeL"].fmeasure for o in ours for r in reference)
    assert closest <= 0.7  # what Self-Instruct's novelty filter would accept as new
    within = max(scorer.score(a, b)["rougeL"].fmeasure for i, a in enumerate(ours) for b in ours[i + 1:])
    assert within <= 0.7


def test_split_by_type_uses_the_first_instance_and_label():
    from datagen.records import Instance, Task

    tasks = [
        Task(id="a", method="seed", origin="seed", instruction="x", is_classification=True,
             instances=[Instance(input="text", output="Yes")]),
        Task(id="b", method="seed", origin="seed", instruction="y", instances=[Instance(input="  ", output="o")]),
        Task(id="c", method="seed", origin="seed", instruction="z", is_classification=False),
    ]
    split = split_by_type(tasks)
    assert [t.id for t in split.io] == ["a"] and [t.id for t in split.o] == ["b", "c"]
    assert [t.id for t in split.clf] == ["a"] and [t.id for t in split.non_clf] == ["b", "c"]


def test_missing_id_name_and_extra_keys(tmp_path):
    path = write_lines(tmp_path / "s.jsonl", {"instruction": "Name a fruit.", "motivation_app": "Quiz"},
                       "", {"instruction": "Name a colour.", "instances": []})
    a, b = load_seed_tasks(path)
    assert (a.id, b.id) == ("seed_task_0", "seed_task_1")
    assert a.meta == {"name": "", "motivation_app": "Quiz"} and a.instances == [] and a.is_classification is None


@pytest.mark.parametrize("lines, match", [
    (['{"id": "seed_task_0", "instruction": '], r"line 1: not valid JSON"),
    ([seed(0), {k: v for k, v in seed(1).items() if k != "instruction"}],
     r"line 2: field 'instruction': missing; every seed needs"),
    ([seed(0, instruction="  ")], r"line 1: field 'instruction': must be a non-empty string"),
    ([seed(0, instances={"input": "", "output": "x"})], r"line 1: field 'instances': expected a list"),
    ([seed(0, instances=["just text"])], r"line 1: field 'instances\[0\]': expected an object"),
    ([seed(0, instances=[{"input": "", "output": 3}])], r"field 'instances\[0\].output': expected a string"),
    ([seed(0, is_classification="yes")], r"field 'is_classification': expected true or false"),
    ([seed(0), seed(1), seed(0)], r"line 3: field 'id': duplicate id 'seed_task_0' \(first used on line 1\)"),
    (["[1, 2]"], r"line 1: expected a JSON object"),
    (["", "  "], r"no seed tasks in the file"),
])
def test_bad_seed_files_name_file_line_and_field(tmp_path, lines, match):
    path = write_lines(tmp_path / "bad.jsonl", *lines)
    with pytest.raises(InputError, match=match) as err:
        load_seed_tasks(path)
    assert str(path) in str(err.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        load_seed_tasks(tmp_path / "nope.jsonl")
