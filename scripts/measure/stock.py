"""The stock build that the benchmarks measure ours against: the same pages, Material + mkdocs-static-i18n, and
nothing of this edition's (no hooks, no Markdown extensions, no overrides)."""

from __future__ import annotations

from pathlib import Path

from edition import ROOT

# The same pages with everything this edition adds taken away. Web fonts are off as in ours,
# only so that the measurement makes no request off this machine.
STOCK_CONFIG = """
site_name: stock
docs_dir: {docs}
theme: {{name: material, language: ja, font: false}}
plugins:
  - search
  - i18n:
      docs_structure: folder
      languages:
        - {{locale: ja, name: 日本語, default: true, build: true}}
        - {{locale: en, name: English, build: true}}
"""


def stock_config(folder: Path) -> Path:
    """The stock build's configuration, written into `folder`."""
    config = folder / "stock.yml"
    config.write_text(STOCK_CONFIG.format(docs=ROOT / "docs"), encoding="utf-8")
    return config
