"""The Explore-Instruct domain tree, on disk in the reference's own format (fanqiwan/Explore-Instruct
`en_data/demo_domain`).

A tree folder holds `tree_meta_info.json` (the nested structure: `raw_task_name`, `task_name`,
`config_filename`, `reason`, `children`) and one `<task_name>.json` per node (`raw_task_name`,
`task_name`, `config_filename`, `reason`, `examples: [{instruction, input, output}]`), as written
by fanqiwan/Explore-Instruct `generate_instruction.py` (`DomainTree`, anytree `DictExporter`).
Pruned node names go to `pruned_subtasks_name.json`, as the reference's `--pruned_file`.

Trees move both ways: a folder the reference wrote loads here, and a loaded tree saves back
byte for byte, because each file remembers the JSON layout it was read with (the reference's
meta file is indented, its node files come in both layouts). Every write is atomic
(`datagen.io.atomic_writer`), so a crash leaves each file old or new, never half-written.

The tree is a plain in-memory object owned by the flow; stages read it and return records, and
the flow applies them (`add_child`, `add_examples`) and saves after every operation.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from datagen.errors import InputError
from datagen.io import atomic_writer, json_problem, read_text_file
from datagen.records import stable_id

META_FILE = "tree_meta_info.json"
PRUNED_FILE = "pruned_subtasks_name.json"
NODE_KEYS = ("raw_task_name", "task_name", "config_filename", "reason")
EXAMPLE_KEYS = ("instruction", "input", "output")
MAX_NAME_CHARS = 120  # ours: keeps `<task_name>.json` under every filesystem's 255-byte limit

Example = dict[str, str]


@dataclass(frozen=True)
class JsonStyle:
    """How a file's JSON is laid out, so a loaded file is written back byte for byte."""

    indent: int | None = 2  # the reference's `json.dump(..., indent=2)` for the meta file
    ensure_ascii: bool = False
    trailing_newline: bool = False

    def dumps(self, data: Any) -> str:
        text = json.dumps(data, ensure_ascii=self.ensure_ascii, indent=self.indent)
        return text + ("\n" if self.trailing_newline else "")

    @classmethod
    def detect(cls, raw: str, data: Any) -> JsonStyle:
        """The layout that reproduces `raw` exactly, or the nearest one when none does."""
        body = raw.rstrip("\n")
        indent: int | None = None
        if body[1:2] == "\n":
            second = body.split("\n", 2)[1]
            indent = len(second) - len(second.lstrip(" ")) or None
        trailing = raw.endswith("\n")
        for ensure_ascii in (False, True):
            style = cls(indent, ensure_ascii, trailing)
            if style.dumps(data) == raw:
                return style
        return cls(indent, "\\u" in raw and raw.isascii(), trailing)


def formalize_name(raw: str) -> str:
    """The reference's `task_name`: runs of non-alphanumerics become one space, strip, spaces
    become `_`, lower-case ("Fix spelling and grammar" -> "fix_spelling_and_grammar")."""
    words = "".join(ch if ch.isalnum() else " " for ch in raw).split()
    name = "_".join(words).lower()[:MAX_NAME_CHARS].strip("_")
    return name or "task"


def unique_name(raw: str, taken: set[str] | frozenset[str]) -> str:
    """`formalize_name`, then `_0`, `_1`, ... on a collision (the reference tries `_0`..`_9`
    and then gives up; we keep counting)."""
    base = formalize_name(raw)
    if base not in taken:
        return base
    k = 0
    while f"{base}_{k}" in taken:
        k += 1
    return f"{base}_{k}"


def make_example(instruction: str, input: str = "", output: str = "") -> Example:
    return {"instruction": instruction, "input": input, "output": output}


ExampleKey = tuple[str, str, str]


def example_key(ex: Example) -> ExampleKey:
    """(instruction, input, output): what makes two examples the same one."""
    return ex["instruction"], ex["input"], ex["output"]


@dataclass(eq=False)
class TreeNode:
    raw_task_name: str
    task_name: str
    reason: str = ""
    examples: list[Example] = field(default_factory=list)
    children: list[TreeNode] = field(default_factory=list)
    parent: TreeNode | None = field(default=None, repr=False)
    config_filename: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # unknown node-file keys, written back
    meta_extra: dict[str, Any] = field(default_factory=dict)  # unknown meta keys, written back
    style: JsonStyle | None = None  # None: written with the tree's default style

    def __post_init__(self) -> None:
        self.config_filename = self.config_filename or f"{self.task_name}.json"

    @property
    def id(self) -> str:
        return stable_id("node", self.task_name)

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1

    @property
    def siblings(self) -> list[TreeNode]:
        """The peer tasks: the parent's other children (none for the root)."""
        return [] if self.parent is None else [c for c in self.parent.children if c is not self]

    def demo_source(self) -> TreeNode:
        """Where prompt demos come from: the parent, or the node itself at the root (§3.3)."""
        return self.parent or self

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: getattr(self, k) for k in NODE_KEYS}
        data["examples"] = self.examples
        data.update(self.extra)
        return data

    def meta(self) -> dict[str, Any]:
        data: dict[str, Any] = {k: getattr(self, k) for k in NODE_KEYS}
        data.update(self.meta_extra)
        data["children"] = [c.meta() for c in self.children]
        return data


