"""Jinja templates compiled once, not in every build and for every language.

mkdocs-static-i18n builds each further language by running MkDocs' build again, with a new Jinja environment,
which would compile Material's templates again; and every build, `mkdocs serve`'s rebuilds above all, would
compile them anew: a fifth of a build's time. Jinja's own bytecode cache keeps them, in `.cache/jinja/` (not in
git); each is keyed by its name and checked against its source and Python's version, so an edited or upgraded
template is compiled anew.
"""

from __future__ import annotations

import jinja2

from edition import ROOT

COMPILED_DIR = ROOT / ".cache" / "jinja"


def compiled_templates() -> jinja2.FileSystemBytecodeCache:
    """The bytecode cache for a build's Jinja environment."""
    COMPILED_DIR.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(COMPILED_DIR))
