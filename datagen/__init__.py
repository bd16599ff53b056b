"""datagen: synthetic instruction-tuning data. `datagen.run(...)` runs a method (datagen/api.py);
`datagen.stages` applies filter stages to plain dicts. Both load on first use."""

from __future__ import annotations

from typing import Any

__all__ = ["run", "stages", "RunResult"]


def __getattr__(name: str) -> Any:
    if name in ("run", "RunResult"):
        from datagen import api

        return getattr(api, name)
    if name == "stages":
        import importlib

        return importlib.import_module("datagen.stages")
    raise AttributeError(f"module 'datagen' has no attribute {name!r}")