def _read_json(path: Path) -> tuple[Any, str]:
    raw = read_text_file(path, fix="a tree folder needs tree_meta_info.json and one <task_name>.json "
                         "per node")  # a folder or binary bytes are one clear line too
    try:
        return json.loads(raw), raw
    except json.JSONDecodeError as exc:
        raise InputError(path, json_problem(exc), line=exc.lineno) from None


def _check_examples(path: Path, examples: Any) -> list[Example]:
    if not isinstance(examples, list):
        raise InputError(path, "expected a list", field="examples",
                         fix='write "examples": [{"instruction": ..., "input": ..., "output": ...}]')
    for k, ex in enumerate(examples):
        if not isinstance(ex, dict) or not all(isinstance(ex.get(key, ""), str) for key in EXAMPLE_KEYS) \
                or not isinstance(ex.get("instruction"), str):
            raise InputError(path, "expected {instruction, input, output} strings",
                             field=f"examples[{k}]")
    return examples


def read_node_file(path: Path) -> TreeNode:
    """One node file (also a user's root-task file: `task_name` and `config_filename` may be
    left out and are then derived from `raw_task_name`)."""
    data, raw = _read_json(path)
    if not isinstance(data, dict):
        raise InputError(path, "expected a JSON object with raw_task_name, reason and examples")
    raw_name = data.get("raw_task_name") or data.get("task_name")
    if not isinstance(raw_name, str) or not raw_name.strip():
        raise InputError(path, "missing", field="raw_task_name",
                         fix='name the task: "raw_task_name": "Rewriting"')
    task_name = data.get("task_name") or formalize_name(raw_name)
    node = TreeNode(raw_task_name=raw_name, task_name=task_name, reason=str(data.get("reason", "")),
                    examples=_check_examples(path, data.get("examples", [])),
                    config_filename=data.get("config_filename") or f"{task_name}.json",
                    extra={k: v for k, v in data.items() if k not in (*NODE_KEYS, "examples")})
    if all(k in data for k in (*NODE_KEYS, "examples")):
        node.style = JsonStyle.detect(raw, data)
    return node


