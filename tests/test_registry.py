"""The one method registry: every method is reachable through it, a new method needs only a
package with a spec and one registration, presets deep-merge, and README's table is the
registry's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from datagen.cli import app, run_app
from datagen.cli.run import build_config, make_command
from datagen.llm.fake import register_responder
from datagen.registry import METHODS, PACKAGES, methods_table, register

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_registered_and_loads():
    assert len(METHODS) == len(PACKAGES) == 5
    for spec in METHODS.values():
        cfg = spec.config_class()()
        assert spec.load_flow().name == spec.name
        assert (ROOT / spec.flow_file).is_file()
        assert cfg.run.seed == 42


def test_readme_method_table_is_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert methods_table() in readme


def test_every_preset_validates_and_the_cli_names_match(tmp_path):
    res = CliRunner().invoke(app, ["methods"])
    for spec in METHODS.values():
        for preset in spec.presets:
            assert preset in res.output
            cfg = build_config(spec, _args(preset=preset))
            assert type(cfg) is spec.config_class()


def _args(**given):
    base = {"llm": None, "base_url": None, "model": None, "config": None, "sets": None, "out": None,
            "max_cost": None, "max_tokens": None, "task_runner": None, "debug": False, "preset": None}
    return {**base, **given}


def test_presets_deep_merge_under_a_config_file(tmp_path):
    """Alpaca's 18-word blacklist survives a config file that sets another heuristics key."""
    spec = METHODS["self-instruct"]
    config = tmp_path / "c.yaml"
    config.write_text("heuristics:\n  max_words: 120\n", encoding="utf-8")
    cfg = build_config(spec, _args(preset="alpaca", config=config))
    assert cfg.preset == "alpaca" and cfg.heuristics.max_words == 120
    assert len(cfg.heuristics.blacklist) == 18  # Alpaca's list, not Self-Instruct's 13 words
    assert len(build_config(spec, _args(config=config)).heuristics.blacklist) == 13


@pytest.fixture
def toy_method(prefect_harness):
    from tests.toy_method import SPEC

    register(SPEC)
    run_app.command(SPEC.name)(make_command(SPEC))
    yield SPEC
    del METHODS[SPEC.name]
    run_app.registered_commands = [c for c in run_app.registered_commands if c.name != SPEC.name]


def test_a_new_method_runs_from_the_cli_through_the_registry(toy_method, tmp_path):
    register_responder("toy-words", lambda req: ["ox", "apple", "banana"][int(re.search(r"\d", req.as_prompt()).group())])
    out = tmp_path / "toy"
    res = CliRunner().invoke(app, ["run", "toy", "--llm", "fake", "--model", "toy-words", "--n", "3",
                                   "--preset", "strict", "--out", str(out),
                                   "--set", f"run.cache_path={tmp_path / 'c.sqlite'}"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    assert [r["instruction"] for r in rows] == ["Use the word 'banana' in a sentence."]  # strict: 6+ letters
    stats = json.loads((out / "000_words" / "stats.json").read_text())
    assert stats["stage"] == "words" and stats["rejected_by_reason"] == {"too_short": 2}
    assert "toy" in CliRunner().invoke(app, ["methods"]).output
    bad = CliRunner().invoke(app, ["run", "toy", "--llm", "fake", "--preset", "lenient", "--out", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "--preset 'lenient' is not known: use toy or strict" in bad.output
