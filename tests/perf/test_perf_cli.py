"""The command line loads reportlab (55-70 ms to import) only for a PDF export.

Each check runs the command in a fresh interpreter and lists the packages it loaded.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_qt_free import COMMANDS, FIXTURES, RUN_COMMAND, python, top_level

pytestmark = pytest.mark.perf


@pytest.mark.parametrize(
    "argv",
    [*COMMANDS, ["export", str(FIXTURES / "v1-full.bmc"), "-o", "plan.png", "--dpi", "20"]],
    ids=lambda argv: " ".join(a for a in argv[:3] if not a.startswith("/")),
)
def test_commands_other_than_pdf_export_load_no_reportlab(argv: list[str], tmp_path: Path) -> None:
    result = python(RUN_COMMAND, *argv, cwd=tmp_path)
    assert top_level(result["modules"], ("reportlab",)) == []


def test_reportlab_loads_when_a_pdf_export_runs_not_before(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    result = python(RUN_COMMAND, "export", str(FIXTURES / "v1-full.bmc"), "-o", str(out))
    assert result["code"] == 0 and out.exists()
    assert top_level(result["after_import"], ("reportlab",)) == []
    assert top_level(result["modules"], ("reportlab",)) != []
