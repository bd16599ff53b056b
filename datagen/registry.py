"""The one list of methods. Adding a method: its package under datagen/methods/ with a
`spec.py`, one line here, its tests. The CLI, `datagen methods`, `datagen deploy`, the
deployment check and the README's method table all read this list."""

from __future__ import annotations

import importlib

from datagen.errors import UserError
from datagen.methods.spec import MethodSpec

# One line per method: the package under datagen/methods/ whose spec.py holds its SPEC.
PACKAGES = ("self_instruct", "ensemble_instruct", "explore_instruct", "syndg", "instag")

METHODS: dict[str, MethodSpec] = {}


def register(spec: MethodSpec) -> MethodSpec:
    """Add a method (a plug-in or a test's toy method); its name must be new."""
    if spec.name in METHODS:
        raise ValueError(f"a method named {spec.name!r} is already registered")
    METHODS[spec.name] = spec
    return spec


def method(name: str) -> MethodSpec:
    """The spec of `name`, or a one-line error listing the methods."""
    if name not in METHODS:
        raise UserError(f"unknown method {name!r}: use one of {', '.join(METHODS)}")
    return METHODS[name]


for _package in PACKAGES:
    register(importlib.import_module(f"datagen.methods.{_package}.spec").SPEC)


def methods_table() -> str:
    """The README's method table (`datagen methods --markdown` prints it; a test keeps them equal)."""
    rows = ["| method | presets (first = default) | what it is |", "|---|---|---|"]
    for spec in METHODS.values():
        rows.append(f"| `{spec.name}` | {', '.join(f'`{p}`' for p in spec.presets)} | {spec.summary} |")
    return "\n".join(rows)
