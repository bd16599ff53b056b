"""Tokenizers and exact ROUGE-L F-measure, identical to `rouge_score`, the
scorer of Self-Instruct's novelty filter (yizhongw/self-instruct `bootstrap_instructions.py`).

`rouge_tokenize` reproduces `rouge_score.tokenize.tokenize` step for step: lower-case, replace
every run of characters outside [a-z0-9] with a space, split, and (with `use_stemmer`) apply
NLTK's Porter stemmer to tokens longer than 3 characters. `rouge_l_f(a, b)` equals
`RougeScorer(['rougeL']).score(a, b)['rougeL'].fmeasure` bit for bit: the LCS length is computed
by rapidfuzz's compiled LCS on token-id strings, and the F-measure with the same float formula
as `rouge_score.scoring.fmeasure`.

rouge_score's tokenizer drops every non-ASCII letter, so two identical Korean or Chinese
strings score 0 (so Self-Instruct's novelty filter passes any such text).
`unicode_tokenize` is the opt-in fix: NFKC, casefold,
Unicode letters/digits (with combining marks) as words, and each Han/Kana character as its own
token, since those scripts do not separate words with spaces.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable, Literal, Sequence

import numpy as np
from rapidfuzz.distance import LCSseq

TokenizerName = Literal["rouge", "unicode"]

# rouge_score/tokenize.py: the same three patterns, applied in the same order.
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_VALID = re.compile(r"^[a-z0-9]+$")

# Han (CJK unified + extensions + compatibility), Hiragana, Katakana: one token per character.
_CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f"
_CJK_CHAR = re.compile(f"([{_CJK}])")
# Combining marks that belong inside a word (Latin, Hebrew, Arabic, Indic, Thai vowel signs...),
# which `\w` alone would treat as separators.
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
          "\u0900-\u0963\u0966-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff"
          "\u20d0-\u20ff\ufe20-\ufe2f")
_UNICODE_WORD = re.compile(f"(?:[^\\W_]|[{_MARKS}])+")


@lru_cache(maxsize=1)
def _porter() -> Callable[[str], str]:
    from nltk.stem import porter  # rouge_score's own stemmer (tokenizers.DefaultTokenizer)

    return porter.PorterStemmer().stem


@lru_cache(maxsize=1 << 18)
def _stem(token: str) -> str:
    # rouge_score stems only tokens longer than 3 characters.
    return _porter()(token) if len(token) > 3 else token


def rouge_tokenize(text: str, use_stemmer: bool = False) -> list[str]:
    """rouge_score's default tokenizer (`tokenize.tokenize(text, stemmer)`), token for token."""
    tokens = _SPACES.split(_NON_ALNUM.sub(" ", text.lower()))
    if use_stemmer:
        tokens = [_stem(t) for t in tokens]
    return [t for t in tokens if _VALID.match(t)]


def unicode_tokenize(text: str, use_stemmer: bool = False) -> list[str]:
    """Script-aware tokens: casefolded words of any script, Han/Kana characters one by one."""
    text = _CJK_CHAR.sub(r" \1 ", unicodedata.normalize("NFKC", text).casefold())
    tokens = _UNICODE_WORD.findall(text)
    if use_stemmer:
        tokens = [_stem(t) if t.isascii() else t for t in tokens]
    return tokens


TOKENIZERS: dict[str, Callable[[str, bool], list[str]]] = {
    "rouge": rouge_tokenize,
    "unicode": unicode_tokenize,
}


def tokenize(text: str, tokenizer: TokenizerName = "rouge", use_stemmer: bool = False) -> list[str]:
    try:
        fn = TOKENIZERS[tokenizer]
    except KeyError:
        raise ValueError(f"unknown tokenizer {tokenizer!r}: use 'rouge' or 'unicode'") from None
    return fn(text, use_stemmer)


def f_measure(lcs: int, target_len: int, prediction_len: int) -> float:
    """rouge_score `_score_lcs` + `scoring.fmeasure`, same operations in the same order."""
    if not target_len or not prediction_len:
        return 0.0
    precision = lcs / prediction_len
    recall = lcs / target_len
    if precision + recall > 0:
        return 2 * precision * recall / (precision + recall)
    return 0.0


def f_measure_array(lcs: np.ndarray, target_len: np.ndarray | int,
                    prediction_len: np.ndarray | int) -> np.ndarray:
    """`f_measure` over arrays (broadcasting); float64 gives the very same bits as the scalar."""
    lcs = np.asarray(lcs, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = lcs / prediction_len
        recall = lcs / target_len
        f = 2 * precision * recall / (precision + recall)
    return np.where(lcs > 0, f, 0.0)


class TokenCodec:
    """Maps tokens to ints once and packs a text's ids into a str, one code point per token.

    rapidfuzz compares str code points natively, so LCS on these strings is LCS on the token
    sequences; ids past the last code point fall back to a list of ints, which rapidfuzz compares
    by value against code points, so the two forms mix freely.
    """

    _MAX_CODEPOINT = 0x10FFFF

    def __init__(self, tokenizer: TokenizerName = "rouge", use_stemmer: bool = False) -> None:
        tokenize("", tokenizer)  # validate the name early
        self.tokenizer = tokenizer
        self.use_stemmer = use_stemmer
        self._split = TOKENIZERS[tokenizer]
        self.vocab: dict[str, int] = {}

    def encode(self, text: str) -> str | list[int]:
        vocab = self.vocab
        ids = [vocab.setdefault(t, len(vocab)) for t in self._split(text, self.use_stemmer)]
        if len(vocab) <= self._MAX_CODEPOINT or not ids or max(ids) <= self._MAX_CODEPOINT:
            return "".join(map(chr, ids))
        return ids


def lcs_length(a: Sequence, b: Sequence) -> int:
    """Length of the longest common subsequence (compiled bit-parallel LCS)."""
    return int(LCSseq.similarity(a, b))


def rouge_l_f(a: str, b: str, *, tokenizer: TokenizerName = "rouge", use_stemmer: bool = False) -> float:
    """ROUGE-L F of `a` (rouge_score's target) and `b` (its prediction); 0.0 if either has no token."""
    codec = TokenCodec(tokenizer, use_stemmer)
    sa, sb = codec.encode(a), codec.encode(b)
    return f_measure(lcs_length(sa, sb), len(sa), len(sb))


def __getattr__(name: str):
    # The pool index lives in its own module; re-exported here lazily (it imports this module).
    if name in ("NoveltyIndex", "NoveltyHit", "GreedyDecision"):
        from datagen.text import novelty_index

        return getattr(novelty_index, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
