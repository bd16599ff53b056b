"""What a method declares to be run: its name, config, flow, presets and own CLI flags.

Each method package has a `spec.py` with one `SPEC = MethodSpec(...)`; `datagen/registry.py`
lists them, and `datagen run <method>`, `datagen methods`, `datagen deploy`, the deployment
check and the README's method table are all built from that list. Config and flow are named
as `module:attribute` and imported only when used, so listing methods stays cheap and nothing
here imports Prefect.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping


def load_attr(ref: str) -> Any:
    """`package.module:attribute` -> the attribute (imported now)."""
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr)


@dataclass(frozen=True)
class Option:
    """One method flag of `datagen run <method>`: `--target N` sets the config key `target`.

    `apply(data, value)` replaces the plain key assignment for flags that need more (a file of
    ensemble members, a list of counts); `choices` are checked before the config is validated.
    `aliases` are former names of the flag: still accepted, hidden from --help, with a
    deprecation note (kept for one release)."""

    flag: str
    key: str
    type: type = str
    help: str = ""
    choices: tuple[str, ...] = ()
    apply: Callable[[dict[str, Any], Any], None] | None = None
    aliases: tuple[str, ...] = ()

    @property
    def dest(self) -> str:
        return self.flag.lstrip("-").replace("-", "_")


@dataclass(frozen=True)
class MethodSpec:
    """A method as the registry knows it. The first preset is the default; a preset is a mapping
    of config overrides, deep-merged under the user's config file, flags and `--set`."""

    name: str
    summary: str
    config: str  # "datagen.methods.<m>.config:<Config>"
    flow: str  # "flows.<m>_flow:<m>_flow"
    presets: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: {"default": {}})
    options: tuple[Option, ...] = ()
    outputs: tuple[str, ...] = ("dataset: {run}/dataset.jsonl", "report: {run}/report.md")
    check: Callable[[Any], None] | None = None  # input files checked before anything is written
    llms: Callable[[Any], list[Any]] | None = None  # LLM configs to preflight (default: cfg.llm)
    notice: Callable[[Any], str | None] | None = None  # one line said before the run starts

    @property
    def default_preset(self) -> str:
        return next(iter(self.presets))

    def config_class(self) -> type:
        return load_attr(self.config)

    def load_flow(self) -> Any:
        return load_attr(self.flow)

    @property
    def flow_file(self) -> Path:
        """The flow's source file relative to the project root (deployment entrypoints)."""
        return Path(*self.flow.partition(":")[0].split(".")).with_suffix(".py")
