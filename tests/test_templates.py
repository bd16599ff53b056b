"""User templates: `--set <stage>.template=FILE` replaces a bundled prompt, checked at startup."""

from __future__ import annotations

import pytest

from datagen.errors import InputError
from datagen.methods.instag.config import InstagConfig
from datagen.methods.instag.tagging import TaggingConfig, build_tagging_prompt
from datagen.prompts import check_templates, load_template


def test_a_user_template_replaces_the_bundled_one(tmp_path):
    own = tmp_path / "tagging.txt"
    own.write_text("List the intentions of this query as JSON: {query}\n", encoding="utf-8")
    messages = build_tagging_prompt("Sort a list in Python", TaggingConfig(template=str(own)))
    assert messages[-1].content == "List the intentions of this query as JSON: Sort a list in Python"
    bundled = build_tagging_prompt("Sort a list in Python", TaggingConfig())
    assert bundled[-1].content == load_template("instag/tagging.txt").replace("{query}", "Sort a list in Python")


def test_a_template_without_its_placeholder_is_refused_naming_the_key(tmp_path):
    own = tmp_path / "tagging.txt"
    own.write_text("Tag this query.", encoding="utf-8")
    cfg = InstagConfig(tagging={"template": str(own)})
    with pytest.raises(InputError, match=r"tagging\.template lacks \{query\}"):
        check_templates(cfg)
    with pytest.raises(InputError, match="not found"):
        check_templates(InstagConfig(tagging={"template": str(tmp_path / "missing.txt")}))
    check_templates(InstagConfig())  # nothing configured: nothing to check
