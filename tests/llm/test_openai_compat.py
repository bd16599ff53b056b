"""OpenAICompatClient against the fake HTTP server: modes, every fault retried, Retry-After, fatal
errors, adaptive concurrency, and the API key never leaking."""

from __future__ import annotations

import asyncio
import logging
import socket
import time

import pytest

from datagen.errors import LLMUnavailable, UserError
from datagen.llm.cache import CachedClient, RequestCache
from datagen.llm.client import LLMRequest, Message
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from datagen.llm.openai_compat import OpenAICompatClient
from datagen.llm.settings import LLMConfig

SENTINEL = "sk-SENTINEL-never-leak-8c1f"


def make_client(base_url: str, key: str | None = SENTINEL, **cfg) -> OpenAICompatClient:
    settings = {"backend": "openai", "model": "m", "base_url": base_url, "timeout_s": 2.0, "max_retries": 3, **cfg}
    return OpenAICompatClient(LLMConfig(**settings), key, backoff_base_s=0.02, backoff_max_s=0.1)


def generate(client: OpenAICompatClient, *requests: LLMRequest):
    async def main():
        try:
            return await client.generate_many(requests)
        finally:
            await client.aclose()

    return asyncio.run(main())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_chat_mode_sends_every_sampling_param():
    req = LLMRequest(prompt="name two birds", n=2, temperature=0.3, top_p=0.9, max_tokens=40,
                     stop=("\n\n",), seed=11, presence_penalty=1.5, frequency_penalty=0.5)
    with FakeOpenAIServer() as srv:
        out, = generate(make_client(srv.base_url, mode="auto"), req)
    body = srv.requests[0]
    assert body["messages"] == [{"role": "user", "content": "name two birds"}]
    assert {k: body[k] for k in ("model", "n", "temperature", "top_p", "max_tokens", "stop", "seed",
                                  "presence_penalty", "frequency_penalty")} == \
        {"model": "m", "n": 2, "temperature": 0.3, "top_p": 0.9, "max_tokens": 40, "stop": ["\n\n"],
         "seed": 11, "presence_penalty": 1.5, "frequency_penalty": 0.5}
    assert out.ok and len(out.texts) == 2 and out.finish_reasons == ["stop", "stop"]
    assert out.prompt_tokens == 3 and out.completion_tokens == sum(len(t.split()) for t in out.texts)
    assert out.retries == 0


def test_completion_mode_sends_raw_prompt_and_reports_length():
    req = LLMRequest(messages=(Message(role="system", content="be brief"), Message(role="user", content="hi")),
                     max_tokens=2)
    with FakeOpenAIServer() as srv:
        out, = generate(make_client(srv.base_url, mode="completion"), req)
    assert srv.requests[0]["prompt"] == req.as_prompt() and "messages" not in srv.requests[0]
    assert out.truncated and len(out.text.split()) == 2


def test_more_than_four_stops_are_applied_after_the_reply():
    req = LLMRequest(prompt="x", stop=("A1", "A2", "A3", "A4", "CUT"))
    with FakeOpenAIServer(responder=lambda body: "keep this CUT drop that") as srv:
        out, = generate(make_client(srv.base_url), req)
    assert srv.requests[0]["stop"] == ["A1", "A2", "A3", "A4"]
    assert (out.text, out.finish_reasons) == ("keep this ", ["stop"])


def test_usage_may_be_absent():
    with FakeOpenAIServer(faults=FaultPlan(omit_usage=True)) as srv:
        out, = generate(make_client(srv.base_url), LLMRequest(prompt="x"))
    assert out.ok and (out.prompt_tokens, out.completion_tokens) == (0, 0)


@pytest.mark.parametrize("kind", ["429", "500", "reset", "timeout", "malformed", "empty_choices"])
def test_each_fault_is_retried_then_recovers(kind):
    plan = FaultPlan(fail_first_n=1, fail_first_kind=kind, retry_after_s=0.05, timeout_sleep_s=1.5)
    with FakeOpenAIServer(faults=plan) as srv:
        out, = generate(make_client(srv.base_url, timeout_s=0.3), LLMRequest(prompt="hello"))
        assert srv.faults_served == [kind]
        assert srv.count == 2
    assert out.ok and out.retries == 1 and out.text


