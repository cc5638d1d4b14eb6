"""Write the bundled fallback fonts and their manifest into resources/fonts/.

The fonts come from Debian's packages (`apt-get install fonts-noto-core
fonts-droid-fallback`) and fontTools (`pip install fonttools`); run

    python tools/make_fonts.py [--source /usr/share/fonts/truetype] [--out resources/fonts]

Each font is copied without its hinting instructions (neither reportlab nor the board,
which asks Qt for no hinting, uses them; they are a third of a hinted Noto file) and
renamed "CanvasEditor <family>", so Qt never mixes our copy up with a different version
of the same family installed on the machine: screen and paper measure one file. The
NanumGothic files are committed as they are and only listed.

fonts.json lists the fallback chain in order, each face with its file and the code
points its cmap covers as [first, last] ranges, so the export decides which font draws
a character without opening any font file.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "CanvasEditor "

# (family, regular file, bold file or None, folder under --source); chain order.
NOTO = "noto"
SOURCES: list[tuple[str, str, str | None, str]] = [
    ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", NOTO),
    *(
        (f"Noto Sans {script}", f"NotoSans{script}-Regular.ttf", f"NotoSans{script}-Bold.ttf", NOTO)
        for script in (
            "Arabic",
            "Hebrew",
            "Thai",
            "Devanagari",
            "Bengali",
            "Gurmukhi",
            "Gujarati",
            "Oriya",
            "Tamil",
            "Telugu",
            "Kannada",
            "Malayalam",
            "Sinhala",
            "Armenian",
            "Georgian",
            "Khmer",
            "Lao",
        )
    ),
    ("Droid Sans Fallback", "DroidSansFallbackFull.ttf", None, "droid"),
    ("Noto Sans Symbols", "NotoSansSymbols-Regular.ttf", "NotoSansSymbols-Bold.ttf", NOTO),
    ("Noto Sans Symbols2", "NotoSansSymbols2-Regular.ttf", None, NOTO),
]
NANUM = ("NanumGothic", "NanumGothic.ttf", "NanumGothicBold.ttf")
LICENCES = {"Droid Sans Fallback": "Apache-2.0.txt", "NanumGothic": "OFL.txt"}
NOTO_LICENCE = "OFL-Noto.txt"


def ranges(codepoints: set[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in sorted(codepoints):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def coverage(font: TTFont) -> list[list[int]]:
    return ranges(set(font.getBestCmap()))


def unhinted(path: Path) -> TTFont:
    """Every glyph, feature and name of the font, without TrueType hinting."""
    font = TTFont(path, recalcTimestamp=False)  # the same sources give the same bytes
    options = subset.Options()
    options.glyph_names = True
    options.hinting = False
    options.layout_features = ["*"]
    options.layout_scripts = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder())
    subsetter.subset(font)
    return font


def rename(font: TTFont, family: str, bold: bool) -> None:
    """Family "CanvasEditor <family>", style Regular or Bold, in every name record."""
    style = "Bold" if bold else "Regular"
    new_family = PREFIX + family
    postscript = (new_family + "-" + style).replace(" ", "")
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (16, 17, 21, 22):
            names.removeNames(nameID=record.nameID)
    for record in names.names:
        value = {1: new_family, 3: postscript, 4: f"{new_family} {style}", 6: postscript}.get(record.nameID)
        if record.nameID == 2:
            value = style
        if value is not None:
            record.string = value


def write(font: TTFont, out: Path) -> None:
    buf = io.BytesIO()
    font.save(buf, reorderTables=True)
    out.write_bytes(buf.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/fonts/truetype"))
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "fonts")
    args = parser.parse_args()
    out: Path = args.out

    chain = []
    family, regular, bold = NANUM
    chain.append(
        {
            "family": family,
            "regular": regular,
            "bold": bold,
            "licence": LICENCES[family],
            "coverage": {name: coverage(TTFont(out / name)) for name in (regular, bold)},
        }
    )
    for family, regular, bold, folder in SOURCES:
        entry: dict[str, object] = {"family": PREFIX + family}
        covered = {}
        for key, name, is_bold in (("regular", regular, False), ("bold", bold, True)):
            if name is None:
                entry[key] = None
                continue
            target = name.replace("Noto", "CanvasEditorNoto").replace("Droid", "CanvasEditorDroid")
            font = unhinted(args.source / folder / name)
            rename(font, family, is_bold)
            write(font, out / target)
            entry[key] = target
            covered[target] = coverage(font)
        entry["licence"] = LICENCES.get(family, NOTO_LICENCE)
        entry["coverage"] = covered
        chain.append(entry)
    manifest = {
        "about": "The fallback chain in order; written by tools/make_fonts.py, see README.md.",
        "chain": chain,
    }
    (out / "fonts.json").write_text(json.dumps(manifest, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
