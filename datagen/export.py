"""Dataset writers: Alpaca (`instruction/input/output`), OpenAI messages, ShareGPT, and a card.

These are the shapes training tools load directly: Alpaca for most SFT scripts, `messages` for
OpenAI fine-tuning and TRL's/Axolotl's chat format, `conversations` with from/value for ShareGPT
loaders. The JSONL exports get a `dataset_info.json` beside them (LLaMA-Factory's dataset
registry: the file and how its columns map). The same rows can be written as Parquet (polars) or
as a Hugging Face `datasets` folder (`save_to_disk`, optionally pushed to the Hub: the `hf` extra).
An export of a run with no rows writes nothing and raises `EmptyExport`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

import json
import os
import shutil
import tempfile

from pydantic import ValidationError

from datagen.errors import InputError, UserError
from datagen.io import atomic_writer, iter_jsonl, write_json, write_jsonl, write_text
from datagen.records import Dialogue, Record, Task, record_from_dict

Format = Literal["alpaca", "openai", "sharegpt"]
FORMATS: tuple[str, ...] = ("alpaca", "openai", "sharegpt")  # row shapes, written as JSONL
CONTAINERS: tuple[str, ...] = ("parquet", "hf")  # the same rows as Parquet or a `datasets` folder
ALL_FORMATS: tuple[str, ...] = FORMATS + CONTAINERS
DATASET_INFO = "dataset_info.json"


class EmptyExport(UserError):
    """The run has no rows: nothing is written (an empty file breaks `datasets.load_dataset`)."""
SHAREGPT_ROLE = {"system": "system", "user": "human", "assistant": "gpt"}


def task_rows(tasks: Iterable[Task]) -> Iterator[dict[str, str]]:
    for task in tasks:
        for inst in task.instances:
            yield {"instruction": task.instruction, "input": inst.input, "output": inst.output}


def user_prompt(row: dict[str, str]) -> str:
    """Instruction, then the input after a blank line when there is one."""
    return row["instruction"] + (f"\n\n{row['input']}" if row["input"] else "")


def task_messages(row: dict[str, str], system: str | None) -> list[dict[str, str]]:
    msgs = [{"role": "system", "content": system}] if system else []
    return msgs + [{"role": "user", "content": user_prompt(row)},
                   {"role": "assistant", "content": row["output"]}]


def dialogue_messages(dialogue: Dialogue, system: str | None) -> list[dict[str, str]]:
    """The first speaker is the user; speakers alternate user/assistant by their order of appearance."""
    msgs = [{"role": "system", "content": system}] if system else []
    speakers: list[str] = []
    for turn in dialogue.turns:
        if turn.speaker not in speakers:
            speakers.append(turn.speaker)
        role = "user" if speakers.index(turn.speaker) % 2 == 0 else "assistant"
        msgs.append({"role": role, "content": turn.text})
    return msgs


def to_sharegpt(messages: list[dict[str, str]]) -> dict[str, Any]:
    return {"conversations": [{"from": SHAREGPT_ROLE[m["role"]], "value": m["content"]} for m in messages]}


def export_rows(records: Iterable[Record], fmt: Format, system: str | None = None) -> Iterator[dict[str, Any]]:
    for rec in records:
        if isinstance(rec, Task):
            for row in task_rows([rec]):
                if fmt == "alpaca":
                    yield row
                elif fmt == "openai":
                    yield {"messages": task_messages(row, system)}
                else:
                    yield to_sharegpt(task_messages(row, system))
        elif isinstance(rec, Dialogue):
            msgs = dialogue_messages(rec, system)
            if fmt == "alpaca":
                raise ValueError("dialogues have no Alpaca form: use --format openai or sharegpt")
            yield {"messages": msgs} if fmt == "openai" else to_sharegpt(msgs)


def final_records_path(run_dir: Path) -> Path:
    return Path(run_dir) / "records.jsonl"


def load_final_records(run_dir: Path) -> list[Record]:
    """The run's records; a damaged line is one InputError naming its line and field."""
    path = final_records_path(run_dir)
    records: list[Record] = []
    for lineno, data in iter_jsonl(path):
        try:
            records.append(record_from_dict(data))
        except KeyError:
            raise InputError(path, f"unknown record kind {data.get('kind')!r}", line=lineno, field="kind",
                             fix="the file is damaged; rerun the run to rewrite it") from None
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or None
            raise InputError(path, err["msg"].lower(), line=lineno, field=field,
                             fix="the file is damaged; rerun the run to rewrite it") from None
    return records


def check_export_target(run_dir: Path, out: Path, folder: bool = False) -> None:
    """An export may go anywhere outside the run, or to a new (or earlier export_*) file directly in
    it; never over a file the run wrote (records.jsonl, dataset.jsonl, config.yaml, summary.json ...)
    nor into its stage folders, which a rerun reads back as finished work. `folder`: the export
    is a folder (the Hugging Face format), so an existing folder is no mistake."""
    run, target = Path(run_dir).resolve(), Path(out).resolve()
    if target.is_dir() and not folder:
        raise UserError(f"--out {out} is a folder, not a file; pass a file path such as {Path(out) / 'export.jsonl'}")
    if target == run or run not in target.parents:
        return
    if target.parent != run or (target.exists() and not target.name.startswith("export_")):
        raise UserError(f"--out {out} would overwrite the run's own files; pass a path outside {run_dir} "
                        f"or a new file in it (default: {Path(run_dir) / 'export_<format>.jsonl'})")


def default_shape(records: list[Record]) -> Format:
    """Alpaca rows for tasks, OpenAI messages for dialogues (what dataset.jsonl holds)."""
    return "openai" if any(isinstance(r, Dialogue) for r in records) else "alpaca"


