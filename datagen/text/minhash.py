"""MinHash signatures and an incremental LSH index, bit-identical to datasketch.

`MinHasher.signatures` computes, for many shingle sets at once, exactly the hash values that
`datasketch.MinHash(num_perm, seed)` holds after `update(s.encode("utf-8"))` of every shingle:
datasketch's SHA1-32 input hash, its MurmurHash3 pre-mix and its affine permutations
(`a*h + b mod 2**32`, the default "affine32" scheme of datasketch >= 2.0, drawn here from the
same `np.random.RandomState(seed)` stream as datasketch draws them), so signatures interoperate
with datasketch. The SHA1s run in one tight loop, the permutations and minima in numpy over the
whole batch.

`MinHashIndex` (datagen/text/minhash_index.py, re-exported here) bands signatures like
`datasketch.MinHashLSH` and returns the same candidates; `lsh_params` picks the (bands, rows)
datasketch's optimiser picks. Neither imports datasketch (whose import pulls in scipy, ~0.45 s):
only `MinHasher.to_datasketch` and the Redis-backed index do.

Signatures are uint32 because datasketch >= 2.0 stores affine32 hash values as uint32; the
pre-2.0 "legacy" scheme (uint64) is not produced.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from itertools import chain
from typing import Any, Iterable, Literal, Sequence

import numpy as np

ShingleKind = Literal["word", "char"]
_WORD = re.compile(r"\w+")
_U32 = np.uint32


def shingles(text: str, kind: ShingleKind = "word", n: int = 5) -> set[str]:
    """Word n-grams of casefolded `\\w+` words, or character n-grams of the whitespace-collapsed,
    casefolded text. A text shorter than n gives itself as the single shingle; an empty one none."""
    if n < 1:
        raise ValueError(f"shingle size must be >= 1, got {n}")
    if kind == "word":
        words = _WORD.findall(text.casefold())
        if len(words) <= n:
            return {" ".join(words)} if words else set()
        return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}
    if kind == "char":
        flat = " ".join(text.casefold().split())
        if len(flat) <= n:
            return {flat} if flat else set()
        return {flat[i:i + n] for i in range(len(flat) - n + 1)}
    raise ValueError(f"unknown shingle kind {kind!r}: use 'word' or 'char'")


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, as datasketch pre-mixes every input hash (uint32 wraps)."""
    h = h ^ (h >> _U32(16))
    h = h * _U32(0x85EBCA6B)
    h = h ^ (h >> _U32(13))
    h = h * _U32(0xC2B2AE35)
    return h ^ (h >> _U32(16))


def sha1_hash32_many(items: Sequence[str]) -> np.ndarray:
    """datasketch's `sha1_hash32` (first 4 digest bytes, little-endian) of each utf-8 string."""
    sha1 = hashlib.sha1
    blob = b"".join([sha1(s.encode("utf-8")).digest()[:4] for s in items])
    return np.frombuffer(blob, dtype="<u4").astype(_U32)


def affine32_permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of `h -> a*h + b mod 2**32` that `datasketch.MinHash(num_perm, seed)` holds as
    `permutations` under its default "affine32" scheme (datasketch >= 2.0,
    `MinHash._init_permutations`): from one `np.random.RandomState(seed)`, first `num_perm` odd
    multipliers `2*randint(0, 2**31) + 1`, then `num_perm` offsets `randint(0, 2**32)`, uint32."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=_U32) * _U32(2) + _U32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=_U32)
    return a, b


class MinHasher:
    """Signatures equal to datasketch.MinHash(num_perm, seed) fed the same shingles."""

    CHUNK = 1 << 15  # shingle occurrences permuted at once: 32K x num_perm uint32

    scheme = "affine32"

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        self.num_perm, self.seed = num_perm, seed
        a, b = affine32_permutations(num_perm, seed)
        self._a, self._b = a[:, None], b[:, None]
        self.empty = np.full(num_perm, np.iinfo(_U32).max, dtype=_U32)  # datasketch's initial values

    def signature(self, shingle_set: Iterable[str]) -> np.ndarray:
        return self.signatures([shingle_set])[0]

    def signatures(self, shingle_sets: Iterable[Iterable[str]]) -> np.ndarray:
        """One row per set, dtype uint32 (datasketch's affine32 hash values); empty set = all max."""
        sets = [s if isinstance(s, (set, frozenset)) else set(s) for s in shingle_sets]
        sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
        out = np.full((len(sets), self.num_perm), self.empty[0], dtype=_U32)
        if not sizes.sum():
            return out
        # Hashing every occurrence is cheaper than finding the distinct shingles first: a dict
        # lookup costs about what a SHA1 of a short string does.
        values = _fmix32(sha1_hash32_many(list(chain.from_iterable(sets))))
        ends = np.cumsum(sizes)
        starts = ends - sizes
        docs = np.flatnonzero(sizes > 0)
        doc_ends = ends[docs]
        lo = 0
        while lo < docs.size:
            # a run of whole documents holding at most CHUNK occurrences (at least one document)
            hi = int(np.searchsorted(doc_ends, starts[docs[lo]] + self.CHUNK, side="right"))
            hi = max(hi, lo + 1)
            run = docs[lo:hi]
            first, last = starts[run[0]], ends[run[-1]]
            permuted = self._a * values[first:last][None, :]  # (num_perm, occurrences), wraps mod 2**32
            permuted += self._b
            out[run] = np.minimum.reduceat(permuted, starts[run] - first, axis=1).T
            lo = hi
        return out

    def to_datasketch(self, signature: np.ndarray) -> Any:
        from datasketch import MinHash

        return MinHash(num_perm=self.num_perm, seed=self.seed, hashvalues=signature, scheme=self.scheme)


