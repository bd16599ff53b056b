"""A fake OpenAI-compatible HTTP server on 127.0.0.1, with fault injection.

Tests and users point `OpenAICompatClient` at it to exercise the real HTTP path offline:
POST /v1/chat/completions, POST /v1/completions and GET /v1/models. Replies are deterministic
(derived from the prompt) unless a `responder(body) -> str | list[str]` is given. Token usage is
whitespace word counts; a reply longer than `max_tokens` words is cut there with finish_reason
"length", and the first `stop` string cuts it with "stop".

`FaultPlan` injects what real endpoints do under load: 429 with Retry-After, 500, a reset
connection, a read timeout, an invalid JSON body, empty `choices`, forced "length" truncation,
a 401 for a wrong key, a 404 for an unknown model, 429 above a concurrency cap. Faults are drawn
from a seeded RNG in arrival order, so a fault sequence is reproducible.

Run it for manual testing: `datagen fake-server --port 8000` or `python -m datagen.llm.fake_server`
(flags in `fake_server_cli`); those answer with `fake_replies.ChatResponder`'s chat-style replies.
"""

from __future__ import annotations

import hashlib
import json
import random
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Literal

from pydantic import BaseModel, ConfigDict, Field

FaultKind = Literal["429", "500", "reset", "timeout", "malformed", "empty_choices", "length"]
Responder = Callable[[dict[str, Any]], "str | list[str]"]
MAX_TIMEOUT_SLEEP_S = 30.0  # a stuck handler thread must not outlive a test run for long


class FaultPlan(BaseModel):
    """What goes wrong, and how often. Rates are per request, drawn in arrival order."""

    model_config = ConfigDict(extra="forbid")

    rate_429: float = Field(0.0, ge=0, le=1)
    retry_after_s: float | None = Field(1.0, description="Retry-After header on injected 429s; None: no header")
    rate_500: float = Field(0.0, ge=0, le=1)
    rate_reset: float = Field(0.0, ge=0, le=1, description="close the socket without a response")
    rate_timeout: float = Field(0.0, ge=0, le=1, description="sleep `timeout_sleep_s` before answering")
    timeout_sleep_s: float = Field(5.0, gt=0, le=MAX_TIMEOUT_SLEEP_S)
    rate_malformed: float = Field(0.0, ge=0, le=1, description="200 with a body that is not JSON")
    rate_empty_choices: float = Field(0.0, ge=0, le=1)
    rate_length: float = Field(0.0, ge=0, le=1, description="force finish_reason 'length' (text halved)")
    fail_first_n: int = Field(0, ge=0, description="the first N requests all get `fail_first_kind`")
    fail_first_kind: FaultKind = "500"
    required_api_key: str | None = Field(None, description="401 unless 'Authorization: Bearer <key>'")
    known_models: frozenset[str] | None = Field(None, description="404 model_not_found for any other model")
    max_concurrency: int | None = Field(None, ge=1, description="429 (no Retry-After) above this many in flight")
    latency_s: float = Field(0.0, ge=0, description="a normal answer leaves this long after its request "
                             "arrived, the server's own work included (lets requests overlap)")
    omit_usage: bool = Field(False, description="answer without a `usage` object, as some servers do")
    seed: int = 0

    def draw(self, rng: random.Random, index: int) -> FaultKind | None:
        if index < self.fail_first_n:
            return self.fail_first_kind
        u = rng.random()
        for kind, rate in (("429", self.rate_429), ("500", self.rate_500), ("reset", self.rate_reset),
                           ("timeout", self.rate_timeout), ("malformed", self.rate_malformed),
                           ("empty_choices", self.rate_empty_choices), ("length", self.rate_length)):
            if u < rate:
                return kind  # type: ignore[return-value]
            u -= rate
        return None


def prompt_text(body: dict[str, Any]) -> str:
    if "messages" in body:
        return "\n".join(str(m.get("content", "")) for m in body.get("messages") or [])
    prompt = body.get("prompt", "")
    return prompt if isinstance(prompt, str) else "\n".join(map(str, prompt))


def default_responder(body: dict[str, Any]) -> list[str]:
    """n distinct deterministic replies: a short hash of the prompt plus its last words."""
    text = prompt_text(body)
    digest = hashlib.sha256(text.encode()).hexdigest()[:8]
    tail = " ".join(text.split()[-8:])
    return [f"fake reply {digest} #{i + 1}: {tail}" for i in range(int(body.get("n") or 1))]


