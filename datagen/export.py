"""Dataset writers: Alpaca (`instruction/input/output`), OpenAI messages, ShareGPT, and a card.

These are the shapes training tools load directly: Alpaca for most SFT scripts, `messages` for
OpenAI fine-tuning and TRL's chat format, `conversations` with from/value for ShareGPT loaders.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, Literal

from pydantic import ValidationError

from datagen.errors import InputError, UserError
from datagen.io import iter_jsonl, write_jsonl, write_text
from datagen.records import Dialogue, Record, Task, record_from_dict

Format = Literal["alpaca", "openai", "sharegpt"]
FORMATS: tuple[str, ...] = ("alpaca", "openai", "sharegpt")
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


def check_export_target(run_dir: Path, out: Path) -> None:
    """An export may go anywhere outside the run, or to a new (or earlier export_*) file directly in
    it; never over a file the run wrote (records.jsonl, dataset.jsonl, config.yaml, summary.json ...)
    nor into its stage folders, which a rerun reads back as finished work."""
    run, target = Path(run_dir).resolve(), Path(out).resolve()
    if target.is_dir():
        raise UserError(f"--out {out} is a folder, not a file; pass a file path such as {Path(out) / 'export.jsonl'}")
    if target == run or run not in target.parents:
        return
    if target.parent != run or (target.exists() and not target.name.startswith("export_")):
        raise UserError(f"--out {out} would overwrite the run's own files; pass a path outside {run_dir} "
                        f"or a new file in it (default: {Path(run_dir) / 'export_<format>.jsonl'})")


def export_run(run_dir: Path, fmt: Format, out: Path, system: str | None = None) -> int:
    """Write the run's final records in `fmt` to `out` (atomically); returns the row count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    rows = list(export_rows(load_final_records(run_dir), fmt, system))
    return write_jsonl(out, rows)


def dataset_card(name: str, method: str, n_rows: int, source: str, llm: str, extra: str = "") -> str:
    return (f"# {name}\n\nSynthetic instruction-tuning data made by datagen's `{method}` flow.\n\n"
            f"- rows: {n_rows}\n- seeds: `{source}`\n- generator: {llm}\n\n"
            "Machine-generated text: it may be wrong, repetitive or unsafe; review it before training.\n"
            f"{extra}")


def write_card(path: Path, text: str) -> None:
    write_text(path, text)