def default_target(run_dir: Path, fmt: str) -> Path:
    """RUN_DIR/export_<fmt>.jsonl, export_<fmt>.parquet, or the folder export_hf/."""
    suffix = {"parquet": ".parquet", "hf": ""}.get(fmt, ".jsonl")
    return Path(run_dir) / f"export_{fmt}{suffix}"


def check_export_options(fmt: str, shape: str | None, push_to_hub: str | None) -> None:
    """The format, the row shape and a Hub push fit together (a UserError naming the flag)."""
    if fmt not in ALL_FORMATS:
        raise UserError(f"--format {fmt!r} is not known: use one of {', '.join(ALL_FORMATS)}")
    if shape is not None and shape not in FORMATS:
        raise UserError(f"--rows {shape!r} is not known: use one of {', '.join(FORMATS)}")
    if push_to_hub and fmt != "hf":
        raise UserError("--push-to-hub needs --format hf")


def export_run(run_dir: Path, fmt: str, out: Path, system: str | None = None,
               shape: Format | None = None, push_to_hub: str | None = None) -> int:
    """Write the run's final records as `fmt` to `out`; returns the row count.

    `fmt` is a row shape (alpaca, openai, sharegpt: JSONL plus a `dataset_info.json` entry
    beside it) or a container (parquet, hf) holding rows of `shape` (default: alpaca for tasks,
    openai messages for dialogues). `push_to_hub` (hf only) also uploads to that Hub repo with
    the token in $HF_TOKEN. A run with no rows raises EmptyExport and writes nothing."""
    check_export_options(fmt, shape, push_to_hub)
    records = load_final_records(run_dir)
    row_shape: Format = fmt if fmt in FORMATS else (shape or default_shape(records))  # type: ignore[assignment]
    rows = list(export_rows(records, row_shape, system))
    if not rows:
        raise EmptyExport(f"{run_dir} has no rows (records.jsonl is empty): nothing exported")
    out = Path(out)
    if fmt == "parquet":
        write_parquet(out, rows)
    elif fmt == "hf":
        token = hub_token() if push_to_hub else None  # before anything is written
        dataset = save_hf(out, rows)
        if push_to_hub:
            dataset.push_to_hub(push_to_hub, token=token)
    else:
        write_jsonl(out, rows)
        write_dataset_info(out, row_shape)
    return len(rows)


def write_parquet(out: Path, rows: list[dict[str, Any]]) -> None:
    import polars as pl

    with atomic_writer(out, "wb") as fh:
        pl.DataFrame(rows).write_parquet(fh)


def hf_datasets() -> Any:
    try:
        import datasets
    except ImportError:
        raise UserError("--format hf needs the `datasets` library: pip install 'datagen[hf]'") from None
    return datasets


def hub_token() -> str:
    """The Hub token from $HF_TOKEN; a clear error without it or in offline mode."""
    token = os.environ.get("HF_TOKEN", "").strip()
    if not token:
        raise UserError("--push-to-hub needs a Hugging Face token in the HF_TOKEN environment variable "
                        "(a write token from https://huggingface.co/settings/tokens)")
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on"):
        raise UserError("--push-to-hub cannot upload while HF_HUB_OFFLINE is set; unset it to push")
    return token


def save_hf(out: Path, rows: list[dict[str, Any]]) -> Any:
    """`datasets.Dataset.save_to_disk(out)`, built in a temp folder beside `out` then renamed."""
    datasets = hf_datasets()
    dataset = datasets.Dataset.from_list(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        dataset.save_to_disk(str(tmp))
        if out.exists():
            shutil.rmtree(out) if out.is_dir() else out.unlink()
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return dataset


def dataset_info_entry(file_name: str, shape: Format) -> dict[str, Any]:
    """LLaMA-Factory's dataset_info.json entry for one exported JSONL file."""
    if shape == "alpaca":
        return {"file_name": file_name,
                "columns": {"prompt": "instruction", "query": "input", "response": "output"}}
    if shape == "sharegpt":
        return {"file_name": file_name, "formatting": "sharegpt", "columns": {"messages": "conversations"},
                "tags": {"role_tag": "from", "content_tag": "value", "user_tag": "human",
                         "assistant_tag": "gpt", "system_tag": "system"}}
    return {"file_name": file_name, "formatting": "sharegpt", "columns": {"messages": "messages"},
            "tags": {"role_tag": "role", "content_tag": "content", "user_tag": "user",
                     "assistant_tag": "assistant", "system_tag": "system"}}


def write_dataset_info(out: Path, shape: Format) -> Path:
    """Add (or replace) this file's entry, named after the file's stem, in the dataset_info.json
    beside it; other entries are kept. Returns the dataset_info.json path."""
    info_path = Path(out).parent / DATASET_INFO
    try:
        info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
    except ValueError:
        info = {}
    if not isinstance(info, dict):
        info = {}
    info[Path(out).stem] = dataset_info_entry(Path(out).name, shape)
    write_json(info_path, info)
    return info_path


def dataset_card(name: str, method: str, n_rows: int, source: str, llm: str, extra: str = "") -> str:
    return (f"# {name}\n\nSynthetic instruction-tuning data made by datagen's `{method}` flow.\n\n"
            f"- rows: {n_rows}\n- seeds: `{source}`\n- generator: {llm}\n\n"
            "Machine-generated text: it may be wrong, repetitive or unsafe; review it before training.\n"
            f"{extra}")


def write_card(path: Path, text: str) -> None:
    write_text(path, text)
