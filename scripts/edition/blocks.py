"""The generated blocks: one registry, one placeholder syntax, and a clear stop on any slip.

A page asks for a block with a line of its own, `<!-- edition:NAME -->`, or `<!-- edition:NAME ARGUMENT -->`
for a block that takes one (`<!-- edition:parallel v -->`); scripts/hooks.py fills every page's placeholders
with `fill`. Extra spaces inside the comment are accepted: they render the same block. Anything else that
looks like a placeholder (a comment line starting `<!-- word:`) must be one: an unknown name, another
namespace, a missing or unknown argument, or a placeholder left unfilled stops the build with the page's
file and line, what was found and what is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from edition import parallel, references, tables, xref
from edition.build_state import BuildState
from edition.units import SECTIONS

PLACEHOLDER_RE = re.compile(r"^<!--\s*edition\s*:\s*(?P<name>[a-z]+)(?:\s+(?P<argument>[a-z]+))?\s*-->\s*$")
LOOKS_LIKE_ONE_RE = re.compile(r"^\s*<!--\s*[\w-]+\s*:")  # a namespaced comment: meant as a placeholder


class BlockError(Exception):
    """A page's placeholder that names no block, or names it wrongly."""


@dataclass(frozen=True)
class Block:
    render: Callable[[str, BuildState, str], str]  # (language, state, argument) -> Markdown
    arguments: tuple[str, ...] = ()  # what it takes; a block with none takes no argument


def _lines(render: Callable[[str, xref.Context], list[str]]) -> Callable[[str, BuildState, str], str]:
    return lambda language, state, _: "\n".join(render(language, state.xref))


BLOCKS: dict[str, Block] = {
    "contents": Block(lambda language, state, _: tables.contents(language, state.pages)),
    "normalisations": Block(lambda language, _, __: tables.normalisations(language)),
    "errata": Block(lambda language, _, __: tables.errata(language)),
    "references": Block(lambda language, _, __: references.links(language)),
    **{name: Block(_lines(render)) for name, render in xref.BLOCKS.items()},
    "parallel": Block(lambda language, state, name: parallel.render(name, language, state.pages), ("all", *SECTIONS)),
    "full": Block(lambda language, state, _: parallel.full_text(language, state.pages)),
}


def _known(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(names)


def _block(line: str, where: str, language: str, state: BuildState) -> str:
    found = line.strip()
    m = PLACEHOLDER_RE.match(line)
    if m is None:
        raise BlockError(
            f"{where}: {found} is not a block placeholder; write <!-- edition:NAME -->, NAME one of {_known(list(BLOCKS))}"
        )
    block = BLOCKS.get(m["name"])
    if block is None:
        raise BlockError(f"{where}: unknown block {m['name']!r} in {found}; known blocks: {_known(list(BLOCKS))}")
    argument = m["argument"] or ""
    if argument not in (block.arguments or ("",)):
        wanted = f"one of {_known(block.arguments)}" if block.arguments else "none"
        raise BlockError(f"{where}: block {m['name']!r} takes {wanted} as its argument, found {argument or 'none'!r}")
    return block.render(language, state, argument)


def fill(markdown: str, path: Path, first_line: int, language: str, state: BuildState) -> str:
    """The page's Markdown with every placeholder replaced by its block; `path` and `first_line` (the line of
    the file the Markdown starts at, after any front matter) place errors."""
    lines = markdown.split("\n")
    filled = [
        _block(line, f"{path}:{number}", language, state) if LOOKS_LIKE_ONE_RE.match(line) else line
        for number, line in enumerate(lines, start=first_line)
    ]
    left = [line for block in filled for line in block.split("\n") if LOOKS_LIKE_ONE_RE.match(line)]
    if left:
        raise BlockError(f"{path}: a placeholder was left unfilled: {left[0].strip()}")
    return "\n".join(filled)
