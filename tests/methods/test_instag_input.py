"""Reading any dataset for InsTag: Alpaca rows, plain fields, records.jsonl, OpenAI messages,
ShareGPT conversations; bad rows name the file, line and field."""

from __future__ import annotations

import json

import pytest

from datagen.errors import InputError
from datagen.methods.instag.input import load_queries, query_texts, source_rows, user_turns
from datagen.records import Dialogue, Task, Turn


def write(tmp_path, rows, name="data.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_alpaca_rows_and_query_text(tmp_path):
    path = write(tmp_path, [{"instruction": "Sum these", "input": "1 2", "output": "3"},
                            {"instruction": "Say hi", "input": "", "output": "hi"}])
    records = load_queries(path)
    assert all(isinstance(r, Task) for r in records)
    assert [query_texts(r) for r in records] == [["Sum these\n\n1 2"], ["Say hi"]]
    assert query_texts(records[0], include_input=False) == ["Sum these"]
    assert [r.meta["source_line"] for r in records] == [1, 2]
    assert records[0].instances[0].output == "3"
    assert len({r.id for r in records}) == 2


def test_other_text_field(tmp_path):
    path = write(tmp_path, [{"prompt": "Explain tides", "response": "..."}])
    assert query_texts(load_queries(path, field="prompt")[0]) == ["Explain tides"]


def test_openai_messages_tag_user_turns(tmp_path):
    row = {"messages": [{"role": "system", "content": "be nice"}, {"role": "user", "content": "Hi"},
                        {"role": "assistant", "content": "Hello"},
                        {"role": "user", "content": [{"type": "text", "text": "Plan a trip"}]}]}
    record = load_queries(write(tmp_path, [row]))[0]
    assert isinstance(record, Dialogue) and [t.speaker for t in record.turns] == ["user", "assistant", "user"]
    assert query_texts(record) == ["Hi", "Plan a trip"]


def test_sharegpt_conversations(tmp_path):
    row = {"id": "x", "conversations": [{"from": "human", "value": "Q1"}, {"from": "gpt", "value": "A1"},
                                        {"from": "human", "value": "Q2"}]}
    record = load_queries(write(tmp_path, [row]))[0]
    assert query_texts(record) == ["Q1", "Q2"]


def test_records_jsonl_keeps_records(tmp_path):
    task = Task.new("Write a haiku", "self_instruct")
    dialogue = Dialogue(id="d", method="syndg", turns=[Turn(speaker="apprentice", text="Tell me about owls"),
                                                       Turn(speaker="wizard", text="Owls are...")])
    path = write(tmp_path, [task.model_dump(mode="json"), dialogue.model_dump(mode="json")])
    records = load_queries(path)
    assert records[0].id == task.id and records[0].method == "self_instruct"
    assert user_turns(records[1]) == [0]  # no user/human speaker: the first speaker is the user
    assert query_texts(records[1]) == ["Tell me about owls"]


def test_json_list_file(tmp_path):
    path = tmp_path / "alpaca_data.json"
    path.write_text(json.dumps([{"instruction": "A"}, {"instruction": "B"}]))
    assert [r.instruction for r in load_queries(path)] == ["A", "B"]


@pytest.mark.parametrize("rows, field, message", [
    ([{"instruction": "ok"}, {"text": "no instruction"}], "instruction",
     "line 2: field 'instruction': no 'instruction' field (this row has: text)"),
    ([{"instruction": 3}], "instruction", "line 1: field 'instruction': expected a string, got int"),
    ([{"messages": [{"role": "user", "content": 5}]}], "instruction",
     "line 1: field 'messages[0].content': expected text, got int"),
    ([{"conversations": "hello"}], "instruction", "line 1: field 'conversations': expected a list of turns"),
    ([{"instruction": "x", "input": ["a"]}], "instruction", "line 1: field 'input': expected a string"),
])
def test_bad_rows_name_file_line_and_field(tmp_path, rows, field, message):
    path = write(tmp_path, rows)
    with pytest.raises(InputError) as err:
        load_queries(path, field=field)
    assert str(err.value).startswith(f"{path}, {message}")


def test_bad_json_and_empty_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"instruction": "a"}\n{broken\n')
    with pytest.raises(InputError, match="line 2"):
        load_queries(path)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    with pytest.raises(InputError, match="empty"):
        load_queries(empty)


def test_source_rows_round_trip(tmp_path):
    rows = [{"instruction": f"q{i}", "extra": i} for i in range(5)]
    path = write(tmp_path, rows)
    assert source_rows(path, [4, 1]) == [rows[3], rows[0]]
