"""What the current build has read, worked out once and shared by every hook of that build (scripts/hooks.py).

The hooks' on_pre_build creates it after the edition check, and on_config of the next build (every rebuild
of `mkdocs serve` too) clears it, so nothing of one build reaches the next. Every other hook reads it through
`current()`, which stops the build with one line if it is not there yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from edition.units import Unit
from edition.xref import Context


class StateMissing(Exception):
    """A hook asked for the build state before the edition check had made it."""


@dataclass
class BuildState:
    pages: dict[str, list[Unit]]  # per language, every unit of the section pages in reading order
    xref: Context  # the glossary's and cross-references' data, verified against the text
    urls: dict[tuple[str, str], str] = field(default_factory=dict)  # (language, page path without .md) -> URL


_current: list[BuildState] = []  # the current build's, once on_pre_build has made it


def start(state: BuildState) -> None:
    _current[:] = [state]


def clear() -> None:
    _current.clear()


def current(needed_by: str) -> BuildState:
    if not _current:
        raise StateMissing(
            f"{needed_by} needs the build state, which the edition check makes in on_pre_build of "
            "scripts/hooks.py: that hook must run first (mkdocs.yml, hooks:)"
        )
    return _current[0]