def test_forced_length_is_a_result_not_a_retry():
    with FakeOpenAIServer(faults=FaultPlan(fail_first_n=1, fail_first_kind="length")) as srv:
        out, = generate(make_client(srv.base_url), LLMRequest(prompt="one two three four"))
    assert out.truncated and out.retries == 0 and srv.count == 1


def test_mixed_faults_every_extra_request_is_a_counted_retry():
    plan = FaultPlan(rate_429=0.15, rate_500=0.15, rate_malformed=0.1, rate_empty_choices=0.1,
                     rate_reset=0.1, retry_after_s=0.01, seed=3)
    reqs = [LLMRequest(prompt=f"request number {i}") for i in range(30)]
    with FakeOpenAIServer(faults=plan) as srv:
        outs = generate(make_client(srv.base_url, max_retries=12, concurrency=4), *reqs)
        assert srv.count == len(reqs) + sum(o.retries for o in outs)
    assert all(o.ok for o in outs) and sum(o.retries for o in outs) > 0
    assert [o.text.split(": ")[1] for o in outs] == [r.prompt for r in reqs]  # input order


def test_retry_after_header_is_waited_for():
    plan = FaultPlan(fail_first_n=1, fail_first_kind="429", retry_after_s=1.0)
    with FakeOpenAIServer(faults=plan) as srv:
        client = make_client(srv.base_url)
        start = time.monotonic()
        out, = generate(client, LLMRequest(prompt="hello"))
        waited = time.monotonic() - start
    assert out.ok and out.retries == 1
    assert waited >= 1.0  # the backoff alone would have been ~0.02 s


def test_gives_up_after_max_retries_with_an_error_completion():
    with FakeOpenAIServer(faults=FaultPlan(rate_500=1.0)) as srv:
        out, = generate(make_client(srv.base_url, max_retries=2), LLMRequest(prompt="hello"))
        assert srv.count == 3
    assert not out.ok and out.retries == 2
    assert "gave up after 2 retries" in out.error and "500" in out.error


def test_bad_request_is_an_error_completion_without_retries():
    with FakeOpenAIServer() as srv:
        bad, good = generate(make_client(srv.base_url), LLMRequest(prompt="x", max_tokens=0), LLMRequest(prompt="y"))
        assert srv.count == 2
    assert not bad.ok and bad.retries == 0 and "400" in bad.error
    assert good.ok


def test_wrong_base_path_raises_with_the_fix():
    with FakeOpenAIServer() as srv:
        with pytest.raises(LLMUnavailable, match="ends with /v1"):
            generate(make_client(srv.base_url.replace("/v1", "/api")), LLMRequest(prompt="x"))


def test_rejected_key_raises_with_the_fix_and_without_the_key():
    with FakeOpenAIServer(faults=FaultPlan(required_api_key="the-right-key")) as srv:
        reqs = [LLMRequest(prompt=f"p{i}") for i in range(5)]
        with pytest.raises(LLMUnavailable) as err:
            generate(make_client(srv.base_url), *reqs)
    assert "rejected the API key" in str(err.value) and "OPENAI_API_KEY" in str(err.value)
    assert SENTINEL not in str(err.value)


def test_right_key_is_sent():
    with FakeOpenAIServer(faults=FaultPlan(required_api_key=SENTINEL)) as srv:
        out, = generate(make_client(srv.base_url), LLMRequest(prompt="x"))
    assert out.ok


def test_unknown_model_raises_naming_it():
    with FakeOpenAIServer(faults=FaultPlan(known_models=frozenset({"served-model"}))) as srv:
        with pytest.raises(LLMUnavailable, match="'m' not found") as err:
            generate(make_client(srv.base_url), LLMRequest(prompt="x"))
    assert "--model" in str(err.value)


def test_unreachable_port_raises_with_the_fix():
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(LLMUnavailable, match="cannot reach") as err:
        generate(make_client(url), *[LLMRequest(prompt=f"p{i}") for i in range(3)])
    assert "--base-url" in str(err.value)


def test_server_gone_after_first_contact_is_a_retryable_error():
    srv = FakeOpenAIServer().start()
    client = make_client(srv.base_url, max_retries=1)

    async def main():
        first = await client.generate(LLMRequest(prompt="a"))
        srv.stop()
        second = await client.generate(LLMRequest(prompt="b"))
        await client.aclose()
        return first, second

    first, second = asyncio.run(main())
    assert first.ok
    assert not second.ok and second.retries == 1


