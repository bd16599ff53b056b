"""A reopened enrich stage reads the tree as it stood before its earlier attempt.

The flow applies an enrich stage's examples to the tree once the stage finishes. A rerun
reopens a finished stage that holds failed requests, and recomputes every stage after one it
recomputed; such a stage would see its own earlier examples in the tree, plan from a fuller node
(a smaller goal, or `target` more on top) and draw other demonstrations (prompts the request
cache has never seen). Planned from the tree without them, it sends the earlier attempt's
prompts again: their answers come from the cache, and only the requests that failed are new.
Both enrich forms use this (`enrich_stage`, one node per stage; `enrich_pipeline_stage`).
"""

from __future__ import annotations

from pathlib import Path

from datagen.io import iter_jsonl
from datagen.methods.explore_instruct.stages import task_example
from datagen.methods.explore_instruct.tree import Example, ExampleKey, TreeNode, example_key
from datagen.records import Task, record_from_dict


def earlier_examples(stage_dir: Path | None) -> dict[str, set[ExampleKey]]:
    """The examples an earlier attempt of the stage in `stage_dir` kept, by node (none when the
    stage never finished there)."""
    found: dict[str, set[ExampleKey]] = {}
    kept = stage_dir / "kept.jsonl" if stage_dir is not None else None
    for _, data in iter_jsonl(kept) if kept is not None and kept.is_file() else ():
        task = record_from_dict(data)
        assert isinstance(task, Task)
        found.setdefault(task.meta["node"], set()).add(example_key(task_example(task)))
    return found


def examples_before(node: TreeNode, earlier: dict[str, set[ExampleKey]]) -> list[Example]:
    """The node's examples without those an earlier attempt added."""
    drop = earlier.get(node.task_name, set())
    return [ex for ex in node.examples if example_key(ex) not in drop]
