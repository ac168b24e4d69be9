"""The layout shows the pipeline: no import cycles, and the runtime package never imports the
training/evaluation package ``parley_lab`` at module level."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str], top_level: bool) -> set[str]:
    """Modules imported anywhere in the file, or only at module level (not in functions or ``if``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body if top_level else ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name in modules}


def _graph(top_level: bool = False) -> dict[str, set[str]]:
    paths = {_module(p): p for p in SRC.rglob("*.py")}
    modules = set(paths)
    graph = {}
    for name, path in paths.items():
        parents = {name.rsplit(".", i)[0] for i in range(1, name.count(".") + 1)}
        graph[name] = _imports(path, modules, top_level) - parents - {name}  # parents load first anyway
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycles() -> None:
    """Not even through imports inside functions or ``if TYPE_CHECKING``."""
    assert _cycle(_graph()) is None


def test_runtime_package_does_not_import_the_lab_at_module_level() -> None:
    graph = _graph(top_level=True)
    offenders = {m: sorted(d for d in deps if d.startswith("parley_lab")) for m, deps in graph.items()
                 if m.startswith("parley.")}
    assert {m: d for m, d in offenders.items() if d} == {}
