"""ScriptedClient: the scripted fake every stage test uses."""

from __future__ import annotations

import asyncio

import pytest

from datagen.llm.client import Completion, LLMClient, LLMRequest
from datagen.llm.fake import ScriptedClient


def run(coro):
    return asyncio.run(coro)


def test_scripted_list_is_consumed_in_order_and_recorded():
    client = ScriptedClient(["first", ["a", "b"], Completion(error="boom")])
    reqs = [LLMRequest(prompt=f"p{i}", n=2) for i in range(3)]
    outs = run(client.generate_many(reqs))
    assert outs[0].texts == ["first", "first"]  # a str fills every requested sample
    assert outs[0].finish_reasons == ["stop", "stop"]
    assert outs[1].texts == ["a", "b"]
    assert outs[2].error == "boom" and not outs[2].ok
    assert [c.prompt for c in client.calls] == ["p0", "p1", "p2"]


def test_completion_passes_through_unchanged():
    truncated = Completion(texts=["1. cut"], finish_reasons=["length"], completion_tokens=3)
    out = run(ScriptedClient(lambda req: truncated).generate(LLMRequest(prompt="x")))
    assert out is truncated and out.truncated


def test_exhausted_script_raises_with_the_request():
    client = ScriptedClient(["only"])
    run(client.generate(LLMRequest(prompt="one")))
    with pytest.raises(RuntimeError, match="script exhausted after 1"):
        run(client.generate(LLMRequest(prompt="two")))


def test_callable_sees_the_request():
    client = ScriptedClient(lambda req: req.prompt.upper())
    out = run(client.generate(LLMRequest(prompt="shout")))
    assert out.text == "SHOUT" and out.prompt_tokens == 1 and out.completion_tokens == 1


def test_default_echo_is_deterministic_and_distinct_per_sample():
    req = LLMRequest(prompt="list three colours please", n=3)
    first = run(ScriptedClient().generate(req))
    again = run(ScriptedClient().generate(req))
    assert first.texts == again.texts
    assert len(set(first.texts)) == 3
    assert all(t.endswith("list three colours please") for t in first.texts)
    other = run(ScriptedClient().generate(LLMRequest(prompt="something else")))
    assert other.text not in first.texts


def test_satisfies_the_protocol():
    client = ScriptedClient(model="m", mode="chat")
    assert isinstance(client, LLMClient)
    assert (client.model, client.mode) == ("m", "chat")
    assert run(client.generate_many([])) == []
    run(client.aclose())
