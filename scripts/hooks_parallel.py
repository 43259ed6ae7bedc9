"""MkDocs hooks for reading and citing: side-by-side and whole-report pages, citation data, the aligned text.

Registered in mkdocs.yml after scripts/hooks.py. The pages come from the edition check
(`Result.pages`); see scripts/edition/parallel.py and scripts/edition/aligned.py.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from edition import aligned, build_state, parallel
from edition.offline import use_local_shim

CITATION_KEYS = (
    "report",
    "date",
    "citation",
    "copy_link",
    "copy_citation",
    "copied",
    "cite_label",
    "where_section",
    "where_subsection",
    "where_paragraph",
    "where_item",
)  # the strings docs/assets/citations.js needs


@event_priority(100)  # before Material's offline plugin would add the shim from unpkg.com
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    use_local_shim(config)
    return config


@event_priority(-150)  # after mkdocs-static-i18n has sorted the files by language
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Publish the aligned text as /data/units.json and /data/units.tsv (in every language's build: pages link to it)."""
    rows = aligned.records(build_state.pages)
    for path, content in (("data/units.json", aligned.as_json(rows)), ("data/units.tsv", aligned.as_tsv(rows))):
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    src_uri = page.file.src_uri
    language = src_uri.split("/")[0]
    labels = parallel.read_labels()[language]
    urls = {file.src_uri: file.url for file in files.documentation_pages()}
    page.meta["parallel_links"] = [
        (labels[key], urls[target]) for key, target in parallel.links(src_uri, build_state.pages)
    ]
    home = config.site_url or ""
    home = home.rstrip("/") + "/" + ("" if language == "ja" else f"{language}/")
    page.meta["citation"] = {**{key: labels[key] for key in CITATION_KEYS}, "home": home}
    return parallel.fill(markdown, language, build_state.pages)
