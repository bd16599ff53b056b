"""InsTag's two dataset measures (Lu et al., ICLR 2024, §4).

- diversity: unique-tag coverage, |tags present in the data| / |full tag set|;
- complexity: the average number of tags per query.

The full tag set is the normalized vocabulary of the whole pool, so the pool's own diversity
is 1.0 and a subset's says how much of the pool's intentions it still covers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Collection, Iterable, Sequence


@dataclass(frozen=True)
class TagMetrics:
    name: str
    queries: int
    unique_tags: int
    diversity: float
    complexity: float

    def as_row(self) -> dict[str, object]:
        row = asdict(self)
        row["diversity"] = round(self.diversity, 4)
        row["complexity"] = round(self.complexity, 3)
        return row


def vocabulary(tag_sets: Iterable[Iterable[str]]) -> set[str]:
    return {t for tags in tag_sets for t in tags}


def diversity(tag_sets: Iterable[Iterable[str]], full: Collection[str]) -> float:
    """Share of the full tag set that appears in `tag_sets` (0 for an empty tag set)."""
    if not full:
        return 0.0
    return len(vocabulary(tag_sets) & set(full)) / len(full)


def complexity(tag_sets: Sequence[Collection[str]]) -> float:
    """Mean distinct tags per query (0 for no queries); queries without tags count as 0."""
    if not tag_sets:
        return 0.0
    return sum(len(set(tags)) for tags in tag_sets) / len(tag_sets)


def measure(name: str, tag_sets: Sequence[Collection[str]], full: Collection[str]) -> TagMetrics:
    present = vocabulary(tag_sets) & set(full)
    return TagMetrics(name, len(tag_sets), len(present), diversity(tag_sets, full), complexity(tag_sets))
