"""NoveltyIndex: exact ROUGE-L of a new text against a growing pool (Self-Instruct §2.3, METHODS §1.2).

Self-Instruct and Alpaca score every candidate instruction against the seeds plus every
instruction accepted so far with rouge_score in pure Python (about 30 µs a pair, O(N²) in all;
METHODS §1.4 pitfall 5). Here every text is tokenized once, its tokens mapped to ints and packed
into a str, and the pool is grouped by token count. Scores come from rapidfuzz's compiled,
SIMD bit-parallel LCS over many texts at once (`process.cdist`), and the F-measure uses
rouge_score's float formula, so every score, maximum and threshold decision is bit-identical to
rouge_score's.

Pruning is exact: within one length group F grows with the LCS, so one maximum per group
suffices, and a group whose length bound `F <= 2*min(m, n)/(m + n)` is below a query's best
score so far is skipped for that query.

Ties are broken by insertion order (the earliest pool entry wins), as Self-Instruct's
`most_similar` sort does. A maximum of 0.0 has no closest entry (`closest_id is None`).
`workers` is the number of threads rapidfuzz uses inside its compiled code (0 = one, -1 = all
cores); threads there run without the GIL, so no worker processes or pickling are needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, NamedTuple, Sequence

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

from datagen.text.rouge import TokenCodec, TokenizerName, f_measure_array



@dataclass(frozen=True)
class NoveltyHit:
    """A text's ROUGE-L against the pool: maximum, closest id, top-k and mean over the whole pool."""

    max_score: float
    closest_id: str | None
    top: list[tuple[str, float]]
    avg_score: float


class GreedyDecision(NamedTuple):
    kept: bool
    max_score: float
    closest_id: str | None


class _Group:
    """Pool entries with the same token count, in insertion order."""

    __slots__ = ("seqs", "gidx", "_gidx_array")

    def __init__(self) -> None:
        self.seqs: list = []
        self.gidx: list[int] = []
        self._gidx_array: np.ndarray | None = None

    def append(self, seq, gidx: int) -> None:
        self.seqs.append(seq)
        self.gidx.append(gidx)
        self._gidx_array = None

    @property
    def gidx_array(self) -> np.ndarray:
        if self._gidx_array is None:
            self._gidx_array = np.asarray(self.gidx, dtype=np.int64)
        return self._gidx_array