class DomainTree:
    """A task tree with its folder; `save*` write the reference format atomically."""

    def __init__(self, root: TreeNode, folder: Path | None = None,
                 meta_style: JsonStyle | None = None, pruned: list[str] | None = None) -> None:
        self.root = root
        self.folder = Path(folder) if folder is not None else None
        self.meta_style = meta_style or JsonStyle()
        self.node_style = JsonStyle()
        self.pruned: list[str] = list(pruned or [])

    # -- building -------------------------------------------------------------------------
    @classmethod
    def from_root(cls, raw_task_name: str, examples: list[Example], reason: str = "") -> DomainTree:
        return cls(TreeNode(raw_task_name, formalize_name(raw_task_name), reason, list(examples)))

    @classmethod
    def from_node_file(cls, path: str | Path) -> DomainTree:
        """A one-node tree from a root-task file (the reference's `demo_root.json` shape)."""
        root = read_node_file(Path(path))
        if not root.examples:
            # the search starts from the root's examples: with none, every prompt has no demonstration
            raise InputError(path, "the root task has no examples", field="examples",
                             fix='give a few: "examples": [{"instruction": ..., "input": ..., "output": ...}]')
        root.style = None
        return cls(root)

    @classmethod
    def load(cls, folder: str | Path) -> DomainTree:
        folder = Path(folder)
        meta, raw = _read_json(folder / META_FILE)
        names: set[str] = set()

        def build(entry: Any, parent: TreeNode | None) -> TreeNode:
            if not isinstance(entry, dict) or not entry.get("config_filename"):
                raise InputError(folder / META_FILE, "every node needs raw_task_name, task_name, "
                                 "config_filename and children")
            filename = str(entry["config_filename"])
            if Path(filename).name != filename:
                raise InputError(folder / META_FILE, f"config_filename {filename!r} must be a file "
                                 "name inside the tree folder")
            node = read_node_file(folder / filename)
            if node.task_name in names:
                raise InputError(folder / META_FILE, f"task_name {node.task_name!r} appears twice")
            names.add(node.task_name)
            node.parent = parent
            node.meta_extra = {k: v for k, v in entry.items() if k not in (*NODE_KEYS, "children")}
            node.children = [build(child, node) for child in entry.get("children") or []]
            return node

        tree = cls(build(meta, None), folder, JsonStyle.detect(raw, meta))
        pruned_path = folder / PRUNED_FILE
        if pruned_path.is_file():
            tree.pruned = list(_read_json(pruned_path)[0])
        return tree

    def add_child(self, parent: TreeNode, raw_task_name: str, reason: str, examples: list[Example],
                  task_name: str | None = None) -> TreeNode:
        name = task_name or unique_name(raw_task_name, self.task_names())
        if self.find(name) is not None:
            raise ValueError(f"task_name {name!r} already exists in the tree")
        child = TreeNode(raw_task_name, name, reason, list(examples), parent=parent)
        parent.children.append(child)
        return child

    # -- reading --------------------------------------------------------------------------
    def nodes(self) -> Iterator[TreeNode]:
        """Pre-order (the reference's anytree `PreOrderIter`)."""
        stack = [self.root]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    def level_order(self) -> list[TreeNode]:
        out, frontier = [], [self.root]
        while frontier:
            out += frontier
            frontier = [c for n in frontier for c in n.children]
        return out

    def task_names(self) -> set[str]:
        return {n.task_name for n in self.nodes()}

    def find(self, task_name: str) -> TreeNode | None:
        return next((n for n in self.nodes() if n.task_name == task_name), None)

    def get(self, task_name: str) -> TreeNode:
        node = self.find(task_name)
        if node is None:
            raise KeyError(f"no node {task_name!r} in the tree")
        return node

    def n_examples(self) -> int:
        return sum(len(n.examples) for n in self.nodes())

    # -- writing --------------------------------------------------------------------------
    def _folder(self, folder: str | Path | None) -> Path:
        target = Path(folder) if folder is not None else self.folder
        if target is None:
            raise ValueError("the tree has no folder: pass one to save()")
        return target

    def save_node(self, node: TreeNode, folder: str | Path | None = None) -> None:
        """The node's file and the meta file: what one extend or enrich step changes."""
        target = self._folder(folder)
        self._write(target / node.config_filename, (node.style or self.node_style).dumps(node.payload()))
        self.save_meta(target)

    def save_meta(self, folder: str | Path | None = None) -> None:
        self._write(self._folder(folder) / META_FILE, self.meta_style.dumps(self.root.meta()))

    def save_pruned(self, folder: str | Path | None = None) -> None:
        self._write(self._folder(folder) / PRUNED_FILE, JsonStyle().dumps(self.pruned))

    def save(self, folder: str | Path | None = None) -> Path:
        """Every node file, then the meta file (and the pruned list when there is one)."""
        target = self._folder(folder)
        for node in self.nodes():
            self._write(target / node.config_filename, (node.style or self.node_style).dumps(node.payload()))
        self.save_meta(target)
        if self.pruned:
            self.save_pruned(target)
        if self.folder is None:
            self.folder = target
        return target

    @staticmethod
    def _write(path: Path, text: str) -> None:
        with atomic_writer(path) as fh:
            fh.write(text)

    def copy(self) -> DomainTree:
        """A deep copy (same layouts), not bound to any folder."""

        def clone(node: TreeNode, parent: TreeNode | None) -> TreeNode:
            twin = TreeNode(node.raw_task_name, node.task_name, node.reason,
                            [dict(e) for e in node.examples], parent=parent,
                            config_filename=node.config_filename, extra=dict(node.extra),
                            meta_extra=dict(node.meta_extra), style=node.style)
            twin.children = [clone(c, twin) for c in node.children]
            return twin

        twin_tree = DomainTree(clone(self.root, None), None, self.meta_style, self.pruned)
        twin_tree.node_style = self.node_style
        return twin_tree


def depth_figures(tree: DomainTree) -> list[dict[str, int]]:
    """Per depth: nodes, pruned nodes and examples (the report's breadth and depth table)."""
    rows: dict[int, dict[str, int]] = {}
    for node in tree.nodes():
        row = rows.setdefault(node.depth, {"depth": node.depth, "nodes": 0, "pruned": 0, "examples": 0})
        row["nodes"] += 1
        row["pruned"] += node.task_name in tree.pruned
        row["examples"] += len(node.examples)
    return [rows[d] for d in sorted(rows)]


def tree_markdown(tree: DomainTree, title: str = "Domain tree", max_nodes: int = 400, level: int = 1) -> str:
    """The indented tree with examples per node, then nodes and examples per depth."""
    nodes = list(tree.nodes())
    depth = max(n.depth for n in nodes)
    widest = max(r["nodes"] for r in depth_figures(tree))
    lines = [f"{'#' * level} {title}", "",
             f"{len(nodes)} nodes, {tree.n_examples()} examples, depth reached {depth}, "
             f"widest level {widest} nodes, {len(tree.pruned)} pruned", ""]
    for node in nodes[:max_nodes]:
        flag = " (pruned)" if node.task_name in tree.pruned else ""
        lines.append(f"{'  ' * node.depth}- **{_md(node.raw_task_name)}** `{node.task_name}`: "
                     f"{len(node.examples)} examples{flag}")
    if len(nodes) > max_nodes:
        lines.append(f"- ... {len(nodes) - max_nodes} more nodes")
    lines += ["", "| depth | nodes | pruned | examples |", "|---|---|---|---|"]
    lines += [f"| {r['depth']} | {r['nodes']} | {r['pruned']} | {r['examples']} |" for r in depth_figures(tree)]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return re.sub(r"([*_`|\\[\]])", r"\\\1", " ".join(text.split()))
