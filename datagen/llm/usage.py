"""Usage metering per stage and a run-wide budget: requests, tokens, errors, retries,
dollars with a price table, and a clean stop at a cap.

The flow wraps the run's client in a fresh `MeteredClient` for every stage call, so each stage's
stats carry its own usage even when stages share one client and one cache.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Sequence

from pydantic import BaseModel

from datagen.errors import BudgetExceeded
from datagen.llm.client import Completion, LLMRequest


class Price(BaseModel):
    """Dollars per 1,000 tokens."""

    input_per_1k: float = 0.0
    output_per_1k: float = 0.0


class Usage(BaseModel):
    requests: int = 0
    cached: int = 0
    errors: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0

    def add(self, out: Completion, price: Price | None) -> None:
        self.requests += 1
        self.cached += int(out.cached)
        self.errors += int(not out.ok)
        self.retries += out.retries
        if out.cached:
            return  # a cache hit costs nothing now
        self.prompt_tokens += out.prompt_tokens
        self.completion_tokens += out.completion_tokens
        if price is not None:
            self.cost_usd += (out.prompt_tokens * price.input_per_1k
                              + out.completion_tokens * price.output_per_1k) / 1000.0

    def as_stats(self) -> dict[str, float | int]:
        return {"llm_requests": self.requests, "llm_cached": self.cached, "llm_errors": self.errors,
                "llm_retries": self.retries, "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens, "cost_usd": round(self.cost_usd, 6)}


class Budget:
    """Run-wide caps, shared by every stage's meter. `None` means no cap.

    With a `path` (the run folder's usage.json) the spend is per run, not per invocation: what
    earlier invocations spent is loaded at open and the running total is written back as it grows
    (at most every `flush_every_s` seconds, and at every stage end), so a rerun of a stopped run
    starts from the run's total and its cap bounds the run as a whole."""

    def __init__(self, max_cost_usd: float | None = None, max_tokens: int | None = None,
                 path: Path | None = None, flush_every_s: float = 0.5) -> None:
        self.max_cost_usd = max_cost_usd
        self.max_tokens = max_tokens
        self.path = Path(path) if path is not None else None
        self.spent = Usage()
        self.flush_every_s = flush_every_s
        self._flushed_at = 0.0
        self._dirty = False
        self._window: asyncio.Semaphore | None = None
        if self.path is not None and self.path.is_file():
            try:
                self.spent = Usage.model_validate_json(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                pass  # unreadable: count from zero rather than refuse the run

    @property
    def capped(self) -> bool:
        return self.max_cost_usd is not None or self.max_tokens is not None

    def window(self, size: int) -> asyncio.Semaphore:
        """One semaphore per run bounding requests in flight past a budget check, so concurrent
        `generate` calls overshoot the cap by at most one window (the backend's parallelism)."""
        if self._window is None:
            self._window = asyncio.Semaphore(max(1, size))
        return self._window

    def add(self, out: Completion, price: Price | None) -> None:
        self.spent.add(out, price)
        self._dirty = True

    def flush(self, force: bool = False) -> None:
        if self.path is None or not self._dirty:
            return
        now = time.monotonic()
        if force or now - self._flushed_at >= self.flush_every_s:
            from datagen.io import write_json

            write_json(self.path, self.spent)
            self._flushed_at, self._dirty = now, False

    def check(self) -> None:
        tokens = self.spent.prompt_tokens + self.spent.completion_tokens
        if self.max_tokens is not None and tokens >= self.max_tokens:
            self.flush(force=True)
            raise BudgetExceeded(f"token budget reached ({tokens} of {self.max_tokens} for this run); work so "
                                 "far is saved: rerun the same command with a higher --max-tokens to resume")
        if self.max_cost_usd is not None and self.spent.cost_usd >= self.max_cost_usd:
            self.flush(force=True)
            raise BudgetExceeded(f"cost budget reached (${self.spent.cost_usd:.4f} of "
                                 f"${self.max_cost_usd:.4f} for this run); work so far is saved: rerun the "
                                 "same command with a higher --max-cost to resume")


def parallelism(client: object, default: int = 8) -> int:
    """How many requests the backend under wrappers (cache, progress) serves at once: an
    endpoint's `concurrency`, a local model's `batch_size`."""
    seen = 0
    while client is not None and seen < 8:
        cfg = getattr(client, "cfg", None)
        if getattr(cfg, "concurrency", None) and getattr(cfg, "backend", None) == "openai":
            return int(cfg.concurrency)
        size = getattr(client, "batch_size", None)
        if isinstance(size, int) and size > 0:
            return size
        client, seen = getattr(client, "inner", None), seen + 1
    return default


class MeteredClient:
    """Counts one stage's usage and enforces the run's budget before each request is sent."""

    def __init__(self, inner, price: Price | None = None, budget: Budget | None = None) -> None:
        self.inner = inner
        self.model = inner.model
        self.mode = inner.mode
        self.price = price
        self.budget = budget
        self.usage = Usage()
        self.last_error: str | None = None

    def _count(self, out: Completion) -> Completion:
        self.usage.add(out, self.price)
        if not out.ok:
            self.last_error = out.error
        if self.budget is not None:
            self.budget.add(out, self.price)
        return out

    async def generate(self, request: LLMRequest) -> Completion:
        if self.budget is None or not self.budget.capped:
            out = self._count(await self.inner.generate(request))
        else:
            async with self.budget.window(parallelism(self.inner)):
                self.budget.check()
                out = self._count(await self.inner.generate(request))
        if self.budget is not None:
            self.budget.flush()
        return out

    async def generate_many(self, requests: Sequence[LLMRequest]) -> list[Completion]:
        """Under a cap, requests go out in chunks of the backend's parallelism with a check
        before each, so a run stops at most one chunk past its cap (the answers it already has
        are in the request cache)."""
        if self.budget is None or not self.budget.capped:
            outs = [self._count(out) for out in await self.inner.generate_many(requests)]
            if self.budget is not None:
                self.budget.flush()
            return outs
        chunk = parallelism(self.inner)
        outs: list[Completion] = []
        for start in range(0, len(requests), chunk):
            self.budget.check()
            outs += [self._count(out) for out in await self.inner.generate_many(requests[start:start + chunk])]
            self.budget.flush()
        return outs

    async def aclose(self) -> None:
        await self.inner.aclose()
