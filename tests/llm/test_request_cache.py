"""RequestCache / CachedClient: hits, misses in one call, no error caching, shared files."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from pathlib import Path

from datagen.llm.cache import CachedClient, RequestCache
from datagen.llm.client import Completion, LLMRequest
from datagen.llm.fake import ScriptedClient, user_text
from datagen.llm.openai_compat import OpenAICompatClient
from datagen.llm.settings import LLMConfig


class BatchRecorder(ScriptedClient):
    """The scripted fake as a batching backend (like the local model), noting how requests were
    grouped into generate_many calls."""

    batch_size = 100

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.batches: list[list[str]] = []

    async def generate_many(self, requests):
        self.batches.append([r.prompt for r in requests])
        await asyncio.sleep(0.01)  # lets concurrent callers overlap
        return await super().generate_many(requests)


def reqs(*prompts: str) -> list[LLMRequest]:
    return [LLMRequest(prompt=p) for p in prompts]


def run_many(client, requests):
    return asyncio.run(client.generate_many(requests))


def test_miss_then_hit(tmp_path):
    cache = RequestCache(tmp_path / "c.sqlite")
    inner = BatchRecorder()
    first = run_many(CachedClient(inner, cache), reqs("a", "b", "c"))
    second = run_many(CachedClient(inner, cache), reqs("a", "b", "c"))
    assert inner.batches == [["a", "b", "c"]]
    assert [o.texts for o in second] == [o.texts for o in first]
    assert all(o.cached for o in second) and not any(o.cached for o in first)
    assert second[0].finish_reasons == ["stop"] and second[0].completion_tokens == first[0].completion_tokens


def test_only_misses_go_to_the_inner_client_in_one_call(tmp_path):
    cache = RequestCache(tmp_path / "c.sqlite")
    inner = BatchRecorder()
    client = CachedClient(inner, cache)
    run_many(client, reqs("b", "d"))
    outs = run_many(client, reqs("a", "b", "c", "d", "a"))
    assert inner.batches == [["b", "d"], ["a", "c"]]  # the repeated "a" is sent once
    assert [o.cached for o in outs] == [False, True, False, True, False]
    assert outs[0].texts == outs[4].texts


def test_errors_are_never_cached(tmp_path):
    cache = RequestCache(tmp_path / "c.sqlite")
    inner = ScriptedClient([Completion(error="HTTP 500"), "fine", "second try"])
    client = CachedClient(inner, cache)
    bad, good = run_many(client, reqs("x", "y"))
    assert not bad.ok and good.ok and len(cache) == 1
    retry, again = run_many(client, reqs("x", "y"))
    assert retry.text == "second try" and not retry.cached
    assert again.cached and again.text == "fine"
    assert [c.prompt for c in inner.calls] == ["x", "y", "x"]


def test_truncated_results_are_cached_with_their_finish_reason(tmp_path):
    cut = Completion(texts=["1. a\n2."], finish_reasons=["length"], completion_tokens=4)
    client = CachedClient(ScriptedClient([cut]), RequestCache(tmp_path / "c.sqlite"))
    run_many(client, reqs("x"))
    hit, = run_many(client, reqs("x"))
    assert hit.cached and hit.truncated and hit.texts == ["1. a\n2."]


def test_key_covers_model_mode_params_and_sample_index(tmp_path):
    cache = RequestCache(tmp_path / "c.sqlite")
    base = LLMRequest(prompt="same")
    variants = [base, base.model_copy(update={"temperature": 0.5}), base.model_copy(update={"sample_index": 1}),
                base.model_copy(update={"stop": ("\n",)})]
    keys = {CachedClient(ScriptedClient(model=m, mode=mode), cache).key(r)
            for m in ("m1", "m2") for mode in ("chat", "completion") for r in variants}
    assert len(keys) == 16
    tagged = base.model_copy(update={"tag": "another stage"})
    client = CachedClient(ScriptedClient(), cache)
    assert client.key(tagged) == client.key(base)  # the tag is a label, not content


def test_ensemble_members_on_one_model_do_not_share_entries(tmp_path):
    cache = RequestCache(tmp_path / "c.sqlite")
    cfg = LLMConfig(backend="openai", model="m", base_url="http://127.0.0.1:1/v1")
    members = [CachedClient(OpenAICompatClient(cfg.model_copy(update={"seed_offset": k}), None), cache)
               for k in (0, 1, 2)]
    req = LLMRequest(prompt="vote")
    assert len({m.key(req) for m in members}) == 3


def test_concurrent_callers_share_one_fetch(tmp_path):
    inner = BatchRecorder()
    client = CachedClient(inner, RequestCache(tmp_path / "c.sqlite"))

    async def main():
        return await asyncio.gather(client.generate_many(reqs("a", "b")), client.generate_many(reqs("b", "c")),
                                    client.generate(LLMRequest(prompt="a")))

    one, two, three = asyncio.run(main())
    sent = [p for batch in inner.batches for p in batch]
    assert sorted(sent) == ["a", "b", "c"]
    assert one[1].texts == two[0].texts and three.texts == one[0].texts


def test_inner_failure_propagates_to_waiters(tmp_path):
    def explode(req):
        raise RuntimeError("backend down")

    client = CachedClient(ScriptedClient(explode), RequestCache(tmp_path / "c.sqlite"))

    async def main():
        return await asyncio.gather(client.generate(LLMRequest(prompt="a")),
                                    client.generate(LLMRequest(prompt="a")), return_exceptions=True)

    results = asyncio.run(main())
    assert all(isinstance(r, RuntimeError) for r in results)
    assert asyncio.run(client.generate_many([])) == []


def test_two_clients_on_one_file_see_each_other(tmp_path):
    path = tmp_path / "shared.sqlite"
    left = CachedClient(BatchRecorder(), RequestCache(path))
    right_inner = BatchRecorder()
    right = CachedClient(right_inner, RequestCache(path))
    written = run_many(left, reqs("a", "b"))
    read = run_many(right, reqs("a", "b", "c"))
    assert right_inner.batches == [["c"]]
    assert [o.texts for o in read[:2]] == [o.texts for o in written]


def test_threads_and_a_second_process_write_one_file(tmp_path):
    path = tmp_path / "shared.sqlite"
    cache = RequestCache(path)
    writer = ("import sys\nfrom datagen.llm.cache import RequestCache\nfrom datagen.llm.client import Completion\n"
              "c = RequestCache(sys.argv[1])\n"
              "for i in range(200):\n    c.put_many([(f'proc-{i}', Completion(texts=[str(i)], finish_reasons=['stop']))])\n")
    proc = subprocess.Popen([sys.executable, "-c", writer, str(path)], cwd=Path(__file__).resolve().parents[2])

    def put(prefix: str) -> None:
        for i in range(200):
            cache.put_many([(f"{prefix}-{i}", Completion(texts=[str(i)], finish_reasons=["stop"]))])

    threads = [threading.Thread(target=put, args=(f"t{k}",)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert proc.wait(timeout=120) == 0
    assert len(cache) == 600
    assert cache.get("proc-199").texts == ["199"] and cache.get("proc-199").cached
    with RequestCache(path) as other:
        assert other.get("t1-5").texts == ["5"]
        assert other._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_endpoint_answers_are_stored_as_they_arrive_so_a_crash_keeps_them(tmp_path):
    """A backend without batches (an endpoint): answers that came back before a failure are kept."""
    cache = RequestCache(tmp_path / "c.sqlite")

    def responder(request):
        if user_text(request) == "boom":
            raise RuntimeError("process killed mid-stage")
        return f"answer to {user_text(request)}"

    inner = ScriptedClient(responder)
    try:
        run_many(CachedClient(inner, cache, close_cache=False), reqs("a", "b", "boom"))
    except RuntimeError:
        pass
    again = ScriptedClient(responder)
    outs = run_many(CachedClient(again, cache), reqs("a", "b"))
    assert [o.text for o in outs] == ["answer to a", "answer to b"] and all(o.cached for o in outs)
    assert again.calls == []
