"""Stage records on disk instead of in memory, for stages whose output grows with the run.

A `RecordSpool` writes each record to its JSONL file as it comes (through the same atomic
temp-and-rename as every other file) and keeps only counts, so a continuous bootstrap at 20,000
instructions (100,000+ candidates and verdicts) holds none of them. A stage returns finished
spools as its kept and rejected records (`StageResult` accepts them wherever it takes lists);
the stage task then links the files into the stage folder instead of writing them again, and the
UI sample streams them (`datagen.report.stage_sample_files`). `RecordSpool.existing(path)` is a
finished file seen the same way (a replayed stage's verdicts).
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Iterable, Iterator

from datagen.io import atomic_writer, iter_jsonl, jsonl_line
from datagen.records import Rejected


class RecordSpool:
    """Records appended to `path` as they come; `len()` and `reasons` (rejections per reason)
    without reading them back. `finish()` puts the file in place; `abort()` leaves nothing."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.reasons: Counter[str] = Counter()
        self._n = 0
        self._writer: AbstractContextManager | None = atomic_writer(self.path)
        self._fh = self._writer.__enter__()

    @classmethod
    def existing(cls, path: Path | str) -> RecordSpool:
        """A finished JSONL file of records (or of rejections), counted in one streaming pass."""
        spool = cls.__new__(cls)
        spool.path, spool.reasons, spool._n, spool._writer, spool._fh = Path(path), Counter(), 0, None, None
        for _, data in iter_jsonl(spool.path):
            spool._n += 1
            if "reason" in data and "record" in data:
                spool.reasons[data["reason"]] += 1
        return spool

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Any]:
        raise TypeError(f"{self.path.name} is spooled to disk: read its file once it is finished")

    def append(self, item: Any) -> None:
        self._fh.write(jsonl_line(item) + "\n")
        self._n += 1
        if isinstance(item, Rejected):
            self.reasons[item.reason] += 1

    def extend(self, items: Iterable[Any]) -> None:
        for item in items:
            self.append(item)

    def finish(self) -> RecordSpool:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.__exit__(None, None, None)
        return self

    def abort(self) -> None:
        if self._writer is not None:
            writer, self._writer = self._writer, None
            try:
                writer.__exit__(RuntimeError, RuntimeError("aborted"), None)
            except RuntimeError:
                pass

    def place(self, target: Path) -> None:
        """The finished file at `target` too: a hard link (no copy) where the file system allows."""
        target = Path(target)
        if target.resolve() == self.finish().path.resolve():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}link.tmp")  # io.atomic_writer's temp pattern
        tmp.unlink(missing_ok=True)
        try:
            os.link(self.path, tmp)
        except OSError:
            shutil.copyfile(self.path, tmp)
        os.replace(tmp, target)


def is_spool(items: Any) -> bool:
    return isinstance(items, RecordSpool)

