"""Seed tasks in the standard Self-Instruct format (yizhongw/self-instruct
`data/seed_tasks.jsonl`).

One JSON object a line: `id`, `name`, `instruction`, `instances` (a list of `{input, output}`)
and `is_classification`. The 175-task file of yizhongw/self-instruct (also shipped by
stanford_alpaca and IBM/ensemble-instruct) loads unchanged, and so does `seeds/self_instruct/`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, NamedTuple

from datagen.errors import InputError
from datagen.io import iter_jsonl
from datagen.records import Instance, Task
from datagen.run_options import resolve_path
from datagen.stage import RunContext, StageResult, make_result, stage_name

_KNOWN_KEYS = {"id", "name", "instruction", "instances", "is_classification"}


def _instances(path: Path, lineno: int, raw: Any) -> list[Instance]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise InputError(path, f"expected a list of {{input, output}} objects, got {type(raw).__name__}",
                         line=lineno, field="instances",
                         fix='write "instances": [{"input": "...", "output": "..."}]')
    out: list[Instance] = []
    for k, item in enumerate(raw):
        where = f"instances[{k}]"
        if not isinstance(item, dict):
            raise InputError(path, f"expected an object, got {type(item).__name__}", line=lineno,
                             field=where, fix='write {"input": "...", "output": "..."}')
        for key in ("input", "output"):
            value = item.get(key, "")
            if not isinstance(value, str):
                raise InputError(path, f"expected a string, got {type(value).__name__}", line=lineno,
                                 field=f"{where}.{key}", fix='use "" for an empty input')
        out.append(Instance(input=item.get("input", ""), output=item.get("output", "")))
    return out


def _task(path: Path, lineno: int, obj: dict[str, Any], position: int) -> Task:
    instruction = obj.get("instruction")
    if not isinstance(instruction, str) or not instruction.strip():
        problem = "missing" if instruction is None else "must be a non-empty string"
        raise InputError(path, problem, line=lineno, field="instruction",
                         fix='every seed needs "instruction": "<what to do>"')
    seed_id = obj.get("id", f"seed_task_{position}")
    if not isinstance(seed_id, str) or not seed_id.strip():
        raise InputError(path, "must be a non-empty string", line=lineno, field="id",
                         fix='use ids such as "seed_task_0"')
    is_clf = obj.get("is_classification")
    if is_clf is not None and not isinstance(is_clf, bool):
        raise InputError(path, f"expected true or false, got {is_clf!r}", line=lineno,
                         field="is_classification", fix="write true or false without quotes")
    name = obj.get("name", "")
    if not isinstance(name, str):
        raise InputError(path, f"expected a string, got {type(name).__name__}", line=lineno, field="name")
    meta: dict[str, Any] = {"name": name}
    meta.update({k: v for k, v in obj.items() if k not in _KNOWN_KEYS})  # e.g. motivation_app
    return Task(id=seed_id, method="seed", origin="seed", instruction=instruction,
                instances=_instances(path, lineno, obj.get("instances")),
                is_classification=is_clf, meta=meta)


def load_seed_tasks(path: str | Path) -> list[Task]:
    """Every line of a seed JSONL file as a seed Task (`origin="seed"`, `method="seed"`, id kept).

    A bad line raises InputError naming the file, line and field: not JSON, a missing or empty
    `instruction`, `instances` not a list, a duplicate `id`, or a file with no tasks at all.
    A missing `id` becomes `seed_task_<position>`.
    """
    path = Path(path)
    tasks: list[Task] = []
    first_line: dict[str, int] = {}
    for lineno, obj in iter_jsonl(path):
        task = _task(path, lineno, obj, len(tasks))
        if task.id in first_line:
            raise InputError(path, f"duplicate id {task.id!r} (first used on line {first_line[task.id]})",
                             line=lineno, field="id", fix="give every seed task its own id")
        first_line[task.id] = lineno
        tasks.append(task)
    if not tasks:
        raise InputError(path, "no seed tasks in the file",
                         fix="add one JSON object per line with at least an instruction")
    return tasks


class TaskSplit(NamedTuple):
    """Seeds by type: io (first instance has an input) vs o, and classification vs not."""

    io: list[Task]
    o: list[Task]
    clf: list[Task]
    non_clf: list[Task]


def has_input(task: Task) -> bool:
    return bool(task.instances) and bool(task.instances[0].input.strip())


def split_by_type(tasks: list[Task]) -> TaskSplit:
    """Split by the first instance's input (Ensemble-Instruct's io/o) and by `is_classification`
    (an unknown label counts as not classification). Order is kept within each part."""
    return TaskSplit(
        io=[t for t in tasks if has_input(t)],
        o=[t for t in tasks if not has_input(t)],
        clf=[t for t in tasks if t.is_classification],
        non_clf=[t for t in tasks if not t.is_classification],
    )


def seeds_stage(_records: list, _cfg: object, ctx: RunContext | None = None, *, path: str,
                annotate: Callable[[Task], dict[str, Any]] | None = None) -> StageResult:
    """A stage: the seed tasks of `path` (a bad file fails the run), each kept, with the meta
    that `annotate` gives it (Ensemble-Instruct's task type, say)."""
    seeds = load_seed_tasks(resolve_path(path))
    if annotate is not None:
        seeds = [s.model_copy(update={"meta": {**s.meta, **annotate(s)}}) for s in seeds]
    return make_result(stage_name(ctx, "seeds"), len(seeds), seeds, [])
