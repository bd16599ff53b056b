"""DomainTree: the reference's on-disk format both ways, name formalization, atomic saves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from datagen.errors import InputError
from datagen.methods.explore_instruct.tree import (
    META_FILE, PRUNED_FILE, DomainTree, depth_figures, formalize_name, make_example, tree_markdown,
    unique_name,
)


@pytest.fixture(scope="module")
def demo_dir(shared_data: Path) -> Path:
    path = shared_data / "explore-instruct" / "demo_domain"
    if not path.is_dir():
        pytest.skip(f"{path} absent: ../shared/data absent")
    return path


def test_demo_tree_loads_with_its_shape(demo_dir):
    tree = DomainTree.load(demo_dir)
    assert tree.root.raw_task_name == "Assistance for text editting"
    assert len(tree.root.examples) == 2
    assert [c.task_name for c in tree.root.children][:2] == ["paraphrase", "style_transfer"]
    assert len(tree.root.children) == 8 and tree.n_examples() == 4433
    assert all(c.depth == 1 and c.parent is tree.root for c in tree.root.children)
    assert {len(c.examples) for c in tree.root.children} == {512, 612, 625, 634}
    assert depth_figures(tree) == [{"depth": 0, "nodes": 1, "pruned": 0, "examples": 2},
                                   {"depth": 1, "nodes": 8, "pruned": 0, "examples": 4431}]


def test_demo_tree_round_trips_byte_for_byte(demo_dir, tmp_path):
    DomainTree.load(demo_dir).save(tmp_path)
    names = sorted(p.name for p in demo_dir.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    for name in names:
        assert (tmp_path / name).read_bytes() == (demo_dir / name).read_bytes(), name


def test_a_grown_tree_is_readable_in_the_reference_layout(demo_dir, tmp_path):
    tree = DomainTree.load(demo_dir).copy()
    para = tree.get("paraphrase")
    child = tree.add_child(para, "Paraphrase!", "Same name after formalizing.",
                           [make_example("Say it again.", "x", "y")])
    assert child.task_name == "paraphrase_0" and child.config_filename == "paraphrase_0.json"
    tree.pruned = ["paraphrase_0"]
    tree.save(tmp_path)
    meta = json.loads((tmp_path / META_FILE).read_text())
    para_meta = next(c for c in meta["children"] if c["task_name"] == "paraphrase")
    assert list(para_meta["children"][0]) == ["raw_task_name", "task_name", "config_filename", "reason", "children"]
    node = json.loads((tmp_path / "paraphrase_0.json").read_text())
    assert list(node) == ["raw_task_name", "task_name", "config_filename", "reason", "examples"]
    assert node["examples"] == [{"instruction": "Say it again.", "input": "x", "output": "y"}]
    assert json.loads((tmp_path / PRUNED_FILE).read_text()) == ["paraphrase_0"]
    again = DomainTree.load(tmp_path)
    assert again.get("paraphrase_0").depth == 2 and again.pruned == ["paraphrase_0"]
    assert again.n_examples() == 4434


def test_formalize_name_and_collision_suffixes():
    assert formalize_name("Fix spelling and grammar") == "fix_spelling_and_grammar"
    assert formalize_name("  E-mail / Letter -- rewriting!! ") == "e_mail_letter_rewriting"
    assert formalize_name("???") == "task"
    taken = {"paraphrase", "paraphrase_0"}
    assert unique_name("Paraphrase", taken) == "paraphrase_1"
    taken |= {f"paraphrase_{k}" for k in range(1, 12)}
    assert unique_name("PARAPHRASE", taken) == "paraphrase_12"  # the reference gave up after _9
    assert len(formalize_name("word " * 100)) <= 120


def test_root_file_without_names_and_bad_inputs(tmp_path):
    root = tmp_path / "root.json"
    root.write_text(json.dumps({"raw_task_name": "Poem Writing", "examples": [
        {"instruction": "Write a haiku about rain.", "input": "", "output": "..."}]}))
    tree = DomainTree.from_node_file(root)
    assert tree.root.task_name == "poem_writing" and tree.root.config_filename == "poem_writing.json"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"raw_task_name": "X", "examples": [{"instruction": 3}]}))
    with pytest.raises(InputError, match=r"examples\[0\]"):
        DomainTree.from_node_file(bad)
    missing = tmp_path / "tree"
    missing.mkdir()
    (missing / META_FILE).write_text(json.dumps({"raw_task_name": "R", "task_name": "r",
                                                 "config_filename": "r.json", "reason": "", "children": []}))
    with pytest.raises(InputError, match="r.json: file not found"):
        DomainTree.load(missing)
    (missing / META_FILE).write_text(json.dumps({"raw_task_name": "R", "task_name": "r",
                                                 "config_filename": "../r.json", "reason": "", "children": []}))
    with pytest.raises(InputError, match="inside the tree folder"):
        DomainTree.load(missing)


def test_save_node_is_atomic_and_leaves_no_temp_files(tmp_path):
    tree = DomainTree.from_root("Root task", [make_example("Do one thing well.", "", "ok")])
    tree.save(tmp_path)
    child = tree.add_child(tree.root, "Child task", "why", [make_example("Do a smaller thing.", "", "ok")])
    tree.save_node(child)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["child_task.json", "root_task.json", META_FILE]
    assert DomainTree.load(tmp_path).get("child_task").reason == "why"


def test_orders_and_markdown():
    tree = DomainTree.from_root("R", [])
    a = tree.add_child(tree.root, "A", "", [])
    b = tree.add_child(tree.root, "B", "", [make_example("i", "", "o")])
    tree.add_child(a, "A1", "", [])
    tree.add_child(b, "B1", "", [])
    assert [n.task_name for n in tree.nodes()] == ["r", "a", "a1", "b", "b1"]
    assert [n.task_name for n in tree.level_order()] == ["r", "a", "b", "a1", "b1"]
    assert [s.task_name for s in a.siblings] == ["b"] and tree.root.siblings == []
    tree.pruned = ["b1"]
    md = tree_markdown(tree)
    assert "5 nodes, 1 examples, depth reached 2, widest level 2 nodes, 1 pruned" in md
    assert "  - **B** `b`: 1 examples" in md and "`b1`: 0 examples (pruned)" in md
    assert "| 2 | 2 | 1 | 0 |" in md
