"""The PDF export as a reader sees it: pages, sizes, text, fonts, colours, bytes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvas_editor.export.pdf import PdfOptions, render, render_pdf
from canvas_editor.model import layout
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.canvas_words import attribution
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage.templates import load_template

ROOT = Path(__file__).resolve().parent.parent
MM = 72 / 25.4
# Paper sizes by their standards (ISO 216 in mm, ANSI in inches), portrait.
PAPER_POINTS = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
    "A2": (420 * MM, 594 * MM),
    "A1": (594 * MM, 841 * MM),
    "A0": (841 * MM, 1189 * MM),
    "Letter": (8.5 * 72, 11 * 72),
    "Tabloid": (11 * 72, 17 * 72),
}

EN_NOTES = {
    BlockId.KEY_PARTNERS: ["Local bakeries", "Delivery riders"],
    BlockId.KEY_ACTIVITIES: ["Baking at night", "Route planning"],
    BlockId.KEY_RESOURCES: ["Ovens and vans"],
    BlockId.VALUE_PROPOSITIONS: ["Fresh bread at your door by 7 am", "No waste"],
    BlockId.CUSTOMER_RELATIONSHIPS: ["Weekly subscription"],
    BlockId.CHANNELS: ["Mobile app", "Neighbourhood flyers"],
    BlockId.CUSTOMER_SEGMENTS: ["Busy families", "Cafés"],
    BlockId.COST_STRUCTURE: ["Flour and butter", "Riders' wages"],
    BlockId.REVENUE_STREAMS: ["Monthly plan", "Catering orders"],
}
KO_NOTES = {
    BlockId.KEY_PARTNERS: ["동네 빵집", "배달 기사"],
    BlockId.KEY_ACTIVITIES: ["새벽 제빵", "배송 경로 계획"],
    BlockId.KEY_RESOURCES: ["오븐과 배송 차량"],
    BlockId.VALUE_PROPOSITIONS: ["아침 7시까지 문 앞에 갓 구운 빵", "버리는 빵 없음"],
    BlockId.CUSTOMER_RELATIONSHIPS: ["주간 구독"],
    BlockId.CHANNELS: ["모바일 앱", "동네 전단지"],
    BlockId.CUSTOMER_SEGMENTS: ["바쁜 맞벌이 가정", "카페"],
    BlockId.COST_STRUCTURE: ["밀가루와 버터", "배달 기사 인건비"],
    BlockId.REVENUE_STREAMS: ["월 구독료", "케이터링 주문"],
}
COLORS = ["#FFF176", "#81D4FA", "#F48FB1", "#A5D6A7"]


def make_canvas(notes: dict[BlockId, list[str]], language: str) -> Canvas:
    made = []
    for block, texts in notes.items():
        for i, text in enumerate(texts):
            made.append(
                Note(
                    id=f"{block.value}-{i}",
                    block=block,
                    text=text,
                    color=COLORS[(len(made)) % len(COLORS)],
                    x=0.05 + 0.5 * (i % 2),
                    y=0.25 + 0.3 * (i // 2),
                )
            )
    return Canvas(
        title="Bread subscription" if language == "en" else "빵 구독",
        designed_for="Corner Bakery" if language == "en" else "모퉁이 빵집",
        designed_by="Mina Park",
        date="2024-05-01",
        iteration="2",
        language=language,
        notes=made,
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squeeze(s: str) -> str:
    """Without whitespace: wrapped lines and extracted lines compare equal."""
    return "".join(s.split())


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("portrait", [False, True], ids=["landscape", "portrait"])
@pytest.mark.parametrize("size", list(PAPER_POINTS))
def test_one_page_of_the_asked_size_and_orientation(size: str, portrait: bool) -> None:
    data = render_pdf(make_canvas(EN_NOTES, "en"), PdfOptions(page_size=size, portrait=portrait))
    short, long = PAPER_POINTS[size]
    expected = (short, long) if portrait else (long, short)
    [(w, h)] = page_sizes(data)
    assert w == pytest.approx(expected[0], abs=0.01)
    assert h == pytest.approx(expected[1], abs=0.01)


def test_portrait_pages_hold_the_landscape_sheet_scaled_to_the_width_and_centred() -> None:
    rendered = render(make_canvas(EN_NOTES, "en"), PdfOptions(page_size="A3", portrait=True))
    [(page_w, page_h)] = page_sizes(rendered.data)
    area = rendered.sheet.area
    # Across the width, less the few millimetres kept clear for the printer.
    assert page_w - 12 * MM < area.w < page_w
    assert area.x == pytest.approx(page_w - area.right, abs=0.01)
    assert area.h / area.w == pytest.approx(PAPER_POINTS["A3"][0] / PAPER_POINTS["A3"][1], rel=0.01)
    assert area.y == pytest.approx(page_h - area.bottom)


@pytest.mark.parametrize("language, notes", [("en", EN_NOTES), ("ko", KO_NOTES)])
def test_every_note_and_the_header_are_text_in_the_pdf(
    language: str, notes: dict[BlockId, list[str]]
) -> None:
    canvas = make_canvas(notes, language)
    text = squeeze(pdf_text(render_pdf(canvas, PdfOptions())))
    for note in canvas.notes:
        assert squeeze(note.text) in text
    for value in (canvas.title, canvas.designed_for, canvas.designed_by, canvas.date):
        assert squeeze(value) in text
    # The attribution in the canvas's language, naming the licensor and the licence in any.
    assert squeeze(attribution(language)) in text
    assert squeeze("Strategyzer AG") in text and squeeze("CC BY-SA 3.0") in text
    if language == "ko":
        assert squeeze(layout.ATTRIBUTION) not in text


def test_block_names_are_printed_in_the_canvas_language() -> None:
    ko = squeeze(pdf_text(render_pdf(make_canvas(KO_NOTES, "ko"), PdfOptions())))
    en = squeeze(pdf_text(render_pdf(make_canvas(EN_NOTES, "en"), PdfOptions())))
    assert "핵심파트너" in ko and "KeyPartners" not in ko
    assert "KeyPartners" in en and "핵심파트너" not in en


@pytest.mark.parametrize("name", ["amazon", "amazon-ko"])
def test_every_note_of_the_amazon_templates_is_in_the_extracted_text(name: str) -> None:
    canvas = load_template(name)
    assert canvas.notes
    data = render_pdf(canvas, PdfOptions())
    text = squeeze(pdf_text(data))
    missing = [n.text for n in canvas.notes if squeeze(n.text) not in text]
    assert missing == []


def test_pdftotext_reads_every_korean_note(tmp_path: Path) -> None:
    canvas = load_template("amazon-ko")
    out = tmp_path / "amazon-ko.pdf"
    out.write_bytes(render_pdf(canvas, PdfOptions(page_size="A3")))
    text = squeeze(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True, text=True).stdout
    )
    assert [n.text for n in canvas.notes if squeeze(n.text) not in text] == []


def test_every_font_is_the_embedded_nanum_gothic() -> None:
    reader = PdfReader(io.BytesIO(render_pdf(make_canvas(KO_NOTES, "ko"), PdfOptions())))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]).split("+")[-1])
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert seen == {"NanumGothic", "NanumGothicBold"}


MARKUP = ["<b>bold</b>", "a<b", '<img src="/etc/passwd">', "&amp;", "x > y & z"]


def test_markup_in_user_text_prints_literally() -> None:
    notes = [
        Note(
            id=f"m{i}",
            block=BlockId.VALUE_PROPOSITIONS,
            text=t,
            x=0.05 + 0.5 * (i % 2),
            y=0.1 + 0.18 * (i // 2),
        )
        for i, t in enumerate(MARKUP)
    ]
    canvas = Canvas(title="<i>title</i> & co", designed_by="<br/>", notes=notes)
    text = squeeze(pdf_text(render_pdf(canvas, PdfOptions(appendix=True))))
    for t in [*MARKUP, "<i>title</i> & co", "<br/>"]:
        assert squeeze(t) in text
    assert "bold" in text and "<b>bold</b>" in text


_AUDIT_SCRIPT = r"""
import sys
from pathlib import Path
from canvas_editor.export import fonts
from canvas_editor.export.pdf import PdfOptions, render_pdf
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.document import Canvas, Note
from canvas_editor.storage.save import write_atomic

