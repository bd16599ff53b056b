import pytest

from datagen.records import Task
from datagen.stage import Reject, StageStats, filter_records


def test_filter_records_counts_reasons_and_keeps_evidence():
    tasks = [Task.new(w, "m") for w in ["a b c d e", "x", "image of a cat please now"]]

    def decide(t):
        if len(t.instruction.split()) <= 3:
            return Reject("too_short", words=len(t.instruction.split()))
        if "image" in t.instruction:
            return Reject("blacklisted_word", word="image")
        return None

    res = filter_records("heuristics", tasks, decide)
    assert [t.instruction for t in res.kept] == ["a b c d e"]
    assert res.stats.rejected_by_reason == {"too_short": 1, "blacklisted_word": 1}
    assert res.rejected[0].evidence == {"words": 1} and res.rejected[0].stage == "heuristics"
    assert res.stats.n_in == 3


def test_stats_add_across_rounds_and_check_balance():
    a = StageStats(stage="s", n_in=3, n_kept=2, n_rejected=1, rejected_by_reason={"x": 1}, llm_requests=2)
    b = StageStats(stage="s", n_in=2, n_kept=0, n_rejected=2, rejected_by_reason={"x": 1, "y": 1}, seconds=1.5)
    c = a + b
    assert (c.n_in, c.n_kept, c.n_rejected, c.llm_requests) == (5, 2, 3, 2)
    assert c.rejected_by_reason == {"x": 2, "y": 1} and c.seconds == 1.5
    c.check()
    with pytest.raises(AssertionError):
        StageStats(stage="bad", n_in=3, n_kept=1, n_rejected=1).check()
