"""Disjoint sets: items joined pairwise end up in one group (copies, conflict sides)."""
from __future__ import annotations

from collections.abc import Hashable, Iterable


class DisjointSets:
    """Union-find over hashable items with path halving; an item is its own group until joined."""

    def __init__(self, items: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Hashable, Hashable] = {x: x for x in items}

    def __contains__(self, x: Hashable) -> bool:
        return x in self.parent

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> None:
        self.parent[self.find(a)] = self.find(b)
