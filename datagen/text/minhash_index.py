"""MinHashIndex: incremental MinHash-LSH near-duplicate index, datasketch-compatible.

Bands and rows are the ones datasketch's optimiser picks (`lsh_params`, computed without
importing datasketch), and a query returns exactly the keys `datasketch.MinHashLSH.query`
returns for the same signatures: the in-memory buckets key each band by a 64-bit digest and then
compare the band values themselves, so a digest collision never adds a candidate. The in-memory
index never imports datasketch; `storage="redis"` is datasketch's MinHashLSH on Redis (shared by
processes and runs; `redis_config` holds `host`, `port`, ... and an optional `basename`).

A batch is processed with numpy where it can be: texts that share no bucket with the index or
with an earlier text of the batch are kept without a Python-level lookup; only the rest (the
possible duplicates) go through the sequential keep-first loop.
"""

from __future__ import annotations

import gc
import pickle
from typing import Any, Literal, Sequence

import numpy as np

from datagen.text.minhash import MinHasher, ShingleKind, jaccard, lsh_params, shingles

_U32 = np.uint32
Scored = list[tuple[str, float]]


class _Buckets:
    """LSH buckets as one sorted (digest, entry) array per band, plus a small unsorted buffer.

    A batch is looked up with `searchsorted` and merged in with one `np.insert` per band; small
    inserts (single texts) go to the buffer, merged once it fills, so neither path is O(index)
    per text. 16 bytes per entry and band, against ~100 for a dict of Python ints.
    """

    PENDING_MAX = 4096

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        rng = np.random.RandomState(0x5EED)
        self._mult = rng.randint(1, 1 << 62, size=(bands, rows), dtype=np.uint64) | np.uint64(1)
        self.keys = [np.empty(0, dtype=np.uint64) for _ in range(bands)]
        self.entries = [np.empty(0, dtype=np.int64) for _ in range(bands)]
        self._pending_keys = np.empty((0, bands), dtype=np.uint64)
        self._pending_entries = np.empty(0, dtype=np.int64)

    def digests(self, sigs: np.ndarray) -> np.ndarray:
        """A 64-bit digest per band (collisions are removed by the exact band comparison)."""
        span = self.bands * self.rows
        banded = sigs[:, :span].astype(np.uint64).reshape(len(sigs), self.bands, self.rows)
        return np.einsum("nbr,br->nb", banded, self._mult)  # sum of products, mod 2**64

    def add(self, digests: np.ndarray, entries: np.ndarray) -> None:
        self._pending_keys = np.concatenate([self._pending_keys, digests])
        self._pending_entries = np.concatenate([self._pending_entries, entries])
        if len(self._pending_entries) > self.PENDING_MAX:
            self.flush()

    def flush(self) -> None:
        keys, entries = self._pending_keys, self._pending_entries
        if not len(entries):
            return
        for k in range(self.bands):
            order = np.argsort(keys[:, k], kind="stable")
            at = np.searchsorted(self.keys[k], keys[order, k], side="right")
            self.keys[k] = np.insert(self.keys[k], at, keys[order, k])
            self.entries[k] = np.insert(self.entries[k], at, entries[order])
        self._pending_keys = self._pending_keys[:0]
        self._pending_entries = self._pending_entries[:0]

    def lookup(self, digests: np.ndarray, unique: list[tuple[np.ndarray, np.ndarray]] | None = None) -> _Lookup:
        """`unique`: per band, the sorted distinct digests and each text's position among them
        (np.unique's values and inverse), when the caller has them: sorted needles search fast."""
        if len(digests) * len(self._pending_entries) > (1 << 18):
            self.flush()
        return _Lookup(self, digests, unique)


