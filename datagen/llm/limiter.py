"""Adaptive concurrency for an HTTP endpoint: additive increase, multiplicative decrease (AIMD).

The limit starts at the configured maximum, halves (down to 1) when the endpoint answers 429,
and grows by one per success back up to the maximum, the way TCP congestion control shares a
link. A burst of 429s from requests that were all sent under the same limit halves it once, not
once per request: each slot remembers the limit "epoch" it was granted in, and only an overload
reported from the current epoch cuts the limit again.
"""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator


class AIMDLimiter:
    """`async with limiter.slot() as epoch: ...; limiter.on_success()` or `limiter.on_overload(epoch)`."""

    def __init__(self, max_limit: int, min_limit: int = 1) -> None:
        self.max_limit = max(1, max_limit)
        self.min_limit = max(1, min(min_limit, self.max_limit))
        self.limit = self.max_limit
        self.in_flight = 0
        self.epoch = 0
        self.trace: list[tuple[float, int]] = [(0.0, self.limit)]  # (seconds since creation, limit)
        self._t0 = time.monotonic()
        self._state = threading.Lock()  # counters may be touched from several event loops
        self._waiters: list[asyncio.Future[None]] = []

    def __repr__(self) -> str:
        return f"AIMDLimiter(limit={self.limit}, max={self.max_limit}, in_flight={self.in_flight})"

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[int]:
        await self._acquire()
        try:
            yield self.epoch
        finally:
            self._release()

    def on_success(self) -> None:
        with self._state:
            if self.limit < self.max_limit:
                self._set(self.limit + 1)
        self._wake()

    def on_overload(self, epoch: int) -> None:
        with self._state:
            if epoch != self.epoch:
                return  # this burst of 429s already cut the limit
            self.epoch += 1
            self._set(max(self.min_limit, self.limit // 2))

    def _set(self, limit: int) -> None:
        self.limit = limit
        self.trace.append((time.monotonic() - self._t0, limit))

    async def _acquire(self) -> None:
        while True:
            with self._state:
                if self.in_flight < self.limit:
                    self.in_flight += 1
                    return
                waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                with self._state:
                    if waiter in self._waiters:
                        self._waiters.remove(waiter)
                self._wake()  # pass on a wake-up this cancelled waiter may have received
                raise

    def _release(self) -> None:
        with self._state:
            self.in_flight -= 1
        self._wake()

    def _wake(self) -> None:
        with self._state:
            free = self.limit - self.in_flight
            woken, self._waiters = self._waiters[:max(0, free)], self._waiters[max(0, free):]
        for waiter in woken:
            loop = waiter.get_loop()
            if loop.is_closed():
                continue
            loop.call_soon_threadsafe(_resolve, waiter)


def _resolve(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)
