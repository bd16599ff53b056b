"""Records that flow between stages, and the rejection record that keeps what a stage dropped.

Every record has a stable `id` (a hash of its content and origin, so the same instruction made by
the same method always gets the same id across runs and processes), the `method` that made it,
its `parents` (seed or tree-parent ids) and a free `meta` dict where stages store scores before
they apply thresholds (score, store, then decide).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


def stable_id(prefix: str, *parts: Any) -> str:
    """A short content hash: same parts, same id, in every process (no Python `hash()`)."""
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return f"{prefix}-{hashlib.sha256(blob.encode()).hexdigest()[:16]}"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    method: str
    parents: list[str] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    def text(self, field: str = "instruction") -> str:
        """The text a filter compares: a named field, or `all` for every content field joined."""
        raise NotImplementedError


class Instance(BaseModel):
    """One input/output pair of a task (Self-Instruct's `instances[]`)."""

    model_config = ConfigDict(extra="forbid")

    input: str = ""
    output: str = ""


class Task(Record):
    """An instruction with zero or more instances: the unit Self-Instruct-family methods grow."""

    kind: Literal["task"] = "task"
    instruction: str
    instances: list[Instance] = Field(default_factory=list)
    is_classification: bool | None = None
    origin: Literal["seed", "machine"] = "machine"

    @classmethod
    def new(cls, instruction: str, method: str, parents: list[str] | None = None, **kw: Any) -> Task:
        """A machine task whose id hashes the method and the instruction text."""
        return cls(id=stable_id("task", method, instruction), instruction=instruction,
                   method=method, parents=list(parents or []), **kw)

    def text(self, field: str = "instruction") -> str:
        if field == "instruction":
            return self.instruction
        first = self.instances[0] if self.instances else Instance()
        if field == "input":
            return first.input
        if field == "output":
            return first.output
        if field == "all":
            return "\n".join(p for p in (self.instruction, first.input, first.output) if p)
        raise ValueError(f"unknown text field {field!r}: use instruction, input, output or all")

    def flatten(self) -> list[Task]:
        """One single-instance task per instance (the rows of an Alpaca-style dataset)."""
        if len(self.instances) <= 1:
            return [self]
        return [
            self.model_copy(update={
                "id": stable_id("row", self.id, inst.input, inst.output),
                "instances": [inst], "parents": [self.id, *self.parents],
            })
            for inst in self.instances
        ]


class Turn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker: str
    text: str
    grounding: str = ""


class Dialogue(Record):
    """A multi-turn conversation with the knowledge flow it was realized from (SynDG)."""

    kind: Literal["dialogue"] = "dialogue"
    turns: list[Turn] = Field(default_factory=list)
    flow: list[str] = Field(default_factory=list)

    def text(self, field: str = "all") -> str:
        if field in ("all", "instruction"):
            return "\n".join(t.text for t in self.turns)
        raise ValueError(f"unknown text field {field!r} for a dialogue: use all")


class Rejected(BaseModel):
    """A dropped record with the stage that dropped it, a stable reason code and the evidence."""

    model_config = ConfigDict(extra="forbid")

    record: dict[str, Any]
    stage: str
    reason: str
    evidence: dict[str, Any] = Field(default_factory=dict)


ANY_RECORD = {"task": Task, "dialogue": Dialogue}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a Task or Dialogue from its JSON form (the `kind` field says which)."""
    return ANY_RECORD[data.get("kind", "task")].model_validate(data)