# Reading our own bundled fonts and modules is expected: warm up, then watch.
fonts.register_fonts()
render_pdf(Canvas(notes=[Note(id="w", block=BlockId.CHANNELS, text="warm up")]), PdfOptions(appendix=True))
out = Path(sys.argv[1])
events = []
watching = True

def hook(event, args):
    if watching and event in ("open", "socket.connect", "socket.getaddrinfo", "urllib.Request", "os.listdir"):
        events.append((event, str(args[0]) if args else ""))

sys.addaudithook(hook)
texts = ['<img src="/etc/passwd">', '<img src="http://example.com/x.png"/>', "<a href='file:///etc/hosts'>x</a>"]
notes = [Note(id=f"n{i}", block=BlockId.CHANNELS, text=t, description=t, x=0.1, y=0.2 + 0.3 * i)
         for i, t in enumerate(texts)]
write_atomic(out, render_pdf(Canvas(title='<img src="/etc/shadow">', notes=notes), PdfOptions(appendix=True)))
watching = False
for event, arg in events:
    print(event, arg)
"""


def test_export_reads_no_file_and_opens_no_connection_for_user_text(tmp_path: Path) -> None:
    out = tmp_path / "safe.pdf"
    result = subprocess.run(
        [sys.executable, "-c", _AUDIT_SCRIPT, str(out)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
    )
    events = [line.split(" ", 1) for line in result.stdout.splitlines()]
    # Only the output's folder is touched: the temporary file, its descriptor, the folder.
    assert events
    for event, arg in events:
        assert event == "open", (event, arg)
        assert arg.isdigit() or tmp_path in (Path(arg), Path(arg).parent), arg
    assert out.stat().st_size > 0


def test_the_same_canvas_exports_to_the_same_bytes() -> None:
    canvas = make_canvas(KO_NOTES, "ko")
    options = PdfOptions(page_size="A2", appendix=True)
    assert render_pdf(canvas, options) == render_pdf(canvas, options)


def _pixel(image: bytes, width: int, x: int, y: int) -> tuple[int, int, int]:
    i = (y * width + x) * 3
    return (image[i], image[i + 1], image[i + 2])


def _render_rgb(data: bytes, tmp_path: Path, dpi: int) -> tuple[int, int, bytes]:
    """Page 1 as raw RGB, through poppler's pdftoppm (PPM is header + bytes)."""
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(data)
    ppm = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", str(pdf)], capture_output=True, check=True
    ).stdout
    fields = ppm.split(maxsplit=4)
    assert fields[0] == b"P6"
    return int(fields[1]), int(fields[2]), fields[4]


