"""minhash_dedup and exact_dedup: first occurrence kept, order preserved, evidence names the original."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from datasketch import MinHashLSH

from datagen.filters.dedup import MinHashConfig, exact_dedup, minhash_dedup, new_minhash_index
from datagen.records import Dialogue, Instance, Task, Turn
from datagen.seeds import load_seed_tasks
from datagen.text.minhash import shingles


def task(instruction: str, output: str = "An answer.") -> Task:
    return Task.new(instruction, method="test", instances=[Instance(input="", output=output)])


@pytest.fixture(scope="module")
def seeds(shared_data):
    return load_seed_tasks(shared_data / "self-instruct" / "seed_tasks.jsonl")


def test_minhash_dedup_on_seeds_with_near_copies(seeds):
    copies = []
    for s in seeds[:40]:
        words = s.text("all").split()
        copies.append(Task.new(" ".join(words[:-1]) if len(words) > 30 else s.text("all"),
                               method="copy", instances=[]))
    records = seeds + copies
    cfg = MinHashConfig(field="all", ngram=3)
    result = minhash_dedup(records, cfg)
    assert [r.id for r in result.kept] == [r.id for r in records if r.id in {k.id for k in result.kept}]
    assert len(result.kept) + len(result.rejected) == len(records)
    assert result.stats.rejected_by_reason == {"minhash_duplicate": len(result.rejected)}
    by_id = {r.id: r for r in records}
    for rej in result.rejected:
        assert rej.stage == "minhash_dedup" and rej.reason == "minhash_duplicate"
        assert rej.evidence["duplicate_of"] in by_id
        assert 0.0 < rej.evidence["jaccard"] <= 1.0
        assert rej.record["meta"]["minhash_duplicate_of"] == rej.evidence["duplicate_of"]
    assert len(result.rejected) >= 30  # most single-word truncations of long texts are caught

    # the same decisions as a keep-first loop over datasketch's own MinHashLSH
    index = new_minhash_index(cfg)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    expected_rejected = []
    for r in records:
        m = index.hasher.to_datasketch(index.hasher.signature(shingles(r.text("all"), "word", 3)))
        if lsh.query(m):
            expected_rejected.append(r.id)
        else:
            lsh.insert(r.id, m)
    assert [r.record["id"] for r in result.rejected] == expected_rejected


def test_index_persists_across_rounds_and_kept_meta():
    cfg = MinHashConfig(ngram=2)
    index = new_minhash_index(cfg)
    first = minhash_dedup([task("List three primary colors and one mixing rule for each")], cfg, index=index)
    assert first.kept[0].meta == {"minhash_jaccard": 0.0, "minhash_duplicate_of": None}
    again = minhash_dedup([task("List three primary colors and one mixing rule for each")], cfg, index=index)
    assert [r.evidence for r in again.rejected] == [{"duplicate_of": first.kept[0].id, "jaccard": 1.0}]


def test_exact_check_evidence_is_exact_jaccard():
    cfg = MinHashConfig(threshold=0.5, ngram=1, exact_check=True, field="instruction")
    a = task("alpha beta gamma delta epsilon zeta eta theta")
    b = task("alpha beta gamma delta epsilon zeta eta theta iota")
    result = minhash_dedup([a, b], cfg)
    assert result.rejected[0].evidence == {"duplicate_of": a.id, "jaccard": 8 / 9}


def test_dialogues_and_config_mismatch():
    cfg = MinHashConfig(ngram=2)
    turns = [Turn(speaker="user", text="Tell me about the Eiffel tower and when it was built"),
             Turn(speaker="assistant", text="It was completed in 1889 for the World's Fair in Paris")]
    d1 = Dialogue(id="d1", method="syndg", turns=turns)
    d2 = Dialogue(id="d2", method="syndg", turns=turns)
    result = minhash_dedup([d1, d2], cfg)
    assert [r.evidence["duplicate_of"] for r in result.rejected] == ["d1"]
    with pytest.raises(ValueError, match="new_minhash_index"):
        minhash_dedup([d1], MinHashConfig(ngram=3), index=new_minhash_index(cfg))


def test_minhash_dedup_does_not_import_datasketch():
    """The in-memory stage runs without datasketch (whose import pulls in scipy, ~0.45 s)."""
    code = """if True:
        import json, sys
        from datagen.filters.dedup import MinHashConfig, minhash_dedup
        from datagen.records import Instance, Task
        texts = ["List three primary colors and one mixing rule for each"] * 2 + ["Name a prime number"]
        tasks = [Task.new(t, method="test", instances=[Instance(input="", output="An answer.")]) for t in texts]
        result = minhash_dedup(tasks, MinHashConfig(ngram=2))
        print(json.dumps({"kept": [r.id for r in result.kept], "ids": [t.id for t in tasks],
                          "datasketch": "datasketch" in sys.modules}))
    """
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root, env=env)
    out = json.loads(done.stdout.splitlines()[-1])
    assert out["kept"] == [out["ids"][0], out["ids"][2]]
    assert out["datasketch"] is False


def test_exact_dedup():
    a = task("Sort the list.")
    b = task("  sort THE list. ")  # same text after NFKC + casefold + whitespace
    c = task("Sort the list")  # punctuation matters
    d = Task.new("Sort the list.", method="other", instances=[Instance(input="", output="An answer.")])
    result = exact_dedup([a, b, c, d])
    assert [r.id for r in result.kept] == [a.id, c.id]
    assert [(r.reason, r.evidence) for r in result.rejected] == [
        ("exact_duplicate", {"duplicate_of": a.id}), ("exact_duplicate", {"duplicate_of": a.id})]
    assert result.kept[0].meta["content_hash"] == result.rejected[0].record["meta"]["content_hash"]
    seen: dict[str, str] = {}
    exact_dedup([a], seen=seen)
    assert exact_dedup([b], field="instruction", seen={}).rejected == []
    assert [r.evidence for r in exact_dedup([b], seen=seen).rejected] == [{"duplicate_of": a.id}]


def test_exact_dedup_same_record_twice():
    a = task("Name a prime number")
    result = exact_dedup([a, a])
    assert len(result.kept) == 1 and result.rejected[0].evidence == {"duplicate_of": a.id}
