"""NoveltyIndex: exact ROUGE-L of a new text against a growing pool (Wang et al. 2023, §2.3).

Self-Instruct and Alpaca score every candidate instruction against the seeds plus every
instruction accepted so far with rouge_score in pure Python (about 30 µs a pair, O(N²) in all,
as in yizhongw/self-instruct `bootstrap_instructions.py`). Here every text is tokenized once,
its tokens mapped to ints and packed
into a str, and the pool is grouped by token count. Scores come from rapidfuzz's compiled,
SIMD bit-parallel LCS over many texts at once (`process.cdist`), and the F-measure uses
rouge_score's float formula, so every score, maximum and threshold decision is bit-identical to
rouge_score's.

Pruning is exact: within one length group F grows with the LCS, so one maximum per group
suffices, and a group whose length bound `F <= 2*min(m, n)/(m + n)` is below a query's best
score so far is skipped for that query. Top-k and mean (`query`, `query_greedy`) need every
score; they come from a histogram of LCS values per group, without a float score matrix.
The index pickles, so a flow can save it between rounds.

Ties are broken by insertion order (the earliest pool entry wins), as Self-Instruct's
`most_similar` sort does. A maximum of 0.0 has no closest entry (`closest_id is None`).
`workers` is the number of threads rapidfuzz uses inside its compiled code (0 = one, -1 = all
cores); threads there run without the GIL, so no worker processes or pickling are needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal, NamedTuple, Sequence

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

from datagen.text.rouge import TokenCodec, TokenizerName, f_measure_array


@dataclass(frozen=True)
class NoveltyHit:
    """A text's ROUGE-L against the pool: maximum, closest id, top-k and mean over the whole pool
    (`top` empty and `avg_score` None where they were not computed: a rejected text of
    `query_greedy(..., summarise="kept")`)."""

    max_score: float
    closest_id: str | None
    top: list[tuple[str, float]]
    avg_score: float | None


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

    def __init__(self, tokenizer: TokenizerName = "rouge", use_stemmer: bool = False,
                 workers: int = 0) -> None:
        self.codec = TokenCodec(tokenizer, use_stemmer)
        self.workers = workers
        self.ids: list[str] = []
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

    def _pool_summary(self, seqs: list, lens: np.ndarray,
                      top_k: int) -> tuple[np.ndarray, list[list[tuple[int, float]]]]:
        """Per query: the sum of F over the pool and the top-k (pool index, F), best first, ties
        by insertion. No score matrix is built: within a length group F is a function of the
        LCS alone, so a histogram of LCS values gives the sum and the k-th best score, and only
        the entries reaching that score are collected."""
        n_rows, n_pool = len(seqs), len(self.ids)
        sums = np.zeros(n_rows)
        tops: list[list[tuple[int, float]]] = [[] for _ in range(n_rows)]
        if not n_pool:
            return sums, tops
        live = np.flatnonzero(lens > 0)
        parts = []
        if live.size:
            queries, m = [seqs[i] for i in live], lens[live, None]
            offsets = np.arange(live.size)[:, None]
            for n, group in self._groups.items():
                if n == 0:
                    continue
                lcs = self._cdist(queries, group.seqs, n)
                values = f_measure_array(np.arange(n + 1)[None, :], m, n)  # F of each possible LCS
                hist = np.bincount((lcs + offsets * (n + 1)).ravel(),
                                   minlength=live.size * (n + 1)).reshape(live.size, n + 1)
                sums[live] += (hist * values).sum(axis=1)
                parts.append((group, lcs, values, hist))
        if top_k <= 0:
            return sums, tops
        positive = _top_positive(parts, live.size, top_k)
        for k, row in enumerate(live.tolist()):
            tops[row] = positive[k]
        for row in range(n_rows):  # fewer than k positive scores: zeros follow, in insertion order
            if len(tops[row]) < top_k:
                taken = {g for g, _ in tops[row]}
                zeros = (g for g in range(n_pool) if g not in taken)
                tops[row] = tops[row] + [(g, 0.0) for _, g in zip(range(top_k - len(tops[row])), zeros)]
        return sums, tops

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
        n_pool = len(self.ids)
        for start in range(0, len(texts), self.block):
            seqs, lens = self._encode_all(texts[start:start + self.block])
            sums, tops = self._pool_summary(seqs, lens, max(top_k, 1))
            hits += [self._hit(top, total / n_pool if n_pool else 0.0, top_k) for top, total in zip(tops, sums)]
        return hits

    def query_greedy(self, texts: Sequence[str], ids: Sequence[str], threshold: float, top_k: int = 10,
                     summarise: Literal["all", "kept"] = "all") -> list[tuple[NoveltyHit, bool]]:
        """Self-Instruct's loop with full hits: score each text against the pool, including
        texts accepted earlier in this call; keep (and add) it unless its max > threshold.
        `summarise="kept"` computes the top-k and mean (a pass over the whole pool) only for the
        texts kept, as Self-Instruct records them only for the instructions it keeps; a rejected
        one gets its exact maximum and closest entry (the pruned pass `filter_greedy` makes), the
        same decisions either way."""
        if len(texts) != len(ids):
            raise ValueError(f"query_greedy: {len(texts)} texts but {len(ids)} ids")
        k = max(top_k, 1)
        out: list[tuple[NoveltyHit, bool]] = []
        for start in range(0, len(texts), self.block):
            block_ids = [str(i) for i in ids[start:start + self.block]]
            seqs, lens = self._encode_all(texts[start:start + self.block])
            intra = self._intra_scores(seqs, lens)
            n_pool = len(self.ids)
            if summarise == "kept":
                decisions = self._greedy_block(seqs, lens, intra, block_ids, threshold)
                rows = [i for i, d in enumerate(decisions) if d.kept]
            else:
                decisions, rows = None, list(range(len(seqs)))
            sums, tops = self._pool_summary([seqs[i] for i in rows], lens[rows], k)
            summary = {i: (tops[r], float(sums[r])) for r, i in enumerate(rows)}
            taken = np.zeros(len(seqs), dtype=bool)
            for i in range(len(seqs)):
                if i not in summary:  # rejected, not summarised: its exact maximum only
                    d = decisions[i]  # type: ignore[index]
                    out.append((NoveltyHit(d.max_score, d.closest_id, [], None), False))
                    continue
                (top, total), count = summary[i], n_pool
                earlier = np.flatnonzero(taken[:i])  # accepted before i in this block, in order
                if earlier.size:
                    scores = intra[i, earlier]
                    total, count = total + float(scores.sum()), count + earlier.size
                    # only block entries beating the pool's k-th best can enter the top-k (an equal
                    # one was inserted later); they follow the pool in insertion order
                    better = np.flatnonzero(scores > top[-1][1]) if len(top) == k else np.arange(earlier.size)
                    if better.size:
                        merged = top + [(n_pool + int(b), float(scores[b])) for b in better]
                        top = sorted(merged, key=lambda e: (-e[1], e[0]))[:k]
                top = [(g if g < n_pool else -1 - int(earlier[g - n_pool]), f) for g, f in top]
                hit = self._hit(top, total / count if count else 0.0, top_k, block_ids)
                kept = not hit.max_score > threshold
                taken[i] = kept
                out.append((hit, kept))
            for i in np.flatnonzero(taken):
                self._add_encoded(seqs[i], block_ids[i])
        return out

    def _hit(self, top: list[tuple[int, float]], avg: float, top_k: int,
             block_ids: list[str] | None = None) -> NoveltyHit:
        """A NoveltyHit from (index, F) best first; index -1-j names text j of the current block."""
        def name(g: int) -> str:
            return self.ids[g] if g >= 0 else block_ids[-1 - g]  # type: ignore[index]

        avg = float(avg)
        if not top:
            return NoveltyHit(0.0, None, [], avg)
        max_score = top[0][1]
        return NoveltyHit(max_score=max_score, closest_id=name(top[0][0]) if max_score > 0 else None,
                          top=[(name(g), f) for g, f in top[:max(top_k, 0)]], avg_score=avg)

    def filter_greedy(self, texts: Sequence[str], ids: Sequence[str],
                      threshold: float) -> list[GreedyDecision]:
        """Self-Instruct's rule (reject if max > threshold, else add) with exact maxima only."""
        if len(texts) != len(ids):
            raise ValueError(f"filter_greedy: {len(texts)} texts but {len(ids)} ids")
        out: list[GreedyDecision] = []
        for start in range(0, len(texts), self.block):
            block_ids = [str(i) for i in ids[start:start + self.block]]
            seqs, lens = self._encode_all(texts[start:start + self.block])
            decisions = self._greedy_block(seqs, lens, self._intra_scores(seqs, lens), block_ids, threshold)
            for i, d in enumerate(decisions):
                if d.kept:
                    self._add_encoded(seqs[i], block_ids[i])
            out += decisions
        return out

    def _greedy_block(self, seqs: list, lens: np.ndarray, intra: np.ndarray, block_ids: list[str],
                      threshold: float) -> list[GreedyDecision]:
        """The greedy decisions for one block against the pool (not yet grown): each text's exact
        maximum over the pool and the block's texts kept before it."""
        best, arg = self._best_in_pool(seqs, lens)
        taken = np.zeros(len(seqs), dtype=bool)
        out: list[GreedyDecision] = []
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
        return out

    def _intra_scores(self, seqs: list, lens: np.ndarray, step: int = 128) -> np.ndarray:
        """F of block text i (target) against block texts j < i (prediction); the upper
        triangle is only partly filled, in strips of `step` rows, since it is never read."""
        n = len(seqs)
        out = np.zeros((n, n))
        if not n or not lens.max():
            return out
        for a in range(0, n, step):
            b = min(a + step, n)
            lcs = self._cdist(seqs[a:b], seqs[:b], int(lens[:b].max()))
            out[a:b, :b] = f_measure_array(lcs, lens[a:b, None], lens[None, :b])
        return out


