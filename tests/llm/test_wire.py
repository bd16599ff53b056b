"""The gate of continuous stages (datagen/llm/wire.py): queued requests that are no longer
wanted are never sent; those on the wire are awaited, so their paid answers are kept."""

from __future__ import annotations

import asyncio

from datagen.llm.client import Completion, LLMRequest
from datagen.llm.wire import Wire


class SlowEndpoint:
    def __init__(self) -> None:
        self.sent: list[str] = []
        self.answered: list[str] = []

    async def generate(self, request: LLMRequest) -> Completion:
        self.sent.append(request.prompt)
        await asyncio.sleep(0.02)
        self.answered.append(request.prompt)
        return Completion(texts=[f"answer to {request.prompt}"])


def test_dropped_and_closed_requests_in_the_queue_are_never_sent():
    async def scenario():
        endpoint, wire = SlowEndpoint(), Wire(2)
        futures = [wire.send(endpoint, LLMRequest(prompt=f"q{i}")) for i in range(6)]
        await asyncio.sleep(0)  # q0 and q1 take the two slots
        wire.drop(futures[2:4])  # q2, q3 no longer wanted while queued
        first = await asyncio.gather(*futures[:2])
        await asyncio.sleep(0.005)  # q4, q5 are on the wire now
        await wire.close(futures)
        return endpoint, first, [f.result() for f in futures]

    endpoint, first, results = asyncio.run(scenario())
    assert [c.text for c in first] == ["answer to q0", "answer to q1"]
    assert endpoint.sent == ["q0", "q1", "q4", "q5"]  # the dropped ones never left
    assert results[2] is None and results[3] is None
    assert endpoint.answered == endpoint.sent  # what went out was awaited: its answer is kept
    assert [r.text for r in results[4:]] == ["answer to q4", "answer to q5"]


def test_closing_drops_what_still_waits_for_a_slot():
    async def scenario():
        endpoint, wire = SlowEndpoint(), Wire(1)
        futures = [wire.send(endpoint, LLMRequest(prompt=f"q{i}")) for i in range(3)]
        await asyncio.sleep(0)
        await wire.close(futures)
        return endpoint, [f.result() for f in futures]

    endpoint, results = asyncio.run(scenario())
    assert endpoint.sent == endpoint.answered == ["q0"]
    assert results[0].text == "answer to q0" and results[1:] == [None, None]
