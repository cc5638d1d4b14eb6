"""The bundled templates, seen as a user sees them: through the CLI and the file bytes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, ROOT

from canvas_editor.cli.main import main
from canvas_editor.model.blocks import BlockId
from canvas_editor.model.colors import DEFAULT_NOTE_COLOR, STICKY_COLORS
from canvas_editor.model.layout import BLOCK_RECTS, Rect, note_rect
from canvas_editor.storage import parse_canvas
from canvas_editor.storage.templates import TEMPLATES, load_template, template_bytes

AMAZON = ("amazon", "amazon-ko")
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each Amazon template written by `canvas-editor new --template NAME -o FILE`."""
    folder = tmp_path_factory.mktemp("made")
    paths = {}
    for name in AMAZON:
        paths[name] = folder / f"{name}.bmc"
        assert main(["new", "--template", name, "-o", str(paths[name])]) == 0
    return paths


def canvas_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_bytes().decode("utf-8"))["canvas"]
    return data


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


@pytest.mark.parametrize("name", AMAZON)
def test_new_from_template_then_validate_exits_0(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.bmc"
    assert main(["new", "--template", name, "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: ok"


def test_module_entry_point_creates_a_valid_amazon_canvas(tmp_path: Path) -> None:
    out = tmp_path / "a.bmc"
    run = [sys.executable, "-m", "canvas_editor"]
    new = subprocess.run([*run, "new", "--template", "amazon", "-o", str(out)], cwd=ROOT, capture_output=True)
    assert new.returncode == 0, new.stderr
    check = subprocess.run([*run, "validate", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith(": ok")


def test_templates_command_lists_all_three(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert sorted(listed) == ["amazon", "amazon-ko", "blank"]


@pytest.mark.parametrize("name", AMAZON)
def test_every_block_holds_four_to_eight_short_notes(made: dict[str, Path], name: str) -> None:
    notes = canvas_of(made[name])["notes"]
    for block in BlockId:
        count = sum(n["block"] == block for n in notes)
        assert 4 <= count <= 8, (block, count)
    too_long = [n["text"] for n in notes if not 0 < len(n["text"]) <= 60]
    assert too_long == []


def test_both_languages_share_ids_blocks_positions_and_colours(made: dict[str, Path]) -> None:
    en, ko = canvas_of(made["amazon"]), canvas_of(made["amazon-ko"])
    shape = ("id", "block", "x", "y", "color", "segment")
    assert [tuple(n[k] for k in shape) for n in en["notes"]] == [
        tuple(n[k] for k in shape) for n in ko["notes"]
    ]
    assert [(s["id"], s["color"]) for s in en["segments"]] == [(s["id"], s["color"]) for s in ko["segments"]]
    assert [n["text"] for n in en["notes"]] != [n["text"] for n in ko["notes"]]
    assert all(re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", n["id"]) for n in en["notes"])


def test_headers_are_filled(made: dict[str, Path]) -> None:
    en, ko = canvas_of(made["amazon"]), canvas_of(made["amazon-ko"])
    assert (en["title"], en["language"], ko["title"], ko["language"]) == ("Amazon", "en", "아마존", "ko")
    for name, canvas in (("amazon", en), ("amazon-ko", ko)):
        assert canvas["iteration"] == "1" and canvas["designed_for"]
        # The template says who wrote it and when; a canvas made from it is dated the
        # day it is made, and who designs it is for the user to fill in.
        template = json.loads(template_bytes(name))["canvas"]
        assert template["designed_by"] == "canvas-editor templates"
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", template["date"])
        assert canvas["designed_by"] == "" and canvas["date"] == date.today().isoformat()


def test_korean_notes_are_in_korean_and_english_notes_are_not(made: dict[str, Path]) -> None:
    en, ko = canvas_of(made["amazon"]), canvas_of(made["amazon-ko"])
    assert all(HANGUL.search(n["text"]) for n in ko["notes"])
    assert all(HANGUL.search(s["name"]) for s in ko["segments"])
    english_text = [en["title"], en["designed_for"]] + [s["name"] for s in en["segments"]]
    english_text += [n["text"] + n["description"] for n in en["notes"]]
    assert [t for t in english_text if HANGUL.search(t)] == []


@pytest.mark.parametrize("name", AMAZON)
def test_notes_stay_inside_their_block_without_overlapping(made: dict[str, Path], name: str) -> None:
    notes = canvas_of(made[name])["notes"]
    for block in BlockId:
        b = BLOCK_RECTS[block]
        rects = [note_rect(block, n["x"], n["y"]) for n in notes if n["block"] == block]
        for r in rects:
            assert b.x <= r.x and b.y <= r.y and r.right <= b.right and r.bottom <= b.bottom, block
        clashes = [(i, j) for i in range(len(rects)) for j in range(i) if overlap(rects[i], rects[j])]
        assert clashes == [], block


@pytest.mark.parametrize("name", AMAZON)
def test_notes_wear_the_colour_of_their_segment(made: dict[str, Path], name: str) -> None:
    canvas = canvas_of(made[name])
    colours = {s["id"]: s["color"] for s in canvas["segments"]}
    assert len(colours) >= 3
    assert set(colours.values()) <= set(STICKY_COLORS.values()) - {DEFAULT_NOTE_COLOR}
    assert len(set(colours.values())) == len(colours)
    used = {n["segment"] for n in canvas["notes"] if n["segment"] is not None}
    assert used == set(colours)
    for n in canvas["notes"]:
        assert n["color"] == (colours[n["segment"]] if n["segment"] else DEFAULT_NOTE_COLOR), n["id"]
    # Every segment appears among the customer segments themselves.
    assert {n["segment"] for n in canvas["notes"] if n["block"] == BlockId.CUSTOMER_SEGMENTS} >= set(colours)


@pytest.mark.parametrize(
    ("name", "facts"),
    [
        ("amazon", ("Casablanca", "$2.99", "Mayday", "Kirana", "AmazonSmile", "Prime Air", "1-Click", "FBA")),
        (
            "amazon-ko",
            ("카사블랑카", "2.99달러", "메이데이", "키라나", "아마존 스마일", "프라임 에어", "원클릭", "FBA"),
        ),
    ],
)
def test_anchoring_facts_of_the_essay_are_there(
    made: dict[str, Path], name: str, facts: tuple[str, ...]
) -> None:
    text = "\n".join(n["text"] + "\n" + n["description"] for n in canvas_of(made[name])["notes"])
    assert [f for f in facts if f not in text] == []


def essay_terms_ko() -> dict[str, str]:
    """Korean words of the essay, each with the essay's line that spells it (a fixture)."""
    lines = (FIXTURES / "essay-ko-terms.txt").read_text(encoding="utf-8").splitlines()
    pairs = (line.split(" | ", 1) for line in lines if line and not line.startswith("#"))
    return {term: quote for term, quote in pairs}


def test_korean_terms_are_spelled_as_in_the_essay(made: dict[str, Path]) -> None:
    terms = essay_terms_ko()
    assert len(terms) == 8
    assert [t for t, quote in terms.items() if t not in quote] == []
    notes = canvas_of(made["amazon-ko"])["notes"]
    template = "\n".join(n["text"] + "\n" + n["description"] for n in notes)
    assert [t for t in terms if t not in template] == []


def test_generator_reproduces_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    script = ROOT / "tools" / "make_templates.py"
    done = subprocess.run(
        [sys.executable, str(script), "--out", str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    committed = ROOT / "resources" / "templates"
    for name in AMAZON:
        assert (tmp_path / f"{name}.bmc").read_bytes() == (committed / f"{name}.bmc").read_bytes(), name


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_template_opens_as_the_validator_reads_its_file(name: str) -> None:
    """Templates skip validation when the editor starts on them: their bytes must pass it
    and give the very canvas the trusted path builds (block ids as enums, lists fresh)."""
    trusted = load_template(name)
    assert trusted == parse_canvas(template_bytes(name))
    assert all(type(n.block) is BlockId for n in trusted.notes)
    assert load_template(name).notes is not trusted.notes
