"""ScriptedClient: the scripted fake every stage test uses, shaped like an OpenAI-compatible endpoint."""

from __future__ import annotations

import asyncio

import pytest

from datagen.llm.cache import CachedClient, RequestCache
from datagen.llm.client import Completion, LLMClient, LLMRequest
from datagen.llm.factory import build_client
from datagen.llm.fake import ScriptedClient, register_responder, shape_text, user_text
from datagen.llm.fake_server import shape_reply
from datagen.llm.settings import LLMConfig


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
    client = ScriptedClient(lambda req: user_text(req).upper())
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


def test_chat_is_the_default_and_the_responder_sees_messages():
    seen = []
    client = ScriptedClient(lambda req: seen.append(req) or "ok")
    run(client.generate(LLMRequest(prompt="Name a colour.")))
    assert client.mode == "chat"
    assert seen[0].prompt is None and seen[0].as_messages() == [{"role": "user", "content": "Name a colour."}]
    assert user_text(seen[0]) == "Name a colour."
    assert client.calls[0].prompt == "Name a colour."  # .calls keeps what the caller sent
    raw = ScriptedClient(lambda req: seen.append(req) or "ok", mode="completion")
    run(raw.generate(LLMRequest(prompt="Name a colour.")))
    assert seen[1].prompt == "Name a colour." and user_text(seen[1]) == "Name a colour."


def test_user_text_is_the_last_user_message_after_a_system_message():
    req = LLMRequest(messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}])
    assert user_text(req) == "Hi"
    seen = []
    run(ScriptedClient(lambda r: seen.append(r) or "x", mode="completion").generate(req))
    assert seen[0].prompt == req.as_prompt()  # a completions endpoint reads the joined text


def test_stop_cuts_before_the_earliest_stop_string():
    client = ScriptedClient(lambda req: "1. Sort the list.\n2. Add numbers.\n\nmore")
    out = run(client.generate(LLMRequest(prompt="x", stop=("\n\n", "\n2."))))
    assert out.texts == ["1. Sort the list."] and out.finish_reasons == ["stop"]
    assert out.completion_tokens == 4


def test_max_tokens_cuts_at_that_many_words_with_length():
    client = ScriptedClient(lambda req: ["one two three four five", "one two"])
    out = run(client.generate(LLMRequest(prompt="x", n=2, max_tokens=3)))
    assert out.texts == ["one two three", "one two"]
    assert out.finish_reasons == ["length", "stop"] and out.truncated and out.completion_tokens == 5


def test_scripted_completions_are_not_cut():
    whole = Completion(texts=["a b c d |EoS| e"], finish_reasons=["stop"])
    out = run(ScriptedClient([whole]).generate(LLMRequest(prompt="x", stop=("|EoS|",), max_tokens=2)))
    assert out is whole and out.text == "a b c d |EoS| e"


@pytest.mark.parametrize("text, stop, budget", [
    ("a b c\n\nd", ["\n\n"], 10), ("a b c d e", [], 3), ("  lead |EoS| x y z", ["|EoS|", "x"], 1),
    ("a  b\tc", ["zz"], 3), ("a b c d", ["c"], 1), ("", ["x"], 4),
])
def test_cutting_agrees_with_the_http_fake(text, stop, budget):
    assert shape_text(text, stop, budget) == shape_reply(text, {"stop": stop, "max_tokens": budget})


def test_seed_offset_and_temperature_override_reach_the_responder():
    seen = []
    register_responder("fake-adjust-test", lambda req: seen.append(req) or "ok")
    try:
        cfg = LLMConfig(backend="fake", model="fake-adjust-test", seed_offset=2, temperature_override=0.3)
        client = build_client(cfg, cache_path=None)
        run(client.generate(LLMRequest(prompt="x", seed=5, temperature=0.9)))
        run(client.generate(LLMRequest(prompt="y", temperature=0.9)))
    finally:
        register_responder("fake-adjust-test", None)
    assert client.mode == "chat"  # mode auto: an endpoint's default
    assert [(r.seed, r.temperature) for r in seen] == [(7, 0.3), (2, 0.3)]
    assert client.calls[0].seed == 5  # the caller's request is left alone


def test_echo_differs_per_seed_and_temperature():
    base = LLMRequest(prompt="list three colours please", seed=1, temperature=0.7)
    texts = {run(ScriptedClient().generate(r)).text for r in (
        base, base.model_copy(update={"seed": 2}), base.model_copy(update={"temperature": 0.3}))}
    assert len(texts) == 3
    assert all(t.endswith("list three colours please") for t in texts)


def test_stand_in_members_get_their_own_cache_entries(tmp_path):
    members = [LLMConfig(backend="fake", seed_offset=k, temperature_override=t)
               for k, t in enumerate([None, 0.3, 0.6])]
    cache = RequestCache(tmp_path / "c.sqlite")
    req = LLMRequest(prompt="Name a river.", seed=0)
    outs = []
    for cfg in members:
        client = build_client(cfg, cache_path=None)
        outs.append(run(CachedClient(client, cache, close_cache=False).generate(req)))
        assert len(client.calls) == 1  # a miss: no member is served another member's answer
    assert len(cache) == 3 and not any(o.cached for o in outs)
    assert len({o.text for o in outs}) == 3
    again = build_client(members[1], cache_path=None)
    hit = run(CachedClient(again, cache).generate(req))
    assert hit.cached and hit.text == outs[1].text and again.calls == []