def test_notes_are_coloured_stickies_at_their_stored_positions_and_in_z_order(tmp_path: Path) -> None:
    block = BlockId.CUSTOMER_SEGMENTS
    notes = [
        Note(id="below", block=block, text="", color="#F48FB1", x=0.10, y=0.30),
        Note(id="above", block=block, text="", color="#81D4FA", x=0.30, y=0.35),
        Note(id="alone", block=BlockId.COST_STRUCTURE, text="", color="#A5D6A7", x=0.7, y=0.5),
    ]
    width, height, image = _render_rgb(render_pdf(Canvas(notes=notes), PdfOptions()), tmp_path, 72)
    w_pt, h_pt = PAPER_POINTS["A4"][1], PAPER_POINTS["A4"][0]
    assert abs(width - w_pt) <= 1 and abs(height - h_pt) <= 1

    def colour_at(fx: float, fy: float) -> tuple[int, int, int]:
        return _pixel(image, width, int(fx * w_pt), int(fy * h_pt))

    def rgb(color: str) -> tuple[int, int, int]:
        return (int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16))

    def close(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
        return all(abs(p - q) <= 3 for p, q in zip(a, b, strict=True))

    below = layout.note_rect(block, 0.10, 0.30)
    above = layout.note_rect(block, 0.30, 0.35)
    alone = layout.note_rect(BlockId.COST_STRUCTURE, 0.7, 0.5)
    assert close(colour_at(*alone.center), rgb("#A5D6A7"))
    assert close(colour_at(below.x + below.w * 0.2, below.y + below.h * 0.2), rgb("#F48FB1"))
    # Where the two overlap, the later note (drawn on top, as on the board) shows.
    assert close(colour_at(above.x + above.w * 0.2, above.y + above.h * 0.2), rgb("#81D4FA"))
    # Just outside a note, the page is white.
    assert colour_at(alone.right + 0.01, alone.center[1]) == (255, 255, 255)