class _Lookup:
    """Where a batch of digests meets the buckets: per band ranges, plus buffer matches."""

    def __init__(self, buckets: _Buckets, digests: np.ndarray,
                 unique: list[tuple[np.ndarray, np.ndarray]] | None) -> None:
        self.buckets = buckets
        self.lo, self.hi = [], []
        for k in range(buckets.bands):
            values, inverse = unique[k] if unique is not None else np.unique(digests[:, k], return_inverse=True)
            keys = buckets.keys[k]
            self.lo.append(np.searchsorted(keys, values, side="left")[inverse])
            self.hi.append(np.searchsorted(keys, values, side="right")[inverse])
        self.hit = np.stack([h > lo for lo, h in zip(self.lo, self.hi)], axis=1)  # (texts, bands)
        self.pending = None
        if len(buckets._pending_entries):
            self.pending = (digests[:, None, :] == buckets._pending_keys[None, :, :]).any(axis=2)
            self.hit |= self.pending.any(axis=1)[:, None]

    def members(self, j: int) -> set[int]:
        out: set[int] = set()
        for k in np.flatnonzero(self.hit[j]).tolist():
            out.update(self.buckets.entries[k][self.lo[k][j]:self.hi[k][j]].tolist())
        if self.pending is not None:
            out.update(self.buckets._pending_entries[self.pending[j]].tolist())
        return out


