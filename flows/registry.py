"""Every method's flow and config class, by CLI name (imported lazily: each pulls its own deps)."""

from __future__ import annotations

import importlib
from typing import Any

FLOWS: dict[str, tuple[str, str, str]] = {
    "self-instruct": ("flows.self_instruct_flow", "self_instruct_flow", "SelfInstructConfig"),
    "ensemble-instruct": ("flows.ensemble_instruct_flow", "ensemble_instruct_flow", "EnsembleInstructConfig"),
    "explore-instruct": ("flows.explore_instruct_flow", "explore_instruct_flow", "ExploreInstructConfig"),
    "syndg": ("flows.syndg_flow", "syndg_flow", "SynDGConfig"),
    "instag": ("flows.instag_flow", "instag_flow", "InstagConfig"),
}


def load_flow(method: str) -> tuple[Any, type]:
    """(the Prefect flow, its config model) for a method name such as `self-instruct`."""
    if method not in FLOWS:
        from datagen.errors import UserError

        raise UserError(f"unknown method {method!r}: use one of {', '.join(FLOWS)}")
    module_name, flow_name, config_name = FLOWS[method]
    module = importlib.import_module(module_name)
    return getattr(module, flow_name), getattr(module, config_name)
