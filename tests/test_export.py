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


# --- Parquet, Hugging Face datasets, LLaMA-Factory's dataset_info.json, empty runs -------------

def test_parquet_loads_with_polars_with_the_same_rows(run_dir):
    import polars as pl

    assert export_run(run_dir, "parquet", run_dir / "d.parquet") == 3
    export_run(run_dir, "alpaca", run_dir / "a.jsonl")
    assert pl.read_parquet(run_dir / "d.parquet").to_dicts() == _lines(run_dir / "a.jsonl")


def test_parquet_of_messages_keeps_the_nested_rows(run_dir):
    import polars as pl

    export_run(run_dir, "parquet", run_dir / "m.parquet", system="Be brief.", shape="openai")
    export_run(run_dir, "openai", run_dir / "o.jsonl", system="Be brief.")
    assert pl.read_parquet(run_dir / "m.parquet").to_dicts() == _lines(run_dir / "o.jsonl")


def test_parquet_loads_with_datasets_load_dataset(run_dir, tmp_path):
    datasets = pytest.importorskip("datasets")

    export_run(run_dir, "parquet", run_dir / "d.parquet")
    export_run(run_dir, "alpaca", run_dir / "a.jsonl")
    ds = datasets.load_dataset("parquet", data_files=str(run_dir / "d.parquet"), split="train",
                               cache_dir=str(tmp_path / "hf-cache"))
    assert ds.to_list() == _lines(run_dir / "a.jsonl")


def test_hf_folder_loads_with_load_from_disk(run_dir):
    datasets = pytest.importorskip("datasets")

    assert export_run(run_dir, "hf", run_dir / "hf") == 3
    ds = datasets.load_from_disk(str(run_dir / "hf"))
    export_run(run_dir, "alpaca", run_dir / "a.jsonl")
    assert ds.to_list() == _lines(run_dir / "a.jsonl")
    assert not [p for p in run_dir.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("fmt,columns", [("alpaca", ["instruction", "input", "output"]),
                                         ("openai", ["messages"]), ("sharegpt", ["conversations"])])
def test_jsonl_exports_load_with_datasets_json_builder(run_dir, tmp_path, fmt, columns):
    """The TRL/Axolotl `messages` rows (openai) among them: what `load_dataset("json")` reads."""
    datasets = pytest.importorskip("datasets")

    path = run_dir / f"{fmt}.jsonl"
    export_run(run_dir, fmt, path, system="Be brief.")
    ds = datasets.load_dataset("json", data_files=str(path), split="train",
                               cache_dir=str(tmp_path / "hf-cache"))
    assert ds.num_rows == 3 and ds.column_names == columns
    assert ds.to_list() == _lines(path)


def test_dataset_info_json_maps_each_export_for_llama_factory(run_dir):
    export_run(run_dir, "alpaca", run_dir / "export_alpaca.jsonl")
    export_run(run_dir, "sharegpt", run_dir / "export_sharegpt.jsonl")
    info = json.loads((run_dir / "dataset_info.json").read_text())
    assert info["export_alpaca"] == {"file_name": "export_alpaca.jsonl", "columns": {
        "prompt": "instruction", "query": "input", "response": "output"}}
    share = info["export_sharegpt"]
    assert share["file_name"] == "export_sharegpt.jsonl" and share["formatting"] == "sharegpt"
    assert share["columns"] == {"messages": "conversations"}
    first = _lines(run_dir / "export_sharegpt.jsonl")[0]["conversations"]
    assert {m["from"] for m in first} <= {share["tags"]["user_tag"], share["tags"]["assistant_tag"]}
    # every file named in the registry is beside it
    assert all((run_dir / e["file_name"]).is_file() for e in info.values())


@pytest.mark.parametrize("fmt", ["alpaca", "openai", "parquet", "hf"])
def test_empty_run_exports_nothing_and_says_so(tmp_path, fmt):
    from datagen.export import EmptyExport

    (tmp_path / "records.jsonl").write_text("")
    out = tmp_path / f"out-{fmt}"
    with pytest.raises(EmptyExport, match="no rows"):
        export_run(tmp_path, fmt, out)
    assert not out.exists() and not (tmp_path / "dataset_info.json").exists()


def test_push_to_hub_without_a_token_fails_before_writing(run_dir, monkeypatch):
    from datagen.errors import UserError

    monkeypatch.delenv("HF_TOKEN", raising=False)
    with pytest.raises(UserError, match="HF_TOKEN"):
        export_run(run_dir, "hf", run_dir / "hf", push_to_hub="someone/data")
    assert not (run_dir / "hf").exists()
    monkeypatch.setenv("HF_TOKEN", "hf_x")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(UserError, match="HF_HUB_OFFLINE"):
        export_run(run_dir, "hf", run_dir / "hf", push_to_hub="someone/data")


def test_export_cli_parquet_hf_and_empty(run_dir, tmp_path):
    from typer.testing import CliRunner

    from datagen.cli import app

    runner = CliRunner()
    res = runner.invoke(app, ["export", str(run_dir), "--format", "parquet"])
    assert res.exit_code == 0, res.output
    assert f"wrote 3 rows to {run_dir / 'export_parquet.parquet'}" in res.output
    res = runner.invoke(app, ["export", str(run_dir), "--format", "alpaca"])
    assert res.exit_code == 0 and "dataset_info.json" in res.output
    res = runner.invoke(app, ["export", str(run_dir), "--format", "alpaca", "--push-to-hub", "a/b"])
    assert res.exit_code == 2 and "--push-to-hub needs --format hf" in res.output
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "records.jsonl").write_text("")
    res = runner.invoke(app, ["export", str(empty), "--format", "openai"])
    assert res.exit_code == 2 and "no rows" in res.output and "nothing exported" in res.output
    assert not (empty / "export_openai.jsonl").exists()
