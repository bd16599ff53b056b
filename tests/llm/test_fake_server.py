"""FakeOpenAIServer over plain HTTP (urllib), independent of the openai client."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from datagen.llm.fake_server import FakeOpenAIServer, FaultPlan


def post(server: FakeOpenAIServer, route: str, body: dict, key: str = "k", timeout: float = 5.0):
    req = urllib.request.Request(f"{server.base_url}/{route}", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


CHAT = {"model": "m", "messages": [{"role": "user", "content": "name two birds"}], "max_tokens": 50}


def test_chat_n_choices_usage_and_models():
    with FakeOpenAIServer(faults=FaultPlan(known_models=frozenset({"m", "other"}))) as srv:
        status, _, raw = post(srv, "chat/completions", {**CHAT, "n": 3})
        body = json.loads(raw)
        assert status == 200 and body["object"] == "chat.completion"
        assert [c["index"] for c in body["choices"]] == [0, 1, 2]
        texts = [c["message"]["content"] for c in body["choices"]]
        assert len(set(texts)) == 3 and all(c["finish_reason"] == "stop" for c in body["choices"])
        assert body["usage"]["prompt_tokens"] == 3
        assert body["usage"]["completion_tokens"] == sum(len(t.split()) for t in texts)
        with urllib.request.urlopen(f"{srv.base_url}/models", timeout=5) as resp:
            assert [m["id"] for m in json.loads(resp.read())["data"]] == ["m", "other"]
        assert srv.count == 1 and srv.requests[0]["n"] == 3


def test_completion_truncates_to_max_tokens_and_cuts_at_stop():
    responder = lambda body: "one two three four five six"  # noqa: E731
    with FakeOpenAIServer(responder=responder) as srv:
        _, _, raw = post(srv, "completions", {"model": "m", "prompt": "go", "max_tokens": 4})
        choice = json.loads(raw)["choices"][0]
        assert (choice["text"], choice["finish_reason"]) == ("one two three four", "length")
        _, _, raw = post(srv, "completions", {"model": "m", "prompt": "go", "max_tokens": 40, "stop": [" four"]})
        choice = json.loads(raw)["choices"][0]
        assert (choice["text"], choice["finish_reason"]) == ("one two three", "stop")


def test_auth_and_unknown_model():
    with FakeOpenAIServer(faults=FaultPlan(required_api_key="right", known_models=frozenset({"m"}))) as srv:
        status, _, raw = post(srv, "chat/completions", CHAT, key="wrong")
        assert status == 401 and b"wrong" not in raw
        status, _, raw = post(srv, "chat/completions", {**CHAT, "model": "nope"}, key="right")
        assert status == 404 and json.loads(raw)["error"]["code"] == "model_not_found"
        assert post(srv, "chat/completions", CHAT, key="right")[0] == 200


@pytest.mark.parametrize("kind", ["429", "500", "malformed", "empty_choices", "length"])
def test_fail_first_n_then_normal(kind):
    plan = FaultPlan(fail_first_n=2, fail_first_kind=kind, retry_after_s=3)
    with FakeOpenAIServer(faults=plan) as srv:
        first = [post(srv, "chat/completions", CHAT) for _ in range(2)]
        status, _, raw = post(srv, "chat/completions", CHAT)
        assert status == 200 and json.loads(raw)["choices"][0]["finish_reason"] == "stop"
        assert srv.faults_served == [kind, kind]
    status, headers, raw = first[0]
    if kind == "429":
        assert status == 429 and headers["Retry-After"] == "3"
    elif kind == "500":
        assert status == 500
    elif kind == "malformed":
        with pytest.raises(json.JSONDecodeError):
            json.loads(raw)
    elif kind == "empty_choices":
        assert json.loads(raw)["choices"] == []
    else:
        assert json.loads(raw)["choices"][0]["finish_reason"] == "length"


def test_reset_closes_without_a_response():
    with FakeOpenAIServer(faults=FaultPlan(fail_first_n=1, fail_first_kind="reset")) as srv:
        with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
            post(srv, "chat/completions", CHAT)
        assert post(srv, "chat/completions", CHAT)[0] == 200


def test_timeout_sleeps_past_the_client_timeout():
    plan = FaultPlan(fail_first_n=1, fail_first_kind="timeout", timeout_sleep_s=1.0)
    with FakeOpenAIServer(faults=plan) as srv:
        with pytest.raises(OSError):  # socket.timeout / TimeoutError
            post(srv, "chat/completions", CHAT, timeout=0.2)


def test_seeded_fault_sequence_is_reproducible():
    plan = FaultPlan(rate_429=0.2, rate_500=0.2, rate_empty_choices=0.2, seed=7)

    def sequence() -> list[str]:
        with FakeOpenAIServer(faults=plan) as srv:
            return [str(post(srv, "chat/completions", CHAT)[0]) for _ in range(30)]

    first = sequence()
    assert first == sequence()
    assert {"200", "429", "500"} <= set(first)


def test_concurrency_cap_answers_429_and_traces():
    plan = FaultPlan(max_concurrency=2, latency_s=0.2)
    statuses: list[int] = []
    with FakeOpenAIServer(faults=plan) as srv:
        threads = [threading.Thread(target=lambda: statuses.append(post(srv, "chat/completions", CHAT)[0]))
                   for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert srv.max_concurrency_seen > 2
        assert max(n for _, n in srv.concurrency_trace) == srv.max_concurrency_seen
        assert srv.concurrency_trace[-1][1] == 0
    assert statuses.count(429) >= 1 and statuses.count(200) >= 2


def test_a_burst_of_new_connections_is_answered_like_a_real_server():
    """128 clients connecting at once: with the socket default backlog of 5 some saw resets."""
    with FakeOpenAIServer(faults=FaultPlan(latency_s=0.2)) as srv:
        results: list[int] = []
        threads = [threading.Thread(target=lambda: results.append(post(srv, "chat/completions", CHAT)[0]))
                   for _ in range(128)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results == [200] * 128 and srv.count == 128


def test_a_long_lived_server_keeps_counts_not_bodies():
    with FakeOpenAIServer(record=False) as srv:
        for _ in range(3):
            assert post(srv, "chat/completions", CHAT)[0] == 200
        assert (srv.count, srv.requests, srv.concurrency_trace) == (3, [], [])
        assert srv.max_concurrency_seen == 1


def test_answers_are_not_held_back_by_nagle():
    """Headers and body go out in two writes; with Nagle's algorithm on, the body waited for the
    client's delayed ACK (up to 40 ms a request on Linux: 64 in flight at 300 ms latency reached
    174 of 213 req/s). Real servers set TCP_NODELAY, so the fake does too."""
    import http.client
    import socket

    with FakeOpenAIServer() as srv:
        host, port = srv.base_url.split("//")[1].split("/")[0].split(":")
        conn = http.client.HTTPConnection(host, int(port))
        conn.request("POST", "/v1/chat/completions", body=json.dumps(CHAT), headers={"Content-Type": "application/json"})
        assert conn.getresponse().read() and srv.count == 1
        sockets = list(srv._connections)  # the kept-alive connection, still open
        assert sockets and all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in sockets)
        conn.close()


def test_latency_is_counted_from_the_request_s_arrival():
    """`latency_s` is when the answer leaves after the request came, the server's own work
    included, as a model answering after 300 ms would: the responder's 0.6 s of work falls
    within a 0.6 s latency instead of adding to it (1.2 s at least before)."""
    import time

    def slow(body: dict) -> str:
        time.sleep(0.6)
        return "a reply"

    with FakeOpenAIServer(responder=slow, faults=FaultPlan(latency_s=0.6)) as srv:
        started = time.monotonic()
        status, _, raw = post(srv, "chat/completions", CHAT)
        took = time.monotonic() - started
    assert status == 200 and json.loads(raw)["choices"][0]["message"]["content"] == "a reply"
    assert 0.6 <= took < 1.2
