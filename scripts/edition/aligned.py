"""The aligned text as data: one record per unit (id, section, kind, ja, en), each paragraph's and item's followed
by one per sentence (kind `sentence`, `unit` the id of the paragraph or item), published as JSON and TSV.

The records come from the pages the edition check read, after it found them equal to the
original (with the normalisations and errata) and the English in step with the Japanese:
a build that gets this far publishes exactly what the site shows.
"""

from __future__ import annotations

import csv
import io
import json

from edition.units import Unit

FIELDS = ("id", "section", "kind", "ja", "en", "unit")  # `unit` last: the columns published before it keep their place


def records(pages: dict[str, list[Unit]]) -> list[dict[str, str]]:
    rows = []
    for ja, en in zip(pages["ja"], pages["en"], strict=True):
        rows.append({"id": ja.id, "section": ja.section, "kind": ja.kind, "ja": ja.text, "en": en.text, "unit": ""})
        for sentence, ja_sentence, en_segment in zip(ja.sentence_ids, ja.sentences, en.sentences, strict=True):
            rows.append(
                {
                    "id": sentence,
                    "section": ja.section,
                    "kind": "sentence",
                    "ja": ja_sentence,
                    "en": en_segment,
                    "unit": ja.id,
                }
            )
    return rows


def as_json(rows: list[dict[str, str]]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def as_tsv(rows: list[dict[str, str]]) -> str:
    """Plain tab-separated values, no quoting: a text holding a tab or a newline stops the build."""
    out = io.StringIO()
    writer = csv.DictWriter(out, FIELDS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
