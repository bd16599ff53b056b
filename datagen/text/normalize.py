"""Text normalizers for voting and exact deduplication, and a stable content hash.

`normalize_for_vote` is Ensemble-Instruct's `normalize` in IBM/ensemble-instruct's
`ensemble_output.py`: lower-case, delete every ASCII punctuation character, collapse whitespace.
`normalize_for_exact` is for exact-duplicate detection across scripts: Unicode NFKC (so
full-width and compatibility forms match), casefold, collapse whitespace; punctuation is kept,
so "Sort the list." and "Sort the list" stay different texts.
"""

from __future__ import annotations

import hashlib
import string
import unicodedata

_ASCII_PUNCTUATION = str.maketrans("", "", string.punctuation)


def normalize_for_vote(text: str) -> str:
    return " ".join(text.lower().translate(_ASCII_PUNCTUATION).split())


def normalize_for_exact(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(*parts: str, normalize: bool = True) -> str:
    """SHA-256 hex of the (normalized) parts; the same in every process and Python version."""
    texts = [normalize_for_exact(p) if normalize else p for p in parts]
    return hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()
