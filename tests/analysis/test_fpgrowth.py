"""FP-Growth against hand-checked itemsets and rules, and against brute force on random baskets."""

from __future__ import annotations

import random
from itertools import combinations

import pytest

from datagen.analysis.fpgrowth import Rule, association_rules, frequent_itemsets

# The textbook example of Han, Pei & Yin (2000), Table 1: with min support 3 the frequent
# items are f:4 c:4 a:3 b:3 m:3 p:3, and the frequent itemsets are those six, {c,p}, and every
# subset of {f,c,a,m} (all with support 3).
HAN_BASKETS = [
    list("facdgimp"),
    list("abcflmo"),
    list("bfhjo"),
    list("bcksp"),
    list("afcelpmn"),
]


def fs(text: str) -> frozenset:
    return frozenset(text)


def brute_force(baskets: list[list[str]], min_support: int) -> dict[frozenset, int]:
    sets = [set(b) for b in baskets]
    items = sorted(set().union(*sets))
    out = {}
    for size in range(1, len(items) + 1):
        found = False
        for combo in combinations(items, size):
            support = sum(1 for s in sets if s.issuperset(combo))
            if support >= min_support:
                out[frozenset(combo)] = support
                found = True
        if not found:
            break
    return out


def test_textbook_itemsets():
    got = frequent_itemsets(HAN_BASKETS, min_support=3)
    expected = {fs("f"): 4, fs("c"): 4, fs("a"): 3, fs("b"): 3, fs("m"): 3, fs("p"): 3, fs("cp"): 3}
    for size in range(2, 5):
        for combo in combinations("fcam", size):
            expected[frozenset(combo)] = 3
    assert got == expected
    assert len(got) == 18


def test_textbook_rules_at_full_confidence():
    rules = association_rules(frequent_itemsets(HAN_BASKETS, 3), min_confidence=1.0)
    pairs = {("".join(sorted(r.antecedent)), "".join(sorted(r.consequent))) for r in rules
             if len(r.antecedent) == 1 and len(r.consequent) == 1}
    # a and m always come together and always with f and c; p always with c. f and c (support
    # 4) appear once without the others, so no rule leaves from them alone.
    assert pairs == {("a", "c"), ("a", "f"), ("a", "m"), ("m", "a"), ("m", "c"), ("m", "f"), ("p", "c")}
    assert all(r.confidence == 1.0 and r.support == 3 for r in rules)
    # {c,f} occur together 3 times, each time with a and m: support 3 / 3
    assert Rule(fs("cf"), fs("am"), 3, 1.0) in rules


def test_rule_confidence_values():
    rules = association_rules(frequent_itemsets(HAN_BASKETS, 3), min_confidence=0.7)
    by_pair = {("".join(sorted(r.antecedent)), "".join(sorted(r.consequent))): r for r in rules}
    assert by_pair[("f", "c")].confidence == pytest.approx(0.75)
    assert by_pair[("f", "c")].support == 3
    assert by_pair[("c", "p")].confidence == pytest.approx(0.75)
    assert ("f", "b") not in by_pair  # {f,b} has support 2 < 3: not frequent
    # rules are sorted by confidence first
    assert [r.confidence for r in rules] == sorted((r.confidence for r in rules), reverse=True)


def test_repeats_inside_a_transaction_count_once():
    got = frequent_itemsets([["x", "x", "y"], ["x"]], min_support=2)
    assert got == {fs("x"): 2}


def test_max_len_bounds_itemset_size():
    got = frequent_itemsets(HAN_BASKETS, 3, max_len=2)
    assert max(len(s) for s in got) == 2
    assert got[frozenset("fc")] == 3 and frozenset("fca") not in got


@pytest.mark.parametrize("seed", range(6))
def test_matches_brute_force_on_random_baskets(seed):
    rng = random.Random(seed)
    items = [f"t{i}" for i in range(9)]
    baskets = [rng.sample(items, rng.randint(0, 6)) for _ in range(rng.randint(5, 40))]
    min_support = rng.randint(1, 6)
    got = frequent_itemsets(baskets, min_support)
    assert got == brute_force(baskets, min_support)
    # every rule's confidence recomputed from raw baskets
    sets = [set(b) for b in baskets]
    for rule in association_rules(got, 0.6):
        both = sum(1 for s in sets if s >= rule.antecedent | rule.consequent)
        ante = sum(1 for s in sets if s >= rule.antecedent)
        assert rule.support == both and rule.confidence == pytest.approx(both / ante) and both / ante >= 0.6


def test_input_order_does_not_matter():
    shuffled = [list(reversed(b)) for b in reversed(HAN_BASKETS)]
    assert frequent_itemsets(shuffled, 3) == frequent_itemsets(HAN_BASKETS, 3)
    assert association_rules(frequent_itemsets(shuffled, 2), 0.5) == \
        association_rules(frequent_itemsets(HAN_BASKETS, 2), 0.5)


def test_bad_support_is_refused():
    with pytest.raises(ValueError):
        frequent_itemsets(HAN_BASKETS, 0)
