"""The report's verb-noun parse, done ahead in a process of its own.

The report's verb-noun chart (Self-Instruct, Wang et al., ACL 2023, Figure 2; verb_noun.py)
parses up to 2,000 distinct machine instructions with spaCy. Done at the end of a run, on 2
cores, that is ~2 s to load spaCy and ~4.3 s to parse while the LLM endpoint sits idle: ~13% of
the wall time of a 3,000-instruction run. Loading spaCy in a thread beside the LLM stages was
tried and removed: it held the interpreter lock the event loop needs and slowed the LLM stages
more than it saved. A separate process takes no lock of ours, and the second core is mostly idle
while the run waits on the endpoint.

- `start_prefetch(run_dir, records_file, n_records)`: once a growing loop has chosen its
  instructions (flows/instruction_growth.py), a process reads the file's `instruction`s, takes the
  ceil(1.25 x max_parsed) with the smallest SHA-1 and parses them. The dataset's instructions
  are a subset of the file's, so the chart's sample (`sha1_sample`: their max_parsed smallest)
  is among these unless over a fifth of those were dropped later. The process reads the file
  itself: the parent neither reads it on the event loop nor blocks writing thousands of texts
  into the pipe of a child still starting up. Not started where this process has loaded the
  parser already (a second run in one process, the tests) and the file holds fewer than
  `MIN_RECORDS`: parsing them here then takes under a second, less than a process costs.
- `prefetched(run_dir)`: what it parsed, {instruction: (verb, noun)}, once (waiting a while for
  a process still at work); None when there is nothing. The chart parses in-process whatever is
  missing, so a missing spaCy model, a crash or a slow machine cost only the time not saved.
- `discard(run_dir)`: ends whatever is left when the run closes (flows/scaffold.py).

The process is spawned, not forked (a fork would copy a process running Prefect's threads, and
their locks), daemonic (interpreter exit terminates it instead of waiting for it) and scheduled
SCHED_IDLE where Linux allows (it runs only when no other process wants the core; merely niced,
it still cost a 3,000-instruction run's classify stage 3 s on 2 cores), else niced.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import multiprocessing
import os
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Iterator

from datagen.analysis.verb_noun import VERB_NOUN_MAX_PARSED, parser_loaded, sha1_sample, verb_noun_pairs

log = logging.getLogger(__name__)
Pair = tuple[str | None, str | None]
MARGIN = 1.25  # parse this many times max_parsed: later stages may still drop instructions
WAIT_S = 60.0  # how long the report waits for a process still parsing
NICE = 10
MIN_RECORDS = 500  # ~1 s of parsing on 2 cores, with the parser loaded (module docstring)


@dataclass
class _Job:
    process: Any  # a spawn-context multiprocessing.Process
    conn: Connection  # the receiving end of its pipe

    def result(self, timeout_s: float) -> dict[str, Pair] | None:
        try:
            if not self.conn.poll(timeout_s):
                log.info("verb-noun prefetch still running after %.0f s: the report parses in-process", timeout_s)
                return None
            got = self.conn.recv()  # EOFError: it died without answering
        except Exception as exc:
            log.info("verb-noun prefetch gave nothing: %s: %s", type(exc).__name__, exc)
            return None
        if not isinstance(got, dict):
            log.info("verb-noun prefetch failed: %s", got)
            return None
        return got

    def stop(self, grace_s: float = 0.0) -> None:
        """Reap it, terminating it if it still runs after `grace_s`."""
        try:
            self.process.join(grace_s)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(2)
                if self.process.is_alive():
                    self.process.kill()
            self.process.join()
        finally:
            self.conn.close()


_jobs: dict[Path, dict[Path, _Job]] = {}  # run folder -> records file -> its process
_lock = threading.Lock()


def start_prefetch(run_dir: Path, records_file: Path, n_records: int | None = None,
                   max_parsed: int = VERB_NOUN_MAX_PARSED) -> bool:
    """Start parsing the `instruction`s of a JSONL file (of `n_records` records, None: unknown)
    for `run_dir`'s report (module docstring); one process per file, so each growing loop of a
    run (Ensemble-Instruct's two) has its own, and a second start for the same file stops the
    first. Never raises: False when nothing was started (no spaCy, not worth it, a failed start)."""
    if n_records is not None and n_records < MIN_RECORDS and parser_loaded():
        return False
    receive = send = None
    try:
        if importlib.util.find_spec("spacy") is None:
            return False
        records_file = Path(records_file).resolve()
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_parse_file, args=(str(records_file), math.ceil(MARGIN * max_parsed), send),
                              name="datagen-verb-noun-prefetch", daemon=True)
        process.start()
    except Exception:
        log.warning("verb-noun prefetch not started: the report parses in-process", exc_info=True)
        for end in (receive, send):
            if end is not None:
                end.close()
        return False
    send.close()  # the child's end: EOF here as soon as the child is gone
    with _lock:
        old = _jobs.setdefault(Path(run_dir).resolve(), {}).pop(records_file, None)
        _jobs[Path(run_dir).resolve()][records_file] = _Job(process, receive)
    if old is not None:
        old.stop()
    return True


def prefetched(run_dir: Path, timeout_s: float = WAIT_S) -> dict[str, Pair] | None:
    """{instruction: (verb, noun)} from the run's prefetch processes (waiting up to `timeout_s`
    in all for those still parsing), or None when none started or none answered. Hands them
    over once: the processes are reaped (or terminated) here. Never raises."""
    with _lock:
        jobs = _jobs.pop(Path(run_dir).resolve(), {})
    deadline = time.monotonic() + timeout_s
    merged: dict[str, Pair] | None = None
    for job in jobs.values():
        got = job.result(max(0.0, deadline - time.monotonic()))
        try:
            job.stop(grace_s=1.0)  # one that answered exits at once (`_parse_file`)
        except Exception:
            log.warning("verb-noun prefetch could not be stopped", exc_info=True)
        if got is not None:
            merged = {**(merged or {}), **got}
    return merged


def discard(run_dir: Path) -> None:
    """Terminate the run's prefetch processes still running and forget them (run close)."""
    with _lock:
        jobs = _jobs.pop(Path(run_dir).resolve(), {})
    for job in jobs.values():
        try:
            job.stop()
        except Exception:
            log.warning("verb-noun prefetch could not be stopped", exc_info=True)


