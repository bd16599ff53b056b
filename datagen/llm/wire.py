"""A gate that keeps at most `size` requests of a continuous stage on the wire, and knows which
queued requests are no longer wanted.

A continuous stage plans requests ahead of the answers it has read (Self-Instruct's bootstrap,
Explore-Instruct's enrich). Some turn out unneeded: the target is reached, a node has its
examples, a budget cap stops the run. A request still waiting for a slot is then dropped unsent
(it costs nothing); one already on the wire is awaited, because its answer is paid for and must
reach the request cache (cancelling it would bill the request and lose the answer).
"""

from __future__ import annotations

import asyncio
from typing import Any, Iterable

from datagen.llm.client import Completion, LLMRequest


class Wire:
    """`ask` sends through at most `size` slots; `drop` marks queued requests unwanted; `close`
    drops every queued request and awaits those on the wire."""

    def __init__(self, size: int) -> None:
        self.slots = asyncio.Semaphore(max(1, size))
        self.closed = False
        self._dropped: set[asyncio.Future] = set()

    def send(self, client: Any, request: LLMRequest) -> asyncio.Future[Completion | None]:
        """Start the request: a future of its answer, or of None if it was dropped unsent."""
        return asyncio.ensure_future(self._ask(client, request))

    async def _ask(self, client: Any, request: LLMRequest) -> Completion | None:
        me = asyncio.current_task()
        try:
            async with self.slots:
                if self.closed or me in self._dropped:
                    return None
                return await client.generate(request)
        finally:
            self._dropped.discard(me)

    def drop(self, futures: Iterable[asyncio.Future]) -> None:
        """These requests are no longer wanted: those still queued will not be sent."""
        self._dropped.update(f for f in futures if not f.done())

    async def close(self, futures: Iterable[asyncio.Future]) -> None:
        """The stage ends: queued requests are dropped unsent, those on the wire awaited."""
        self.closed = True
        await asyncio.gather(*futures, return_exceptions=True)
