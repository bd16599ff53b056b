"""Output voting of Ensemble-Instruct (Lee et al., Findings of EMNLP 2023; IBM/ensemble-instruct `ensemble_output.py`).

Candidates for one instance come from k >= 2 models (the ICL instance generator first, then the
zero-shot models). Every candidate is normalized (lower case, no ASCII punctuation, collapsed
whitespace; `normalize_for_vote`), then:

1. Exact-match shortcut (IBM/ensemble-instruct `ensemble_output.py`): for k = 3 the repo emits o0
   when o0 equals o1 or o2, else o1 when o1 equals o2. Generalised to any k: the earliest
   candidate that equals at least one other candidate wins (branch `exact_o0`, or `exact_oioj`
   with j the first later candidate equal to it, e.g. `exact_o1o2`).
2. Otherwise ROUGE-L F with the Porter stemmer on the normalized strings for every pair. The
   candidate to emit depends on `rule`:
   - `medoid` (repo HEAD c65b4c5, default): the candidate with the largest summed agreement
     with all others, ties to the earlier candidate (a greedy minimum-Bayes-risk choice);
   - `legacy` (the code before c65b4c5, which made the released `sample/openei.ensemble`):
     as `medoid`, except that an exact match among the other candidates (o1 == o2) emitted o0,
     the output the two zero-shot models disagreed with;
   - `paper` (the paper's wording): the first element of the highest-scoring pair (ties to the
     earlier pair).
   The winner is kept only when the smallest pairwise score is above `threshold` (0.01 in the
   repo; the exact-match branches skip this test, as the repo does).

The emitted text is always the original, un-normalized (stripped) candidate. A winner with no
text left after normalization is rejected (`vote_empty`); the repo checks emptiness only in the
ROUGE branch, so with `drop_empty=False` its exact branches may emit an empty output.

Stage `vote_stage` consumes Tasks whose `meta["candidates"]` is a list of `{member, text}`
(first = the instance generator) and produces the Task with the winning output and
`meta["votes"] = {winner, member, branch, rule, pairwise, min_pairwise}`.
Rejection reasons:
  `vote_no_consensus`   no exact match and the smallest pairwise ROUGE-L is <= threshold
                        (evidence: every candidate and every pairwise score)
  `vote_empty`          the chosen candidate is empty after normalization (same evidence)
  `too_few_candidates`  fewer than `min_candidates` outputs reached the vote
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Literal, Sequence

from pydantic import Field

from datagen.config import StrictModel
from datagen.records import Instance, Task
from datagen.stage import Reject, RunContext, StageResult, make_result, reject
from datagen.text.normalize import normalize_for_vote
from datagen.text.rouge import rouge_l_f

VoteRule = Literal["medoid", "legacy", "paper"]
STAGE = "vote"


class VoteConfig(StrictModel):
    rule: VoteRule = Field("medoid", description="medoid: repo HEAD c65b4c5; legacy: the pre-fix code "
                           "that made sample/openei.ensemble; paper: first element of the best pair")
    threshold: float = Field(0.01, ge=0.0, le=1.0, description="keep only if the smallest pairwise ROUGE-L F is above "
                             "this (IBM/ensemble-instruct ensemble_output.py: 0.01)")
    use_stemmer: bool = True  # ensemble_output.py: RougeScorer(['rougeL'], use_stemmer=True)
    drop_empty: bool = Field(True, description="reject a winner that is empty after normalization in "
                             "every branch (the repo checks only its ROUGE branch)")
    min_candidates: int = Field(2, ge=2, description="a row needs at least this many outputs to vote")


@dataclass(frozen=True)
class Vote:
    """The verdict on one row: `winner` is a candidate index, or None when the row is dropped."""

    winner: int | None
    branch: str  # exact_o0 | exact_oioj (e.g. exact_o1o2) | medoid | best_pair
    pairwise: dict[str, float] = field(default_factory=dict)  # "i-j" -> ROUGE-L F, i < j
    reason: str | None = None  # vote_no_consensus | vote_empty when winner is None
    chosen: int | None = None  # the candidate the rule picked (also set when it was then rejected)

    @property
    def min_pairwise(self) -> float:
        return min(self.pairwise.values()) if self.pairwise else 0.0


def pair_key(i: int, j: int) -> str:
    return f"{i}-{j}"


def pairwise_scores(normalized: Sequence[str], use_stemmer: bool = True) -> dict[str, float]:
    """ROUGE-L F for every pair i < j of the normalized candidates (rouge_score's tokenizer)."""
    return {pair_key(i, j): rouge_l_f(normalized[i], normalized[j], use_stemmer=use_stemmer)
            for i, j in combinations(range(len(normalized)), 2)}


def exact_match(normalized: Sequence[str]) -> tuple[int, int] | None:
    """(i, j): the earliest candidate i equal to some other, and the first such j > i.

    For k = 3 this is the repo's order: o0 == o1 or o0 == o2 first, then o1 == o2."""
    for i, text in enumerate(normalized):
        for j in range(i + 1, len(normalized)):
            if normalized[j] == text:
                return i, j
    return None


def medoid(pairwise: dict[str, float], k: int) -> int:
    """The candidate with the largest summed agreement; sums in the repo's order (o0: R01+R02,
    o1: R01+R12, o2: R02+R12), ties to the earlier candidate."""
    def total(i: int) -> float:
        s = 0.0
        for j in range(k):
            if j != i:
                s += pairwise[pair_key(min(i, j), max(i, j))]
        return s
    sums = [total(i) for i in range(k)]
    return max(range(k), key=lambda i: (sums[i], -i))


def best_pair_first(pairwise: dict[str, float], k: int) -> int:
    """The first element of the highest-scoring pair (ties to the earlier pair)."""
    pairs = list(combinations(range(k), 2))
    best = max(range(len(pairs)), key=lambda p: (pairwise[pair_key(*pairs[p])], -p))
    return pairs[best][0]


def vote(candidates: Sequence[str], cfg: VoteConfig | None = None) -> Vote:
    """Vote over k >= 2 candidate outputs (first = the instance generator's); see module docstring."""
    cfg = cfg or VoteConfig()
    texts = [c.strip() for c in candidates]
    normalized = [normalize_for_vote(t) for t in texts]
    k = len(texts)
    if k < 2:
        raise ValueError(f"a vote needs at least 2 candidates, got {k}")
    pairwise = pairwise_scores(normalized, cfg.use_stemmer)

    def done(choice: int, branch: str, exact: bool) -> Vote:
        empty = (cfg.drop_empty and not normalized[choice]) or (not exact and not texts[choice])
        return Vote(None if empty else choice, branch, pairwise, "vote_empty" if empty else None, choice)

    match = exact_match(normalized)
    if match is not None:
        i, j = match
        if i == 0:
            return done(0, "exact_o0", exact=True)
        # legacy (pre-c65b4c5) emitted o0 here, the output the agreeing models disagreed with.
        return done(0 if cfg.rule == "legacy" else i, f"exact_o{i}o{j}", exact=True)

    if cfg.rule == "paper":
        choice, branch = best_pair_first(pairwise, k), "best_pair"
    else:
        choice, branch = medoid(pairwise, k), "medoid"
    if min(pairwise.values()) <= cfg.threshold:
        return Vote(None, branch, pairwise, "vote_no_consensus", choice)
    return done(choice, branch, exact=False)  # the repo's `best_output != ""`


def _candidates(task: Task) -> list[dict[str, Any]]:
    return list(task.meta.get("candidates") or [])


def vote_stage(records: Sequence[Task], cfg: VoteConfig, ctx: RunContext | None = None) -> StageResult:
    """Keep each row whose candidates agree, with the winning text as its output."""
    started = time.perf_counter()
    kept: list[Task] = []
    rejected = []
    for task in records:
        cands = _candidates(task)
        if len(cands) < cfg.min_candidates:
            rejected.append(reject(task, STAGE, Reject("too_few_candidates", candidates=cands,
                                                       min_candidates=cfg.min_candidates)))
            continue
        verdict = vote([c["text"] for c in cands], cfg)
        evidence = {"rule": cfg.rule, "branch": verdict.branch, "chosen": verdict.chosen,
                    "pairwise": verdict.pairwise, "min_pairwise": verdict.min_pairwise}
        if verdict.winner is None:
            rejected.append(reject(task, STAGE, Reject(verdict.reason or "vote_no_consensus",
                                                       candidates=cands, **evidence)))
            continue
        win = cands[verdict.winner]
        first = task.instances[0] if task.instances else Instance()
        meta = {**task.meta, "votes": {"winner": verdict.winner, "member": win.get("member", ""),
                                       **evidence}}
        kept.append(task.model_copy(update={
            "instances": [Instance(input=first.input, output=win["text"].strip())], "meta": meta}))
    return make_result(STAGE, len(records), kept, rejected, started)


def _short(text: str, n: int = 120) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _data(record: Any) -> dict[str, Any]:
    return record.model_dump(mode="json") if hasattr(record, "model_dump") else dict(record)


def vote_counts_rows(kept: Sequence[Any], rejected: Sequence[Any], members: Sequence[str]) -> list[dict[str, Any]]:
    """Per member: rows won by an exact match and by ROUGE agreement; then the dropped rows by reason.
    `kept` are voted Tasks (or their dicts), `rejected` the stage's Rejected records."""
    exact = {m: 0 for m in members}
    rouge = {m: 0 for m in members}
    for rec in kept:
        votes = _data(rec)["meta"].get("votes", {})
        winner = votes.get("member") or f"#{votes.get('winner')}"
        table = exact if str(votes.get("branch", "")).startswith("exact") else rouge
        table[winner] = table.get(winner, 0) + 1
    rows = [{"member": m, "exact-match wins": exact[m], "ROUGE (medoid / best pair) wins": rouge.get(m, 0),
             "rows won": exact[m] + rouge.get(m, 0)} for m in exact]
    dropped: dict[str, int] = {}
    for rej in rejected:
        dropped[rej.reason] = dropped.get(rej.reason, 0) + 1
    rows += [{"member": f"dropped: {reason}", "exact-match wins": "", "ROUGE (medoid / best pair) wins": "",
              "rows won": n} for reason, n in sorted(dropped.items())]
    return rows


def vote_sample_rows(kept: Sequence[Any], rejected: Sequence[Any], n: int = 10) -> list[dict[str, Any]]:
    """Up to n kept and n rejected rows: each candidate, the pairwise scores and the winner."""
    def row(status: str, data: dict[str, Any], votes: dict[str, Any], cands: list[dict[str, Any]]) -> dict:
        winner = votes.get("winner")
        return {
            "status": status, "instruction": _short(data.get("instruction", ""), 80),
            "candidates": " ‖ ".join(f"[{i}] {c.get('member', '')}: {_short(c.get('text', ''), 60)}"
                                     for i, c in enumerate(cands)),
            "pairwise": ", ".join(f"{k}={v:.2f}" for k, v in (votes.get("pairwise") or {}).items()),
            "branch": votes.get("branch", ""),
            "winner": f"[{winner}] {cands[winner].get('member', '')}" if winner is not None else "-",
        }
    rows = []
    for rec in list(kept)[:n]:
        data = _data(rec)
        rows.append(row("kept", data, data["meta"].get("votes", {}), data["meta"].get("candidates", [])))
    for rej in list(rejected)[:n]:
        ev = dict(rej.evidence)
        rows.append(row(f"dropped: {rej.reason}", rej.record, {**ev, "winner": None},
                        ev.get("candidates", [])))
    return rows
