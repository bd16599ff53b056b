"""MinHashIndex: incremental MinHash-LSH near-duplicate index (DESIGN §5), datasketch-compatible.

Bands and rows come from datasketch's own optimiser (`lsh_params`), and a query returns exactly
the keys `datasketch.MinHashLSH.query` returns for the same signatures: the in-memory buckets key
each band by a 64-bit digest and then compare the band values themselves, so a digest collision
never adds a candidate. `storage="redis"` is datasketch's MinHashLSH on Redis (shared by
processes and runs; `redis_config` holds `host`, `port`, ... and an optional `basename`).

A batch is processed with numpy where it can be: texts that share no bucket with the index or
with an earlier text of the batch are kept without a Python-level lookup; only the rest (the
possible duplicates) go through the sequential keep-first loop.
"""

from __future__ import annotations

import pickle
from itertools import compress
from typing import Any, Literal, Sequence

import numpy as np

from datagen.text.minhash import MinHasher, ShingleKind, jaccard, lsh_params, shingles

_U32 = np.uint32
Scored = list[tuple[str, float]]


class _Buckets:
    """One dict per band: band digest -> the first entry's index, or a list of indices."""

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        rng = np.random.RandomState(0x5EED)
        self._mult = rng.randint(1, 1 << 62, size=(bands, rows), dtype=np.uint64) | np.uint64(1)
        self.tables: list[dict[int, Any]] = [{} for _ in range(bands)]

    def digests(self, sigs: np.ndarray) -> np.ndarray:
        banded = sigs[:, : self.bands * self.rows].reshape(len(sigs), self.bands, self.rows)
        return (banded.astype(np.uint64) * self._mult).sum(axis=2, dtype=np.uint64)

    def members(self, band: int, digest: int) -> list[int]:
        hit = self.tables[band].get(digest)
        return [] if hit is None else hit if isinstance(hit, list) else [hit]

    def add(self, band: int, digest: int, index: int) -> None:
        table = self.tables[band]
        hit = table.get(digest)
        if hit is None:
            table[digest] = index
        elif isinstance(hit, list):
            hit.append(index)
        else:
            table[digest] = [hit, index]


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
        digest = self._buckets.digests(sig[None, :])[0].tolist()
        found = sorted({i for band, d in enumerate(digest) for i in self._buckets.members(band, d)})
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
        for lo in range(0, len(texts), self.BATCH):
            batch_ids = [str(i) for i in ids[lo:lo + self.BATCH]]
            sets = [self.shingles(t) for t in texts[lo:lo + self.BATCH]]
            sigs = self.hasher.signatures(sets)
            if self.storage == "redis":
                out += self._batch_redis(batch_ids, sets, sigs, query)
            else:
                out += self._batch_memory(batch_ids, sets, sigs, query)
        return out

    def _batch_memory(self, ids: list[str], sets: list[set[str]], sigs: np.ndarray,
                      query: bool) -> list[Scored]:
        n, tables = len(ids), self._buckets.tables
        digests = self._buckets.digests(sigs)
        cols = [digests[:, k].tolist() for k in range(self.bands)]
        in_index = [np.fromiter(map(t.__contains__, c), bool, n) for t, c in zip(tables, cols)]
        first = []  # per band: is this text the first of the batch with its digest?
        groups = []  # per band: digest -> texts of the batch sharing it (only shared digests)
        for k in range(self.bands):
            _, first_at, inverse, counts = np.unique(digests[:, k], return_index=True,
                                                     return_inverse=True, return_counts=True)
            is_first = np.zeros(n, dtype=bool)
            is_first[first_at] = True
            first.append(is_first)
            shared = np.flatnonzero(counts[inverse] > 1)
            members: dict[int, list[int]] = {}
            for j in shared.tolist():
                members.setdefault(cols[k][j], []).append(j)
            groups.append(members)
        repeated = np.zeros(n, dtype=bool)  # ids already indexed, or met earlier in this batch
        seen: set[str] = set()
        for j, id_ in enumerate(ids):
            repeated[j] = id_ in self._index_of or id_ in seen
            seen.add(id_)
        # texts with no bucket shared with the index or an earlier text: nothing to compare
        lone = ~(np.logical_or.reduce(in_index) | ~np.logical_and.reduce(first) | repeated)
        kept = lone.copy() if query else ~repeated
        out: list[Scored] = [[] for _ in range(n)]
        for j in np.flatnonzero(~lone).tolist() if query else []:
            glob = sorted({i for k in range(self.bands) if in_index[k][j]
                           for i in self._buckets.members(k, cols[k][j])})
            local = sorted({i for k in range(self.bands) for i in groups[k].get(cols[k][j], ())
                            if i < j and kept[i]})
            keys = [self.ids[i] for i in glob] + [ids[i] for i in local]
            cand_sets = None
            if self.exact_check:
                cand_sets = [self._sets[i] for i in glob] + [frozenset(sets[i]) for i in local]
            out[j] = self._score(sigs[j], sets[j], keys,
                                 np.concatenate([self._sigs[glob], sigs[local]]), cand_sets)
            kept[j] = not out[j] and not repeated[j]
        self._store(ids, sets, sigs, kept, cols, in_index, first)
        return out

    def _store(self, ids: list[str], sets: list[set[str]], sigs: np.ndarray, kept: np.ndarray,
               cols: list[list[int]], in_index: list[np.ndarray], first: list[np.ndarray]) -> None:
        base, rows = len(self.ids), np.flatnonzero(kept)
        index = np.full(len(ids), -1, dtype=np.int64)
        index[rows] = np.arange(base, base + rows.size)
        self._reserve(rows.size)
        self._sigs[base:base + rows.size] = sigs[rows]
        for j in rows.tolist():
            self._index_of[ids[j]] = len(self.ids)
            self.ids.append(ids[j])
            if self.exact_check:
                self._sets.append(frozenset(sets[j]))
        for k, table in enumerate(self._buckets.tables):
            fresh = kept & first[k] & ~in_index[k]  # a new digest: a plain dict insert
            table.update(zip(compress(cols[k], fresh), index[fresh].tolist()))
            for j in np.flatnonzero(kept & ~fresh).tolist():
                self._buckets.add(k, cols[k][j], int(index[j]))

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
                self._reserve(1)
                self._sigs[len(self.ids)] = sig
                self._index_of[id_] = len(self.ids)
                self.ids.append(id_)
                if self.exact_check:
                    self._sets.append(frozenset(shingle_set))
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