def running(run_dir: Path) -> list[Any]:
    """The run's prefetch processes not yet handed over or discarded (for tests and checks)."""
    with _lock:
        return [job.process for job in _jobs.get(Path(run_dir).resolve(), {}).values()]


def _instructions(records_file: str) -> Iterator[str]:
    from datagen.io import iter_jsonl

    for _, rec in iter_jsonl(Path(records_file)):
        if isinstance(rec.get("instruction"), str):
            yield rec["instruction"]


def _parse_file(records_file: str, limit: int, conn: Connection) -> None:
    """The process: answers {instruction: pair}, or a string saying why not, and exits at once
    (tearing down spaCy's objects took 0.6 s more, which the report would wait for)."""
    # spaCy's thinc imports torch whenever it is installed (the local-model backend brings it):
    # ~1.4 s of CPU here, beside the run's LLM stages, for a pipeline that runs on numpy alone.
    # This process only parses, so torch reads as absent (the same pairs: tested).
    sys.modules.setdefault("torch", None)  # type: ignore[arg-type]
    try:  # CPU only when nothing else wants it: niced, it still slowed the LLM stages on 2 cores
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):  # not Linux
        try:
            os.nice(NICE)
        except OSError:
            pass
    try:
        texts = sha1_sample(_instructions(records_file), limit)
        answer: Any = dict(zip(texts, verb_noun_pairs(texts)))
    except Exception as exc:  # ParserUnavailable, an unreadable file: the report parses in-process
        answer = f"{type(exc).__name__}: {exc}"
    try:
        conn.send(answer)
        conn.close()
    except OSError:  # the run went away first
        pass
    os._exit(0)
