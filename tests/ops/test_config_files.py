"""flows/configs/*.yaml: every file validates against its method's config class, and sets only
keys whose value differs from that class's default (defaults live once, in the config models)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from datagen.config import load_config
from datagen.registry import METHODS

CONFIGS = Path(__file__).resolve().parents[2] / "flows" / "configs"
# File name prefix -> method; the longest prefix is tried first.
PREFIXES = {"self_instruct": "self-instruct", "ensemble_instruct": "ensemble-instruct",
            "explore_instruct": "explore-instruct", "syndg": "syndg", "instag": "instag"}
FILES = sorted(CONFIGS.glob("*.yaml"))


def config_class(path: Path) -> type:
    for prefix in sorted(PREFIXES, key=len, reverse=True):
        if path.stem.startswith(prefix):
            return METHODS[PREFIXES[prefix]].config_class()
    raise AssertionError(f"{path.name}: no method for this file name; name it after one of {list(PREFIXES)}")


def restated(raw: dict[str, Any], loaded: Any, default: Any, prefix: str = "") -> list[str]:
    """Dotted keys of `raw` whose validated value equals the default's at the same place.
    Sections are walked key by key; a section whose default is empty (None) counts as set."""
    found = []
    for key, value in raw.items():
        dotted = f"{prefix}{key}"
        if default is None or (isinstance(default, dict) and key not in default):
            continue
        if isinstance(value, dict) and isinstance(default.get(key), dict):
            found += restated(value, loaded[key], default[key], dotted + ".")
        elif loaded[key] == default[key]:
            found.append(f"{dotted}: {value!r}")
    return found


def test_files_exist():
    assert FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_validates_and_overrides_only(path):
    cls = config_class(path)
    loaded = load_config(cls, path).model_dump(mode="json")
    default = cls().model_dump(mode="json")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    same = restated(raw, loaded, default)
    assert not same, f"{path.name} restates defaults of {cls.__name__}; remove: {same}"


def test_a_restated_default_fails(tmp_path):
    cls = config_class(CONFIGS / "self_instruct.yaml")
    default = cls().model_dump(mode="json")
    raw = {"target": default["target"], "novelty": {"threshold": default["novelty"]["threshold"]}}
    path = tmp_path / "self_instruct_x.yaml"
    path.write_text(yaml.safe_dump(raw))
    loaded = load_config(cls, path).model_dump(mode="json")
    assert len(restated(raw, loaded, default)) == 2
