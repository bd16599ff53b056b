"""The scripted fake client: unit tests script its replies; `backend: fake` runs a flow without a model.

`ScriptedClient(responder)` takes a callable `(LLMRequest) -> str | list[str] | Completion` or a
list of such replies consumed in order, and records every request in `.calls`. A str becomes one
text per requested sample (finish_reason "stop"), a list gives its texts as they are, and a
`Completion` passes through unchanged, so tests can script errors and "length" truncations.
With no responder, replies are deterministic texts derived from the prompt.

`register_responder(model, responder)` routes `backend: fake, model: <model>` (built by
`factory.build_client`) to a responder, so flow and CLI tests script a whole run in-process.
"""

from __future__ import annotations

import hashlib
from typing import Callable, Sequence, Union

from datagen.llm.client import Completion, LLMRequest

Reply = Union[str, list[str], Completion]
Responder = Callable[[LLMRequest], Reply]


def echo_responder(request: LLMRequest) -> list[str]:
    """n deterministic replies: a short hash of the request's text and sample, then its last words."""
    text = request.as_prompt()
    tail = " ".join(text.split()[-8:])
    replies = []
    for i in range(request.n):
        digest = hashlib.sha256(f"{text}\x00{request.sample_index}\x00{i}".encode()).hexdigest()[:8]
        replies.append(f"fake {digest}: {tail}")
    return replies


class ScriptedClient:
    """Implements the `LLMClient` protocol with scripted replies; requests are served in order."""

    def __init__(self, responder: Responder | Sequence[Reply] | None = None, *, model: str = "fake",
                 mode: str = "completion") -> None:
        self.model = model
        self.mode = mode
        self.calls: list[LLMRequest] = []
        self._responder: Responder | None = None
        self._script: list[Reply] = []
        if responder is None:
            self._responder = echo_responder
        elif callable(responder):
            self._responder = responder
        else:
            self._script = list(responder)
        self._used = 0

    def __repr__(self) -> str:
        return f"ScriptedClient(model={self.model!r}, mode={self.mode!r}, calls={len(self.calls)})"

    def effective(self, request: LLMRequest) -> LLMRequest:
        return request

    def _reply(self, request: LLMRequest) -> Reply:
        if self._responder is not None:
            return self._responder(request)
        if self._used >= len(self._script):
            raise RuntimeError(f"ScriptedClient: script exhausted after {len(self._script)} replies "
                               f"(request {len(self.calls)}: {request.as_prompt()[:60]!r})")
        self._used += 1
        return self._script[self._used - 1]

    async def generate(self, request: LLMRequest) -> Completion:
        self.calls.append(request)
        reply = self._reply(request)
        if isinstance(reply, Completion):
            return reply
        texts = [reply] * request.n if isinstance(reply, str) else list(reply)
        return Completion(texts=texts, finish_reasons=["stop"] * len(texts),
                          prompt_tokens=len(request.as_prompt().split()),
                          completion_tokens=sum(len(t.split()) for t in texts))

    async def generate_many(self, requests: Sequence[LLMRequest]) -> list[Completion]:
        return [await self.generate(r) for r in requests]

    async def aclose(self) -> None:
        return None


# Named responders let a config (`llm.backend: fake`, `llm.model: NAME`) pick scripted replies
# while staying plain data: Prefect flow parameters must serialize, client objects don't.
_RESPONDERS: dict[str, Responder] = {}


def register_responder(name: str, responder: Responder | None) -> None:
    """Make `responder` the reply function of every fake client built for model `name`; None removes it."""
    if responder is None:
        _RESPONDERS.pop(name, None)
    else:
        _RESPONDERS[name] = responder


def responder_for(name: str | None) -> Responder:
    """The registered responder for `name`, or the deterministic echo."""
    return _RESPONDERS.get(name or "", echo_responder)
