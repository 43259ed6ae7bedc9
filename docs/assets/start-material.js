// Material's script starts on the reader's first interaction, not as the page loads: README.md, "How the site
// is made", says why and how; tests/test_material_start.py shows it.
(() => {
  const bundle = document.currentScript.dataset.bundle;
  const starts = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "wheel", "scroll", "click"];
  const keys = [];

  const hold = (event) => {
    if (event.target.closest?.("input, textarea, select, [contenteditable]")) return; // typed, not a shortcut
    const { target, key, code, altKey, ctrlKey, metaKey, shiftKey } = event;
    keys.push([target, { key, code, altKey, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true }]);
  };

  // Keys pressed before Material ran reach it now: a shortcut does what it does (a first "/" opens search),
  // and what was typed after it goes into the search box it opened, as it would have.
  const release = () => {
    removeEventListener("keydown", hold, true);
    for (const [target, init] of keys.splice(0)) {
      const box = document.activeElement;
      if (box?.matches("input[type=text]") && init.key.length === 1 && !(init.ctrlKey || init.metaKey || init.altKey)) {
        box.value += init.key;
        box.dispatchEvent(new KeyboardEvent("keyup", init)); // Material reads the box on keyup
      } else {
        target.dispatchEvent(new KeyboardEvent("keydown", init));
      }
    }
  };

  const start = () => {
    for (const type of starts) removeEventListener(type, start, true);
    const script = Object.assign(document.createElement("script"), { src: bundle });
    script.onload = () => {
      toggle?.removeEventListener("change", focusSearch); // Material's own does it now
      document.dispatchEvent(new Event("DOMContentLoaded")); // Material starts on it, long past by now
      release();
    };
    script.onerror = release;
    document.body.append(script);
  };

  // A tap on the search button before Material runs checks the search box's toggle by its label (the search
  // opens: edition.css), and here the field gets the cursor, in the same tap, as a phone's keyboard needs.
  const toggle = document.getElementById("__search");
  const focusSearch = () => toggle.checked && document.querySelector(".md-search__input")?.focus();
  toggle?.addEventListener("change", focusSearch);

  addEventListener("keydown", hold, true);
  const { searchParams } = new URL(location.href);
  if (searchParams.has("h") || searchParams.has("q")) {
    start(); // opened from a search result (Material marks the words searched for) or with a search (it runs it)
  } else {
    for (const type of starts) addEventListener(type, start, { capture: true, passive: true });
  }
})();
