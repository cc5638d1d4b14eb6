"""The package's imports form no cycle at run time and keep to the layers.

The layers, lowest first: `model` (the document, plain Python) needs nothing else of
the app; `storage` and `export` read and write the model; `importers` read other
programs' files into it, with storage's reading and the exports' grammars;
`controller` owns a live model; `scene` draws it; `ui` and `app` make the windows;
`cli` runs without a window and so must not load Qt until a command needs it. Each
rule is checked on the graph read from the source (tests/import_graph.py), so a
failure names the import.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.import_graph import cycles, import_path, imports_of

PACKAGE = Path(__file__).resolve().parent.parent / "canvas_editor"
GRAPH = imports_of(PACKAGE)
AT_LOAD = {module: imports.load for module, imports in GRAPH.items()}

# Any module may use these: the root package holds only `__version__`,
# resource_files finds the bundled files, and i18n (Qt-free) marks texts for the
# catalogue and reads it for the command line.
SHARED = {"canvas_editor", "canvas_editor.resource_files", "canvas_editor.i18n"}

# What each layer's modules may import of the app, beyond their own package and SHARED.
ALLOWED = {
    "model": set(),
    "storage": {"model"},
    "export": {"model"},
    "controller": {"model"},
    # Reading other programs' files: the grammar of each format is the export's own,
    # and the file is read, capped and refused as a .bmc file is.
    "importers": {"model", "storage", "export"},
    "printing": {"model", "export"},
    "desktop": {"model", "storage"},
}
FORBIDDEN = {"scene": {"ui", "app"}}

def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _breaches() -> dict[tuple[str, str], list[str]]:
    """(module, layer it must not import) -> the modules of that layer it imports."""
    found: dict[tuple[str, str], list[str]] = {}
    for module, imports in GRAPH.items():
        layer = _layer(module)
        for target in sorted(imports.every):
            other = _layer(target)
            if not target.startswith("canvas_editor.") or target in SHARED or other in (layer, None):
                continue
            if (layer in ALLOWED and other not in ALLOWED[layer]) or other in FORBIDDEN.get(layer or "", ()):
                found.setdefault((module, other), []).append(target)
    return found


def test_the_graph_holds_every_module_and_their_imports() -> None:
    """The graph reads the real code: the rules below are checked on something."""
    layers = {"model", "storage", "export", "importers", "controller", "scene", "ui", "app", "cli", "desktop"}
    assert layers <= {_layer(module) for module in GRAPH}
    assert "canvas_editor.scene.board_scene" in AT_LOAD["canvas_editor.scene.board_view"]
    assert "PySide6" in AT_LOAD["canvas_editor.scene.board_scene"]
    # Imported inside a function only: a dependency, not one that runs at load.
    assert "canvas_editor.export.pdf" in GRAPH["canvas_editor.cli.cmd_export"].every
    assert "canvas_editor.export.pdf" not in AT_LOAD["canvas_editor.cli.cmd_export"]


def test_no_import_cycle_at_run_time() -> None:
    found = [" -> ".join(cycle) for cycle in cycles(AT_LOAD)]
    assert found == [], "modules that import each other while loading:\n" + "\n".join(found)


def test_each_layer_imports_only_the_layers_below_it() -> None:
    breaches = _breaches()
    found = [f"{module} imports {', '.join(breaches[module, layer])}" for module, layer in sorted(breaches)]
    assert found == [], "imports across the layers:\n" + "\n".join(found)


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if _layer(m) == "cli"))
def test_the_command_line_loads_no_qt_at_import(module: str) -> None:
    for qt in ("PySide6", "shiboken6"):
        path = import_path(AT_LOAD, module, qt)
        assert path is None, f"importing {module} loads Qt: " + " -> ".join(path or [])


# ----- the graph itself, on a small package made for it ------------------------------------


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return root / "pkg"


def test_a_cycle_at_load_is_found_and_named(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from pkg.b import thing\n",
            "pkg/b.py": "import pkg.c\nthing = 1\n",
            "pkg/c.py": "try:\n    from . import a\nexcept ImportError:\n    pass\n",
        },
    )
    graph = {m: i.load for m, i in imports_of(package).items()}
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.c", "pkg.a"]]


def test_type_only_and_deferred_imports_make_no_cycle(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "import pkg.b\n",
            "pkg/b.py": """\
                from typing import TYPE_CHECKING
                if TYPE_CHECKING:
                    from pkg.a import A
                def later() -> None:
                    from pkg import a
            """,
        },
    )
    graph = imports_of(package)
    assert cycles({m: i.load for m, i in graph.items()}) == []
    assert graph["pkg.b"].every == {"typing", "pkg.a"}


def test_a_package_init_and_its_submodules_import_each_other(tmp_path: Path) -> None:
    """A submodule importing from its own package is fine, unless it needs a name the
    package's `__init__` defines while that `__init__` is importing the submodule."""
    package = _package(
        tmp_path,
        {
            "pkg/__init__.py": "from pkg.sub.view import View\n",
            "pkg/sub/__init__.py": "from pkg.sub.view import View\n",
            "pkg/sub/view.py": "from pkg.sub import model\nfrom pkg.sub.model import M\nclass View: ...\n",
            "pkg/sub/model.py": "M = 1\n",
            "pkg/other.py": "from pkg import View\n",
            "pkg/sub/late.py": "from pkg import View\n",
        },
    )
    graph = {m: i.load for m, i in imports_of(package).items()}
    assert cycles(graph) == []
    assert graph["pkg.sub.late"] == {"pkg"}
    assert import_path(graph, "pkg.other", "pkg.sub.model") == [
        "pkg.other",
        "pkg",
        "pkg.sub.view",
        "pkg.sub.model",
    ]
    graph["pkg.sub.view"].add("pkg")  # as if view did `from pkg import View`
    assert cycles(graph) == [["pkg", "pkg.sub.view", "pkg"]]
