"""`canvas-editor export FILE -o OUT.pdf`: exit codes, messages, and what is left on disk."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage.save import save_canvas

ROOT = Path(__file__).resolve().parent.parent
SIZES = ["A4", "A3", "A2", "A1", "A0", "Letter", "Tabloid"]


def cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command in this process; argparse usage errors exit through SystemExit."""
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_process(*args: str, seed: str = "0") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "canvas_editor", *args], capture_output=True, env=env, timeout=120, check=False
    )


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.bmc"
    notes = [
        Note(id="a", block=BlockId.VALUE_PROPOSITIONS, text="Fresh bread by 7 am", x=0.1, y=0.2),
        Note(id="b", block=BlockId.CUSTOMER_SEGMENTS, text="바쁜 맞벌이 가정", x=0.1, y=0.3, color="#81D4FA"),
    ]
    save_canvas(Canvas(title="Bakery", notes=notes), path)
    return path


def test_export_writes_a_pdf_and_exits_0(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, stderr = cli(["export", str(plan), "-o", str(out), "--page-size", "a3", "--portrait"], capsys)
    assert (code, stderr) == (0, "")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    page = reader.pages[0]
    assert float(page.mediabox.width) < float(page.mediabox.height)  # portrait
    assert round(float(page.mediabox.height)) == round(420 * 72 / 25.4)  # A3
    assert "Fresh bread by 7 am" in " ".join(page.extract_text().split())


def test_options_reach_the_pdf(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "poster.pdf"
    code, _, _ = cli(
        ["export", str(plan), "-o", str(out), "--page-size", "A1", "--tile", "A4", "--appendix"], capsys
    )
    assert code == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) > 2
    assert "Row 1 of" in reader.pages[0].extract_text()
    assert "Fresh bread by 7 am" in " ".join(reader.pages[-1].extract_text().split())


@pytest.mark.parametrize("option", ["--page-size", "--tile"])
def test_an_unknown_page_size_is_a_usage_error_listing_the_valid_ones(
    option: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, stderr = cli(["export", str(plan), "-o", str(out), option, "B5"], capsys)
    assert code == 2
    assert "B5" in stderr
    assert ", ".join(SIZES) in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "extra, words",
    [
        (["--page-size", "A4", "--tile", "A3"], "not smaller"),
        (["--page-size", "A4", "--tile", "A4"], "not smaller"),
    ],
)
def test_tiles_must_be_smaller_than_the_page(
    extra: list[str], words: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, stderr = cli(["export", str(plan), "-o", str(out), *extra], capsys)
    assert code == 2 and words in stderr
    assert not out.exists()


@pytest.mark.parametrize("name", ["plan.gif", "plan", "plan.bmc"])
def test_an_output_format_that_is_not_offered_is_a_usage_error(
    name: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = plan.read_bytes()
    code, _, stderr = cli(["export", str(plan), "-o", str(tmp_path / name)], capsys)
    assert code == 2 and ".pdf" in stderr
    assert plan.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bmc"]


def test_missing_output_option_is_a_usage_error(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = cli(["export", str(plan)], capsys)
    assert code == 2 and "-o" in stderr


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "something else"}', "not a canvas-editor file"),
        (None, "no such file"),
    ],
)
def test_a_bad_input_file_exits_1_with_one_line_and_writes_nothing(
    content: bytes | None, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "broken.bmc"
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "out.pdf"
    out.write_bytes(b"an older export")
    code, _, stderr = cli(["export", str(source), "-o", str(out)], capsys)
    assert code == 1
    assert stderr.count("\n") == 1 and reason in stderr and "Traceback" not in stderr
    assert out.read_bytes() == b"an older export"


def test_an_output_folder_that_does_not_exist_exits_1(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "plan.pdf"
    code, _, stderr = cli(["export", str(plan), "-o", str(out)], capsys)
    assert code == 1
    assert stderr.count("\n") == 1 and "does not exist" in stderr
    assert not out.parent.exists()


def test_an_output_that_cannot_be_replaced_exits_1_and_leaves_no_partial_file(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "taken.pdf"
    out.mkdir()  # a folder is in the way: the rename onto it fails after the PDF was made
    code, _, stderr = cli(["export", str(plan), "-o", str(out)], capsys)
    assert code == 1
    assert stderr.count("\n") == 1 and "Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bmc", "taken.pdf"]
    assert out.is_dir() and list(out.iterdir()) == []


def test_a_real_process_gives_the_same_bytes_every_time(plan: Path, tmp_path: Path) -> None:
    """Two runs with different hash seeds: reportlab's invariant mode, nothing random or dated."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}.pdf"
        result = run_process("export", str(plan), "-o", str(out), "--appendix", seed=seed)
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"%PDF-")


def test_a_real_process_exits_2_on_usage_and_1_on_bad_input(plan: Path, tmp_path: Path) -> None:
    usage = run_process("export", str(plan), "-o", str(tmp_path / "x.pdf"), "--page-size", "A9")
    assert usage.returncode == 2
    bad = tmp_path / "bad.bmc"
    bad.write_text("[]")
    failed = run_process("export", str(bad), "-o", str(tmp_path / "x.pdf"))
    assert failed.returncode == 1
    assert len(failed.stderr.decode().strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


# ----- files other programs edit: Markdown, CSV, JSON Canvas, PowerPoint ---------------------

DOCUMENTS = [".md", ".csv", ".canvas", ".pptx"]


@pytest.mark.parametrize("suffix", DOCUMENTS)
def test_a_document_export_gives_the_same_bytes_in_every_process(
    suffix: str, plan: Path, tmp_path: Path
) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}{suffix}"
        result = run_process("export", str(plan), "-o", str(out), seed=seed)
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    if suffix == ".pptx":
        assert outputs[0].startswith(b"PK\x03\x04")  # a zip package
    else:
        assert "바쁜 맞벌이 가정".encode() in outputs[0]


@pytest.mark.parametrize("suffix", DOCUMENTS)
@pytest.mark.parametrize(
    "option", [["--page-size", "A3"], ["--portrait"], ["--dpi", "300"], ["--tile", "A4"], ["--appendix"]]
)
def test_paper_options_with_a_document_export_are_a_usage_error(
    suffix: str, option: list[str], plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"plan{suffix}"
    code, _, stderr = cli(["export", str(plan), "-o", str(out), *option], capsys)
    assert code == 2 and option[0] in stderr
    assert not out.exists()
