"""Prompt templates as data files, one folder per method (`self_instruct/bootstrap.txt`, ...),
read with importlib.resources. Every template is this project's own wording of its method."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_template(name: str) -> str:
    """The bundled template `name` (a path such as `syndg/judge.txt`), without its trailing newline."""
    return resources.files("datagen.prompts").joinpath(name).read_text(encoding="utf-8").rstrip()
