"""AIMDLimiter: halve on overload (once per burst), +1 per success, never more in flight than the limit."""

from __future__ import annotations

import asyncio

from datagen.llm.limiter import AIMDLimiter


def test_multiplicative_decrease_once_per_epoch_and_floor():
    lim = AIMDLimiter(16)
    epoch = lim.epoch
    for _ in range(10):  # ten 429s from requests sent under the same limit
        lim.on_overload(epoch)
    assert lim.limit == 8
    for _ in range(10):
        lim.on_overload(lim.epoch)
    assert lim.limit == 1  # floor


def test_additive_increase_up_to_max():
    lim = AIMDLimiter(5)
    lim.on_overload(lim.epoch)
    assert lim.limit == 2
    for _ in range(10):
        lim.on_success()
    assert lim.limit == 5
    assert [limit for _, limit in lim.trace] == [5, 2, 3, 4, 5]


def test_in_flight_never_exceeds_a_changing_limit():
    lim = AIMDLimiter(6)
    seen: list[tuple[int, int]] = []

    async def work(i: int) -> int:
        async with lim.slot():
            seen.append((lim.in_flight, lim.limit))
            await asyncio.sleep(0.002)
            if i == 5:
                lim.on_overload(lim.epoch)  # 6 -> 3 while others wait
        return i

    async def main() -> list[int]:
        return list(await asyncio.gather(*(work(i) for i in range(40))))

    assert asyncio.run(main()) == list(range(40))
    assert max(n for n, _ in seen) == 6
    after_cut = seen[seen.index(next(s for s in seen if s[1] == 3)):]
    assert all(n <= 3 for n, _ in after_cut)
    assert lim.in_flight == 0


def test_cancelled_waiter_does_not_strand_others():
    lim = AIMDLimiter(1)

    async def main() -> bool:
        async with lim.slot():
            blocked = asyncio.create_task(lim.slot().__aenter__())
            waiting = asyncio.create_task(_take(lim))
            await asyncio.sleep(0.01)
            blocked.cancel()
        return await asyncio.wait_for(waiting, 1.0)

    assert asyncio.run(main()) is True


async def _take(lim: AIMDLimiter) -> bool:
    async with lim.slot():
        return True
