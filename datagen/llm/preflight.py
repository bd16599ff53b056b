"""Check that a run's LLM can be used before any output is written.

`datagen run` calls this first, so an unreachable endpoint, a rejected key, an unknown model or
a missing local model is one clear message and a non-zero exit, with no run folder left behind.
"""

from __future__ import annotations

import os

import httpx

from datagen.errors import LLMUnavailable
from datagen.llm.client import redact
from datagen.llm.factory import BASE_URL_ENV
from datagen.llm.settings import LLMConfig


def check_local(cfg: LLMConfig) -> None:
    from datagen.llm.local_hf import resolve_source

    resolve_source(cfg.model)  # raises LLMUnavailable with the fix


def check_endpoint(cfg: LLMConfig, timeout_s: float = 10.0) -> None:
    """GET <base_url>/models: reachability, the key, and (when the server lists models) the model."""
    base_url = (cfg.base_url or os.environ.get(BASE_URL_ENV) or "").rstrip("/")
    if not base_url:
        return  # build_client names the missing --base-url
    key = os.environ.get(cfg.api_key_env)
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    try:
        resp = httpx.get(f"{base_url}/models", headers=headers, timeout=timeout_s)
    except httpx.HTTPError as exc:
        raise LLMUnavailable(redact(f"cannot reach {base_url} ({type(exc).__name__}); check --base-url "
                                    "and that the server is running", [key])) from None
    if resp.status_code in (401, 403):
        raise LLMUnavailable(f"{base_url} rejected the API key (HTTP {resp.status_code}); set "
                             f"{cfg.api_key_env} to a valid key")
    if resp.status_code == 404 and not _ends_in_version(base_url):
        # OpenAI-compatible servers (vLLM, llama.cpp, Ollama, TGI) serve under /v1; a URL without
        # it 404s on every route, so the run would fail at its first request, after writing its folder.
        hint = (f"{base_url}/v1 answers, so pass --base-url {base_url}/v1" if _answers(f"{base_url}/v1/models",
                                                                                     headers, timeout_s)
                else f"OpenAI-compatible servers usually serve under /v1: try --base-url {base_url}/v1")
        raise LLMUnavailable(f"{base_url} answered 404 for /models; the base URL probably lacks /v1: {hint}")
    if resp.status_code != 200:
        return  # some servers have no /models; the first request will tell
    try:
        served = [m.get("id") for m in resp.json().get("data", [])]
    except (ValueError, AttributeError):
        return
    if served and cfg.model and cfg.model not in served:
        listed = ", ".join(map(str, served[:10])) + (" ..." if len(served) > 10 else "")
        raise LLMUnavailable(f"model {cfg.model!r} is not served by {base_url}; it serves: {listed}. "
                             "Pass one of those to --model")


def _ends_in_version(base_url: str) -> bool:
    """True when the URL's last path segment is an API version (/v1, /v1beta, /openai/v2 ...)."""
    from urllib.parse import urlsplit

    last = urlsplit(base_url).path.rstrip("/").rsplit("/", 1)[-1]
    return len(last) > 1 and last[0] == "v" and last[1].isdigit()


def _answers(url: str, headers: dict[str, str], timeout_s: float) -> bool:
    try:
        return httpx.get(url, headers=headers, timeout=timeout_s).status_code == 200
    except httpx.HTTPError:
        return False


def preflight(cfg: LLMConfig) -> None:
    if cfg.backend == "local":
        check_local(cfg)
    elif cfg.backend == "openai":
        check_endpoint(cfg)
