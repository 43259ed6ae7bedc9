"""The report as a translation memory: TMX 1.4b, the exchange format translators' tools (OmegaT, Trados, memoQ)
read, published with the site at /data/units.tmx.

One translation unit per sentence (`tuid` its id, `v-p1-s2`) and per heading (`tuid` the heading's id, marked
`segtype="phrase"`: a title, not a sentence), in reading order; Japanese the source, English the target, each
exactly as the check read it from the pages. No date in the file: a rebuild writes the same bytes.
"""

from __future__ import annotations

import tomllib
from xml.sax.saxutils import escape, quoteattr

from edition import ROOT
from edition.units import Unit

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
PATH = "data/units.tmx"
HEADINGS = ("section", "subsection")
HEADER = {  # the header's required attributes (TMX 1.4b, 3.1), said truthfully
    "creationtool": PROJECT["name"],  # this edition's build (scripts/edition/tmx.py)
    "creationtoolversion": PROJECT["version"],
    "segtype": "sentence",
    "o-tmf": "edition units",  # written from the checked units (data/units.json), not from another tool's memory
    "adminlang": "en",
    "srclang": "ja",
    "datatype": "plaintext",
}


def _tu(tuid: str, ja: str, en: str, segtype: str = "") -> str:
    attributes = f"tuid={quoteattr(tuid)}" + (f" segtype={quoteattr(segtype)}" if segtype else "")
    variants = "".join(
        f'<tuv xml:lang="{language}"><seg>{escape(text)}</seg></tuv>' for language, text in (("ja", ja), ("en", en))
    )
    return f"<tu {attributes}>{variants}</tu>"


def memory(pages: dict[str, list[Unit]]) -> str:
    """The TMX document of the checked pages: headings and sentences, Japanese and English."""
    tus = []
    for ja, en in zip(pages["ja"], pages["en"], strict=True):
        if ja.kind in HEADINGS:
            tus.append(_tu(ja.id, ja.text, en.text, "phrase"))
        for sentence_id, sentence, segment in zip(ja.sentence_ids, ja.sentences, en.sentences, strict=True):
            tus.append(_tu(sentence_id, sentence, segment))
    header = " ".join(f"{name}={quoteattr(value)}" for name, value in HEADER.items())
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<tmx version="1.4">',
            f"<header {header}/>",
            "<body>",
            *tus,
            "</body>",
            "</tmx>",
            "",
        ]
    )
