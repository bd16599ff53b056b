"""What makes a run folder one run's own: a single writer (a lock holding its pid), an identity
that covers the config and the content of its input files, and temp-file cleanup limited to the
files the run itself writes.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

from datagen.errors import UserError
from datagen.io import LOCK_FILE, write_json
from datagen.run_options import resolve_path

INPUTS_FILE = "inputs.json"
# Config keys that name input files, across the five methods.
INPUT_KEYS = ("seeds", "domain", "input", "topics", "personas")


class RunLocked(UserError):
    """Another live process is writing to the same run folder."""

    exit_code = 7


class RunLock:
    """An exclusive `flock` on `<run>/.datagen.lock`, with the holder's pid written inside for the
    message. The kernel drops the lock when its process dies (kill -9 included), so a lock left by
    a killed run is simply taken over; the file itself stays (unlinking it would let two processes
    lock two different files)."""

    def __init__(self, root: Path) -> None:
        self.path = Path(root) / LOCK_FILE
        self._fd: int | None = None

    def acquire(self) -> None:
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise RunLocked(f"{self.path.parent} is in use by another datagen process (pid {holder}); "
                            "wait for it to finish or stop it, or pass another --out folder") from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


def _digest(path: Path) -> str:
    """sha256 of a file, or of a folder's files (relative names and contents, in sorted order)."""
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        if path.is_dir():
            h.update(str(f.relative_to(path)).encode("utf-8") + b"\0")
        with f.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


def input_hashes(cfg: Any) -> dict[str, dict[str, str]]:
    """{config key: {path, sha256}} for each input file (or tree folder) the config names. A
    named explore-instruct domain resolves to its bundled root file."""
    found: dict[str, dict[str, str]] = {}
    for key in INPUT_KEYS:
        value = getattr(cfg, key, None)
        if not isinstance(value, str) or not value:
            continue
        path = resolve_path(value)
        named = getattr(cfg, "named_domain", None)
        if key == "domain" and callable(named) and named():
            path = resolve_path(f"seeds/explore_instruct/{named()}.json")
        if path.exists():
            found[key] = {"path": str(path), "sha256": _digest(path)}
    return found


def check_inputs(root: Path, cfg: Any) -> None:
    """Record the inputs' hashes on a run's first start; on a rerun refuse inputs whose content
    changed since, naming the key and file (the saved stages were made from the old content)."""
    import json

    now = input_hashes(cfg)
    path = Path(root) / INPUTS_FILE
    if path.is_file():
        try:
            before = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            before = None
        if isinstance(before, dict):
            changed = [k for k in sorted(set(before) | set(now))
                       if (before.get(k) or {}).get("sha256") != (now.get(k) or {}).get("sha256")]
            if changed:
                what = ", ".join(f"{k} ({(now.get(k) or before.get(k) or {}).get('path', '?')})" for k in changed)
                raise UserError(f"{root} was made from different input content: {what} changed since "
                                "the run started; pass a new --out folder, or delete that one to start over")
    write_json(path, now)


def config_differences(old: Any, new: Any, prefix: str = "") -> list[str]:
    """Dotted keys whose values differ between two loaded configs, in sorted order."""
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in sorted(set(old) | set(new), key=str):
            out += config_differences(old.get(key), new.get(key), f"{prefix}{key}.")
        return out
    return [] if old == new else [prefix.rstrip(".")]


def describe_differences(old: Any, new: Any, limit: int = 3) -> str:
    """"key (saved X, now Y)" for the first few differing keys."""
    def at(data: Any, dotted: str) -> Any:
        for part in dotted.split("."):
            data = data.get(part) if isinstance(data, dict) else None
        return data

    keys = config_differences(old, new)
    parts = [f"{k} (saved {at(old, k)!r}, now {at(new, k)!r})" for k in keys[:limit]]
    more = f" and {len(keys) - limit} more" if len(keys) > limit else ""
    return ", ".join(parts) + more


# Files a run writes at its top level, and the folders it owns besides its stage folders.
TOP_LEVEL = {"config.yaml", INPUTS_FILE, "usage.json", "records.jsonl", "dataset.jsonl", "dataset_card.md",
             "summary.json", "report.md", "tagged.jsonl"}
OWN_FOLDERS = ("charts", "tree", "tag_merges")
STAGE_DIR = re.compile(r"^\d{3,}_[A-Za-z0-9_]+$")
TEMP = re.compile(r"^\.(?P<name>.+)\.[^.]+\.tmp$")  # io.atomic_writer: .<name>.<random>.tmp


def remove_stale_temp_files(root: Path) -> int:
    """Atomic writes go through `.<name>.<random>.tmp` beside the target; a process killed
    mid-write leaves one behind. Only temp files of the run's own outputs go: top-level outputs,
    stage folders and the folders the run owns. Any other hidden *.tmp is left alone."""
    root = Path(root)
    if not root.is_dir():
        return 0
    stale = [p for p in root.glob(".*.tmp") if (m := TEMP.match(p.name)) and m["name"] in TOP_LEVEL]
    for folder in root.iterdir():
        if folder.is_dir() and (STAGE_DIR.match(folder.name) or folder.name in OWN_FOLDERS):
            stale += [p for p in folder.rglob(".*.tmp") if TEMP.match(p.name)]
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)
