"""The edition's build and check: one module, one job (README.md, "How the site is made")."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: source/, data/, docs/
