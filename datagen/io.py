"""Files: JSONL records, atomic writes and the run-folder layout.

Every file is written to a temporary name in the same folder and renamed into place, so a crash
never leaves a half-written file: a reader sees the old file or the whole new one.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from datagen.errors import InputError

M = TypeVar("M", bound=BaseModel)

LOCK_FILE = ".datagen.lock"  # one writer per run folder: the holder's pid, flock-ed


@contextmanager
def atomic_writer(path: Path, mode: str = "w") -> Iterator[Any]:
    """Open a temp file beside `path`; on success fsync and rename it over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename in (None, tmp):
            # a full disk or a folder in the way: name the file being written, not our temp name
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def jsonl_line(item: Any) -> str:
    """One record (a pydantic model or plain data) as a JSONL line, without the newline."""
    data = item.model_dump(mode="json") if isinstance(item, BaseModel) else item
    return json.dumps(data, ensure_ascii=False)


def write_jsonl(path: Path, items: Iterable[Any]) -> int:
    n = 0
    with atomic_writer(path) as fh:
        for item in items:
            fh.write(jsonl_line(item) + "\n")
            n += 1
    return n


def write_json(path: Path, data: Any) -> None:
    with atomic_writer(path) as fh:
        json.dump(data.model_dump(mode="json") if isinstance(data, BaseModel) else data,
                  fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_text(path: Path, text: str) -> None:
    with atomic_writer(path) as fh:
        fh.write(text)


def require_file(path: Path, what: str = "file", fix: str = "check the path") -> Path:
    """`path` as a readable file, or an InputError that says what is wrong with it."""
    path = Path(path)
    if path.is_dir():
        raise InputError(path, f"is a folder, not a {what}", fix="pass the file inside it")
    if not path.is_file():
        raise InputError(path, f"{what} not found", fix=fix)
    return path


def json_problem(exc: json.JSONDecodeError) -> str:
    """`json`'s message without its dangling "at" ("Unterminated string starting at"), with the column."""
    msg = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
    return f"not valid JSON ({msg}, column {exc.colno})"


def not_utf8(path: Path) -> InputError:
    """The first byte that is not UTF-8, by line and byte offset in the file (a decode error's own
    offset counts from the start of the chunk being decoded, not from the start of the file)."""
    offset = 0
    with Path(path).open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return InputError(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at byte offset "
                                  f"{offset + exc.start} of the file)", line=lineno, fix="re-save the file as UTF-8")
            offset += len(raw)
    return InputError(path, "not UTF-8 text", fix="re-save the file as UTF-8")


def read_text_file(path: Path, what: str = "file", fix: str = "check the path") -> str:
    """A UTF-8 text file's content; a folder, a missing file or non-UTF-8 bytes are InputErrors."""
    require_file(path, what, fix)
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise not_utf8(path) from None


def iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a bad line is an InputError naming it."""
    path = require_file(path)
    try:
        with path.open(encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise InputError(path, json_problem(exc), line=lineno,
                                     fix="each line must be one JSON object") from None
                if not isinstance(obj, dict):
                    raise InputError(path, f"expected a JSON object, got {type(obj).__name__}",
                                     line=lineno, fix="each line must be one JSON object")
                yield lineno, obj
    except UnicodeDecodeError:
        raise not_utf8(path) from None


def jsonl_lines_at(path: Path, wanted: set[int]) -> dict[int, dict[str, Any]]:
    """The parsed lines of a JSONL file at the given 0-based line numbers, in one pass that
    parses only those lines (a sample of a large stage file)."""
    out: dict[int, dict[str, Any]] = {}
    if not wanted:
        return out
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i in wanted:
                out[i] = json.loads(line)
                if len(out) == len(wanted):
                    break
    return out


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [obj for _, obj in iter_jsonl(path)]


def read_models(path: Path, model: type[M]) -> list[M]:
    """Validate each line as `model`; the first invalid field is reported with its line."""
    out: list[M] = []
    for lineno, obj in iter_jsonl(path):
        try:
            out.append(model.model_validate(obj))
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or None
            raise InputError(path, err["msg"].lower(), line=lineno, field=field) from None
    return out


def iter_json_or_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line, object) for JSONL; (item number, object) for a JSON list such as alpaca_data.json."""
    path = Path(path)
    if path.suffix != ".json":
        yield from iter_jsonl(path)
        return
    try:
        data = json.loads(read_text_file(path))
    except json.JSONDecodeError as exc:
        raise InputError(path, json_problem(exc), line=exc.lineno) from None
    if not isinstance(data, list):
        raise InputError(path, "expected a JSON list of objects (or JSONL, one object per line)")
    for i, obj in enumerate(data, start=1):
        if not isinstance(obj, dict):
            raise InputError(path, f"item {i} is a {type(obj).__name__}, expected an object")
        yield i, obj


class RunLayout:
    """`runs/<flow>/<run_id>/`: `<NNN>_<stage>/{kept,rejected}.jsonl, stats.json`, config, dataset, report."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def stage_dir(self, index: int, stage: str) -> Path:
        return self.root / f"{index:03d}_{stage}"

    @property
    def config(self) -> Path:
        return self.root / "config.yaml"

    @property
    def dataset(self) -> Path:
        return self.root / "dataset.jsonl"

    @property
    def report(self) -> Path:
        return self.root / "report.md"

    @property
    def summary(self) -> Path:
        return self.root / "summary.json"

    def stage_dirs(self) -> list[Path]:
        """Finished stage folders in call order (past 999 calls the index simply grows a digit)."""
        found = [p for p in self.root.glob("[0-9]*_*") if p.name.split("_", 1)[0].isdigit()
                 and (p / "stats.json").is_file()]
        return sorted(found, key=lambda p: int(p.name.split("_", 1)[0]))
