"""Request-level, content-addressed completion cache in SQLite.

The key is `LLMRequest.cache_key(model, mode)` of the request the backend really serves (after
its seed offset and temperature override): model, mode, prompt or messages, every sampling
parameter, the sample index, and the backend with its base URL (`endpoint_id`: a scripted
`--llm fake` answer is never served to `--llm openai --model fake`), never the API key. Only successful
completions are stored, so a rerun of a crashed or finished run repeats no successful call and
retries only the failed ones.

The database runs in WAL mode with a busy timeout, so several clients in one process (async
tasks, threads) and several processes can share one file.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Iterable, Sequence

from datagen.llm.client import Completion, LLMRequest

BUSY_TIMEOUT_MS = 30_000
STORED_FIELDS = ("texts", "finish_reasons", "prompt_tokens", "completion_tokens")


class RequestCache:
    """key -> completion JSON. Thread-safe; open one per process (or per client) on a shared file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                                   isolation_level=None)
        self._db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS completions "
                         "(key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL)")

    def __repr__(self) -> str:
        return f"RequestCache({str(self.path)!r})"

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM completions").fetchone()[0]

    def get_many(self, keys: Iterable[str]) -> dict[str, Completion]:
        keys = list(dict.fromkeys(keys))
        found: dict[str, Completion] = {}
        with self._lock:
            for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(f"SELECT key, value FROM completions WHERE key IN ({marks})", chunk)
                for key, value in rows:
                    found[key] = Completion(**json.loads(value), cached=True)
        return found

    def get(self, key: str) -> Completion | None:
        return self.get_many([key]).get(key)

    def put_many(self, items: Iterable[tuple[str, Completion]]) -> int:
        """Store successful completions; errors are skipped (a rerun must retry them)."""
        now = time.time()
        rows = [(key, json.dumps({f: getattr(out, f) for f in STORED_FIELDS}, ensure_ascii=False), now)
                for key, out in items if out.error is None]
        if rows:
            with self._lock:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.executemany("INSERT OR REPLACE INTO completions VALUES (?, ?, ?)", rows)
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
        return len(rows)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> RequestCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def endpoint_id(client) -> str:
    """Which backend answers, and where: `openai http://host:port/v1`, `fake`, `local` (each client
    class names itself; any other client by its class name)."""
    return getattr(client, "endpoint_id", None) or type(client).__name__


class CachedClient:
    """Wraps any `LLMClient`: hits come back with `cached=True`, misses go to the inner client in one
    `generate_many` call (identical requests sent once), successes are stored."""

    def __init__(self, inner, cache: RequestCache, *, close_cache: bool = True) -> None:
        self.inner = inner
        self.cache = cache
        self.model = inner.model
        self.mode = inner.mode
        self.close_cache = close_cache
        self._pending: dict[str, asyncio.Future[Completion]] = {}  # keys another call is fetching

    def __repr__(self) -> str:
        return f"CachedClient({self.inner!r}, {self.cache!r})"

    @property
    def batch_size(self) -> int | None:
        return getattr(self.inner, "batch_size", None)

    def key(self, request: LLMRequest) -> str:
        effective = getattr(self.inner, "effective", None)
        served = effective(request) if effective is not None else request
        return served.cache_key(self.inner.model, self.inner.mode, endpoint_id(self.inner))

    def effective(self, request: LLMRequest) -> LLMRequest:
        effective = getattr(self.inner, "effective", None)
        return effective(request) if effective is not None else request

    async def generate(self, request: LLMRequest) -> Completion:
        return (await self.generate_many([request]))[0]

    async def _fetch(self, items: list[tuple[str, LLMRequest]]) -> list[Completion]:
        """Send the misses and store each answer as soon as it arrives, so a run killed mid-stage
        loses only the requests still in flight: batches for a batching backend (local model),
        one request at a time under the backend's own concurrency limit for endpoints."""
        batch = self.batch_size
        if batch:
            batch *= 4  # a few batches per chunk keep the backend's length-sorting effective
            outs: list[Completion] = []
            for start in range(0, len(items), batch):
                chunk = items[start:start + batch]
                got = await self.inner.generate_many([req for _, req in chunk])
                self.cache.put_many(zip((key for key, _ in chunk), got))
                outs += got
            return outs

        async def one(key: str, request: LLMRequest) -> Completion:
            out = await self.inner.generate(request)
            self.cache.put_many([(key, out)])
            return out

        tasks = [asyncio.ensure_future(one(key, req)) for key, req in items]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def generate_many(self, requests: Sequence[LLMRequest]) -> list[Completion]:
        keys = [self.key(r) for r in requests]
        results: dict[str, Completion] = self.cache.get_many(keys)
        loop = asyncio.get_running_loop()
        waiting = {k: self._pending[k] for k in keys if k not in results and k in self._pending
                   and self._pending[k].get_loop() is loop}
        misses: dict[str, LLMRequest] = {}
        for key, request in zip(keys, requests):
            if key not in results and key not in waiting and key not in misses:
                misses[key] = request
        if misses:
            mine = {k: loop.create_future() for k in misses}
            self._pending.update(mine)
            try:
                outs = await self._fetch(list(misses.items()))
                for key, out in zip(misses, outs):
                    results[key] = out
                    mine[key].set_result(out)
            except BaseException as exc:
                for future in mine.values():
                    if not future.done():
                        future.set_exception(exc)
                        future.exception()  # mark retrieved: the waiters (if any) re-raise it
                raise
            finally:
                for key in mine:
                    self._pending.pop(key, None)
        for key, future in waiting.items():
            results[key] = await future
        return [results[k] for k in keys]

    async def aclose(self) -> None:
        await self.inner.aclose()
        if self.close_cache:
            self.cache.close()
