"""The units the edition check read in the current build, shared by every hook of that build.

scripts/hooks.py runs the check once, before anything is rendered, and keeps what
it read here; the other hooks (glossary, reading, search) use it instead of
parsing the pages again. MkDocs runs all hooks in one process.
"""

from __future__ import annotations

from edition.pages import PageUnit

pages: dict[str, list[PageUnit]] = {}  # per language, every unit of the section pages in reading order
