"""MinHashIndex on a real Redis server (datasketch's Redis storage), started and stopped here."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time

import pytest

from datagen.text.minhash import MinHashIndex


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server not installed: apt-get install redis-server")
    pytest.importorskip("redis")
    with socket.socket() as sock:  # a free port on loopback
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(workdir)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        import redis

        client = redis.Redis(host="127.0.0.1", port=port)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        else:
            pytest.fail("redis-server did not start")
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


TEXTS = ["Write a haiku about autumn leaves falling in the park at dusk",
         "Write a haiku about autumn leaves falling in the park at dusk today",
         "Explain how a hash table handles collisions with chaining",
         "Write a haiku about autumn leaves falling in the park at dusk"]


def test_redis_index_matches_memory_index_and_persists(redis_port):
    config = {"host": "127.0.0.1", "port": redis_port, "basename": "test_dedup"}
    memory = MinHashIndex(ngram=2)
    shared = MinHashIndex(ngram=2, storage="redis", redis_config=config)
    ids = [f"t{i}" for i in range(len(TEXTS))]
    expected = memory.query_insert_many(ids, TEXTS)
    assert shared.query_insert_many(ids, TEXTS) == expected
    assert [bool(d) for d in expected] == [False, True, False, True]
    assert expected[3][0] == ("t0", 1.0)

    # another process (a fresh object on the same basename) sees the stored entries
    other = MinHashIndex(ngram=2, storage="redis", redis_config=config)
    (key, score), = other.query_scored(TEXTS[0])
    assert key == "t0" and score == 1.0  # estimated from the bands stored in Redis
    assert other.query("Describe the water cycle in three sentences for children") == []


def test_redis_exact_check(redis_port):
    config = {"host": "127.0.0.1", "port": redis_port, "basename": "test_exact"}
    index = MinHashIndex(threshold=0.5, ngram=1, storage="redis", redis_config=config, exact_check=True)
    index.insert("a", "alpha beta gamma delta epsilon zeta eta theta")
    assert index.query_scored("alpha beta gamma delta epsilon zeta eta theta iota") == [("a", 8 / 9)]
