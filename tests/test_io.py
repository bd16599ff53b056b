import json

import pytest

from datagen.errors import InputError
from datagen.io import atomic_writer, read_jsonl, read_models, write_jsonl
from datagen.records import Task


def test_atomic_write_leaves_old_file_when_writer_crashes(tmp_path):
    path = tmp_path / "out.jsonl"
    write_jsonl(path, [{"a": 1}])
    with pytest.raises(RuntimeError):
        with atomic_writer(path) as fh:
            fh.write('{"a": 2}\n{"trunc')
            raise RuntimeError("crash mid-write")
    assert read_jsonl(path) == [{"a": 1}]
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temp file left behind


def test_bad_lines_are_reported_with_file_and_line(tmp_path):
    path = tmp_path / "seeds.jsonl"
    path.write_text('{"instruction": "ok"}\n\nnot json\n')
    with pytest.raises(InputError, match=r"seeds.jsonl, line 3: not valid JSON"):
        read_jsonl(path)
    path.write_text('[1, 2]\n')
    with pytest.raises(InputError, match="line 1: expected a JSON object"):
        read_jsonl(path)
    path.write_bytes(b'{"a": "\xff"}\n')
    with pytest.raises(InputError, match="not UTF-8"):
        read_jsonl(path)
    with pytest.raises(InputError, match="file not found"):
        read_jsonl(tmp_path / "missing.jsonl")


def test_read_models_names_the_field(tmp_path):
    path = tmp_path / "tasks.jsonl"
    good = Task.new("Do it well.", "m").model_dump()
    bad = {k: v for k, v in good.items() if k != "instruction"}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(InputError, match=r"line 2: field 'instruction': field required"):
        read_models(path, Task)


def test_open_run_removes_temp_files_a_killed_writer_left(tmp_path):
    from flows.scaffold import remove_stale_temp_files

    stage = tmp_path / "003_novelty"
    stage.mkdir()
    (stage / "kept.jsonl").write_text("{}\n")
    (stage / ".kept.jsonl.ab12.tmp").write_text('{"half')
    assert remove_stale_temp_files(tmp_path) == 1
    assert [p.name for p in stage.iterdir()] == ["kept.jsonl"]
