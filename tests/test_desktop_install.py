"""`canvas-editor install-desktop [--uninstall]`, run as a user runs it, against a private
`XDG_DATA_HOME`: the menu entry passes `desktop-file-validate` and starts this
installation, the desktop's MIME database then knows `.bmc` files by name and by
content, and `--uninstall` takes away exactly the files the install printed."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_editor import __version__
from canvas_editor.desktop.entries import desktop_entry
from canvas_editor.desktop.identity import APP_ID, MIME_TYPE
from canvas_editor.storage.templates import template_bytes

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

needs_mime_tools = pytest.mark.skipif(
    shutil.which("update-mime-database") is None or shutil.which("update-desktop-database") is None,
    reason="shared-mime-info or desktop-file-utils is not installed (make test installs them)",
)

needs_validator = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-utils is not installed (make test installs it)",
)

# A fresh interpreter reads the MIME database of its XDG_DATA_HOME as a desktop would.
MIME_OF = """
import json, sys
from PySide6.QtCore import QMimeDatabase
found = {}
for path in sys.argv[1:]:
    kind = QMimeDatabase().mimeTypeForFile(path)
    found[path] = [kind.name(), kind.inherits("application/json"), kind.iconName()]
print(json.dumps(found))
"""


def cli(
    home: Path, *args: str, command: list[str] | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(home), **(env or {})}
    return subprocess.run(
        [*(command or [sys.executable, "-m", "canvas_editor"]), "install-desktop", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )


def every_file(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def entry_at(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def entry_of(home: Path) -> configparser.SectionProxy:
    return entry_at(home / "applications" / f"{APP_ID}.desktop")


def exec_argv(entry: configparser.SectionProxy) -> list[str]:
    """The Exec key split as the desktop entry spec says a launcher splits it, without
    its field code: the value's own escapes first, then words, quoted or not."""
    value = entry["Exec"].replace("\\\\", "\\")
    words: list[str] = []
    word: str | None = None
    quoted = escaped = False
    for ch in value:
        if escaped:
            word, escaped = (word or "") + ch, False
        elif quoted and ch == "\\":
            escaped = True
        elif ch == '"':
            quoted, word = not quoted, word or ""
        elif ch == " " and not quoted:
            if word is not None:
                words.append(word)
            word = None
        else:
            word = (word or "") + ch
    if word is not None:
        words.append(word)
    assert words[-1] == "%F"
    return [w.replace("%%", "%") for w in words[:-1]]


def mime_of(home: Path, *paths: Path) -> dict[str, list[object]]:
    result = subprocess.run(
        [sys.executable, "-c", MIME_OF, *map(str, paths)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(home)},
        timeout=60,
        check=True,
    )
    found: dict[str, list[object]] = json.loads(result.stdout)
    return found


def sample_files(folder: Path) -> list[Path]:
    """A saved canvas named .bmc, the same bytes with no suffix, and an old compact file."""
    folder.mkdir()
    named, unnamed, old = folder / "plan.bmc", folder / "plan", folder / "old-canvas"
    named.write_bytes(template_bytes("amazon"))
    unnamed.write_bytes(template_bytes("amazon"))
    old.write_bytes((FIXTURES / "v1-minimal.bmc").read_bytes())
    return [named, unnamed, old]


@needs_mime_tools
def test_install_then_uninstall_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "data"
    theirs = [home / "applications" / "other.desktop", home / "mime" / "packages" / "other.xml"]
    for path in theirs:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("someone else's\n")
    samples = sample_files(tmp_path / "files")
    before = every_file(home)

    installed = cli(home)
    assert installed.returncode == 0, installed.stderr
    assert installed.stderr == ""
    written = {Path(line) for line in installed.stdout.splitlines()}
    assert written == every_file(home) - before - {p for p in every_file(home) if _is_a_cache(home, p)}
    assert {p.relative_to(home).parts[0] for p in written} == {"applications", "mime", "icons"}

    entry = entry_of(home)
    assert entry["MimeType"] == f"{MIME_TYPE};"
    for size_and_kind in ("scalable/apps", "48x48/apps"):
        assert list((home / "icons" / "hicolor" / size_and_kind).glob(f"{entry['Icon']}.*"))
    version = subprocess.run([*exec_argv(entry), "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"canvas-editor {__version__}"
    cache = (home / "applications" / "mimeinfo.cache").read_text()
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache.splitlines()

    known = mime_of(home, *samples)
    for path in samples:  # by name, and by content alone
        name, is_json, icon = known[str(path)]
        assert (name, is_json) == (MIME_TYPE, True), path
        assert list((home / "icons" / "hicolor").glob(f"*/mimetypes/{icon}.*")), icon

    removed = cli(home, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert {Path(line) for line in removed.stdout.splitlines()} == written
    assert not any(path.exists() for path in written)
    assert all(path.read_text() == "someone else's\n" for path in theirs)
    assert f"{MIME_TYPE}=" not in (home / "applications" / "mimeinfo.cache").read_text()
    assert all(found[0] != MIME_TYPE for found in mime_of(home, *samples).values())

    again = cli(home, "--uninstall")
    assert (again.returncode, again.stdout) == (0, "")
    assert "nothing to remove" in again.stderr


def _is_a_cache(home: Path, path: Path) -> bool:
    """Written by update-mime-database or update-desktop-database, not by us."""
    relative = path.relative_to(home)
    return (relative.parts[0] == "mime" and relative.parts[1] != "packages") or relative == Path(
        "applications/mimeinfo.cache"
    )


@needs_validator
def test_the_menu_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    home = tmp_path / "data"
    assert cli(home).returncode == 0
    entry = home / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@needs_validator
def test_a_program_path_with_spaces_and_quotes_is_quoted_as_the_spec_asks(tmp_path: Path) -> None:
    program = '/opt/my "best" apps/100% $HOME/canvas-editor'
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(desktop_entry([program, "-m", "canvas_editor"]), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, "")
    assert exec_argv(entry_at(entry)) == [program, "-m", "canvas_editor"]


def test_the_installed_command_on_path_is_named_plainly(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name(APP_ID)
    if not script.is_file():
        pytest.skip("canvas-editor is not installed beside this interpreter")
    path = os.pathsep.join([str(script.parent), os.environ.get("PATH", "")])
    home = tmp_path / "data"
    assert cli(home, command=[str(script)], env={"PATH": path}).returncode == 0
    assert entry_of(home)["Exec"] == f"{APP_ID} %F"


def test_without_the_cache_tools_the_files_are_written_and_it_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    home = tmp_path / "data"
    result = cli(home, env={"PATH": str(empty)})
    assert result.returncode == 0
    assert (home / "applications" / f"{APP_ID}.desktop").is_file()
    notes = result.stderr.splitlines()
    assert [line.split()[1] for line in notes] == ["update-mime-database", "update-desktop-database"]


def test_a_relative_xdg_data_home_is_ignored_for_the_default(tmp_path: Path) -> None:
    result = cli(Path("relative/data"), env={"HOME": str(tmp_path), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local" / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert not (tmp_path / "relative").exists()


def test_a_data_folder_that_cannot_be_made_is_one_line_and_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = cli(blocker / "data")
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("canvas-editor: cannot change ") and str(blocker) in line