# quad's default absolute tolerance (epsabs) is 1.49e-8 per integral, so datasketch's errors for
# two choices may each be off by that much: a runner-up this close to the least error could go
# either way there, and datasketch itself is asked. At 0.001 steps of the threshold that happens
# for 0 of 999 thresholds at num_perm <= 64, 3 at 128, 8 at 256, 17 at 512.
_NEAR_TIE = 2 * 1.49e-8


@lru_cache(maxsize=64)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that `datasketch.MinHashLSH(threshold, num_perm)` picks (equal FP/FN weights).

    datasketch's optimiser (`lsh._optimal_param`) tries every (b, r) with b*r <= num_perm, b then r
    ascending, and keeps the first with the least 0.5*FP + 0.5*FN, where FP = integral over
    [0, t] of 1 - (1 - s**r)**b and FN = integral over [t, 1] of (1 - s**r)**b, by scipy's `quad`.
    Both integrands are polynomials of degree b*r <= num_perm, which Gauss-Legendre quadrature on
    ceil((num_perm + 1) / 2) nodes integrates exactly up to rounding; the same search runs here in
    numpy. Where the runner-up is within quad's tolerance of the least error (`_NEAR_TIE`),
    datasketch itself is asked instead. Like MinHashLSH, raises ValueError for a threshold
    outside [0, 1], num_perm < 2, or a choice of fewer than 2 bands.
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be in [0.0, 1.0], got {threshold}")
    if num_perm < 2:
        raise ValueError(f"too few permutation functions: {num_perm}")
    b, r = _band_grid(num_perm)
    x, w = np.polynomial.legendre.leggauss(-(-(num_perm + 1) // 2))
    u, w = (x + 1) / 2, w / 2  # nodes and weights on [0, 1]
    s_fp, w_fp = threshold * u, threshold * w
    s_fn, w_fn = threshold + (1 - threshold) * u, (1 - threshold) * w
    error = np.empty(len(b))
    step = max(1, (1 << 20) // len(u))  # (pairs, nodes) blocks of at most 1M floats
    for lo in range(0, len(b), step):
        bb, rr = b[lo:lo + step, None], r[lo:lo + step, None]
        fp = (1 - (1 - s_fp ** rr) ** bb) @ w_fp
        fn = ((1 - s_fn ** rr) ** bb) @ w_fn
        error[lo:lo + step] = fp * 0.5 + fn * 0.5
    best = int(np.argmin(error))  # the first least, as datasketch's strict `<` keeps
    bands, rows = int(b[best]), int(r[best])
    if np.partition(error, 1)[1] - error[best] <= _NEAR_TIE:  # e.g. b = 183 or 184 at (0.08, 512)
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        return lsh.b, lsh.r
    if bands < 2:
        raise ValueError(f"the optimal number of bands for threshold {threshold} and num_perm "
                         f"{num_perm} is {bands} (< 2)")
    return bands, rows


def _band_grid(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """Every (b, r) with b*r <= num_perm, in datasketch's order (b, then r, ascending), as floats."""
    b = np.concatenate([np.full(num_perm // k, k) for k in range(1, num_perm + 1)])
    r = np.concatenate([np.arange(1, num_perm // k + 1) for k in range(1, num_perm + 1)])
    return b.astype(np.float64), r.astype(np.float64)


def jaccard(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def __getattr__(name: str) -> Any:
    # The index lives in its own module (it imports this one); re-exported here lazily.
    if name == "MinHashIndex":
        from datagen.text.minhash_index import MinHashIndex

        return MinHashIndex
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
