"""Reading any instruction dataset into records InsTag can tag (Lu et al., ICLR 2024).

InsTag is an audit of *any* SFT pool, not only this project's runs. A row becomes:

- a `Task` when it has the text field (`--field`, default `instruction`): Alpaca rows
  (`instruction`, `input`, `output`) and plain rows (`{"prompt": ...}` with `--field prompt`);
- a `Dialogue` when it holds OpenAI `messages` (role/content) or ShareGPT `conversations`
  (from/value); each user turn is tagged separately (Lu et al. 2024, §3.1);
- itself when it is one of this project's records (`records.jsonl`, `kind` task/dialogue).

`format="auto"` decides per row in that order: record, messages, conversations, text field.
A malformed row raises one `InputError` naming the file, the line and the field. Every record
keeps `meta["source_line"]` so the selected subset can be written back in the input's own format.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from datagen.errors import InputError
from datagen.io import iter_json_or_jsonl
from datagen.records import Dialogue, Instance, Record, Task, Turn, record_from_dict, stable_id

InputFormat = Literal["auto", "text", "records", "openai", "sharegpt"]
USER_SPEAKERS = ("user", "human")
SHAREGPT_SPEAKER = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant",
                    "chatgpt": "assistant", "bard": "assistant", "bing": "assistant", "model": "assistant"}
METHOD = "instag"


def _text(value: Any, path: Path, line: int, field: str) -> str:
    """A message content: a string, null, or OpenAI's list of parts (text parts joined)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(p, dict) for p in value):
        return "\n".join(str(p.get("text", "")) for p in value if p.get("type", "text") == "text")
    raise InputError(path, f"expected text, got {type(value).__name__}", line=line, field=field)


def _turns(items: Any, path: Path, line: int, key: str, role_key: str, text_key: str,
           roles: dict[str, str] | None) -> list[Turn]:
    if not isinstance(items, list):
        raise InputError(path, f"expected a list of turns, got {type(items).__name__}", line=line, field=key)
    turns = []
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        if not isinstance(item, dict) or role_key not in item:
            raise InputError(path, f"each turn needs a {role_key!r} and a {text_key!r}", line=line, field=where)
        role = item[role_key]
        if not isinstance(role, str):
            raise InputError(path, "expected a string role", line=line, field=f"{where}.{role_key}")
        role = roles.get(role.lower(), role.lower()) if roles is not None else role
        if role == "system":
            continue
        turns.append(Turn(speaker=role, text=_text(item.get(text_key), path, line, f"{where}.{text_key}")))
    return turns


def _dialogue(row: dict[str, Any], turns: list[Turn], line: int) -> Dialogue:
    return Dialogue(id=stable_id("dialogue", METHOD, line, row), method=METHOD, turns=turns,
                    meta={"source_line": line})


def _task(row: dict[str, Any], field: str, path: Path, line: int) -> Task:
    if field not in row:
        keys = ", ".join(sorted(row)) or "none"
        raise InputError(path, f"no {field!r} field (this row has: {keys})", line=line, field=field,
                         fix="pass --field NAME for the query text, or give OpenAI `messages` / "
                         "ShareGPT `conversations` rows")
    text = row[field]
    if not isinstance(text, str):
        raise InputError(path, f"expected a string, got {type(text).__name__}", line=line, field=field)
    extra = {}
    for key in ("input", "output"):
        value = row.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InputError(path, f"expected a string, got {type(value).__name__}", line=line, field=key)
        extra[key] = value
    return Task(id=stable_id("task", METHOD, line, row), method=METHOD, instruction=text,
                instances=[Instance(input=extra["input"], output=extra["output"])],
                meta={"source_line": line})


def _record(row: dict[str, Any], path: Path, line: int) -> Record:
    try:
        record = record_from_dict(row)
    except (ValidationError, KeyError) as exc:
        if isinstance(exc, ValidationError):
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or None
            raise InputError(path, err["msg"].lower(), line=line, field=field) from None
        raise InputError(path, f"unknown record kind {row.get('kind')!r}", line=line, field="kind") from None
    record.meta = {**record.meta, "source_line": line}
    return record


def row_format(row: dict[str, Any], field: str) -> str:
    """What `auto` makes of one row."""
    if row.get("kind") in ("task", "dialogue") and "id" in row and "method" in row:
        return "records"
    if "messages" in row and field != "messages":
        return "openai"
    if "conversations" in row and field != "conversations":
        return "sharegpt"
    return "text"


def parse_row(row: dict[str, Any], path: Path, line: int, field: str = "instruction",
              fmt: InputFormat = "auto") -> Record:
    kind = row_format(row, field) if fmt == "auto" else fmt
    if kind == "records":
        return _record(row, path, line)
    if kind == "openai":
        if "messages" not in row:
            raise InputError(path, "no 'messages' field", line=line, field="messages")
        return _dialogue(row, _turns(row["messages"], path, line, "messages", "role", "content", None), line)
    if kind == "sharegpt":
        if "conversations" not in row:
            raise InputError(path, "no 'conversations' field", line=line, field="conversations")
        turns = _turns(row["conversations"], path, line, "conversations", "from", "value", SHAREGPT_SPEAKER)
        return _dialogue(row, turns, line)
    return _task(row, field, path, line)


def load_queries(path: str | Path, field: str = "instruction", fmt: InputFormat = "auto") -> list[Record]:
    """Every row of a JSONL (or JSON list) dataset as a Task or Dialogue; bad rows raise InputError."""
    path = Path(path)
    records = [parse_row(row, path, line, field, fmt) for line, row in iter_json_or_jsonl(path)]
    if not records:
        raise InputError(path, "the dataset is empty", fix="give a JSONL file with one query per line")
    return records


def user_turns(dialogue: Dialogue) -> list[int]:
    """Indices of the user's turns: speakers named user/human, else the first speaker's turns
    (the rule `datagen export` uses: the first speaker is the user)."""
    named = [i for i, t in enumerate(dialogue.turns) if t.speaker.lower() in USER_SPEAKERS]
    if named or not dialogue.turns:
        return named
    first = dialogue.turns[0].speaker
    return [i for i, t in enumerate(dialogue.turns) if t.speaker == first]


def query_texts(record: Record, include_input: bool = True) -> list[str]:
    """The queries InsTag tags in one record: a task's instruction (with its input, which is part
    of what the user asked), or each user turn of a dialogue."""
    if isinstance(record, Task):
        first = record.instances[0] if record.instances else Instance()
        text = record.instruction.strip()
        if include_input and first.input.strip():
            text = f"{text}\n\n{first.input.strip()}"
        return [text] if text else []
    if isinstance(record, Dialogue):
        return [record.turns[i].text.strip() for i in user_turns(record) if record.turns[i].text.strip()]
    return []


def source_rows(path: str | Path, lines: list[int]) -> list[dict[str, Any]]:
    """The input's own rows at the given lines (or JSON-list items), in the order asked."""
    wanted = set(lines)
    rows = {line: row for line, row in iter_json_or_jsonl(Path(path)) if line in wanted}
    return [rows[line] for line in lines if line in rows]
