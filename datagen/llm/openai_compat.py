"""Any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp server, ...) via `openai.AsyncOpenAI`.

The SDK's own retries are off (`max_retries=0`): this client retries itself so that it can count
retries per request, honour Retry-After, treat malformed bodies (invalid JSON, empty `choices`)
as retryable, and feed 429s into the adaptive concurrency limiter (`limiter.AIMDLimiter`).
A request that still fails after `cfg.max_retries` retries comes back as `Completion(error=...)`;
only problems no retry can fix (bad key, unknown model, nothing listening) raise `LLMUnavailable`.
The API key never appears in an error, a log line or this client's repr.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from typing import Any, Sequence
from urllib.parse import urlsplit, urlunsplit

import openai
import pydantic
from openai.types import Completion as OpenAICompletion
from openai.types.chat import ChatCompletion

from datagen.errors import LLMUnavailable, UserError
from datagen.llm.client import Completion, LLMRequest, cut_at_stops, redact
from datagen.llm.limiter import AIMDLimiter
from datagen.llm.settings import LLMConfig

log = logging.getLogger(__name__)

MAX_STOP_SEQUENCES = 4  # the OpenAI API rejects more; the rest are applied here, after the reply
RETRYABLE_STATUS = {408, 409, 429}  # plus every 5xx


class MalformedResponse(ValueError):
    """A 200 answer we cannot use (no choices): retried like a server error."""


def safe_url(url: str) -> str:
    """The URL without user:password, for messages and descriptions."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def retry_after_seconds(exc: openai.APIStatusError) -> float | None:
    """Retry-After (seconds or an HTTP date) or retry-after-ms from the error's response headers."""
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(0.0, float(millis) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _connect_refused(exc: BaseException) -> bool:
    """True when nothing answered at all (refused, DNS failure), as opposed to a dropped answer."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError) or type(seen).__name__ == "ConnectError":
            return True
        seen = seen.__cause__ or seen.__context__
    return False


class OpenAICompatClient:
    """`LLMClient` over an OpenAI-compatible HTTP endpoint; mode "auto" means chat."""

    def __init__(self, cfg: LLMConfig, api_key: str | None, *, backoff_base_s: float = 1.0,
                 backoff_max_s: float = 60.0, max_retry_after_s: float = 120.0) -> None:
        if not cfg.base_url:
            raise UserError("llm.base_url is not set for the openai backend; pass --base-url "
                            "(for example http://127.0.0.1:8000/v1)")
        if urlsplit(cfg.base_url).username or urlsplit(cfg.base_url).password:
            raise UserError("llm.base_url must not carry credentials (user:password@host): URLs end up in "
                            "logs and run folders; put the key in OPENAI_API_KEY (or the variable named "
                            "by llm.api_key_env)")
        if not cfg.model:
            raise UserError("llm.model is not set for the openai backend; pass --model NAME "
                            "(GET <base_url>/models lists what the server serves)")
        self.cfg = cfg
        self.model = cfg.model
        self.mode = "completion" if cfg.mode == "completion" else "chat"
        self.base_url = cfg.base_url
        self.endpoint_id = f"openai {cfg.base_url.rstrip('/')}"  # part of every cache key
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.max_retry_after_s = max_retry_after_s
        self.limiter = AIMDLimiter(cfg.concurrency)
        # a placeholder, never None: the SDK would otherwise read OPENAI_API_KEY itself
        self._api_key = api_key or "not-set"
        self._secrets = [api_key]
        self._jitter = random.Random()
        self._reached = False  # any HTTP answer seen: later connection errors are transient
        self._sdk: openai.AsyncOpenAI | None = None
        self._sdk_loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return (f"OpenAICompatClient(model={self.model!r}, base_url={safe_url(self.base_url)!r}, "
                f"mode={self.mode!r}, concurrency={self.limiter.limit}/{self.limiter.max_limit})")

    def _redact(self, text: str) -> str:
        return redact(text, self._secrets)

    def _client(self) -> openai.AsyncOpenAI:
        # httpx connection pools belong to one event loop; a new loop (a new asyncio.run) gets a new SDK
        loop = asyncio.get_running_loop()
        if self._sdk is None or self._sdk_loop is not loop:
            self._sdk = openai.AsyncOpenAI(base_url=self.base_url, api_key=self._api_key,
                                           max_retries=0, timeout=self.cfg.timeout_s)
            self._sdk_loop = loop
        return self._sdk

    def effective(self, request: LLMRequest) -> LLMRequest:
        return self.cfg.adjust(request)

    async def generate(self, request: LLMRequest) -> Completion:
        req = self.effective(request)
        attempt = 0
        while True:
            retry_after: float | None = None
            async with self.limiter.slot() as epoch:
                try:
                    out = self._to_completion(await self._send(req), req)
                except openai.APIStatusError as exc:
                    self._reached = True
                    self._raise_if_fatal(exc)
                    if exc.status_code == 429:
                        self.limiter.on_overload(epoch)
                    problem = self._redact(f"HTTP {exc.status_code}: {exc.message}")
                    if exc.status_code not in RETRYABLE_STATUS and exc.status_code < 500:
                        return Completion(error=problem, retries=attempt)
                    retry_after = retry_after_seconds(exc)
                except openai.APIConnectionError as exc:
                    if not self._reached and _connect_refused(exc):
                        raise LLMUnavailable(self._redact(
                            f"cannot reach {safe_url(self.base_url)}: {exc}; check --base-url and "
                            "that the server is running")) from None
                    problem = self._redact(f"{type(exc).__name__}: {exc}")
                except (ValueError, openai.APIResponseValidationError, pydantic.ValidationError) as exc:
                    self._reached = True  # an answer came, but not one we can read
                    problem = self._redact(f"malformed response: {type(exc).__name__}: {exc}")
                else:
                    self._reached = True
                    self.limiter.on_success()
                    out.retries = attempt
                    return out
            if attempt >= self.cfg.max_retries:
                return Completion(error=f"gave up after {attempt} retries: {problem}", retries=attempt)
            delay = self._delay(attempt, retry_after)
            log.debug("retry %d for %s in %.2fs: %s", attempt + 1, request.tag or "request", delay, problem)
            await asyncio.sleep(delay)
            attempt += 1

    async def generate_many(self, requests: Sequence[LLMRequest]) -> list[Completion]:
        """All requests at once under the adaptive limiter; results in input order."""
        tasks = [asyncio.ensure_future(self.generate(r)) for r in requests]
        if not tasks:
            return []
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        failed = [t for t in done if not t.cancelled() and t.exception() is not None]
        if failed:
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            raise failed[0].exception()  # type: ignore[misc]
        return [t.result() for t in tasks]

    async def aclose(self) -> None:
        if self._sdk is not None and self._sdk_loop is asyncio.get_running_loop():
            await self._sdk.close()
        self._sdk = None

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            # the server said when; a little jitter on top spreads the herd
            return min(retry_after, self.max_retry_after_s) + self._jitter.uniform(0, self.backoff_base_s)
        ceiling = min(self.backoff_max_s, self.backoff_base_s * 2 ** attempt)
        return ceiling * self._jitter.uniform(0.5, 1.0)

    def _raise_if_fatal(self, exc: openai.APIStatusError) -> None:
        where = safe_url(self.base_url)
        if exc.status_code in (401, 403):
            raise LLMUnavailable(f"{where}: the endpoint rejected the API key; set OPENAI_API_KEY "
                                 f"(or the variable named by llm.api_key_env)") from None
        if exc.status_code == 404:
            raise LLMUnavailable(self._redact(
                f"{where}: model {self.model!r} not found (HTTP 404: {exc.message}); check --model "
                f"(GET {where}/models lists the served models) and that --base-url ends with /v1")) from None

    async def _send(self, req: LLMRequest) -> Any:
        temperature, top_p = req.temperature, req.top_p
        if top_p <= 0:
            # The reference's greedy setting (temperature 0, top_p 0): vLLM and others refuse
            # top_p = 0, and temperature 0 with top_p 1 decodes the same way.
            temperature, top_p = 0.0, 1.0
        params: dict[str, Any] = {"model": self.model, "n": req.n, "temperature": temperature,
                                  "top_p": top_p, "max_tokens": req.max_tokens}
        if req.stop:
            params["stop"] = list(req.stop[:MAX_STOP_SEQUENCES])
        if req.seed is not None:
            params["seed"] = req.seed
        if req.presence_penalty:
            params["presence_penalty"] = req.presence_penalty
        if req.frequency_penalty:
            params["frequency_penalty"] = req.frequency_penalty
        # The SDK's `create` methods first walk every message through its TypedDict annotations
        # (`async_maybe_transform`): ~10 ms of CPU for a 60-message few-shot prompt, more than a
        # whole request may cost at 200 requests/s. Our bodies are plain JSON already, so they
        # go through the SDK's documented low-level `post` (same client, retries, errors and
        # typed response; only that walk is skipped).
        if self.mode == "chat":
            return await self._client().post("/chat/completions", cast_to=ChatCompletion,
                                             body={"messages": req.as_messages(), **params})
        return await self._client().post("/completions", cast_to=OpenAICompletion,
                                         body={"prompt": req.as_prompt(), **params})

    def _to_completion(self, response: Any, req: LLMRequest) -> Completion:
        choices = sorted(getattr(response, "choices", None) or [], key=lambda c: c.index or 0)
        if not choices:
            raise MalformedResponse("the response has no choices")
        texts, reasons = [], []
        for choice in choices:
            text = (choice.message.content if self.mode == "chat" else choice.text) or ""
            text, cut = cut_at_stops(text, req.stop[MAX_STOP_SEQUENCES:])
            texts.append(text)
            reasons.append("stop" if cut else (choice.finish_reason or "stop"))
        usage = getattr(response, "usage", None)
        return Completion(texts=texts, finish_reasons=reasons,
                          prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                          completion_tokens=getattr(usage, "completion_tokens", 0) or 0)
