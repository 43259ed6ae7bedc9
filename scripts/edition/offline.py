"""The offline build (`make offline`): Material's offline plugin, with its search shim served from the site.

The plugin would load the iframe-worker shim from unpkg.com; the edition makes no request to any
other host, so a copy of the shim (npm package iframe-worker, MIT) ships in docs/assets/vendor/.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

SHIM = "assets/vendor/iframe-worker/shim.js"


def is_offline(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline")
    return bool(plugin and plugin.config.enabled)


def use_local_shim(config: MkDocsConfig) -> None:
    """Name our copy of the shim as a polyfill, so that the plugin does not add the unpkg.com one."""
    if is_offline(config):
        polyfills = config.extra.get("polyfills") or []
        config.extra["polyfills"] = [*[p for p in polyfills if "iframe-worker" not in str(p)], SHIM]
