"""The client a long LLM stage calls: it keeps the endpoint busy and reports progress (the
terminal's bars, the UI's progress artifact) as each request finishes, never by waiting for
chunks."""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Sequence

from datagen.llm.client import Completion, LLMRequest


class ProgressClient:
    """Keeps up to `concurrency` requests of a `generate_many` in flight and reports (done, total)
    as each one finishes (results in request order). A batching backend (a local model) still
    gets chunks of `concurrency`, reported as each chunk finishes. `progress(done, total)` lets
    a stage that paces its own requests (continuous bootstrap) report in its own units."""

    def __init__(self, inner: Any, report: Callable[[int, int], Any], chunk: int) -> None:
        self.inner, self.report, self.chunk = inner, report, max(1, chunk)
        self.model, self.mode = inner.model, inner.mode

    async def generate(self, request: LLMRequest) -> Completion:
        return await self.inner.generate(request)

    async def progress(self, done: int, total: int) -> None:
        await self.report(done, total)

    async def generate_many(self, requests: Sequence[LLMRequest]) -> list[Completion]:
        """`concurrency` workers take the next request as each one frees up: a request is read
        (built, for `LazyRequests`) when it is sent, so only those in flight are held. After a
        failure nothing new is sent; what is in flight finishes, then the failure is raised."""
        total = len(requests)
        if _batching(self.inner):
            out: list[Completion] = []
            for start in range(0, total, self.chunk):
                out += await self.inner.generate_many(requests[start:start + self.chunk])
                await self.report(len(out), total)
            return out
        results: list[Completion | None] = [None] * total
        state = {"next": 0, "done": 0}
        failed: list[BaseException] = []

        async def worker() -> None:
            while not failed and state["next"] < total:
                index = state["next"]
                state["next"] += 1
                try:  # the budget is checked as each request is sent
                    results[index] = await self.inner.generate(requests[index])
                except Exception as exc:
                    failed.append(exc)
                    return
                state["done"] += 1
                await self.report(state["done"], total)

        workers = [asyncio.ensure_future(worker()) for _ in range(min(self.chunk, total))]
        try:
            await asyncio.gather(*workers)
        finally:
            for w in workers:
                w.cancel()
        if failed:
            raise failed[0]
        return results  # type: ignore[return-value]

    async def aclose(self) -> None:
        await self.inner.aclose()


def _batching(client: Any) -> bool:
    """True when the backend under the wrappers generates in batches (a local model)."""
    for _ in range(8):
        if client is None:
            return False
        if getattr(client, "batch_size", None):
            return True
        client = getattr(client, "inner", None)
    return False
