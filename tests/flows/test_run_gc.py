"""A run collects garbage less often while it is open (flows/scaffold.py `RUN_GC_THRESHOLDS`:
the defaults paused the event loop 2-3 s at 3,000 instructions) and leaves the process's
thresholds as it found them, however the run ends."""

from __future__ import annotations

import asyncio
import gc

import pytest

from datagen.llm.settings import LLMConfig
from datagen.methods.self_instruct.config import SelfInstructConfig
from flows.scaffold import RUN_GC_THRESHOLDS, opened_run


def test_a_run_raises_the_gc_thresholds_and_restores_them(tmp_path):
    cfg = SelfInstructConfig(llm=LLMConfig(backend="fake"))
    before = gc.get_threshold()
    assert before != RUN_GC_THRESHOLDS
    seen = []

    async def run(name: str, fail: bool) -> None:
        async with opened_run("t", tmp_path / name, cfg):
            seen.append(gc.get_threshold())
            if fail:
                raise RuntimeError("a stage failed")

    asyncio.run(run("ok", False))
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError, match="a stage failed"):
        asyncio.run(run("failed", True))
    assert seen == [RUN_GC_THRESHOLDS, RUN_GC_THRESHOLDS]
    assert gc.get_threshold() == before


def test_overlapping_runs_keep_the_thresholds_until_the_last_one_closes(tmp_path):
    """Runs overlap in one process (a served deployment, flows run concurrently): the first to
    close must not restore the defaults under the other, nor the last leave the run's ones."""
    cfg = SelfInstructConfig(llm=LLMConfig(backend="fake"))
    before = gc.get_threshold()
    seen: dict[str, tuple[int, ...]] = {}

    async def both() -> None:
        first_in, first_out = asyncio.Event(), asyncio.Event()

        async def first() -> None:
            async with opened_run("a", tmp_path / "a", cfg):
                first_in.set()
                await asyncio.sleep(0.05)
            first_out.set()

        async def second() -> None:
            await first_in.wait()
            async with opened_run("b", tmp_path / "b", cfg):
                await first_out.wait()
                seen["after the first closed"] = gc.get_threshold()

        await asyncio.gather(first(), second())

    asyncio.run(both())
    assert seen == {"after the first closed": RUN_GC_THRESHOLDS}
    assert gc.get_threshold() == before