def shape_reply(text: str, body: dict[str, Any]) -> tuple[str, str]:
    """Apply `stop` (cut, "stop") then `max_tokens` in words (cut, "length")."""
    stops = body.get("stop") or []
    stops = [stops] if isinstance(stops, str) else stops
    cuts = [text.index(s) for s in stops if s and s in text]
    if cuts:
        text = text[:min(cuts)]
    budget = body.get("max_tokens") or body.get("max_completion_tokens")
    words = text.split()
    if budget is not None and len(words) > int(budget):
        return " ".join(words[:int(budget)]), "length"
    return text, "stop"


class FakeOpenAIServer:
    """Context manager: `with FakeOpenAIServer(faults=FaultPlan(rate_429=0.3)) as srv: srv.base_url`."""

    def __init__(self, responder: Responder | None = None, faults: FaultPlan | None = None,
                 port: int = 0, record: bool = True) -> None:
        self.responder = responder or default_responder
        self.record = record  # keep every body and the in-flight trace (tests read them); a long-lived
        # server (`datagen fake-server`, benchmarks) keeps only the counts
        self.faults = faults or FaultPlan()
        self.port = port
        self.requests: list[dict[str, Any]] = []
        self.count = 0
        self.in_flight = 0
        self.max_concurrency_seen = 0
        self.concurrency_trace: list[tuple[float, int]] = []  # (seconds since start, in flight)
        self.faults_served: list[str] = []
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._rng = random.Random(self.faults.seed)
        self._t0 = time.monotonic()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAIServer:
        handler = type("Handler", (_Handler,), {"server_state": self})
        self._httpd = _Listener(("127.0.0.1", self.port), handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._t0 = time.monotonic()
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and drop open keep-alive connections, as a dead server would."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        with self._lock:
            connections, self._connections = list(self._connections), set()
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # bookkeeping, called from handler threads
    def _enter(self, body: dict[str, Any]) -> tuple[int, int]:
        with self._lock:
            index = self.count
            self.count += 1
            self.in_flight += 1
            self.max_concurrency_seen = max(self.max_concurrency_seen, self.in_flight)
            if self.record:
                self.requests.append(body)
                self.concurrency_trace.append((time.monotonic() - self._t0, self.in_flight))
            return index, self.in_flight

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1
            if self.record:
                self.concurrency_trace.append((time.monotonic() - self._t0, self.in_flight))

    def _draw(self, index: int) -> FaultKind | None:
        with self._lock:
            kind = self.faults.draw(self._rng, index)
            if kind is not None:
                self.faults_served.append(kind)
            return kind


class _Listener(ThreadingHTTPServer):
    """A listen backlog as deep as a real server's: with the default of 5, a burst of 64 new
    connections overflows it and clients see resets that no real endpoint would send."""

    request_queue_size = 1024


def _error(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "code": code, "param": None}}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # TCP_NODELAY, as real servers (uvicorn, nginx, vLLM) set it: the headers and the body go out
    # in two writes, and with Nagle's algorithm the body waits for the client's delayed ACK of
    # the headers (up to 40 ms per request on Linux): 64 in flight then reached 174 of 213 req/s.
    disable_nagle_algorithm = True
    server_state: FakeOpenAIServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read .requests instead
        return

    def setup(self) -> None:
        super().setup()
        with self.server_state._lock:
            self.server_state._connections.add(self.connection)

    def finish(self) -> None:
        with self.server_state._lock:
            self.server_state._connections.discard(self.connection)
        try:
            super().finish()
        except OSError:
            pass

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None,
              raw: bytes | None = None) -> None:
        data = raw if raw is not None else json.dumps(payload).encode()
        self._leave()  # before writing: a client that has its answer sees a consistent in-flight count
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout): nothing to answer

    def do_GET(self) -> None:
        if self.path.rstrip("/") != "/v1/models":
            self._send(404, _error(f"no route {self.path}", "invalid_request_error"))
            return
        plan = self.server_state.faults
        if plan.required_api_key is not None and \
                self.headers.get("Authorization") != f"Bearer {plan.required_api_key}":
            self._send(401, _error("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"))
            return
        # With no known_models the server serves any name, so it lists none (clients then skip the check).
        models = sorted(plan.known_models or ())
        self._send(200, {"object": "list", "data": [{"id": m, "object": "model", "owned_by": "fake"}
                                                     for m in models]})

    def do_POST(self) -> None:
        self._arrived = time.monotonic()  # the request line and headers are read: the clock starts
        state = self.server_state
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            self._send(400, _error("request body is not JSON", "invalid_request_error"))
            return
        route = self.path.rstrip("/")
        if route not in ("/v1/chat/completions", "/v1/completions"):
            self._send(404, _error(f"no route {self.path}", "invalid_request_error"))
            return
        index, in_flight = state._enter(body)
        self._counted = True
        try:
            self._answer(state, route, body, index, in_flight)
        finally:
            self._leave()

    def _leave(self) -> None:
        if getattr(self, "_counted", False):
            self._counted = False
            self.server_state._leave()

    def _answer(self, state: FakeOpenAIServer, route: str, body: dict[str, Any], index: int,
                in_flight: int) -> None:
        plan = state.faults
        if plan.required_api_key is not None and \
                self.headers.get("Authorization") != f"Bearer {plan.required_api_key}":
            self._send(401, _error("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"))
            return
        model = str(body.get("model", ""))
        if plan.known_models is not None and model not in plan.known_models:
            self._send(404, _error(f"The model `{model}` does not exist.", "invalid_request_error",
                                   "model_not_found"))
            return
        budget = body.get("max_tokens", 1)
        if not isinstance(body.get("n", 1), int) or body.get("n", 1) < 1 or (budget is not None and budget < 1):
            self._send(400, _error("n and max_tokens must be positive integers", "invalid_request_error"))
            return
        if plan.max_concurrency is not None and in_flight > plan.max_concurrency:
            self._send(429, _error("too many concurrent requests", "rate_limit_error"))
            return
        fault = state._draw(index)
        if fault == "429":
            headers = {} if plan.retry_after_s is None else {"Retry-After": f"{plan.retry_after_s:g}"}
            self._send(429, _error("rate limit reached (injected)", "rate_limit_error"), headers)
            return
        if fault == "500":
            self._send(500, _error("internal error (injected)", "server_error"))
            return
        if fault == "reset":
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        if fault == "timeout":
            time.sleep(plan.timeout_sleep_s)
        if fault == "malformed":
            self._send(200, None, raw=b'{"id": "broken", "choices": [')
            return
        answer = self._completion(state, route, body, empty=fault == "empty_choices",
                                  force_length=fault == "length")
        if plan.omit_usage:
            del answer["usage"]
        data = json.dumps(answer).encode()
        if plan.latency_s:  # the answer leaves `latency_s` after the request came, its own work included
            time.sleep(max(0.0, self._arrived + plan.latency_s - time.monotonic()))
        self._send(200, None, raw=data)

    def _completion(self, state: FakeOpenAIServer, route: str, body: dict[str, Any], *,
                    empty: bool, force_length: bool) -> dict[str, Any]:
        n = int(body.get("n") or 1)
        replies = state.responder(body)
        replies = [replies] * n if isinstance(replies, str) else list(replies)
        choices = []
        for i, reply in enumerate(replies[:n]):
            text, finish = shape_reply(reply, body)
            if force_length:
                words = text.split()
                text, finish = " ".join(words[:max(1, len(words) // 2)]), "length"
            if route == "/v1/chat/completions":
                choices.append({"index": i, "finish_reason": finish, "logprobs": None,
                                "message": {"role": "assistant", "content": text}})
            else:
                choices.append({"index": i, "finish_reason": finish, "logprobs": None, "text": text})
        completion_tokens = sum(len(str(c.get("text", c.get("message", {}).get("content"))).split())
                                for c in choices)
        prompt_tokens = len(prompt_text(body).split())
        chat = route == "/v1/chat/completions"
        return {"id": f"fake-{hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:12]}",
                "object": "chat.completion" if chat else "text_completion",
                "created": int(time.time()), "model": body.get("model", "fake"),
                "choices": [] if empty else choices,
                "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                          "total_tokens": prompt_tokens + completion_tokens}}


def main(argv: list[str] | None = None) -> None:
    """`python -m datagen.llm.fake_server`: the flags of `datagen fake-server` (`fake_server_cli`)."""
    from datagen.llm.fake_server_cli import main as cli_main  # it imports this module

    cli_main(argv)


if __name__ == "__main__":
    main()
