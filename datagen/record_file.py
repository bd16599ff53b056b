"""Stage inputs read from their JSONL files as a sequence, without holding the records.

`RecordFiles([path, ...])` is a `Sequence[Record]` over kept.jsonl files (and in-memory records
between them): iterating streams the files, `len()` and `records[i]` use one int64 offset per
line, found in one pass the first time they are asked for. A stage marked `@streams_input`
receives its inputs this way (flows/stage_task.py), so a stage over 30,000 rows holds the rows
it is working on, not all of them (they were ~5 KB each as pydantic records); unmarked stages
receive lists as before. Reading a record twice builds two equal objects.
"""

from __future__ import annotations

import json
import os
import threading
from bisect import bisect_right
from itertools import accumulate, islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar, overload

import numpy as np

from datagen.io import atomic_writer, iter_jsonl, jsonl_line, write_jsonl
from datagen.records import Record, record_from_dict

F = TypeVar("F", bound=Callable[..., Any])


def batched(records: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of `size` items (the last may be shorter): itertools.batched of 3.12."""
    it = iter(records)
    while block := list(islice(it, size)):
        yield block


def streams_input(fn: F) -> F:
    """Mark a stage that reads its records once or by index (never holding them all): the stage
    task then hands it a `RecordFiles` instead of a list."""
    fn.streams_input = True  # type: ignore[attr-defined]
    return fn


def wants_stream(fn: Callable[..., Any]) -> bool:
    """Is `fn` (or the function a `functools.partial` wraps) marked `@streams_input`?"""
    return bool(getattr(getattr(fn, "func", fn), "streams_input", False))


class _FileSegment:
    """One JSONL file: line offsets on demand, records read with `os.pread` (thread-safe)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._starts: np.ndarray | None = None  # byte offset of each non-blank line, then the end
        self._fd: int | None = None
        self._lock = threading.Lock()

    def _index(self) -> np.ndarray:
        if self._starts is None:
            starts, ends, at = [], [], 0
            with self.path.open("rb") as fh:
                for raw in fh:
                    if raw.strip():
                        starts.append(at)
                        ends.append(at + len(raw))
                    at += len(raw)
            self._starts = np.array([starts, ends], dtype=np.int64).reshape(2, -1)
        return self._starts

    def __len__(self) -> int:
        return int(self._index().shape[1])

    def __getitem__(self, i: int) -> Record:
        start, end = self._index()[:, i].tolist()
        with self._lock:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_RDONLY)
            raw = os.pread(self._fd, end - start, start)
        return record_from_dict(json.loads(raw))

    def __iter__(self) -> Iterator[Record]:
        for _, data in iter_jsonl(self.path):  # a bad line is an InputError naming file and line
            yield record_from_dict(data)

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


class RecordFiles(Sequence[Record]):
    """Records of JSONL files (and in-memory records), in order, read as they are used."""

    def __init__(self, parts: Iterable[Path | Record | Sequence[Record]]) -> None:
        self._parts: list[Any] = []
        loose: list[Record] = []
        for part in parts:
            if isinstance(part, (str, Path)):
                if loose:
                    self._parts.append(loose)
                    loose = []
                self._parts.append(_FileSegment(Path(part)))
            elif isinstance(part, Record):
                loose.append(part)
            else:
                loose.extend(part)
        if loose:
            self._parts.append(loose)
        self._ends: list[int] | None = None

    @property
    def paths(self) -> list[Path]:
        return [p.path for p in self._parts if isinstance(p, _FileSegment)]

    def _bounds(self) -> list[int]:
        if self._ends is None:
            self._ends = list(accumulate(len(p) for p in self._parts))
        return self._ends

    def __len__(self) -> int:
        ends = self._bounds()
        return ends[-1] if ends else 0

    @overload
    def __getitem__(self, index: int) -> Record: ...

    @overload
    def __getitem__(self, index: slice) -> list[Record]: ...

    def __getitem__(self, index: int | slice) -> Record | list[Record]:
        n = len(self)
        if isinstance(index, slice):
            start, stop, step = index.indices(n)
            if step == 1:
                return list(islice(iter(self), start, max(start, stop)))
            return [self[i] for i in range(start, stop, step)]
        if not -n <= index < n:
            raise IndexError(index)
        index %= n
        ends = self._bounds()
        k = bisect_right(ends, index)
        return self._parts[k][index - (ends[k - 1] if k else 0)]

    def __iter__(self) -> Iterator[Record]:
        for part in self._parts:
            yield from part

    def write_lines(self, fh: Any) -> int:
        """Write every record as a JSONL line to the text file `fh`: lines of the files are copied
        as they are (no parse), in-memory records are serialized. Returns the count."""
        n = 0
        for part in self._parts:
            if isinstance(part, _FileSegment):
                with part.path.open(encoding="utf-8") as src:
                    for raw in src:
                        if raw.strip():
                            fh.write(raw if raw.endswith("\n") else raw + "\n")
                            n += 1
            else:
                for record in part:
                    fh.write(jsonl_line(record) + "\n")
                    n += 1
        return n

    def close(self) -> None:
        for part in self._parts:
            if isinstance(part, _FileSegment):
                part.close()

    def __del__(self) -> None:
        self.close()


def write_records(path: Path, records: Iterable[Any]) -> int:
    """records.jsonl of a run: `RecordFiles` are copied line by line, anything else serialized."""
    if not isinstance(records, RecordFiles):
        return write_jsonl(path, records)
    with atomic_writer(path) as fh:
        return records.write_lines(fh)
