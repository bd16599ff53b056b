"""MinHash signatures and an incremental LSH index, bit-identical to datasketch.

`MinHasher.signatures` computes, for many shingle sets at once, exactly the hash values that
`datasketch.MinHash(num_perm, seed)` holds after `update(s.encode("utf-8"))` of every shingle:
datasketch's SHA1-32 input hash, its MurmurHash3 pre-mix and its affine permutations
(`a*h + b mod 2**32`, the default "affine32" scheme of datasketch >= 2.0, taken from datasketch
itself), so signatures interoperate with datasketch. The SHA1s run in one tight loop, the
permutations and minima in numpy over the whole batch.

`MinHashIndex` (datagen/text/minhash_index.py, re-exported here) bands signatures like
`datasketch.MinHashLSH` and returns the same candidates.

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


class MinHasher:
    """Signatures equal to datasketch.MinHash(num_perm, seed) fed the same shingles."""

    CHUNK = 1 << 15  # shingle occurrences permuted at once: 32K x num_perm uint32

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        from datasketch import MinHash

        proto = MinHash(num_perm=num_perm, seed=seed)
        if proto.scheme != "affine32":  # pragma: no cover - datasketch's default since 2.0
            raise RuntimeError(f"unsupported datasketch MinHash scheme {proto.scheme!r}")
        self.num_perm, self.seed, self.scheme = num_perm, seed, proto.scheme
        self._a = np.ascontiguousarray(proto.permutations[0], dtype=_U32)[:, None]
        self._b = np.ascontiguousarray(proto.permutations[1], dtype=_U32)[:, None]
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


@lru_cache(maxsize=64)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that datasketch.MinHashLSH picks for this threshold (equal FP/FN weights)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


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
