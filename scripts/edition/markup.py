"""Markdown extension that marks each erratum where it stands in the text.

The corrected string becomes a link to its entry on the about page, inside
`<ins class="erratum">`, with the original reading in its title; the CSS adds a
visible marker. No text is added, so the fidelity check reads exactly what
readers read.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from edition.errata import read_errata


class ErrataMarks(Treeprocessor):
    """Wrap the corrected string of each erratum in the unit it names, so that a reader sees where the edition
    departs from the original and can follow the link to why.

    The errata are read as a page is converted, not as MkDocs loads the extension: MkDocs would wrap a slip in
    data/errata.tsv in a traceback of its own, where the hooks stop the build with the error's one line.
    """

    def __init__(self, md: Markdown, errata: Path) -> None:
        super().__init__(md)
        self.errata = errata

    def run(self, root: etree.Element) -> None:
        by_id = {element.get("id"): element for element in root.iter() if element.get("id")}
        for erratum in read_errata(self.errata):
            element = by_id.get(erratum.unit)
            if element is not None and element.text and erratum.corrected in element.text:
                before, _, after = element.text.partition(erratum.corrected)
                ins = etree.Element("ins", {"class": "erratum"})
                link = etree.SubElement(
                    ins, "a", {"href": f"about.md#errata-{erratum.id}", "title": f"原文の表記: {erratum.original}"}
                )
                link.text = erratum.corrected
                ins.tail = after
                element.text = before
                element.insert(0, ins)


class ErrataExtension(Extension):
    def __init__(self, **kwargs: object) -> None:
        self.config = {"errata": ["", "the errata file, data/errata.tsv (required)"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        path = self.getConfig("errata")
        if not path:
            raise ValueError("edition.markup needs `errata`: the path of the errata file")
        md.treeprocessors.register(ErrataMarks(md, Path(path)), "edition-errata", 4)


def makeExtension(**kwargs: object) -> ErrataExtension:
    return ErrataExtension(**kwargs)
