"""`canvas-editor export FILE -o OUT.png|OUT.svg`: the picture of the board, from the command line.

Pixels are read back from the written file with Qt; SVG is parsed with xml.etree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BLOCKS, BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage.save import save_canvas

ROOT = Path(__file__).resolve().parent.parent
SVG = "{http://www.w3.org/2000/svg}"
NOTE_COLOR = "#81D4FA"


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> None:
    """In this process the export reuses pytest-qt's application, as it would any."""


def cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    return code, capsys.readouterr().err


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.bmc"
    notes = [
        Note(id="a", block=BlockId.VALUE_PROPOSITIONS, text="Fresh bread", x=0.1, y=0.2),
        Note(id="b", block=BlockId.CUSTOMER_SEGMENTS, text="맞벌이 가정", x=0.1, y=0.3, color=NOTE_COLOR),
    ]
    save_canvas(Canvas(title="Bakery", notes=notes), path)
    return path


def pixel_colours(path: Path) -> tuple[QImage, Counter[int]]:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    assert not image.isNull()
    data = bytes(image.constBits())  # rows are 4-byte pixels with no padding in RGB32
    return image, Counter(memoryview(data).cast("I"))


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return [e.text or "" for e in root.iter(f"{SVG}text")]


def test_png_has_the_paper_size_at_the_dpi_and_shows_the_board(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.png"
    code, err = cli(["export", str(plan), "-o", str(out), "--dpi", "100"], capsys)
    assert (code, err) == (0, "")
    image, colours = pixel_colours(out)
    assert (image.width(), image.height()) == (1169, 827)  # A4 landscape: 297 x 210 mm at 100 dpi
    assert round(image.dotsPerMeterX() * 0.0254) == 100
    assert len(colours) > 50  # text edges, shadows, notes: not a blank page
    note = QColor(NOTE_COLOR).rgb()
    assert colours[note] > 2000  # the blue note is there, about 70 x 70 pixels of it
    assert colours[QColor("white").rgb()] > image.width() * image.height() // 3


def test_png_page_size_and_orientation_give_the_physical_size(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "poster.png"
    code, _ = cli(["export", str(plan), "-o", str(out), "--page-size", "A3", "--dpi", "50"], capsys)
    assert code == 0
    assert QImage(str(out)).size().toTuple() == (827, 585)  # 420 x 297 mm
    out = tmp_path / "letter.png"
    code, _ = cli(["export", str(plan), "-o", str(out), "--page-size", "Letter", "--portrait"], capsys)
    assert code == 0
    image, colours = pixel_colours(out)
    assert image.size().toTuple() == (1275, 1650)  # 8.5 x 11 in at the default 150 dpi
    # The landscape sheet keeps its proportions: white paper above and below it.
    top_row = image.copy(0, 0, image.width(), 1)
    assert len(pixel_colours_of(top_row)) == 1
    assert colours[QColor(NOTE_COLOR).rgb()] > 0


def pixel_colours_of(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}


def test_svg_is_well_formed_with_the_notes_text_and_the_paper_size(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.svg"
    code, err = cli(["export", str(plan), "-o", str(out), "--page-size", "A3"], capsys)
    assert (code, err) == (0, "")
    texts = svg_texts(out)
    words = " ".join(texts).split()
    for word in ("Fresh", "bread", "맞벌이", "가정", "Bakery"):
        assert word in words
    root = ET.parse(out).getroot()
    assert float(root.attrib["width"].removesuffix("mm")) == pytest.approx(420, abs=0.5)
    assert float(root.attrib["height"].removesuffix("mm")) == pytest.approx(297, abs=0.5)


def test_images_leave_out_the_screen_hints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An untitled canvas with empty blocks: no placeholder title, questions or key numbers."""
    source = tmp_path / "blank.bmc"
    note = Note(id="a", block=BlockId.CHANNELS, text="Shop window", x=0.1, y=0.1)
    save_canvas(Canvas(notes=[note]), source)
    out = tmp_path / "blank.svg"
    assert cli(["export", str(source), "-o", str(out)], capsys)[0] == 0
    texts = svg_texts(out)
    assert "Shop window" in " ".join(texts)
    assert BLOCKS[BlockId.KEY_PARTNERS].name("en") in texts  # block names stay
    assert not any("Untitled" in t for t in texts)
    question = BLOCKS[BlockId.KEY_PARTNERS].questions("en")[0]
    assert not any(question[:20] in t for t in texts)
    assert not [t for t in texts if t.strip() in {str(n) for n in range(1, 10)}]


@pytest.mark.parametrize(
    "name, extra, words",
    [
        ("x.gif", [], ".png"),
        ("x.png", ["--tile", "A4", "--page-size", "A2"], "--tile is for PDF"),
        ("x.svg", ["--appendix"], "--appendix is for PDF"),
        ("x.svg", ["--dpi", "300"], "--dpi"),
        ("x.pdf", ["--dpi", "300"], "--dpi"),
        ("x.png", ["--dpi", "0"], "out of range"),
        ("x.png", ["--dpi", "many"], "invalid int"),
        ("x.png", ["--page-size", "A0", "--dpi", "1200"], "too large"),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    name: str, extra: list[str], words: str, plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(["export", str(plan), "-o", str(tmp_path / name), *extra], capsys)
    assert code == 2 and words in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.bmc"]


@pytest.mark.parametrize("name", ["x.png", "x.svg"])
def test_a_bad_input_exits_1_with_one_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "broken.bmc"
    source.write_bytes(b"{not json")
    code, err = cli(["export", str(source), "-o", str(tmp_path / name)], capsys)
    assert code == 1
    assert err.count("\n") == 1 and "not valid JSON" in err
    assert not (tmp_path / name).exists()


def test_an_output_folder_that_does_not_exist_exits_1(
    plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = cli(["export", str(plan), "-o", str(tmp_path / "missing" / "x.png")], capsys)
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err


PROBE = """
import json, os, sys
from canvas_editor.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "platform": os.environ.get("QT_QPA_PLATFORM")}))
"""


def test_a_real_process_without_a_display_draws_offscreen(plan: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(ROOT)
    out = tmp_path / "plan.png"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, "export", str(plan), "-o", str(out), "--dpi", "40"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0 and report["platform"] == "offscreen"
    assert QImage(str(out)).width() == 468  # 297 mm at 40 dpi