def test_client_works_across_event_loops():
    with FakeOpenAIServer() as srv:
        client = make_client(srv.base_url)
        one = asyncio.run(client.generate(LLMRequest(prompt="a")))
        two = asyncio.run(client.generate(LLMRequest(prompt="b")))
    assert one.ok and two.ok


def test_seed_offset_and_temperature_override_apply():
    with FakeOpenAIServer() as srv:
        generate(make_client(srv.base_url, seed_offset=100, temperature_override=0.0),
                 LLMRequest(prompt="x", seed=5, temperature=0.9), LLMRequest(prompt="y"))
    by_prompt = {b["messages"][0]["content"]: b for b in srv.requests}
    assert (by_prompt["x"]["seed"], by_prompt["x"]["temperature"]) == (105, 0.0)
    assert by_prompt["y"]["seed"] == 100


def test_aimd_backs_off_on_429_then_recovers():
    plan = FaultPlan(max_concurrency=4, latency_s=0.03)
    reqs = [LLMRequest(prompt=f"item {i}") for i in range(80)]
    with FakeOpenAIServer(faults=plan) as srv:
        client = make_client(srv.base_url, concurrency=16, max_retries=20)
        outs = generate(client, *reqs)
        assert srv.max_concurrency_seen > 4  # it was overloaded at first
    assert all(o.ok for o in outs)
    limits = [limit for _, limit in client.limiter.trace]
    low = min(limits)
    assert limits[0] == 16 and low <= 8
    assert max(limits[limits.index(low):]) > low  # additive increase after the cut
    assert [o.text.split(": ")[1] for o in outs] == [r.prompt for r in reqs]


def test_api_key_never_in_errors_repr_logs_or_cache(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)  # the SDK logs request options at debug level
    texts: list[str] = []
    with pytest.raises(UserError) as err:  # a key in the URL would reach logs and run folders
        make_client(f"http://user:{SENTINEL}@127.0.0.1:1/v1")
    texts.append(str(err.value))
    with FakeOpenAIServer(faults=FaultPlan(rate_500=1.0)) as srv:
        client = make_client(srv.base_url, max_retries=1)
        texts.append(repr(client))
        out, = generate(client, LLMRequest(prompt="x"))
        texts.append(out.error or "")
    with FakeOpenAIServer(faults=FaultPlan(fail_first_n=1, fail_first_kind="reset")) as srv:
        cached = CachedClient(make_client(srv.base_url), RequestCache(tmp_path / "cache.sqlite"))
        texts.append(repr(cached))
        outs = generate(cached, *[LLMRequest(prompt=f"p{i}") for i in range(3)])
    assert all(o.ok for o in outs)
    with pytest.raises(LLMUnavailable) as err:
        generate(make_client(f"http://127.0.0.1:{free_port()}/v1"), LLMRequest(prompt="x"))
    texts.append(str(err.value))
    with FakeOpenAIServer(faults=FaultPlan(required_api_key="another")) as srv:
        with pytest.raises(LLMUnavailable) as err:
            generate(make_client(srv.base_url), LLMRequest(prompt="x"))
    texts.append(str(err.value))
    assert "gave up" in texts[2]
    assert all(SENTINEL not in t for t in texts), texts
    assert "retry 1" in caplog.text and SENTINEL not in caplog.text
    with RequestCache(tmp_path / "cache.sqlite") as cache:
        assert len(cache) == 3
    files = list(tmp_path.iterdir())
    assert files and all(SENTINEL.encode() not in path.read_bytes() for path in files)


def test_cached_rerun_makes_no_new_requests(tmp_path):
    reqs = [LLMRequest(prompt=f"instruction {i}", n=2, seed=i) for i in range(6)]
    with FakeOpenAIServer() as srv:
        first = generate(CachedClient(make_client(srv.base_url), RequestCache(tmp_path / "c.sqlite")), *reqs)
        assert srv.count == 6
        again = generate(CachedClient(make_client(srv.base_url), RequestCache(tmp_path / "c.sqlite")), *reqs)
        assert srv.count == 6
    assert [o.texts for o in again] == [o.texts for o in first]
    assert all(o.cached for o in again) and not any(o.cached for o in first)
