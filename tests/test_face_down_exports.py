"""A silent brainstorm's face-down notes never leave the board: every export a user can
make (`canvas-editor export` to PDF, PNG, SVG, Markdown, CSV, JSON Canvas, PowerPoint)
holds none of their words, and the PDF's appendix says how many there are. Votes
print on the PDF and in its appendix."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage.save import save_canvas

# Words of the face-down note, each in a field of its own; none may reach an export.
SECRETS = ("Zebracorn", "Quokkaplan", "Narwhaltag")


def _canvas(with_secret: bool) -> Canvas:
    notes = [
        Note(id="open", block=BlockId.VALUE_PROPOSITIONS, text="Fresh bread", votes=3, x=0.1, y=0.1),
        Note(id="cs", block=BlockId.CUSTOMER_SEGMENTS, text="Commuters", x=0.1, y=0.1),
    ]
    if with_secret:
        secret = Note(
            id="secret",
            block=BlockId.CHANNELS,
            text=SECRETS[0],
            description=SECRETS[1],
            tags=(SECRETS[2],),
            hidden=True,
            author="Mina",
            x=0.5,
            y=0.5,
        )
        notes.insert(1, secret)
    return Canvas(title="Bakery", notes=notes)


def _export(tmp_path: Path, suffix: str, with_secret: bool = True, *options: str) -> bytes:
    source = tmp_path / f"canvas-{with_secret}.bmc"
    save_canvas(_canvas(with_secret), source)
    out = tmp_path / f"out-{with_secret}{suffix}"
    assert main(["export", str(source), "-o", str(out), *options]) == 0
    return out.read_bytes()


def _words(data: bytes, suffix: str) -> str:
    """What a reader of the file can find in it: its text, unpacked where it is packed."""
    if suffix == ".pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    if suffix == ".pptx":
        with zipfile.ZipFile(io.BytesIO(data)) as deck:
            return "\n".join(deck.read(name).decode("utf-8", "replace") for name in deck.namelist())
    return data.decode("utf-8-sig")


@pytest.mark.parametrize("suffix", [".pdf", ".svg", ".md", ".csv", ".canvas", ".pptx"])
def test_no_export_holds_a_face_down_notes_words(tmp_path: Path, suffix: str) -> None:
    words = _words(_export(tmp_path, suffix), suffix)
    assert "Fresh bread" in words  # the export read the canvas at all
    for secret in (*SECRETS, "Mina"):
        assert secret not in words


def test_the_png_is_the_picture_of_the_board_without_the_face_down_note(tmp_path: Path) -> None:
    with_note = _export(tmp_path, ".png", True, "--dpi", "50")
    without = _export(tmp_path, ".png", False, "--dpi", "50")
    assert with_note == without


def test_the_pdf_appendix_counts_the_face_down_notes_and_lists_votes(tmp_path: Path) -> None:
    words = _words(_export(tmp_path, ".pdf", True, "--appendix"), ".pdf")
    assert "Notes face down, not printed until revealed: 1" in words
    assert "Votes: 3" in words


def test_a_pdf_with_face_down_notes_says_so_even_without_the_appendix(tmp_path: Path) -> None:
    pages = PdfReader(io.BytesIO(_export(tmp_path, ".pdf"))).pages
    assert len(pages) == 2
    assert "Notes face down, not printed until revealed: 1" in pages[1].extract_text()
    assert len(PdfReader(io.BytesIO(_export(tmp_path, ".pdf", False))).pages) == 1


def test_votes_print_on_the_note_as_dots_and_the_count(tmp_path: Path) -> None:
    page = PdfReader(io.BytesIO(_export(tmp_path, ".pdf", False))).pages[0]
    assert "Fresh bread" in page.extract_text()
    content = page.get_contents()
    assert content is not None
    ops = content.get_data().decode("latin-1")
    # reportlab draws a circle as four Bezier curves: three dots, twelve curves at least.
    assert ops.count(" c\n") >= 12
    assert "(3) Tj" in ops
