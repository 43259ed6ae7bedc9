// The edition's search worker. It replaces Material's lunr worker behind Material's own search box
// (scripts/edition/search.py points the page's __config at this file, with ?lang=) and speaks its
// messages: SETUP {config, docs} -> READY, QUERY "text" -> RESULT {items: [[page, unit, ...], ...]}.
// Material starts it as its script starts, at the reader's first move: it is kept small, and what a query finds
// (search-engine.js: parse, setup, search) is loaded with the index, search/units.<lang>.json, on the first
// query. SETUP brings no docs (a page view costs no index); the offline build, which cannot fetch from
// file://, brings them all.
"use strict";

const SETUP = 0;
const READY = 1;
const QUERY = 2;
const RESULT = 3;

// In Material's iframe-worker shim (offline builds) this script is a <script src> of an iframe, whose location is
// the page's, and the shim appends "?<timestamp>" to the URL, so the value reads "en?1795…": keep what precedes "?"
const HERE = self.document?.querySelector("script[src]")?.src ?? self.location.href;
const LANG = new URL(HERE).searchParams.get("lang")?.split("?")[0] ?? "ja";

let docs = null; // what SETUP brought, in the offline build
let engine = null; // the loading of search-engine.js, once started: a script is run once
let loading = null; // the loading of the engine and the index, once started

// Settles as `promise` does; if that fails, the next call of `load` starts it again
const retried = (promise, forget) => promise.catch((error) => (forget(), Promise.reject(error)));

// The engine beside this script, and the index of the page's language, beside this script's folder
// (assets/search-worker.js -> search/units.<lang>.json), fetched while the engine loads. In the shim,
// importScripts returns a promise; in a worker it loads at once, or throws. If either cannot be had, the next
// query tries again.
function load() {
  if (!loading) {
    const url = new URL(`../search/units.${LANG}.json`, HERE);
    const index = docs ? Promise.resolve(docs) : fetch(url).then((response) => response.json()).then((i) => i.docs);
    const script = new URL("search-engine.js", HERE).href;
    engine ??= retried(Promise.resolve().then(() => importScripts(script)), () => (engine = null));
    loading = retried(Promise.all([index, engine]).then(([loaded]) => setup(loaded)), () => (loading = null));
  }
  return loading;
}

let latest = null; // the query to answer once the index has arrived: only the last one typed matters

addEventListener("message", ({ data: message }) => {
  if (message.type === SETUP) {
    if (message.data.docs.length) docs = message.data.docs;
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    latest = message.data;
    if (!message.data.trim()) {
      postMessage({ type: RESULT, data: { items: [] } }); // Material asks with "" on load: no index needed
      return;
    }
    // Without its engine or index, a query is answered `unavailable`, which docs/assets/edition.js tells the reader
    load().then(
      () => latest === message.data && postMessage({ type: RESULT, data: search(message.data) }),
      () => latest === message.data && postMessage({ type: RESULT, data: { items: [], unavailable: true } }),
    );
  }
});
