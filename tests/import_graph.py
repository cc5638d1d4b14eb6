"""The import graph of a package, read from its source with `ast` (nothing is imported).

Two views of each module's imports:

- `load`: what runs when the module is imported: module-level imports, also inside
  `if`, `try`, `with` and class bodies, but not under `if TYPE_CHECKING:` and not in
  functions. A cycle among these can fail at run time (a name not yet defined in a
  half-imported module), so `cycles` looks at these only.
- `every`: every import anywhere in the module, type-only and deferred ones too: what
  the module depends on at all, for the layer rules.

Importing `a.b.c` also imports the packages `a` and `a.b` (their `__init__` runs
first), so those count as imports too; except a module's own enclosing packages,
which Python has begun to import before the module itself and which never wait on it.
A name imported from a package (`from a.b import x`) is the submodule `a.b.x` when one
exists, else an attribute of `a.b`, which needs `a.b`'s `__init__` to have run; that
holds for the module's own package too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Imports:
    load: set[str] = field(default_factory=set)
    every: set[str] = field(default_factory=set)


def module_names(package_dir: Path) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its `__init__.py`)."""
    root = package_dir.parent
    names: dict[str, Path] = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(body: list[ast.stmt], at_load: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Each import statement in `body`, and whether it runs when the module loads."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, at_load
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from _imports(node.body, False)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            yield from _imports(node.body, False)
            yield from _imports(node.orelse, at_load)
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    yield from _imports([child], at_load)
                elif isinstance(child, ast.ExceptHandler | ast.match_case):
                    yield from _imports(child.body, at_load)


def _with_packages(name: str) -> list[str]:
    """`a.b.c` -> [`a`, `a.b`, `a.b.c`]: what importing `a.b.c` runs."""
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> set[str]:
    enclosing = set(_with_packages(module)[:-1]) | ({module} if is_package else set())
    if isinstance(node, ast.Import):
        wanted = [alias.name for alias in node.names]
        named: set[str] = set()
    else:
        base = node.module or ""
        if node.level:
            package = module if is_package else module.rpartition(".")[0]
            kept = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*kept, base] if base else kept)
        submodules = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known]
        wanted = [*submodules, base]
        named = {base} if len(submodules) < len(node.names) else set()  # attributes of `base`
    found = {name for target in wanted for name in _with_packages(target) if name not in enclosing}
    return found | named


def imports_of(package_dir: Path) -> dict[str, Imports]:
    """For every module of the package, the modules it imports (the package's own by
    full name, any other by its top-level name, e.g. `PySide6`)."""
    modules = module_names(package_dir)
    known = set(modules)
    top = package_dir.name
    graph: dict[str, Imports] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        imports = Imports()
        for node, at_load in _imports(ast.parse(path.read_text(encoding="utf-8")).body, True):
            for target in _targets(node, name, is_package, known):
                if target.split(".")[0] != top:
                    target = target.split(".")[0]
                elif target not in known:
                    continue  # a dotted name inside a module, not a module: its module counts
                imports.every.add(target)
                if at_load:
                    imports.load.add(target)
        graph[name] = imports
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One shortest cycle per group of modules that import each other, e.g. [a, b, a]."""
    found: list[list[str]] = []
    for group in _strongly_connected(graph):
        start = min(group)
        if len(group) > 1 or start in graph.get(start, set()):
            found.append(_shortest_cycle(graph, start, group))
    return sorted(found)


def _strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative (no recursion limit on long import chains)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group: set[str] = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)
    return groups


def _shortest_cycle(graph: dict[str, set[str]], start: str, group: set[str]) -> list[str]:
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            for child in sorted(graph.get(node, ())):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [*reversed(path), start]
                if child in group and child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    raise AssertionError(f"{start} is in no cycle")


def import_path(graph: dict[str, set[str]], start: str, goal: str) -> list[str] | None:
    """A shortest chain of imports from `start` to `goal`, or None when there is none."""
    came_from: dict[str, str | None] = {start: None}
    frontier = [start]
    while frontier:
        following: list[str] = []
        for node in frontier:
            if node == goal:
                path = [node]
                while (previous := came_from[path[-1]]) is not None:
                    path.append(previous)
                return path[::-1]
            for child in sorted(graph.get(node, ())):
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    return None
