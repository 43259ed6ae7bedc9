"""Jinja templates compiled once per process rather than once per language.

mkdocs-static-i18n builds each further language by running MkDocs' build again, with a new Jinja environment,
which would compile Material's templates again: a third of a build's time. Jinja's own bytecode cache keeps
them, in memory; each is keyed by its name and checked against its source, so an edited template (`mkdocs
serve`) is compiled anew.
"""

from __future__ import annotations

import jinja2
from jinja2.bccache import Bucket


class CompiledTemplates(jinja2.BytecodeCache):
    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if bucket.key in self.compiled:
            bucket.bytecode_from_string(self.compiled[bucket.key])  # discarded if its source has changed

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


COMPILED = CompiledTemplates()
