"""Run configuration: pydantic models (unknown keys are errors), YAML files and `--set a.b=c`.

Every method's config is a pydantic model with `extra="forbid"` whose defaults come from the
paper or its code, each citing its source. `load_config` merges, in order: the model defaults,
a YAML file, then `--set` overrides, and turns any validation failure into one clear message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from datagen.errors import InputError, UserError

C = TypeVar("C", bound=BaseModel)


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


# Ranges every method's config shares, so a typo is refused before the run instead of reaching the
# endpoint as a 400 on every call (a negative max_tokens) or filtering nothing (a threshold of 1.5).
MAX_TOKENS_LIMIT = 1_000_000  # above any model's context window today
TokenCount = Annotated[int, Field(ge=1, le=MAX_TOKENS_LIMIT)]
Share = Annotated[float, Field(ge=0.0, le=1.0)]  # a similarity, an overlap share or a probability


def parse_override(item: str) -> tuple[list[str], Any]:
    """`a.b=c` -> (["a", "b"], c) with c parsed as YAML (so 0.5, true, [1,2] get their types)."""
    if "=" not in item:
        raise UserError(f"--set {item!r}: expected key=value, for example --set novelty.threshold=0.6")
    key, raw = item.split("=", 1)
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return key.strip().split("."), value


def deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`, section by section (a preset under a user's config file keeps
    the preset's keys that the file does not set)."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def set_key(data: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """Set the dotted `key` (`sample.n_samples`) to a typed value, creating sections."""
    *sections, last = key.split(".")
    node = data
    for part in sections:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise UserError(f"{key!r}: {part!r} is not a section")
    node[last] = value
    return data


def apply_overrides(data: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    for item in overrides:
        path, value = parse_override(item)
        node = data
        for part in path[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                raise UserError(f"--set {item!r}: {part!r} is not a section")
        node[path[-1]] = value
    return data


def read_yaml(path: Path) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "config file not found", fix="check the path")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(path, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                         line=(mark.line + 1) if mark else None) from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping of config keys at the top level")
    return data


def validate_config(model: type[C], data: dict[str, Any], source: str = "config") -> C:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            section, where = _section(model, err["loc"][:-1])
            known = ", ".join(sorted(section.model_fields))
            raise UserError(f"{source}: unknown key {field!r}; known keys {where}: {known}") from None
        raise UserError(f"{source}: {field}: {err['msg'].lower()} (got {err.get('input')!r})") from None


def _section(model: type[BaseModel], loc: tuple) -> tuple[type[BaseModel], str]:
    """The nested config model at `loc`, to list the keys that are allowed there."""
    current = model
    for part in loc:
        field = current.model_fields.get(str(part))
        sub = getattr(field, "annotation", None) if field else None
        if not (isinstance(sub, type) and issubclass(sub, BaseModel)):
            break
        current = sub
    where = "in " + ".".join(map(str, loc)) if loc and current is not model else "at the top level"
    return current, where


def load_config(model: type[C], path: Path | None = None, overrides: list[str] | None = None,
                base: dict[str, Any] | None = None) -> C:
    data: dict[str, Any] = dict(base or {})
    source = "config"
    if path is not None:
        data = deep_merge(data, read_yaml(path))
        source = str(path)
    apply_overrides(data, overrides or [])
    return validate_config(model, data, source if not overrides else f"{source} with --set")


def dump_config(cfg: BaseModel) -> str:
    return yaml.safe_dump(cfg.model_dump(mode="json"), sort_keys=False, allow_unicode=True)
