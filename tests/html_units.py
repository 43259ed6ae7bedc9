"""Read the units back out of built HTML: each element with an id, and its text as a reader sees it."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Units(HTMLParser):
    def __init__(self, ids: set[str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.ids = ids
        self.open: list[tuple[str, str | None, bool]] = []  # tag, id collected, inside a permalink
        self.texts: dict[str, list[str]] = {}
        self.counts: dict[str, int] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        attributes = dict(attrs)
        unit = attributes.get("id")
        if unit:
            self.counts[unit] = self.counts.get(unit, 0) + 1
        collect = unit if unit and (self.ids is None or unit in self.ids) else None
        if collect:
            self.texts.setdefault(collect, [])
        permalink = "headerlink" in (attributes.get("class") or "").split()
        self.open.append((tag, collect, permalink))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if any(permalink for _, _, permalink in self.open):
            return
        for _, unit, _ in self.open:
            if unit:
                self.texts[unit].append(data)


def read_units(html: str, ids: set[str] | None = None) -> tuple[dict[str, str], dict[str, int]]:
    """The text of each element whose id is in `ids` (all, if None), and how often each id occurs."""
    parser = _Units(ids)
    parser.feed(html)
    return {unit: "".join(parts).strip() for unit, parts in parser.texts.items()}, parser.counts
