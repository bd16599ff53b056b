"""Prompt templates as data files, one folder per method (`self_instruct/bootstrap.txt`, ...),
read with importlib.resources. Every bundled template is this project's own wording of its
method; a user brings a paper's exact wording as a file instead.

A stage config that lets the user replace its template declares

    template: str | None = template_field(("{query}",))

and builds its prompt from `template_text(cfg.template, "instag/tagging.txt")`. `datagen run`
checks every `template` file of a config before anything runs (`check_templates`): a missing
file or a missing placeholder is one line naming the file, the key and the fix.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel, Field

from datagen.errors import InputError


@lru_cache(maxsize=None)
def load_template(name: str) -> str:
    """The bundled template `name` (a path such as `syndg/judge.txt`), without its trailing newline."""
    return resources.files("datagen.prompts").joinpath(name).read_text(encoding="utf-8").rstrip()


def template_field(placeholders: tuple[str, ...] = (), what: str = "the stage's prompt") -> Any:
    """A `template: str | None` config field whose description names the required placeholders
    (kept in the field's metadata for `check_templates`)."""
    needs = f"; it must contain {', '.join(placeholders)}" if placeholders else ""
    return Field(None, description=f"a text file that replaces the bundled template of {what}{needs}",
                 json_schema_extra={"placeholders": list(placeholders)})


@lru_cache(maxsize=64)
def _user_template(path: str) -> str:
    return Path(path).read_text(encoding="utf-8").rstrip()


def template_text(override: str | None, bundled: str) -> str:
    """The user's template file when one is configured, else the bundled template."""
    return _user_template(str(override)) if override else load_template(bundled)


def _template_fields(cfg: BaseModel, prefix: str = "") -> Iterator[tuple[str, str, list[str]]]:
    """(dotted key, file, required placeholders) of every `template` / `template_*` field set
    anywhere in `cfg`."""
    for name, info in type(cfg).model_fields.items():
        value = getattr(cfg, name)
        if isinstance(value, BaseModel):
            yield from _template_fields(value, f"{prefix}{name}.")
        # `template_a`, `template_clf`, ...: a stage with one prompt per task type has one file each
        elif (name == "template" or name.startswith("template_")) and value:
            extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
            yield f"{prefix}{name}", str(value), list(extra.get("placeholders", []))


def check_templates(cfg: BaseModel) -> None:
    """Every configured template file exists, is UTF-8 text and holds its placeholders."""
    for key, file, placeholders in _template_fields(cfg):
        path = Path(file)
        if not path.is_file():
            raise InputError(path, f"template file for {key} not found", fix="check the path")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InputError(path, f"the template for {key} is not UTF-8 text", fix="save it as UTF-8") from None
        missing = [p for p in placeholders if p not in text]
        if missing:
            raise InputError(path, f"the template for {key} lacks {', '.join(missing)}",
                             fix=f"put {', '.join(missing)} where the stage fills it in")
