"""The scripted fake client: unit tests script its replies; `backend: fake` runs a flow without a model.

It behaves like an OpenAI-compatible endpoint, as `fake_server.FakeOpenAIServer` does over HTTP:
- chat mode by default (what `mode: auto` means for endpoints); `mode="completion"` sends raw text;
- a client built from an `LLMConfig` (`factory.build_client`) serves `cfg.adjust(request)`, so
  seed offsets and temperature overrides reach the responder and the request cache keys on them;
- replies are cut at the first `stop` string (finish_reason "stop") and then at `max_tokens`
  whitespace words (finish_reason "length"), the same rule as `fake_server.shape_reply`.

`ScriptedClient(responder)` takes a callable `(LLMRequest) -> str | list[str] | Completion` or a
list of such replies consumed in order. The callable sees the request the endpoint would get
(chat messages in chat mode, raw prompt text in completion mode); `user_text(request)` gives the
prompt text in either shape. A str becomes one text per requested sample, a list gives its texts
as they are, and a `Completion` passes through unchanged (not cut), so tests can script errors
and "length" truncations. `.calls` records the requests as the caller sent them, `.served` what
the endpoint saw. With no responder, replies are deterministic echoes (`echo_responder`).

`register_responder(model, responder)` routes `backend: fake, model: <model>` (built by
`factory.build_client`) to a responder, so flow and CLI tests script a whole run in-process.
"""

from __future__ import annotations

import hashlib
from typing import Any, Callable, Literal, Sequence, Union

from datagen.llm.client import Completion, LLMRequest, Message, cut_at_stops
from datagen.llm.settings import LLMConfig

Reply = Union[str, list[str], Completion]
Responder = Callable[[LLMRequest], Reply]


def user_text(request: LLMRequest) -> str:
    """The prompt text a responder answers: the raw prompt (completion mode), or the last user
    message (chat mode, where the prompt arrives as one user message, after any system message)."""
    if request.prompt is not None:
        return request.prompt
    users = [m.content for m in request.messages or () if m.role == "user"]
    return users[-1] if users else ""


def prompt_tokens(request: LLMRequest) -> int:
    """Whitespace words of what the endpoint reads (message contents in chat), as fake_server counts."""
    if request.messages is not None:
        return sum(len(m.content.split()) for m in request.messages)
    return len((request.prompt or "").split())


def shape_text(text: str, stop: Sequence[str], max_tokens: int | None) -> tuple[str, str]:
    """An endpoint's cut: text before the earliest stop string, then at most `max_tokens`
    whitespace words; returns (text, finish_reason). Same rule as `fake_server.shape_reply`."""
    text, _ = cut_at_stops(text, stop)
    words = text.split()
    if max_tokens is not None and len(words) > max_tokens:
        return " ".join(words[:max_tokens]), "length"
    return text, "stop"


def echo_responder(request: LLMRequest) -> list[str]:
    """n deterministic replies: a short hash of the request's text, seed, temperature and sample,
    then the prompt's last words. Seed and temperature enter the hash as they enter sampling on a
    real endpoint, so one model playing several ensemble members (seed offsets, temperatures)
    answers each member differently."""
    text = user_text(request)
    tail = " ".join(text.split()[-8:])
    replies = []
    for i in range(request.n):
        key = f"{text}\x00{request.seed}\x00{request.temperature}\x00{request.sample_index}\x00{i}"
        replies.append(f"fake {hashlib.sha256(key.encode()).hexdigest()[:8]}: {tail}")
    return replies


class ScriptedClient:
    """Implements the `LLMClient` protocol with scripted replies; requests are served in order."""

    endpoint_id = "fake"  # part of every cache key: scripted answers never pass for a server's

    def __init__(self, responder: Responder | Sequence[Reply] | None = None, *, model: str = "fake",
                 mode: Literal["chat", "completion"] = "chat", config: LLMConfig | None = None) -> None:
        if mode not in ("chat", "completion"):
            raise ValueError(f"mode must be 'chat' or 'completion', got {mode!r}")
        self.model = model
        self.mode = mode
        self.config = config
        self.calls: list[LLMRequest] = []
        self.served: list[LLMRequest] = []
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
        """The request this model serves (seed offset, temperature override); the cache keys on it."""
        return self.config.adjust(request) if self.config is not None else request

    def as_sent(self, request: LLMRequest) -> LLMRequest:
        """The effective request in the shape the endpoint receives for this client's mode."""
        req = self.effective(request)
        if self.mode == "chat":
            if req.messages is not None:
                return req
            messages = tuple(Message(**m) for m in req.as_messages())
            return LLMRequest.model_validate({**dict(req), "prompt": None, "messages": messages})
        if req.prompt is not None:
            return req
        return LLMRequest.model_validate({**dict(req), "prompt": req.as_prompt(), "messages": None})

    def _reply(self, request: LLMRequest) -> Reply:
        if self._responder is not None:
            return self._responder(request)
        if self._used >= len(self._script):
            raise RuntimeError(f"ScriptedClient: script exhausted after {len(self._script)} replies "
                               f"(request {len(self.calls)}: {user_text(request)[:60]!r})")
        self._used += 1
        return self._script[self._used - 1]

    async def generate(self, request: LLMRequest) -> Completion:
        self.calls.append(request)
        sent = self.as_sent(request)
        self.served.append(sent)
        reply = self._reply(sent)
        if isinstance(reply, Completion):
            return reply
        raw = [reply] * sent.n if isinstance(reply, str) else list(reply)
        shaped = [shape_text(t, sent.stop, sent.max_tokens) for t in raw]
        texts = [t for t, _ in shaped]
        return Completion(texts=texts, finish_reasons=[f for _, f in shaped],
                          prompt_tokens=prompt_tokens(sent),
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


def fake_chat_responder(request: LLMRequest) -> list[str]:
    """Model `fake-chat`: what `datagen fake-server` answers (every method's prompts, chat style)."""
    from datagen.llm.fake_replies import ChatResponder

    body: dict[str, Any] = {"n": request.n, "seed": request.seed, "temperature": request.temperature,
                            "stop": list(request.stop)}
    if request.messages is not None:
        body["messages"] = request.as_messages()
    else:
        body["prompt"] = request.prompt
    return ChatResponder()(body)


BUILTIN_RESPONDERS: dict[str, Responder] = {"fake-chat": fake_chat_responder}


def responder_for(name: str | None) -> Responder:
    """The registered responder for `name`, a built-in one (`fake-chat`), or the deterministic echo."""
    return _RESPONDERS.get(name or "") or BUILTIN_RESPONDERS.get(name or "", echo_responder)
