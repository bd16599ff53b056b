"""SynDG knowledge sources: the project's own seeds load, and bad user files get clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datagen.errors import InputError
from datagen.methods.syndg.knowledge import load_personas, load_topics

SEEDS = Path(__file__).resolve().parents[2] / "seeds" / "syndg"


def test_project_knowledge_base_is_large_enough_and_linked():
    kb = load_topics(SEEDS / "topics.jsonl")
    assert len(kb) >= 30
    assert all(len(t.sentences) >= 3 for t in kb.topics)
    assert all(t.related for t in kb.topics)
    assert len({t.id for t in kb.topics}) == len(kb)
    linked = {title for t in kb.topics for title in t.related}
    assert len(linked) >= len(kb) * 0.8  # most topics are reachable as a related topic


def test_project_persona_pool_is_large_enough():
    personas = load_personas(SEEDS / "personas.jsonl")
    assert len(personas) >= 100
    assert len({p.text for p in personas}) == len(personas)
    assert all(p.text.startswith("I") for p in personas)


def _write(tmp_path: Path, rows: list) -> Path:
    path = tmp_path / "kb.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return path


GOOD = {"topic": "A", "passage": ["One.", "Two."], "related": ["B"]}
OTHER = {"topic": "B", "passage": ["Three."]}


def test_user_topics_load_with_defaults(tmp_path):
    kb = load_topics(_write(tmp_path, [GOOD, OTHER]))
    a = kb.get("A")
    assert a.sentences == ("One.", "Two.") and [t.title for t in kb.related(a)] == ["B"]
    assert kb.get("B").related == () and kb.get("B").id.startswith("topic-")


@pytest.mark.parametrize("rows, line, field, words", [
    ([GOOD, "{not json"], 2, None, "not valid JSON"),
    ([GOOD, {"passage": ["x"]}], 2, "topic", "missing"),
    ([GOOD, {"topic": "C"}], 2, "passage", "missing"),
    ([GOOD, {"topic": "C", "passage": "One. Two."}], 2, "passage", "list of strings"),
    ([GOOD, {"topic": "C", "passage": ["ok", ""]}], 2, "passage[1]", "non-empty"),
    ([GOOD, {"topic": "C", "passage": []}], 2, "passage", "at least one"),
    ([GOOD, {"topic": "C", "pasage": ["x"]}], 2, "pasage", "unknown field"),
    ([{"topic": "A", "passage": ["x"], "related": ["Nope"]}], 1, "related[0]", "not a topic"),
    ([{"topic": "A", "passage": ["x"], "related": ["A"]}], 1, "related[0]", "itself"),
    ([GOOD, OTHER, {"topic": "B", "passage": ["y"]}], 3, "topic", "duplicate"),
    ([{"topic": "A | B", "passage": ["x"]}], 1, "topic", "may not contain"),
    ([{"topic": "A", "passage": ["[none]"]}], 1, "passage[0]", "reserved"),
])
def test_bad_topic_files_name_file_line_and_field(tmp_path, rows, line, field, words):
    path = _write(tmp_path, rows)
    with pytest.raises(InputError) as err:
        load_topics(path)
    msg = str(err.value)
    assert str(path) in msg and f"line {line}" in msg and words in msg
    assert err.value.line == line and err.value.field == field


def test_empty_or_missing_topic_file(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n")
    with pytest.raises(InputError, match="no topics"):
        load_topics(tmp_path / "empty.jsonl")
    with pytest.raises(InputError, match="file not found"):
        load_topics(tmp_path / "absent.jsonl")


@pytest.mark.parametrize("rows, line, field, words", [
    ([{"persona": "I swim."}, {"persona": "I swim."}], 2, "persona", "duplicate persona"),
    ([{"persona": "I swim. | I run."}], 1, "persona", "may not contain"),
    ([{"text": "I swim."}], 1, "text", "unknown field"),
    ([{"persona": 3}], 1, "persona", "non-empty string"),
    ([{"persona": "I swim.", "id": "p"}, {"persona": "I run.", "id": "p"}], 2, "id", "duplicate id"),
])
def test_bad_persona_files_name_file_line_and_field(tmp_path, rows, line, field, words):
    path = _write(tmp_path, rows)
    with pytest.raises(InputError) as err:
        load_personas(path)
    assert f"line {line}" in str(err.value) and words in str(err.value) and err.value.field == field