class MinHashIndex:
    """Near-duplicate index: `query_insert` keeps first occurrences, like an incremental dedup.

    A query returns `(id, jaccard)` for every indexed entry that shares an LSH bucket with the
    text, best first (ties in insertion order); `jaccard` is the MinHash estimate, or with
    `exact_check` the exact Jaccard of the shingle sets, and then only entries reaching
    `threshold` count. Ids name contents: inserting an id that is already indexed is a no-op,
    and querying a text that is indexed finds that entry (so over a persistent Redis index, a
    rerun should use a fresh `basename`, or it meets its own earlier entries).
    """

    BATCH = 1 << 16

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle: ShingleKind = "word",
                 ngram: int = 5, seed: int = 1, storage: Literal["memory", "redis"] = "memory",
                 redis_config: dict[str, Any] | None = None, exact_check: bool = False,
                 params: tuple[int, int] | None = None) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"threshold must be in [0, 1], got {threshold}")
        shingles("", shingle, ngram)  # validate kind and size early
        self.threshold, self.shingle, self.ngram = threshold, shingle, ngram
        self.exact_check, self.storage = exact_check, storage
        self.hasher = MinHasher(num_perm, seed)
        self.bands, self.rows = params or lsh_params(threshold, num_perm)
        self.ids: list[str] = []
        self._index_of: dict[str, int] = {}
        self._sigs = np.empty((0, num_perm), dtype=_U32)
        self._sets: list[frozenset[str]] = []
        if storage == "memory":
            self._buckets = _Buckets(self.bands, self.rows)
        elif storage == "redis":
            self._lsh = _redis_lsh(threshold, num_perm, (self.bands, self.rows), redis_config or {})
        else:
            raise ValueError(f"unknown storage {storage!r}: use 'memory' or 'redis'")

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, id_: object) -> bool:
        return id_ in self._index_of

    def shingles(self, text: str) -> set[str]:
        return shingles(text, self.shingle, self.ngram)

    def signature(self, id_: str) -> np.ndarray:
        return self._sigs[self._index_of[id_]].copy()

    # -- public API ---------------------------------------------------------------------------

    def query(self, text: str) -> list[str]:
        return [id_ for id_, _ in self.query_scored(text)]

    def query_scored(self, text: str) -> Scored:
        shingle_set = self.shingles(text)
        sig = self.hasher.signatures([shingle_set])[0]
        if self.storage == "redis":
            return self._query_redis(sig, shingle_set)
        found = sorted(self._buckets.lookup(self._buckets.digests(sig[None, :])).members(0))
        return self._score(sig, shingle_set, [self.ids[i] for i in found], self._sigs[found],
                           [self._sets[i] for i in found] if self.exact_check else None)

    def insert(self, id: str, text: str) -> None:
        self.insert_many([id], [text])

    def insert_many(self, ids: Sequence[str], texts: Sequence[str]) -> None:
        """Insert every text (no duplicate check), except ids already in the index."""
        self._run(ids, texts, query=False)

    def query_insert(self, id: str, text: str) -> Scored:
        """The duplicates of `text`, best first; the text is inserted only when there are none."""
        return self.query_insert_many([id], [text])[0]

    def query_insert_many(self, ids: Sequence[str], texts: Sequence[str]) -> list[Scored]:
        """`query_insert` in order, so later texts also meet earlier ones of the same call."""
        return self._run(ids, texts, query=True)

    # -- batches ------------------------------------------------------------------------------

    def _run(self, ids: Sequence[str], texts: Sequence[str], query: bool) -> list[Scored]:
        if len(ids) != len(texts):
            raise ValueError(f"{len(ids)} ids but {len(texts)} texts")
        out: list[Scored] = []
        self._reserve(len(texts))  # one allocation, not one per batch
        # A batch allocates a container per text (shingle sets, results), none of them cyclic;
        # the cyclic collector would rescan the whole heap many times over, so it waits.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for lo in range(0, len(texts), self.BATCH):
                batch_ids = [str(i) for i in ids[lo:lo + self.BATCH]]
                sets = [self.shingles(t) for t in texts[lo:lo + self.BATCH]]
                sigs = self.hasher.signatures(sets)
                if self.storage == "redis":
                    out += self._batch_redis(batch_ids, sets, sigs, query)
                else:
                    out += self._batch_memory(batch_ids, sets, sigs, query)
        finally:
            if collecting:
                gc.enable()
        return out

    def _batch_memory(self, ids: list[str], sets: list[set[str]], sigs: np.ndarray,
                      query: bool) -> list[Scored]:
        n = len(ids)
        digests = self._buckets.digests(sigs)
        later = np.zeros(n, dtype=bool)  # shares a digest with an earlier text of the batch
        groups = []  # per band: texts of the batch sharing each shared digest
        unique = []
        for k in range(self.bands):
            values, first_at, inverse, counts = np.unique(digests[:, k], return_index=True,
                                                          return_inverse=True, return_counts=True)
            unique.append((values, inverse))
            later |= first_at[inverse] != np.arange(n)
            members: dict[int, list[int]] = {}
            for j in np.flatnonzero(counts[inverse] > 1).tolist():
                members.setdefault(int(inverse[j]), []).append(j)
            groups.append((inverse, members))
        look = self._buckets.lookup(digests, unique)
        repeated = np.zeros(n, dtype=bool)  # ids already indexed, or met earlier in this batch
        seen: set[str] = set()
        for j, id_ in enumerate(ids):
            repeated[j] = id_ in self._index_of or id_ in seen
            seen.add(id_)
        # texts sharing no bucket with the index or an earlier text: nothing to compare
        lone = ~(look.hit.any(axis=1) | later | repeated)
        kept = lone.copy() if query else ~repeated
        out: list[Scored] = [[] for _ in range(n)]
        for j in np.flatnonzero(~lone).tolist() if query else []:
            glob = sorted(look.members(j))
            local = sorted({i for inverse, members in groups for i in members.get(int(inverse[j]), ())
                            if i < j and kept[i]})
            keys = [self.ids[i] for i in glob] + [ids[i] for i in local]
            cand_sets = None
            if self.exact_check:
                cand_sets = [self._sets[i] for i in glob] + [frozenset(sets[i]) for i in local]
            out[j] = self._score(sigs[j], sets[j], keys,
                                 np.concatenate([self._sigs[glob], sigs[local]]), cand_sets)
            kept[j] = not out[j] and not repeated[j]
        rows = np.flatnonzero(kept)
        self._store([ids[j] for j in rows], [sets[j] for j in rows] if self.exact_check else [], sigs[rows])
        self._buckets.add(digests[rows], np.arange(len(self.ids) - rows.size, len(self.ids)))
        return out

    def _store(self, ids: list[str], sets: list[set[str]], sigs: np.ndarray) -> None:
        base = len(self.ids)
        self._reserve(len(ids))
        self._sigs[base:base + len(ids)] = sigs
        self._index_of.update(zip(ids, range(base, base + len(ids))))
        self.ids += ids
        self._sets += [frozenset(s) for s in sets]

    def _reserve(self, extra: int) -> None:
        need = len(self.ids) + extra
        if need > len(self._sigs):
            grown = np.empty((max(need, len(self._sigs) * 3 // 2), self.hasher.num_perm), dtype=_U32)
            grown[: len(self.ids)] = self._sigs[: len(self.ids)]
            self._sigs = grown

    def _score(self, sig: np.ndarray, shingle_set: set[str], keys: list[str],
               cand_sigs: np.ndarray, cand_sets: list[frozenset[str]] | None) -> Scored:
        """Keep candidates that really share a band, score them, best first."""
        if not keys:
            return []
        span = self.bands * self.rows
        same_band = (cand_sigs[:, :span].reshape(len(keys), self.bands, self.rows)
                     == sig[:span].reshape(self.bands, self.rows)).all(axis=2).any(axis=1)
        estimates = (cand_sigs == sig).mean(axis=1).tolist()
        scored = []
        for c, key in enumerate(keys):
            if not same_band[c]:
                continue
            score = jaccard(shingle_set, cand_sets[c]) if cand_sets is not None else estimates[c]
            if self.exact_check and score < self.threshold:
                continue
            scored.append((key, score))
        scored.sort(key=lambda kv: -kv[1])  # stable: ties keep insertion order
        return scored

    # -- Redis --------------------------------------------------------------------------------

    def _batch_redis(self, ids: list[str], sets: list[set[str]], sigs: np.ndarray,
                     query: bool) -> list[Scored]:
        out: list[Scored] = []
        for id_, shingle_set, sig in zip(ids, sets, sigs):
            dups = self._query_redis(sig, shingle_set) if query else []
            if not dups and id_ not in self._index_of:
                self._store([id_], [shingle_set] if self.exact_check else [], sig[None, :])
                self._lsh.insert(id_, self.hasher.to_datasketch(sig), check_duplication=False)
            out.append(dups)
        return out

    def _query_redis(self, sig: np.ndarray, shingle_set: set[str]) -> Scored:
        keys = sorted(self._lsh.query(self.hasher.to_datasketch(sig)),
                      key=lambda k: (self._index_of.get(k, len(self.ids)), str(k)))
        scored = []
        for key in keys:
            local = self._index_of.get(key)
            if self.exact_check and local is not None:
                score = jaccard(shingle_set, self._sets[local])
            else:  # entries another process inserted: the estimate from their stored bands
                score = self._estimate(key, sig)
            if self.exact_check and score < self.threshold:
                continue
            scored.append((key, score))
        scored.sort(key=lambda kv: -kv[1])
        return scored

    def _estimate(self, key: str, sig: np.ndarray) -> float:
        local = self._index_of.get(key)
        if local is not None:
            return float((self._sigs[local] == sig).mean())
        bands = self._lsh.keys.get(pickle.dumps(key))
        values = np.frombuffer(b"".join(bands), dtype=">u4")
        return float((values == sig[: len(values)]).mean()) if len(values) else 0.0


def _redis_lsh(threshold: float, num_perm: int, params: tuple[int, int], config: dict[str, Any]) -> Any:
    """datasketch's MinHashLSH on Redis; `basename` (default "datagen_minhash") names the index."""
    from datasketch import MinHashLSH

    config = dict(config)
    basename = config.pop("basename", "datagen_minhash")
    storage = {"type": "redis", "basename": basename.encode() if isinstance(basename, str) else basename,
               "redis": config or {"host": "127.0.0.1", "port": 6379}}
    return MinHashLSH(threshold=threshold, num_perm=num_perm, params=params, storage_config=storage)
