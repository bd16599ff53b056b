"""FP-Growth frequent itemsets and association rules (Han, Pei & Yin, SIGMOD 2000).

InsTag's fourth normalization step mines association rules between tags with FP-Growth
(minimum support 40, minimum confidence 99%; Lu et al. 2024, §3.2). This is a small self-contained
implementation so the project needs no extra dependency:

- `frequent_itemsets(transactions, min_support)`: every itemset contained in at least
  `min_support` transactions (an absolute count), with its support count. Items of a
  transaction are a set: repeats inside one transaction count once.
- `association_rules(itemsets, min_confidence)`: every rule X -> Y with X, Y non-empty,
  disjoint, X ∪ Y frequent and support(X ∪ Y) / support(X) >= min_confidence.

The FP-tree orders items by descending support (ties by name), so results never depend on
the input order. `max_len` bounds the itemset size: without it, a few hundred transactions that
share the same 25 tags would yield 2^25 itemsets.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from typing import Hashable, Iterable, Sequence

Item = Hashable
Itemsets = dict[frozenset, int]


class _Node:
    __slots__ = ("item", "count", "parent", "children")

    def __init__(self, item: Item | None, parent: _Node | None) -> None:
        self.item = item
        self.count = 0
        self.parent = parent
        self.children: dict[Item, _Node] = {}


def _sort_key(item: Item) -> tuple[str, str]:
    return (type(item).__name__, str(item))


def _build_tree(weighted: Sequence[tuple[Sequence[Item], int]],
                min_support: int) -> tuple[dict[Item, int], dict[Item, list[_Node]], list[Item]]:
    """One FP-tree over weighted transactions: frequent items, header lists, item order."""
    counts: Counter = Counter()
    for items, weight in weighted:
        for item in set(items):
            counts[item] += weight
    frequent = {item: c for item, c in counts.items() if c >= min_support}
    order = sorted(frequent, key=lambda i: (-frequent[i], _sort_key(i)))
    rank = {item: r for r, item in enumerate(order)}
    root = _Node(None, None)
    header: dict[Item, list[_Node]] = defaultdict(list)
    for items, weight in weighted:
        node = root
        for item in sorted({i for i in items if i in rank}, key=rank.__getitem__):
            child = node.children.get(item)
            if child is None:
                child = node.children[item] = _Node(item, node)
                header[item].append(child)
            child.count += weight
            node = child
    return frequent, header, order


def _mine(weighted: Sequence[tuple[Sequence[Item], int]], min_support: int, suffix: frozenset,
          out: Itemsets, max_len: int | None) -> None:
    frequent, header, order = _build_tree(weighted, min_support)
    for item in reversed(order):  # least frequent first: its conditional base is smallest
        itemset = suffix | {item}
        out[itemset] = frequent[item]
        if max_len is not None and len(itemset) >= max_len:
            continue
        base: list[tuple[list[Item], int]] = []
        for node in header[item]:
            path: list[Item] = []
            parent = node.parent
            while parent is not None and parent.item is not None:
                path.append(parent.item)
                parent = parent.parent
            if path:
                base.append((path, node.count))
        if base:
            _mine(base, min_support, itemset, out, max_len)


def frequent_itemsets(transactions: Iterable[Iterable[Item]], min_support: int,
                      max_len: int | None = None) -> Itemsets:
    """Every itemset in at least `min_support` transactions -> its support count."""
    if min_support < 1:
        raise ValueError("min_support is an absolute count of transactions and must be >= 1")
    if max_len is not None and max_len < 1:
        raise ValueError("max_len must be >= 1 (or None for no bound)")
    weighted = [(list(dict.fromkeys(t)), 1) for t in transactions]
    out: Itemsets = {}
    _mine(weighted, min_support, frozenset(), out, max_len)
    return out


@dataclass(frozen=True)
class Rule:
    """X -> Y: `support` = transactions holding X ∪ Y; `confidence` = support / support(X)."""

    antecedent: frozenset
    consequent: frozenset
    support: int
    confidence: float

    def as_dict(self) -> dict[str, object]:
        return {"antecedent": sorted(map(str, self.antecedent)),
                "consequent": sorted(map(str, self.consequent)),
                "support": self.support, "confidence": round(self.confidence, 6)}


def association_rules(itemsets: Itemsets, min_confidence: float) -> list[Rule]:
    """All rules from the frequent itemsets at confidence >= `min_confidence`, sorted by
    confidence, then support (both descending), then the items' names."""
    rules: list[Rule] = []
    for itemset, support in itemsets.items():
        if len(itemset) < 2:
            continue
        items = sorted(itemset, key=_sort_key)
        for size in range(1, len(items)):
            for antecedent in combinations(items, size):
                x = frozenset(antecedent)
                confidence = support / itemsets[x]  # every subset of a frequent set is frequent
                if confidence >= min_confidence:
                    rules.append(Rule(x, itemset - x, support, confidence))
    rules.sort(key=lambda r: (-r.confidence, -r.support, sorted(map(_sort_key, r.antecedent)),
                              sorted(map(_sort_key, r.consequent))))
    return rules
