"""Which LLM a run talks to. One `LLMConfig` per model: a run's generator, or each ensemble member."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from datagen.config import StrictModel
from datagen.llm.client import LLMRequest
from datagen.llm.usage import Price


class LLMConfig(StrictModel):
    backend: Literal["local", "openai", "fake"] = Field(
        "local", description="local: transformers (embedded SmolLM2 by default); openai: any "
        "OpenAI-compatible endpoint; fake: the scripted echo client (tests, dry runs)")
    model: str | None = Field(None, description="endpoint model name, or a HF folder / GGUF file for local")
    base_url: str | None = None
    api_key_env: str = Field("OPENAI_API_KEY", description="name of the variable holding the key; "
                             "the key itself is never stored in a config")
    mode: Literal["chat", "completion", "auto"] = Field(
        "auto", description="chat sends the prompt as one user message; completion sends raw text. "
        "auto: chat for endpoints, completion for the embedded base-style continuation")
    concurrency: int = Field(16, ge=1, description="max requests in flight (adaptive below this on 429)")
    max_retries: int = Field(5, ge=0)
    timeout_s: float = Field(120.0, gt=0)
    backoff_base_s: float = Field(1.0, gt=0, description="first retry waits about this long, doubling "
                                  "per retry (jittered) up to backoff_max_s; Retry-After wins when sent")
    backoff_max_s: float = Field(60.0, gt=0)
    batch_size: int = Field(8, ge=1, description="local: prompts per generate() batch (left-padded)")
    device: str = "auto"
    max_new_tokens_cap: int | None = Field(None, ge=1, le=1_000_000, description="local: clamp max_tokens (small CPU budgets)")
    seed_offset: int = Field(0, description="added to every request seed: lets one model play several "
                             "ensemble members")
    temperature_override: float | None = None
    price: Price | None = None

    def adjust(self, request: LLMRequest) -> LLMRequest:
        """The request this model really serves: `seed_offset` added (to seed 0 when unset, so
        members differ even unseeded), `temperature_override` applied. Backends call it before
        sending and the cache keys on its result, so ensemble members never share cache entries."""
        update: dict[str, object] = {}
        if self.seed_offset:
            update["seed"] = (request.seed or 0) + self.seed_offset
        if self.temperature_override is not None:
            update["temperature"] = self.temperature_override
        return request.model_copy(update=update) if update else request