def _top_positive(parts: list, n_rows: int, k: int) -> list[list[tuple[int, float]]]:
    """The top-k positive (pool index, F) of each row, from per-group LCS matrices and histograms."""
    if not parts:
        return [[] for _ in range(n_rows)]
    values = np.concatenate([v for _, _, v, _ in parts], axis=1)
    counts = np.concatenate([np.where(v > 0, h, 0) for _, _, v, h in parts], axis=1)
    order = np.argsort(-values, axis=1, kind="stable")
    cumulative = np.cumsum(np.take_along_axis(counts, order, axis=1), axis=1)
    reached = cumulative[:, -1] >= k
    kth = np.take_along_axis(values, order, axis=1)[np.arange(n_rows), (cumulative >= k).argmax(axis=1)]
    tau = np.where(reached, kth, 0.0)  # the k-th best score, or 0: every positive entry qualifies
    rows, gidx, scores = [], [], []
    for group, lcs, vals, _ in parts:
        n = vals.shape[1] - 1
        reach = vals >= tau[:, None]
        need = np.where(tau > 0, np.where(reach.any(axis=1), reach.argmax(axis=1), n + 1), 1)
        r, c = np.nonzero(lcs >= need[:, None])
        rows.append(r)
        gidx.append(group.gidx_array[c])
        scores.append(vals[r, lcs[r, c]])
    r, g, f = np.concatenate(rows), np.concatenate(gidx), np.concatenate(scores)
    order = np.lexsort((g, -f, r))
    r, g, f = r[order], g[order], f[order]
    bounds = np.searchsorted(r, np.arange(n_rows + 1))
    return [list(zip(g[a:min(b, a + k)].tolist(), f[a:min(b, a + k)].tolist()))
            for a, b in zip(bounds[:-1], bounds[1:])]