class NoveltyIndex:
    """The pool of accepted texts; `query`, `max_score` and `filter_greedy` score against it."""

    block = 512  # queries scored together: enough for rapidfuzz's multi-string SIMD, small in memory
    full_block = 128  # queries whose full score rows (float64 x pool size) are held at once

    def __init__(self, tokenizer: TokenizerName = "rouge", use_stemmer: bool = False,
                 workers: int = 0) -> None:
        self.codec = TokenCodec(tokenizer, use_stemmer)
        self.workers = workers
        self.ids: list[str] = []
        self._lengths: list[int] = []
        self._groups: dict[int, _Group] = {}
        self.pairs_scored = 0  # LCS computations actually run (for benchmarks)

    @property
    def tokenizer(self) -> str:
        return self.codec.tokenizer

    @property
    def use_stemmer(self) -> bool:
        return self.codec.use_stemmer

    def __len__(self) -> int:
        return len(self.ids)

    # -- growing the pool -------------------------------------------------------------------

    def add(self, text: str, id: str) -> None:
        self._add_encoded(self.codec.encode(text), id)

    def add_many(self, texts: Iterable[str], ids: Iterable[str]) -> None:
        texts, ids = list(texts), list(ids)
        if len(texts) != len(ids):
            raise ValueError(f"add_many: {len(texts)} texts but {len(ids)} ids")
        for text, id_ in zip(texts, ids):
            self.add(text, id_)

    def _add_encoded(self, seq, id_: str) -> None:
        n = len(seq)
        self._groups.setdefault(n, _Group()).append(seq, len(self.ids))
        self.ids.append(str(id_))
        self._lengths.append(n)

    # -- scoring ----------------------------------------------------------------------------

    def _cdist(self, queries: list, choices: list, max_len: int) -> np.ndarray:
        dtype = np.uint8 if max_len <= 255 else np.int32
        self.pairs_scored += len(queries) * len(choices)
        return process.cdist(queries, choices, scorer=LCSseq.similarity, dtype=dtype,
                             workers=self.workers or 1)

    def _best_in_pool(self, seqs: list, lens: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Exact max F and the earliest pool index reaching it (-1 where the max is 0)."""
        best = np.zeros(len(seqs))
        arg = np.full(len(seqs), -1, dtype=np.int64)
        live = lens > 0
        if not self.ids or not live.any():
            return best, arg
        centre = float(np.median(lens[live]))
        order = sorted((n for n in self._groups if n > 0), key=lambda n: (abs(n - centre), n))
        for n in order:
            group = self._groups[n]
            bound = f_measure_array(np.minimum(lens, n), lens, n)
            rows = np.flatnonzero(live & (bound >= best))  # >=: an equal score may be earlier
            if rows.size == 0:
                continue
            lcs = self._cdist([seqs[i] for i in rows], group.seqs, n)
            j = lcs.argmax(axis=1)  # first maximum = earliest inserted in this group
            f = f_measure_array(lcs[np.arange(rows.size), j], lens[rows], n)
            gidx = group.gidx_array[j]
            better = (f > 0) & ((f > best[rows]) | ((f == best[rows]) & (gidx < arg[rows])))
            best[rows[better]] = f[better]
            arg[rows[better]] = gidx[better]
        return best, arg

    def _scores_in_pool(self, seqs: list, lens: np.ndarray) -> np.ndarray:
        """All F scores, one row per query, columns in insertion order."""
        scores = np.zeros((len(seqs), len(self.ids)))
        live = np.flatnonzero(lens > 0)
        if live.size == 0:
            return scores
        queries = [seqs[i] for i in live]
        for n, group in self._groups.items():
            if n == 0:
                continue
            lcs = self._cdist(queries, group.seqs, n)
            scores[np.ix_(live, group.gidx_array)] = f_measure_array(lcs, lens[live, None], n)
        return scores

    def _encode_all(self, texts: Sequence[str]) -> tuple[list, np.ndarray]:
        seqs = [self.codec.encode(t) for t in texts]
        return seqs, np.fromiter((len(s) for s in seqs), dtype=np.int64, count=len(seqs))

    def max_score(self, text: str) -> tuple[float, str | None]:
        """The best ROUGE-L F against the pool and the id of the earliest entry reaching it."""
        seqs, lens = self._encode_all([text])
        best, arg = self._best_in_pool(seqs, lens)
        return float(best[0]), (self.ids[arg[0]] if arg[0] >= 0 else None)

    def max_scores(self, texts: Sequence[str]) -> list[tuple[float, str | None]]:
        """`max_score` for many texts against the current pool, scored in blocks."""
        out: list[tuple[float, str | None]] = []
        for start in range(0, len(texts), self.block):
            seqs, lens = self._encode_all(texts[start:start + self.block])
            best, arg = self._best_in_pool(seqs, lens)
            out += [(float(b), self.ids[a] if a >= 0 else None) for b, a in zip(best, arg.tolist())]
        return out

    def query(self, text: str, top_k: int = 10) -> NoveltyHit:
        return self.query_many([text], top_k)[0]

    def query_many(self, texts: Sequence[str], top_k: int = 10) -> list[NoveltyHit]:
        """`query` for each text against the current pool (the pool does not grow)."""
        hits: list[NoveltyHit] = []
        for start in range(0, len(texts), self.full_block):
            seqs, lens = self._encode_all(texts[start:start + self.full_block])
            scores = self._scores_in_pool(seqs, lens)
            hits.extend(_hit(row, self.ids.__getitem__, top_k) for row in scores)
        return hits

    def query_greedy(self, texts: Sequence[str], ids: Sequence[str], threshold: float,
                     top_k: int = 10) -> list[tuple[NoveltyHit, bool]]:
        """Self-Instruct's loop with full hits: score each text against the pool, including
        texts accepted earlier in this call; keep (and add) it unless its max > threshold."""
        out: list[tuple[NoveltyHit, bool]] = []
        if len(texts) != len(ids):
            raise ValueError(f"query_greedy: {len(texts)} texts but {len(ids)} ids")
        for start in range(0, len(texts), self.full_block):
            block_ids = [str(i) for i in ids[start:start + self.full_block]]
            seqs, lens = self._encode_all(texts[start:start + self.full_block])
            pool_scores = self._scores_in_pool(seqs, lens)
            intra = self._intra_scores(seqs, lens)
            accepted: list[int] = []
            n_pool = len(self.ids)

            def id_of(j: int) -> str:
                return self.ids[j] if j < n_pool else block_ids[accepted[j - n_pool]]

            for i, row in enumerate(pool_scores):
                scores = np.concatenate([row, intra[i, accepted]]) if accepted else row
                hit = _hit(scores, id_of, top_k)
                kept = not hit.max_score > threshold
                if kept:
                    accepted.append(i)
                out.append((hit, kept))
            for i in accepted:
                self._add_encoded(seqs[i], block_ids[i])
        return out

    def filter_greedy(self, texts: Sequence[str], ids: Sequence[str],
                      threshold: float) -> list[GreedyDecision]:
        """Self-Instruct's rule (reject if max > threshold, else add) with exact maxima only."""
        if len(texts) != len(ids):
            raise ValueError(f"filter_greedy: {len(texts)} texts but {len(ids)} ids")
        out: list[GreedyDecision] = []
        for start in range(0, len(texts), self.block):
            block_ids = [str(i) for i in ids[start:start + self.block]]
            seqs, lens = self._encode_all(texts[start:start + self.block])
            best, arg = self._best_in_pool(seqs, lens)
            intra = self._intra_scores(seqs, lens)
            taken = np.zeros(len(seqs), dtype=bool)
            for i in range(len(seqs)):
                score = float(best[i])
                closest = self.ids[arg[i]] if arg[i] >= 0 else None
                if i and taken[:i].any():
                    row = np.where(taken[:i], intra[i, :i], -1.0)
                    j = int(row.argmax())
                    if row[j] > score:  # strictly: an equal pool entry was inserted earlier
                        score, closest = float(row[j]), block_ids[j]
                kept = not score > threshold
                taken[i] = kept
                out.append(GreedyDecision(kept, score, closest))
            for i in np.flatnonzero(taken):
                self._add_encoded(seqs[i], block_ids[i])
        return out

    def _intra_scores(self, seqs: list, lens: np.ndarray) -> np.ndarray:
        """F of each block text (target) against each other block text (prediction)."""
        max_len = int(lens.max()) if lens.size else 0
        lcs = self._cdist(seqs, seqs, max_len) if max_len else np.zeros((len(seqs),) * 2)
        return f_measure_array(lcs, lens[:, None], lens[None, :])


def _hit(scores: np.ndarray, id_of: Callable[[int], str], top_k: int) -> NoveltyHit:
    """Max, top-k (score desc, then insertion order) and mean of one row of scores."""
    if scores.size == 0:
        return NoveltyHit(0.0, None, [], 0.0)
    order = _top_order(scores, top_k)
    best = int(order[0]) if order.size else int(np.argmax(scores))
    max_score = float(scores[best])
    return NoveltyHit(max_score=max_score, closest_id=id_of(best) if max_score > 0 else None,
                      top=[(id_of(int(j)), float(scores[j])) for j in order],
                      avg_score=float(np.mean(scores)))


def _top_order(scores: np.ndarray, k: int) -> np.ndarray:
    if k <= 0:
        return np.empty(0, dtype=np.int64)
    if k < scores.size:
        kth = np.partition(scores, scores.size - k)[scores.size - k]
        cand = np.flatnonzero(scores >= kth)
    else:
        cand = np.arange(scores.size)
    return cand[np.argsort(-scores[cand], kind="stable")][:k]
