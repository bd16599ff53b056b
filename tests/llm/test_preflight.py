"""The pre-run LLM check against the fake HTTP server: key, model name, reachability."""

from __future__ import annotations

import asyncio
import socket

import pytest

from datagen.errors import LLMUnavailable
from datagen.llm.client import LLMRequest
from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan
from datagen.llm.openai_compat import OpenAICompatClient
from datagen.llm.preflight import preflight
from datagen.llm.settings import LLMConfig


def _cfg(server, model="m1", env="DATAGEN_PREFLIGHT_KEY") -> LLMConfig:
    return LLMConfig(backend="openai", base_url=server.base_url, model=model, api_key_env=env)


def test_wrong_key_and_unknown_model_are_caught_before_the_run(monkeypatch):
    plan = FaultPlan(required_api_key="sk-right", known_models=frozenset({"m1", "m2"}))
    with FakeOpenAIServer(faults=plan) as server:
        monkeypatch.setenv("DATAGEN_PREFLIGHT_KEY", "sk-wrong")
        with pytest.raises(LLMUnavailable, match="rejected the API key"):
            preflight(_cfg(server))
        monkeypatch.setenv("DATAGEN_PREFLIGHT_KEY", "sk-right")
        preflight(_cfg(server))
        with pytest.raises(LLMUnavailable, match=r"model 'm3' is not served .* m1, m2"):
            preflight(_cfg(server, model="m3"))


def test_a_server_that_serves_any_model_lists_none_and_passes():
    with FakeOpenAIServer() as server:
        preflight(_cfg(server, model="anything"))


def test_unreachable_endpoint():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cfg = LLMConfig(backend="openai", base_url=f"http://127.0.0.1:{port}/v1", model="m")
    with pytest.raises(LLMUnavailable, match="cannot reach"):
        preflight(cfg)


def test_greedy_top_p_zero_is_sent_as_temperature_zero_top_p_one():
    with FakeOpenAIServer() as server:
        client = OpenAICompatClient(_cfg(server), None)
        out = asyncio.run(client.generate(LLMRequest(prompt="x", temperature=0.0, top_p=0.0)))
        assert out.ok
        body = server.requests[-1]
        assert (body["temperature"], body["top_p"]) == (0.0, 1.0)
