"""`make lint`'s translation check: every text a user reads can be translated, and is.

Three checks, each printing one line per problem:
1. No user-visible text is a bare literal: in the modules that build the window
   (canvas_editor/ui, canvas_editor/scene, canvas_editor/app.py), a string literal or
   f-string with letters passed to a call that shows text (`setText`, `QLabel(...)`,
   `QMessageBox.warning`...) is reported. Texts go through `self.tr`,
   `QCoreApplication.translate` or a `QT_TRANSLATE_NOOP` table instead.
2. Each catalogue in resources/translations holds exactly what the sources mark:
   pyside6-lupdate run over the sources into a copy changes nothing (else: run
   `make translations`).
3. No catalogue has an unfinished or empty translation.

Exit status 1 when any check fails.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
WINDOW_CODE = [
    ROOT / "canvas_editor" / "ui",
    ROOT / "canvas_editor" / "scene",
    ROOT / "canvas_editor" / "app.py",
]

# Calls whose string arguments a user reads.
SHOWING_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setLabelText",
    "setIconText",
    "showMessage",
    "addMenu",
    "addTab",
    "addItem",
    "setHeaderLabels",
    "setInformativeText",
    "setDetailedText",
    "setWindowIconText",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getText",
    "getInt",
    "getItem",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "addButton",
    "addAction",
    "addSection",
    # the window's own helpers that show what they are given
    "plain_message_box",
    "show_error",
    "_confirm",
    "load_failure",
    "ask_color",
    "ask_path_to_write",
    "_show_problem",
}
SHOWING_CLASSES = {
    "QAction",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "QToolBar",
    "QDockWidget",
    "QMessageBox",
    "QCommandLinkButton",
}
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _readable(node: ast.expr) -> bool:
    """A literal or f-string with words in it (not a key name, a number or a symbol)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value)) for v in node.values
        )
    if isinstance(node, ast.BinOp):  # "a" + "b", "%s" % x
        return _readable(node.left) or _readable(node.right)
    return False


def bare_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in TRANSLATING or (name not in SHOWING_METHODS and name not in SHOWING_CLASSES):
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title", "label"))]:
            if _readable(arg):
                where = path.relative_to(ROOT)
                problems.append(
                    f"{where}:{arg.lineno}: text shown untranslated in {name}(): {ast.unparse(arg)}"
                )
    return problems


def window_sources() -> list[Path]:
    files: list[Path] = []
    for place in WINDOW_CODE:
        files += sorted(place.rglob("*.py")) if place.is_dir() else [place]
    return files


def catalogue_sources() -> list[str]:
    """Every Python file of the package, in a fixed order (the catalogue's order follows it)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "canvas_editor").rglob("*.py"))


def lupdate_command(ts_files: list[str]) -> list[str]:
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return [lupdate, *catalogue_sources(), "-ts", *ts_files, "-no-obsolete", "-locations", "none", "-silent"]


def stale_catalogues() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(CATALOGUES.glob("*.ts")):
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            subprocess.run(lupdate_command([str(copy)]), cwd=ROOT, check=True, capture_output=True)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.relative_to(ROOT)}: not what the sources mark; run `make translations`")
    return problems


def unfinished() -> list[str]:
    problems = []
    for ts in sorted(CATALOGUES.glob("*.ts")):
        root = ElementTree.parse(ts).getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") == "unfinished" or not translation.text:
                    source = message.findtext("source", "")
                    problems.append(
                        f"{ts.relative_to(ROOT)}: unfinished [{context.findtext('name')}] {source!r}"
                    )
    return problems


def main() -> int:
    problems = [p for path in window_sources() for p in bare_texts(path)]
    problems += stale_catalogues()
    problems += unfinished()
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
