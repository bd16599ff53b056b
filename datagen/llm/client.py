"""The one async client protocol every backend implements.

A request is either chat `messages` or a raw `prompt`, plus sampling parameters. Method code
builds raw prompt text; a chat backend sends it as one user message, a completions backend sends
it as is. A `Completion` carries the texts, their finish reasons, token usage, or an error: a
failed call is a value, never an exception, so one bad request cannot crash a batch.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Callable, Literal, Protocol, Sequence, overload, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Message(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Literal["system", "user", "assistant"]
    content: str


class LLMRequest(BaseModel):
    """One generation request. `sample_index` separates deliberate repeats of the same prompt."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    prompt: str | None = None
    messages: tuple[Message, ...] | None = None
    n: int = 1
    temperature: float = 1.0
    top_p: float = 1.0
    max_tokens: int = 256
    stop: tuple[str, ...] = ()
    seed: int | None = None
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    sample_index: int = 0
    tag: str = Field(default="", description="free label for logs (the stage); not part of the cache key")

    @model_validator(mode="after")
    def _one_of_prompt_or_messages(self) -> LLMRequest:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give exactly one of prompt or messages")
        return self

    def as_messages(self) -> list[dict[str, str]]:
        if self.messages is not None:
            return [{"role": m.role, "content": m.content} for m in self.messages]
        return [{"role": "user", "content": self.prompt or ""}]

    def as_prompt(self) -> str:
        """Raw text for a completions endpoint; messages are joined role by role."""
        if self.prompt is not None:
            return self.prompt
        return "\n\n".join(f"{m.role}: {m.content}" for m in self.messages or ()) + "\n\nassistant:"

    def cache_key(self, model: str, mode: str, endpoint: str | None = None) -> str:
        """Content address: model, mode, prompt or messages, every sampling param, sample index,
        and (when given) the endpoint that answers: the backend and its base URL, so the same model
        name on another backend or server is a different answer."""
        # = model_dump(mode="json") without the tag; messages read directly (a few-shot request has
        # 60+ of them, and pydantic's dump cost more than the rest of the key)
        body = self.model_dump(mode="json", exclude={"tag", "messages"})
        body["messages"] = self.as_messages() if self.messages is not None else None
        head = {"model": model, "mode": mode, **({"endpoint": endpoint} if endpoint is not None else {})}
        blob = json.dumps({**head, **body}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()


class Completion(BaseModel):
    model_config = ConfigDict(extra="forbid")

    texts: list[str] = Field(default_factory=list)
    finish_reasons: list[str] = Field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str | None = None
    retries: int = 0
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def text(self) -> str:
        return self.texts[0] if self.texts else ""

    @property
    def truncated(self) -> bool:
        return bool(self.finish_reasons) and self.finish_reasons[0] == "length"


@runtime_checkable
class LLMClient(Protocol):
    """Backends: `openai_compat.OpenAICompatClient`, `local_hf.LocalHFClient`, `fake.ScriptedClient`."""

    model: str
    mode: str  # "chat" or "completion"

    async def generate(self, request: LLMRequest) -> Completion: ...

    async def generate_many(self, requests: Sequence[LLMRequest]) -> list[Completion]: ...

    async def aclose(self) -> None: ...


class LazyRequests(Sequence[LLMRequest]):
    """`count` requests, each built when it is read: a stage that asks 20,000 questions holds the
    ones in flight, not 20,000 few-shot prompts (~750 MB of chat messages for classify)."""

    def __init__(self, count: int, build: Callable[[int], LLMRequest]) -> None:
        self.count, self.build = count, build

    def __len__(self) -> int:
        return self.count

    @overload
    def __getitem__(self, index: int) -> LLMRequest: ...

    @overload
    def __getitem__(self, index: slice) -> list[LLMRequest]: ...

    def __getitem__(self, index: int | slice) -> LLMRequest | list[LLMRequest]:
        if isinstance(index, slice):
            return [self.build(i) for i in range(*index.indices(self.count))]
        if not -self.count <= index < self.count:
            raise IndexError(index)
        return self.build(index % self.count)


def redact(text: str, secrets: Sequence[str | None]) -> str:
    """Remove secrets (API keys) from any text that may reach a log, artifact or file."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


def request_summary(request: LLMRequest) -> dict[str, Any]:
    return request.model_dump(mode="json", exclude_none=True)


def cut_at_stops(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    """Cut `text` before the earliest stop string; True when one was found (finish_reason "stop")."""
    cuts = [text.index(s) for s in stops if s and s in text]
    return (text[:min(cuts)], True) if cuts else (text, False)
