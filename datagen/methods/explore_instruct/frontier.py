"""The order in which Explore-Instruct extends nodes (Wan et al., EMNLP 2023: depth-first
search; fanqiwan/Explore-Instruct `generate_instruction.py`: a FIFO queue)."""

from __future__ import annotations

from collections import deque
from typing import Literal, Sequence

from datagen.methods.explore_instruct.tree import DomainTree, TreeNode


class Frontier:
    """Which node to extend next.

    `dfs` (the paper's framing, default): a stack from the root; a visited node's subtasks, old
    and new, are explored before its later siblings. `bfs` (what the reference code runs): a
    FIFO queue holding every node of the starting tree in pre-order, to which each step appends
    the subtasks it created.
    """

    def __init__(self, order: Literal["dfs", "bfs"], tree: DomainTree, max_depth: int) -> None:
        self.order = order
        self.max_depth = max_depth
        if order == "bfs":
            self._items: deque[str] = deque(n.task_name for n in tree.nodes() if n.depth < max_depth)
        else:
            self._items = deque([tree.root.task_name] if max_depth > 0 else [])

    def __bool__(self) -> bool:
        return bool(self._items)

    def pop(self) -> str:
        return self._items.popleft() if self.order == "bfs" else self._items.pop()

    def visited(self, node: TreeNode, new_children: Sequence[TreeNode]) -> None:
        """Queue what comes after `node`: its new subtasks (bfs) or all its subtasks (dfs)."""
        if self.order == "bfs":
            self._items.extend(c.task_name for c in new_children if c.depth < self.max_depth)
        else:
            self._items.extend(c.task_name for c in reversed(node.children) if c.depth < self.max_depth)
