import json

import pytest

from datagen.export import export_rows, export_run
from datagen.io import write_jsonl
from datagen.records import Dialogue, Instance, Task, Turn


@pytest.fixture
def run_dir(tmp_path):
    tasks = [
        Task.new("Summarize the text.", "m", instances=[Instance(input="A long story.", output="Short.")]),
        Task.new("Name a prime number.", "m", instances=[Instance(output="7"), Instance(output="11")]),
    ]
    write_jsonl(tmp_path / "records.jsonl", tasks)
    return tmp_path


def _lines(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_alpaca_rows_one_per_instance(run_dir):
    assert export_run(run_dir, "alpaca", run_dir / "a.jsonl") == 3
    rows = _lines(run_dir / "a.jsonl")
    assert rows[0] == {"instruction": "Summarize the text.", "input": "A long story.", "output": "Short."}
    assert rows[2] == {"instruction": "Name a prime number.", "input": "", "output": "11"}


def test_openai_messages_with_system_and_input_after_blank_line(run_dir):
    export_run(run_dir, "openai", run_dir / "o.jsonl", system="Be brief.")
    first = _lines(run_dir / "o.jsonl")[0]["messages"]
    assert [m["role"] for m in first] == ["system", "user", "assistant"]
    assert first[1]["content"] == "Summarize the text.\n\nA long story."


def test_sharegpt_from_value(run_dir):
    export_run(run_dir, "sharegpt", run_dir / "s.jsonl")
    conv = _lines(run_dir / "s.jsonl")[1]["conversations"]
    assert conv == [{"from": "human", "value": "Name a prime number."}, {"from": "gpt", "value": "7"}]


def test_dialogue_roles_alternate_and_alpaca_is_refused():
    d = Dialogue(id="d", method="syndg", turns=[Turn(speaker="apprentice", text="hi"),
                                                Turn(speaker="wizard", text="hello"),
                                                Turn(speaker="apprentice", text="bye")])
    (row,) = export_rows([d], "openai")
    assert [m["role"] for m in row["messages"]] == ["user", "assistant", "user"]
    with pytest.raises(ValueError, match="no Alpaca form"):
        list(export_rows([d], "alpaca"))
